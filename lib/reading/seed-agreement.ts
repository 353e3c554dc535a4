import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import type { Rating } from "../ratings";
import { analyzePolicy } from "./analyze-policy";

export type AgreementRow = {
  company: string;
  practice: string;
  curated: Rating;
  machine: Rating;
  reason: string;
};

export type Agreement = {
  rows: AgreementRow[];
  exact: number;
  total: number;
  /** protective against concerning: the two ends of the scale. */
  twoStepsApart: number;
};

const SCALE: Partial<Record<Rating, number>> = { protective: 0, neutral: 1, concerning: 2 };

/** Compares suggested ratings with the curated ones for every seed company (seeds/annotations). */
export function seedAgreement(seedDir: string): Agreement {
  const rows: AgreementRow[] = [];
  for (const file of readdirSync(path.join(seedDir, "annotations")).sort()) {
    if (!file.endsWith(".json")) continue;
    const ann = JSON.parse(readFileSync(path.join(seedDir, "annotations", file), "utf8")) as {
      company: { slug: string };
      policyFile: string;
      findings: Array<{ practice: string; rating: Rating }>;
    };
    const policy = readFileSync(path.join(seedDir, "policies", ann.policyFile), "utf8");
    const analysis = analyzePolicy(policy, { format: "markdown" });
    for (const f of ann.findings) {
      const m = analysis.findings.find((x) => x.practice === f.practice);
      if (!m) continue;
      rows.push({ company: ann.company.slug, practice: f.practice, curated: f.rating, machine: m.rating, reason: m.reason });
    }
  }
  const exact = rows.filter((r) => r.curated === r.machine).length;
  const twoStepsApart = rows.filter((r) => {
    const a = SCALE[r.curated];
    const b = SCALE[r.machine];
    return a !== undefined && b !== undefined && Math.abs(a - b) === 2;
  }).length;
  return { rows, exact, total: rows.length, twoStepsApart };
}
