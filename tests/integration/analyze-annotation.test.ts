import { execFileSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { buildSeedPlan } from "../../lib/seed/build-seed-plan";

const root = path.resolve(import.meta.dirname, "..", "..");
const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** Runs `npm run analyze` as a user would (through tsx), returning stdout. */
function analyze(...args: string[]): string {
  return execFileSync(
    path.join(root, "node_modules", ".bin", "tsx"),
    ["scripts/analyze.ts", ...args],
    {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
}

describe("npm run analyze -- --format annotation", () => {
  for (const policy of ["mozy", "dotcloud", "centercode"]) {
    it(`drafts an annotation of ${policy}.md that the seed check accepts once its summaries are reviewed`, () => {
      const draft = JSON.parse(
        analyze(
          `seeds/policies/${policy}.md`,
          "--name",
          `${policy} draft`,
          "--format",
          "annotation",
        ),
      );
      const dir = mkdtempSync(path.join(tmpdir(), "analyze-annotation-"));
      dirs.push(dir);
      mkdirSync(path.join(dir, "policies"));
      mkdirSync(path.join(dir, "annotations"));
      copyFileSync(path.join(root, "seeds", "practices.json"), path.join(dir, "practices.json"));
      // A promoted company needs a sector too, as docs/corpus.md says.
      const sectors = JSON.parse(readFileSync(path.join(root, "seeds", "sectors.json"), "utf8"));
      sectors.companies[draft.company.slug] = "cloud-storage";
      writeFileSync(path.join(dir, "sectors.json"), JSON.stringify(sectors));
      copyFileSync(
        path.join(root, "seeds", "policies", `${policy}.md`),
        path.join(dir, "policies", `${policy}.md`),
      );
      const annotation = path.join(dir, "annotations", `${draft.company.slug}.json`);
      writeFileSync(annotation, JSON.stringify(draft));
      // Unreviewed, it is refused: it would load as curated, its summaries saying "not reviewed".
      expect(
        draft.findings.every((f: { summary: string }) =>
          f.summary.startsWith("Machine-read, not reviewed"),
        ),
      ).toBe(true);
      expect(() => buildSeedPlan(dir)).toThrow(
        new RegExp(
          `annotations/${policy}-draft\\.json: findings\\[0\\]\\.summary: is still the machine's draft`,
        ),
      );
      for (const f of draft.findings)
        f.summary = `Reviewed in a test: ${f.summary.split("): ")[1]}`;
      writeFileSync(annotation, JSON.stringify(draft));

      const plan = buildSeedPlan(dir);
      const company = plan.companies[0]!;
      expect(company.slug).toBe(`${policy}-draft`);
      expect(company.findings).toHaveLength(14);
      // The draft is a useful start: most clauses tagged, and findings with evidence.
      expect(company.clauses.filter((c) => c.practices.length > 0).length).toBeGreaterThan(
        company.clauses.length / 2,
      );
      expect(company.findings.filter((f) => f.evidence.length > 0).length).toBeGreaterThanOrEqual(
        8,
      );
    });
  }

  it("refuses an HTML policy for an annotation, saying why", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "analyze-html-"));
    dirs.push(dir);
    const file = path.join(dir, "acme.html");
    writeFileSync(
      file,
      "<html><body><h1>Acme privacy</h1><p>We collect your email address.</p></body></html>",
    );
    expect(() => analyze(file, "--format", "annotation")).toThrow(/needs the policy as markdown/);
  });

  it("writes the draft with --out, JSON alone, which seed:check reads from SEED_DIR's folder", () => {
    const dir = mkdtempSync(path.join(tmpdir(), "analyze-out-"));
    dirs.push(dir);
    for (const sub of ["policies", "annotations"]) mkdirSync(path.join(dir, sub));
    copyFileSync(path.join(root, "seeds", "practices.json"), path.join(dir, "practices.json"));
    const sectors = JSON.parse(readFileSync(path.join(root, "seeds", "sectors.json"), "utf8"));
    writeFileSync(
      path.join(dir, "sectors.json"),
      JSON.stringify({ ...sectors, companies: { "mozy-out": "cloud-storage" } }),
    );
    copyFileSync(
      path.join(root, "seeds", "policies", "mozy.md"),
      path.join(dir, "policies", "mozy.md"),
    );
    const out = path.join(dir, "annotations", "mozy-out.json");
    const stdout = analyze(
      "seeds/policies/mozy.md",
      "--name",
      "Mozy out",
      "--format",
      "annotation",
      "--out",
      out,
    );
    expect(stdout).toBe("");
    const draft = JSON.parse(readFileSync(out, "utf8"));
    expect(draft.company.slug).toBe("mozy-out");
    // A curator's review rewrites every summary before seed:check passes.
    for (const f of draft.findings) f.summary = `Reviewed in a test: ${f.summary.split("): ")[1]}`;
    writeFileSync(out, JSON.stringify(draft));
    const checked = execFileSync(
      path.join(root, "node_modules", ".bin", "tsx"),
      ["scripts/check-seeds.ts"],
      {
        cwd: root,
        encoding: "utf8",
        env: { ...process.env, SEED_DIR: dir },
      },
    );
    expect(checked).toMatch(/^mozy-out: \d+ clauses/m);
    expect(checked).not.toMatch(/^ibackup:/m);
  });

  it("prints the API's JSON with --format json", () => {
    const out = JSON.parse(analyze("seeds/policies/ibackup.md", "--format", "json"));
    expect(Object.keys(out)).toEqual(["statedDate", "clauses", "findings"]);
    expect(out.statedDate).toEqual({
      date: "2012-01-09",
      precision: "day",
      label: "Last modified",
      stated: "Last Modified: Jan 09, 2012",
    });
    expect(out.findings).toHaveLength(14);
  });
});
