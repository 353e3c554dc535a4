/**
 * Rules added after the re-audit of 2027-01-15 (the 201st to 225th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy
 * changes and choice). Each is a pure test on one sentence, kept in its own file so that the rules
 * in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

import { ageOf } from "./age-words";

/**
 * The minimum age said as what it is: "The minimum age to create a Steam User Account is 13."
 * (Steam). The `children-age` rule wants "under 13", "at least 13", "13 years of age" or "aged 13
 * and over" beside a word of who may use the service, so until the re-audit of 2027-01-15 Steam's
 * children read "no fact found". Only "the minimum age to (for) … is N" (or "is N years"), the
 * age of the service's users: not "the minimum age at which a person may use the Services in your
 * state" with no age, nor an age outside 6–21.
 */
const MINIMUM_AGE_IS =
  /\b(?:the )?minimum age (?:requirement )?(?:to|for|of users? (?:to|for)|required to)\b[^.;]{0,60}? is (\d{1,2}|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen)\b(?: \(\d{1,2}\))?(?! (?:percent|%|days|months))/i;
export const MINIMUM_AGE_WORDS = /minimum age/i;
export function minimumAgeIs(s: string): string | null {
  if (!s.includes("minimum age") && !s.includes("Minimum age")) return null;
  const m = MINIMUM_AGE_IS.exec(s);
  if (!m) return null;
  const age = ageOf(m[1]!);
  return age >= 6 && age <= 21 ? `under ${age}` : null;
}

/**
 * The changed policy said to be available where the user reads it, without "post" or "publish":
 * "Due to changes in relevant regulations … we may from time to time need to modify this Privacy
 * Policy. An updated version will at all times be available here." (Wordfeud). The `change-notice`
 * rule wants "post", "publish", "on this page" or the policy's name in the sentence, so until the
 * re-audit of 2027-01-15 Wordfeud's policy changes read "no fact found". Only an updated (revised,
 * new, amended, latest) version said to be available here, on this page or on the site: not a
 * version of the app or the service ("a new version of the app will be available in the store").
 */
const UPDATED_VERSION_AVAILABLE =
  /\b(?:updated|revised|new|amended|latest|current) version(?: of (?:this|our|the) (?:privacy )?(?:policy|notice|statement))? (?:will|shall|is|is always|will always) (?:at all times |always |then |also )?be (?:made )?available (?:here|on this (?:page|site|website)|on our (?:web)?site|on the (?:web)?site)\b/i;
export const UPDATED_VERSION_WORDS = /available/;
export function updatedVersionAvailable(s: string): string | null {
  if (!s.includes("version") || !s.includes("available")) return null;
  return UPDATED_VERSION_AVAILABLE.test(s) ? "posted on the site" : null;
}

/**
 * Backups kept for a period the sentence before states: "Tildes maintains backups of its data for
 * up to 30 days. Therefore, any deleted or edited data may persist in its previous form inside
 * backup archives during that period." (Tildes). The `retention-backups` rule read the second
 * sentence alone as "kept in backups or archives, no limit stated", which the policy's words deny;
 * "during (for, within, throughout) that (this, such, the same) period (time)" is a limit, read as
 * the rule's "for a limited time". Not "for a period of time" with no referent.
 */
const FOR_THAT_PERIOD =
  /\b(?:during|for|within|throughout|over) (?:that|this|such|the same|the said) (?:time )?(?:period|timeframe|time frame|time)\b/i;
export function backupsForThatPeriod(s: string): boolean {
  if (!s.includes("period") && !s.includes("time")) return false;
  return FOR_THAT_PERIOD.test(s);
}

/**
 * An opt-out said as the user's choosing not to receive: "In accordance with instructions on the
 * site, you may opt not to receive certain emails in the future, …" (MouthShut). The opt-out rules
 * want "opt out", "unsubscribe" or the wish not to receive with an instruction after it (the rule
 * of 2026-12-12, `wishNotToReceiveAt`, which this widens), so until the re-audit of 2027-01-15
 * MouthShut's choice read "no fact found". Only the user's option ("you may (can) opt (elect,
 * choose) not to receive (get)"), not a consequence ("if you choose not to provide your email, you
 * will not receive …").
 */
const OPT_NOT_TO_RECEIVE =
  /\byou (?:may|can|are able to|have the (?:right|option|choice) to) (?:also |always |at any time )?(?:opt|elect|choose) not to (?:receive|get)\b/i;
export function optNotToReceiveAt(s: string): number | null {
  if (!s.includes(" not to ")) return null;
  return OPT_NOT_TO_RECEIVE.exec(s)?.index ?? null;
}

/**
 * Notice of changes sent to the contract's "Customer" before they take effect: "If Google intends
 * to change these Controller Terms under Section 7.2(c) and such change will have a material
 * adverse impact on Customer, … then Google will use commercially reasonable efforts to inform
 * Customer at least 30 days (…) before the change will take effect." (Google Shopping, whose
 * published terms speak to the business customer as "Customer"). The `change-notice` rule wants
 * "inform you" or "notify customers" (the plural), so until the re-audit of 2027-01-15 the terms
 * read only "Google may change this Appendix 1B without notice if the change … does not have a
 * material adverse impact" and were concerning ("may change without notice"), beside the notice
 * they state. Only notice to the customer before (prior to, in advance of) the change, not a
 * customer informing the company ("Customer will inform Google"), nor notice of anything but a
 * change named in the sentence ("we notify customers before shipping").
 */
const NOTICE_TO_CUSTOMER =
  /\b(?:inform|notify|give notice to|provide notice to) (?:the )?[Cc]ustomers?\b(?! (?:will|shall|must|should|may))[^.;]{0,240}?\b(?:before|prior to|in advance)\b/;
export const NOTICE_TO_CUSTOMER_WORDS = /ustomer/;
/** A change named in the sentence itself: notice to customers of anything else is not notice of changes. */
const CHANGE_SAID = /\b(?:chang|amend|modif|updat|revis)\w{0,8}\b/i;
export function noticeToCustomer(s: string): string | null {
  if (!s.includes("ustomer") || !CHANGE_SAID.test(s)) return null;
  return NOTICE_TO_CUSTOMER.test(s) ? "direct notice" : null;
}
