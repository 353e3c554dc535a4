import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  AUDITS,
  type Audit,
  auditTotals,
  HISTORY_AUDITS,
  historyAuditOf,
  historyAuditTotals,
  DOUBLE_READINGS,
  REAUDITS,
  SECOND_READINGS,
} from "./audit-record";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const rulesDoc = readFileSync(path.join(ROOT, "docs", "machine-reading-rules.md"), "utf8");
const practiceSlugs = new Set(
  (
    JSON.parse(readFileSync(path.join(ROOT, "seeds", "practices.json"), "utf8")) as Array<{
      slug: string;
    }>
  ).map((p) => p.slug),
);

/** "**Read since the audit of L** (… N machine findings of C companies …; K ratings were wrong". */
function documented(label: string, kind = "audit") {
  const at = rulesDoc.indexOf(`**Read since the ${kind} of ${label}**`);
  if (at < 0) return null;
  const head = rulesDoc.slice(at, at + 800).replace(/\s+/g, " ");
  const m =
    /(\d+) machine findings of (\d+) companies[^;]*;[^)]*?(\d+) ratings? (?:were|was) wrong/.exec(
      head,
    );
  return m && { findings: Number(m[1]), companies: Number(m[2]), wrongRatings: Number(m[3]) };
}

/** The rules doc gives the audit's figures, and its tests' file exists. */
function expectDocumentedAndTested(a: Omit<Audit, "from">, kind: "audit" | "re-audit") {
  expect(documented(a.label, kind), a.label).toEqual({
    findings: a.findings,
    companies: a.companies,
    wrongRatings: a.wrongRatings,
  });
  expect(existsSync(path.join(ROOT, "lib", "reading", `audit-${a.label}.test.ts`)), a.label).toBe(
    true,
  );
}

describe("the record of hand audits", () => {
  it("says what the rules doc says of each audit, and names its tests", () => {
    for (const a of AUDITS) expectDocumentedAndTested(a, "audit");
  });

  it("records every audit the rules doc reports", () => {
    const reported = [...rulesDoc.matchAll(/\*\*Read since the audit of ([\d-]+)\*\*/g)].map(
      (m) => m[1],
    );
    expect(reported.length).toBeGreaterThan(0);
    expect(new Set(reported)).toEqual(new Set(AUDITS.map((a) => a.label)));
  });

  it("holds each audit once, with practices of the taxonomy and a sample no other audit drew", () => {
    expect(new Set(AUDITS.map((a) => a.label)).size).toBe(AUDITS.length);
    for (const a of AUDITS) {
      for (const p of a.practices) expect(practiceSlugs.has(p), `${a.label}: ${p}`).toBe(true);
      expect(a.findings, a.label).toBeLessThanOrEqual(a.companies * a.practices.length);
    }
    // Two audits of one sample of companies read different practices: no finding twice.
    for (const [i, a] of AUDITS.entries())
      for (const b of AUDITS.slice(i + 1))
        if (a.from.some((f) => b.from.includes(f)))
          expect(
            a.practices.filter((p) => b.practices.includes(p)),
            `${a.label} ${b.label}`,
          ).toEqual([]);
    for (const a of AUDITS) for (const f of a.from) expect(f >= 1 && f <= 12, a.label).toBe(true);
  });

  it("adds the audits up", () => {
    expect(auditTotals()).toEqual({
      audits: AUDITS.length,
      findings: AUDITS.reduce((n, a) => n + a.findings, 0),
      wrongRatings: AUDITS.reduce((n, a) => n + a.wrongRatings, 0),
      twoStepsOff: 0,
      falseNoClauseFound: AUDITS.reduce((n, a) => n + a.falseNoClauseFound, 0),
    });
    expect(auditTotals(AUDITS.slice(0, 10))).toMatchObject({ findings: 2000, wrongRatings: 90 });
  });
});

/** "**Read since the history audit of L** (… the N … — … — were read …; T were true, A … artifacts … W moved". */
function documentedHistory(label: string) {
  const at = rulesDoc.indexOf(`**Read since the history audit of ${label}**`);
  if (at < 0) return null;
  const head = rulesDoc.slice(at, at + 900).replace(/\s+/g, " ");
  const m = /(\d+) were true, (\d+) (?:were )?artifacts[^;]*?(\d+) moved/.exec(head);
  return m && { truthful: Number(m[1]), artifacts: Number(m[2]), wrongRating: Number(m[3]) };
}

describe("the record of hand audits of the history's rating alerts", () => {
  it("says what the rules doc says of each, and every one it reports", () => {
    for (const a of HISTORY_AUDITS) {
      expect(documentedHistory(a.label), a.label).toEqual({
        truthful: a.truthful,
        artifacts: a.artifacts,
        wrongRating: a.wrongRating,
      });
      expect(a.truthful + a.artifacts + a.wrongRating, a.label).toBe(a.ratingChanges);
    }
    const reported = [
      ...rulesDoc.matchAll(/\*\*Read since the history audit of ([\d-]+)\*\*/g),
    ].map((m) => m[1]);
    expect(new Set(reported)).toEqual(new Set(HISTORY_AUDITS.map((a) => a.label)));
  });

  it("covers every day once, so each alert is told the rate of its own period", () => {
    expect(historyAuditOf("2024-05-06T10:00:00Z")?.label).toBe("2026-12-09");
    expect(historyAuditOf("2022-01-01T00:00:00Z")?.label).toBe("2026-12-09");
    expect(historyAuditOf("2021-12-31T23:59:59Z")?.label).toBe("2026-12-10");
    expect(historyAuditOf("2019-01-01T00:00:00Z")?.label).toBe("2026-12-10");
    expect(historyAuditOf("2018-12-31T23:59:59Z")?.label).toBe("2026-12-16");
    expect(historyAuditOf("2012-06-01T00:00:00Z")?.label).toBe("2026-12-16");
    const days = ["2013-03-01", "2018-12-31", "2019-06-01", "2023-01-01", "2026-11-30"];
    for (const day of days) {
      const covering = HISTORY_AUDITS.filter(
        (a) => (!a.since || a.since <= day) && (!a.until || day <= a.until),
      );
      expect(covering.length, day).toBe(1);
    }
  });

  it("adds them up", () => {
    expect(historyAuditTotals(HISTORY_AUDITS.slice(0, 2))).toEqual({
      audits: 2,
      ratingChanges: 181,
      truthful: 117,
      artifacts: 55,
      wrongRating: 9,
    });
  });
});

