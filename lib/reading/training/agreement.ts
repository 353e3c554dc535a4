import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import { PRACTICE_SLUGS, withImplied, type PracticeSlug } from "../practice-slugs";
import { cohensKappa } from "./kappa";
import type { LabelledClause } from "./labels";

export type PracticeAgreement = {
  practice: PracticeSlug;
  /** Clauses each pass labelled with the practice. */
  first: number;
  second: number;
  observed: number;
  kappa: number | null;
};

export type AgreementReport = {
  clauses: number;
  /** Second-pass lines whose clause has no first-pass label. */
  unmatched: number;
  perPractice: PracticeAgreement[];
  /** Share of clauses given exactly the same set of practices by both passes. */
  exactSets: number;
};

/**
 * Per-practice agreement between two independent passes over the same clauses, matched by
 * policy and clause id.
 */
export function labellingAgreement(
  first: readonly LabelledClause[],
  second: readonly LabelledClause[],
): AgreementReport {
  const key = (c: LabelledClause) => `${c.policy}\u0000${c.id}`;
  const firstByKey = new Map(first.map((c) => [key(c), c]));
  const pairs: Array<[LabelledClause, LabelledClause]> = [];
  let unmatched = 0;
  for (const b of second) {
    const a = firstByKey.get(key(b));
    if (a) pairs.push([a, b]);
    else unmatched++;
  }
  const perPractice = PRACTICE_SLUGS.map((practice) => {
    const a = pairs.map(([x]) => x.practices.includes(practice));
    const b = pairs.map(([, y]) => y.practices.includes(practice));
    const same = a.filter((v, i) => v === b[i]).length;
    return {
      practice,
      first: a.filter(Boolean).length,
      second: b.filter(Boolean).length,
      observed: pairs.length ? same / pairs.length : 0,
      kappa: cohensKappa(a, b),
    };
  });
  const exact = pairs.filter(([x, y]) => x.practices.join() === y.practices.join()).length;
  return {
    clauses: pairs.length,
    unmatched,
    perPractice,
    exactSets: pairs.length ? exact / pairs.length : 0,
  };
}

const slugs = z.array(z.enum(PRACTICE_SLUGS));
const adjudicationSchema = z.object({
  policy: z.string(),
  id: z.string(),
  first: slugs,
  second: slugs,
  resolved: slugs,
});
const reviewSchema = z.object({ policy: z.string(), id: z.string(), before: slugs, after: slugs });

function readJsonl<T>(file: string, schema: z.ZodType<T>): T[] {
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .map((l, i) => {
      const parsed = schema.safeParse(JSON.parse(l));
      if (!parsed.success) throw new Error(`${file}:${i + 1}: ${parsed.error.issues[0]!.message}`);
      return parsed.data;
    });
}

/**
 * The first labelling pass as it stood before anyone compared it with the second: ml/labels
 * with the later corrections undone — the reviews (oldest first; the earliest review of a
 * clause holds its label as it stood before any review: its `before`), then the adjudication of
 * the double-labelled sample (its `first`). Kappa on adjudicated labels would measure
 * agreement with the answer key, not between labellers.
 */
export function firstPass(
  current: readonly LabelledClause[],
  adjudicationFile: string,
  reviewFiles: string | readonly string[],
): LabelledClause[] {
  const key = (policy: string, id: string) => `${policy}\u0000${id}`;
  const adjudicated = new Map(
    readJsonl(adjudicationFile, adjudicationSchema).map((a) => [key(a.policy, a.id), a.first]),
  );
  const reviewed = new Map<string, PracticeSlug[]>();
  for (const file of typeof reviewFiles === "string" ? [reviewFiles] : reviewFiles)
    for (const r of readJsonl(file, reviewSchema))
      if (!reviewed.has(key(r.policy, r.id))) reviewed.set(key(r.policy, r.id), r.before);
  return current.map((c) => {
    const k = key(c.policy, c.id);
    const before = adjudicated.get(k) ?? reviewed.get(k);
    return before ? { ...c, practices: withImplied(before) } : c;
  });
}
