import { PRACTICE_SLUGS, type PracticeSlug } from "../practice-slugs";
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
