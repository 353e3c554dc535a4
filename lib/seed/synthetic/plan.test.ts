import { describe, expect, it } from "vitest";
import { buildSeedPlan } from "../build-seed-plan";
import { squashWhitespace as squash } from "../segment-policy";
import { buildSyntheticPlan } from "./plan";
import { REPO_SEED_DIR } from "../../../tests/helpers/seed-copy";

const source = buildSeedPlan(REPO_SEED_DIR);
const practices = source.practices.map((p) => p.slug);
const plan = buildSyntheticPlan(source, { companies: 60 });

describe("the synthetic plan", () => {
  it("is the same for the same seed and different for another", () => {
    expect(buildSyntheticPlan(source, { companies: 60 })).toEqual(plan);
    expect(buildSyntheticPlan(source, { companies: 60, seed: 2 })).not.toEqual(plan);
  });

  it("keeps each company the same whatever the number generated", () => {
    expect(buildSyntheticPlan(source, { companies: 7 })).toEqual(plan.slice(0, 7));
  });

  it("numbers the companies synthetic-0001 onwards with made-up names and reserved-domain websites", () => {
    expect(plan.map((c) => c.slug)).toEqual(
      Array.from({ length: 60 }, (_, i) => `synthetic-${String(i + 1).padStart(4, "0")}`),
    );
    for (const c of plan) {
      expect(c.name).toMatch(new RegExp(`^[A-Z][a-z]+ [A-Z][a-z]+ ${c.slug.slice(-4)}$`));
      expect(new URL(c.website).hostname).toMatch(/\.example$/);
    }
  });

  it("gives every company about forty clauses with unique anchors, positions in order and practice tags", () => {
    for (const c of plan) {
      expect(c.clauses.length).toBeGreaterThanOrEqual(36);
      expect(c.clauses.length).toBeLessThanOrEqual(44 + practices.length);
      expect(new Set(c.clauses.map((cl) => cl.anchor)).size).toBe(c.clauses.length);
      expect(c.clauses.map((cl) => cl.position)).toEqual(c.clauses.map((_, i) => i + 1));
      expect(c.clauses.some((cl) => cl.practices.length > 0)).toBe(true);
      for (const cl of c.clauses) for (const p of cl.practices) expect(practices).toContain(p);
    }
  });

  it("has one finding for every practice, in taxonomy order", () => {
    for (const c of plan) expect(c.findings.map((f) => f.practice)).toEqual(practices);
  });

  it("quotes 1–3 of the company's own clauses as evidence for a rated finding, and none when not addressed", () => {
    for (const c of plan) {
      const byAnchor = new Map(c.clauses.map((cl) => [cl.anchor, cl]));
      for (const f of c.findings) {
        if (f.rating === "not-addressed") {
          expect(f.evidence).toEqual([]);
          expect(
            c.clauses.some((cl) => cl.practices.includes(f.practice)),
            `${c.slug} ${f.practice}`,
          ).toBe(false);
          continue;
        }
        expect(f.evidence.length).toBeGreaterThanOrEqual(1);
        expect(f.evidence.length).toBeLessThanOrEqual(3);
        for (const e of f.evidence) {
          const clause = byAnchor.get(e.anchor);
          expect(clause, `${c.slug} ${f.practice} ${e.anchor}`).toBeDefined();
          expect(clause!.practices).toContain(f.practice);
          expect(e.quote.length).toBeGreaterThanOrEqual(12);
          expect(squash(clause!.text)).toContain(e.quote);
        }
      }
    }
  });

  it("uses every rating, mostly neutral, with summaries of a sentence or two", () => {
    const counts = new Map<string, number>();
    for (const f of plan.flatMap((c) => c.findings))
      counts.set(f.rating, (counts.get(f.rating) ?? 0) + 1);
    expect([...counts.keys()].sort()).toEqual([
      "concerning",
      "neutral",
      "not-addressed",
      "protective",
    ]);
    expect(Math.max(...counts.values())).toBe(counts.get("neutral"));
    for (const f of plan.flatMap((c) => c.findings))
      expect(f.summary.length).toBeGreaterThanOrEqual(20);
  });

  it("replaces the real companies' names and web addresses with the synthetic company's", () => {
    const real = /\b(mozy|centercode|code ?42|dotcloud|ibackup)\b/i;
    for (const c of plan) {
      for (const cl of c.clauses) expect(cl.text).not.toMatch(real);
      expect(c.policy.text).toContain(c.name);
    }
  });
});