describe("the record of re-audits", () => {
  it("says what the rules doc says of each, names its tests, and holds every one it reports", () => {
    for (const a of REAUDITS) {
      expectDocumentedAndTested(a, "re-audit");
      for (const p of a.practices) expect(practiceSlugs.has(p), `${a.label}: ${p}`).toBe(true);
      expect(a.findings, a.label).toBeLessThanOrEqual(a.companies * a.practices.length);
    }
    const reported = [...rulesDoc.matchAll(/\*\*Read since the re-audit of ([\d-]+)\*\*/g)].map(
      (m) => m[1],
    );
    expect(new Set(reported)).toEqual(new Set(REAUDITS.map((a) => a.label)));
    // Labels are shared with the audits' tests and rules files: never the same twice.
    for (const a of REAUDITS) expect(AUDITS.map((b) => b.label)).not.toContain(a.label);
  });

  it("reads each practice of a sample once", () => {
    for (const [i, a] of REAUDITS.entries())
      for (const b of REAUDITS.slice(i + 1))
        if (a.sample === b.sample)
          expect(
            a.practices.filter((p) => b.practices.includes(p)),
            `${a.label} ${b.label}`,
          ).toEqual([]);
  });
});

describe("the record of second readings", () => {
  it("says what the rules doc says of each, and holds every one it reports", () => {
    for (const s of SECOND_READINGS) {
      const at = rulesDoc.indexOf(`**Read since the second reading of ${s.label}**`);
      expect(at, s.label).toBeGreaterThanOrEqual(0);
      const head = rulesDoc.slice(at, at + 800).replace(/\s+/g, " ");
      const m = /(\d+) machine findings of (\d+) companies/.exec(head);
      expect(m && [Number(m[1]), Number(m[2])], s.label).toEqual([s.findings, s.companies]);
    }
    const reported = [
      ...rulesDoc.matchAll(/\*\*Read since the second reading of ([\d-]+)\*\*/g),
    ].map((m) => m[1]);
    expect(new Set(reported)).toEqual(new Set(SECOND_READINGS.map((s) => s.label)));
  });

  it("reads again only what re-audits read, every practice of each company, and counts within it", () => {
    for (const s of SECOND_READINGS) {
      const of = REAUDITS.filter((a) => s.of.includes(a.label));
      expect(of.map((a) => a.label)).toEqual(s.of);
      expect(s.findings, s.label).toBe(s.companies * 14);
      expect(s.findings, s.label).toBeLessThanOrEqual(of.reduce((n, a) => n + a.findings, 0));
      expect(s.wrongRatingsFoundFirst).toBeLessThanOrEqual(s.wrongRatings);
      expect(s.falseNoClauseFoundFirst).toBeLessThanOrEqual(s.falseNoClauseFound);
      expect(s.wrongReasonsFoundFirst).toBeLessThanOrEqual(s.wrongReasons);
      expect(s.wrongRatings + s.falseNoClauseFound + s.wrongReasons).toBeLessThanOrEqual(
        s.findings,
      );
    }
  });
});

describe("the record of double readings", () => {
  it("says what the rules doc says of each, and holds every one it reports", () => {
    for (const d of DOUBLE_READINGS) {
      const at = rulesDoc.indexOf(`**The double reading of ${d.label}**`);
      expect(at, d.label).toBeGreaterThanOrEqual(0);
      const head = rulesDoc.slice(at, at + 800).replace(/\s+/g, " ");
      const m = /(\d+) machine findings of (\d+) companies/.exec(head);
      expect(m && [Number(m[1]), Number(m[2])], d.label).toEqual([d.findings, d.companies]);
      expect(head, d.label).toContain(`${d.wrongRatings + d.falseNoClauseFound} ratings wrong`);
    }
    const reported = [...rulesDoc.matchAll(/\*\*The double reading of ([\d-]+)\*\*/g)].map(
      (m) => m[1],
    );
    expect(new Set(reported)).toEqual(new Set(DOUBLE_READINGS.map((d) => d.label)));
  });

  it("reads every practice of each company, and counts within it", () => {
    for (const d of DOUBLE_READINGS) {
      expect(d.findings, d.label).toBe(d.companies * 14);
      expect(d.bothCalledWrongUpheld).toBeLessThanOrEqual(d.bothCalledWrong);
      expect(d.bothCalledWrongUpheld).toBeLessThanOrEqual(d.wrongRatings + d.falseNoClauseFound);
      // Every wrong rating was called wrong by both readers (and upheld) or settled a disagreement.
      expect(d.wrongRatings + d.falseNoClauseFound).toBeLessThanOrEqual(
        d.bothCalledWrongUpheld + d.disagreements,
      );
      expect(d.twoStepsOff).toBeLessThanOrEqual(d.wrongRatings);
      expect(d.againstEarlierCalls).toBeLessThanOrEqual(d.wrongRatings + d.falseNoClauseFound);
      expect(d.wrongRatings + d.falseNoClauseFound + d.wrongReasons).toBeLessThanOrEqual(
        d.findings,
      );
    }
  });
});
