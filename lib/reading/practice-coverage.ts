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
  /** The words by which the text's opening names itself terms or an agreement (termsOpening). */
  termsOpening?: string;
};

/**
 * A text that opens by naming itself terms or an agreement and says nothing of privacy there:
 * "Read these terms and conditions (this “Agreement”) for important information about our text
 * alert services" (Aetna's recording since April 2026, its text-alert terms and their arbitration
 * agreement, where a third of the clauses still touch a practice: the consent to messages, the
 * arbitration), "Google and the counterparty agreeing to these terms (“Customer“) have entered
 * into an agreement …" (Google Shopping's controller terms). Not a policy that points to its
 * terms ("See these Terms of Use for …"), nor one whose opening speaks of privacy ("This Privacy
 * Policy is incorporated into our Terms of Service").
 */
export const OPENING_CLAUSES = 5;
const NAMES_ITSELF_TERMS =
  /\b(?:read|agree(?:s|ing)? to|accept(?:s|ing)?) (?:these|the following) terms\b[^.:;]{0,60}|\(this [“"]Agreement[”"]\)/i;
const SPEAKS_OF_PRIVACY = /\bprivacy\b|\bdata protection (?:policy|notice|statement)\b/i;
export function termsOpening(texts: readonly string[]): string | undefined {
  const opening = texts.slice(0, OPENING_CLAUSES).join("\n");
  if (SPEAKS_OF_PRIVACY.test(opening)) return undefined;
  return NAMES_ITSELF_TERMS.exec(opening)?.[0];
}

export function practiceCoverage(
  clauses: readonly { practices: readonly string[]; text?: string }[],
): PracticeCoverage {
  const opening = clauses.every((c) => c.text === undefined)
    ? undefined
    : termsOpening(clauses.map((c) => c.text ?? ""));
  return {
    clauses: clauses.length,
    speaking: clauses.filter((c) => c.practices.length > 0).length,
    ...(opening ? { termsOpening: opening } : {}),
  };
}

/** True when the text reads as something other than a privacy policy (see above). */
export function mayNotBePrivacyPolicy({
  clauses,
  speaking,
  termsOpening,
}: PracticeCoverage): boolean {
  return clauses > 0 && (speaking < clauses * POLICY_LIKE_SHARE || termsOpening !== undefined);
}
