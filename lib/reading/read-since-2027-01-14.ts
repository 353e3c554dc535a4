/**
 * Rules added after the re-audit of 2027-01-14 (the 176th to 200th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * Rights the account holders use by logging in, said of them by name rather than "you":
 * "Parents and educational institutions are able to review, manage, delete or edit their
 * information as well as student information at any time by logging into their accounts."
 * (VocabularySpellingCity). The `correction-right` and `deletion-right` rules want "you (users,
 * customers) can (may, are able to) …"; until the re-audit of 2027-01-14 the sentence read as no
 * right at all (access neutral, "no fact found"). Seeing comes first and correcting or deleting
 * follows in the same list; the data is "their (your) information (data)", and the way is logging
 * in. Not the company's or its staff's own reviewing ("we are able to review …"), nor a list with
 * no correcting or deleting ("are able to review their information by logging in").
 */
const REVIEWED_BY_LOGGING_IN =
  /(?<!\b(?:we|staff|employees|personnel|administrators) )\b(?:are|is) able to (?:review|access|view|see)((?:,? (?:and |or )?(?:review|access|view|see|manage|delete|erase|remove|edit|correct|update|modify|change)){1,5}) (?:their|your) (?:own )?(?:personal )?(?:account )?(?:information|data)\b[^.;]{0,80}?\bby logging in(?:to)?\b/i;
export const LOGGING_IN_WORDS = /logging in/i;
function verbsReviewedByLoggingIn(s: string): string | null {
  if (!s.includes("able to") || !s.includes("logging in")) return null;
  const m = REVIEWED_BY_LOGGING_IN.exec(s);
  return m ? m[1]! : null;
}
/** The correcting of that list ("edit", "correct", "update", "modify", "change"). */
export function correctedByLoggingIn(s: string): boolean {
  const verbs = verbsReviewedByLoggingIn(s);
  return verbs !== null && /\b(?:edit|correct|update|modify|change)\b/i.test(verbs);
}
/** The deleting of that list ("delete", "erase", "remove"). */
export function deletedByLoggingIn(s: string): boolean {
  const verbs = verbsReviewedByLoggingIn(s);
  return verbs !== null && /\b(?:delete|erase|remove)\b/i.test(verbs);
}

/**
 * Disclosure on the company's judgement said with "provide" (or "give", "furnish"): "We may
 * provide your information as we believe is necessary or appropriate to protect, enforce, or
 * defend our legal rights, … or to comply with or enforce applicable industry standards, law or
 * legal process, including responding to court orders, warrants, subpoenas and other requests from
 * public and government authorities." (Woman's Day). The rule of the audit of 2026-12-06
 * (`DISCLOSED_AT_DISCRETION`) reads "share (disclose, transfer, release) … as we believe …
 * appropriate" as disclosure on the company's own judgement; "provide" is not among its verbs, so
 * until the re-audit of 2027-01-14 the sentence read only as legal process (neutral). The data
 * given comes first and the belief right after it; the caller asks for a word of law, authorities
 * or rights in the sentence. Not "provide … as required by law", nor "provide the information we
 * believe is necessary to deliver the Services" (no "appropriate").
 */
const PROVIDED_AT_DISCRETION =
  /\b(?:provide|give|furnish)s? (?:your |such |the |any |this |that )?(?:personal )?(?:information|data)\b[^.;]{0,20}?\b(?:as|if|when|where|whenever) (?:we|it) (?:in good faith )?(?:reasonably )?(?:believes?|deems?|considers?|determines?) (?:it |that it |that |is |it is |to be )?(?:reasonably )?(?:necessary or appropriate|appropriate or necessary|appropriate|advisable)\b/i;
export const PROVIDED_AT_DISCRETION_WORDS = /appropriate|advisable/;
export function providedAtDiscretion(s: string): boolean {
  if (!s.includes("rovide") && !s.includes("give") && !s.includes("urnish")) return false;
  return PROVIDED_AT_DISCRETION.test(s);
}
