/**
 * How much of a text speaks to any of the 14 practices: the clauses the classifier assigned at
 * least one practice to. A privacy policy's clauses mostly do (every stored policy of the corpus
 * has at least a quarter of them tagged); a text where fewer than one in five do reads as
 * something else: terms of service, a documentation page, an index of notices elsewhere. Its
 * machine findings then say little of the service's privacy policy, and the reader is told so.
 */
export const POLICY_LIKE_SHARE = 0.2;

export type PracticeCoverage = {
  /** Clauses in the text. */
  clauses: number;
  /** Clauses with at least one practice assigned. */
  speaking: number;
};

export function practiceCoverage(
  clauses: readonly { practices: readonly string[] }[],
): PracticeCoverage {
  return {
    clauses: clauses.length,
    speaking: clauses.filter((c) => c.practices.length > 0).length,
  };
}

/** True when the text reads as something other than a privacy policy (see above). */
export function mayNotBePrivacyPolicy({ clauses, speaking }: PracticeCoverage): boolean {
  return clauses > 0 && speaking < clauses * POLICY_LIKE_SHARE;
}
