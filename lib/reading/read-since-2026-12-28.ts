import { deletedInANounItem } from "./read-since-2027-01-16";
/**
 * Rules added after the audit of 2026-12-28 (offset 6 of the machine-read companies: collection,
 * use, access, security, international transfer, business transfer and legal disclosure). Each is
 * a pure test on one sentence, kept in its own file so that the rules in `extract-facts.ts` change
 * by a line each. Every quantifier is bounded (the suite's adversarial inputs run over them), and
 * each rule is gated on a plain word before its pattern runs.
 */

/**
 * A right of the user's, named before a series of verbs or nouns: "At Apple, we respect your
 * ability to know, access, correct, transfer, restrict the processing of, and delete your personal
 * data." (Apple), "You have the right to require access, correction or deletion of Personal Data we
 * are processing." (Jottacloud), "For information about these rights, such as requesting deletion
 * or a copy of your personal information, …" (DuckDuckGo). Until the audit of 2026-12-28 the
 * deletion (and, for DuckDuckGo, the copy) went unread: access neutral, not protective. The right
 * is the user's (your ability or right, you have the right, these rights), never the company's
 * ("we reserve the right to delete"); no "we" or "us" between it and the verb ("you have the right
 * to know when we delete your data" is no right to have it deleted); the user's data follows.
 */
const USERS_RIGHT =
  /\b(?:your (?:ability|right|rights)|you (?:have|may have|also have) (?:the )?(?:right|rights|ability)|these rights|(?:the|a) right to (?:require|request|demand|obtain))\b/i;
const DELETION_IN_THE_SERIES =
  /^[^.;]{0,160}?\b(?:delete|deletion|erase|erasure)\b(?: (?:of|to))?[^.;]{0,30}?\b(?:data|information|account)\b/i;
const ACCESS_IN_THE_SERIES =
  /^[^.;]{0,160}?\b(?:access|correct|correction|rectify|rectification|a copy)\b[^.;]{0,100}?\b(?:data|information)\b/i;
// Nothing of the company's between the right and the verb, nor instructions about it ("the right to
// provide instructions regarding the handling, retention, and deletion of your personal information
// after your death").
const COMPANY_BETWEEN = /\b(?:we|us|our|will|instructions?)\b/i;
// A right restricted or limited is none offered: "Restrict your ability to delete or edit your
// information" (a parent's control over a child's account).
const RIGHT_LIMITED = /\b(?:restrict|restricts|restricted|limit|limits|limited)\b/i;
function inTheSeries(s: string, series: RegExp): boolean {
  const m = USERS_RIGHT.exec(s);
  if (!m || RIGHT_LIMITED.test(s.slice(Math.max(0, m.index - 20), m.index))) return false;
  const rest = s.slice(m.index + m[0].length);
  const found = series.exec(rest);
  if (!found) return false;
  // The verb or noun itself is the user's, not the company's act: nothing of "we" before it.
  const verb =
    /\b(?:delete|deletion|erase|erasure|access|correct|correction|rectify|rectification|a copy)\b/i.exec(
      found[0],
    );
  return verb !== null && !COMPANY_BETWEEN.test(found[0].slice(0, verb.index));
}
// Plain words (reading speed): both series rules need a deletion or erasure.
export const RIGHTS_SERIES_WORDS = /delet|eras|Delet|Eras/;
export function deletionInARightsSeries(s: string): boolean {
  return (s.includes("delet") || s.includes("eras")) && inTheSeries(s, DELETION_IN_THE_SERIES);
}
// Access in a series that also names deletion: "know, access, correct, …, and delete your personal
// data", "requesting deletion or a copy of your personal information".
export function accessInARightsSeries(s: string): boolean {
  return deletionInARightsSeries(s) && inTheSeries(s, ACCESS_IN_THE_SERIES);
}

/**
 * A list of rights' bare item that deletes: "Scaleway informs you that you have the following
 * rights …:" ⏎ "Delete data that is no longer necessary for processing or to meet a legal
 * obligation" (Scaleway; its access read only "Access your data …" until the audit of 2026-12-28).
 * The verb opens the sentence and the user's or "the" data follows, as "Review your data" is read
 * (the audit of 2026-12-17); not an instruction with a time ("Delete data after 30 days", "Delete
 * data older than …"), nor a table row's purpose ("Delete information about an expired payment
 * card. — User ID; …").
 */
const DELETE_IN_A_LIST =
  /^(?:[●·•▪*-] *)?(?:delete|erase) (?:your |the |any |all )?(?:personal )?(?:data|information)\b(?! (?:after|within|every|once|when|older|at|from (?:the|your) (?:cache|browser|device)))/i;
// Widened at the re-audit of 2027-01-16 to the item said as a noun (read-since-2027-01-16.ts).
export const DELETE_IN_A_LIST_WORDS =
  /^(?:[●·•▪*-] *)?(?:delete|erase)\b|^(?:(?:correction|rectification) (?:or|and) )?(?:deletion|erasure) of\b/i;
export function deleteInAList(s: string): boolean {
  // Not a table's purpose: "Delete information about an expired payment card. — User ID; …".
  return (DELETE_IN_A_LIST.test(s) && !s.includes(" — ")) || deletedInANounItem(s);
}

/**
 * Disclosure the company judges appropriate, with words between the judgement and the noun: "We
 * may also disclose information about you if we determine that for purposes of national security,
 * law enforcement, or other issues of public importance, disclosure is necessary or appropriate."
 * (Apple; "no fact found" until the audit of 2026-12-28, while "when we consider disclosure to be
 * necessary or appropriate" has read since the audit of 2026-12-21). The company's own judgement;
 * not "necessary" alone, the usual limit.
 */
const JUDGED_APPROPRIATE =
  /\b(?:we|it) (?:reasonably )?(?:believe|believes|deem|deems|consider|considers|determine|determines|judge|judges) that\b[^.;]{0,120}?\b(?:such |the |this )?(?:disclosure|release) (?:is|would be|to be|will be) (?:\w+ ){0,3}?appropriate\b/i;
export function disclosureJudgedAppropriate(s: string): boolean {
  return s.includes("appropriate") && JUDGED_APPROPRIATE.test(s);
}

/**
 * Disclosure when the company has grounds to suspect a crime: "If we have reasonable grounds to
 * suspect that you are involved in illegal activities, we will collect and use necessary data … in
 * order to notify the law enforcement and other state institutions." (Vinted); "we reserve the right
 * to release information concerning any user of Services when we have grounds to believe that the
 * user … has engaged in … any illegal activity" (IGN). Until the audit of 2026-12-28 read "no fact
 * found" and "disclosure in response to legal process": the suspicion of the audit of 2026-12-22
 * (Stripchat) needed "to law enforcement … suspected". A giving verb (notify or report to the
 * authorities, release information) in the sentence; not a suspicion that only closes an account
 * ("we may suspend your account"), nor a crime the law, not the company, suspects.
 */
const GROUNDS_TO_SUSPECT_A_CRIME =
  /\b(?:grounds|reason) to (?:suspect|believe)\b[^.;]{0,200}?\b(?:illegal|unlawful|criminal)\b/i;
const GIVEN_TO_AUTHORITIES =
  /\b(?:notify|notifying|inform|informing|report|reporting|alert|alerting)\b[^.;]{0,20}?\b(?:the )?(?:law enforcement|police|(?:relevant |competent )?authorities)\b|\b(?:release|releasing|disclose|disclosing) (?:\w+ ){0,2}?information\b/i;
export const GROUNDS_WORDS = /grounds to|reason to/;
export function disclosedOnGroundsToSuspect(s: string): boolean {
  return GROUNDS_TO_SUSPECT_A_CRIME.test(s) && GIVEN_TO_AUTHORITIES.test(s);
}

/**
 * Disclosure only when the law compels it: "Nevertheless, we will only disclose the very limited
 * personal information that we might have, …, if we are legally forced to do so, and we will use
 * legal means to fight against such disclosure." (DuckDuckGo); "We will only disclose the limited
 * user data we possess when compelled by law for the purposes of the prevention, investigation …
 * of criminal offences …" (Proton VPN). Until the audit of 2026-12-28 "no fact found": only a
 * "binding request" (the audit of 2026-12-17) or a named process was read. Compulsion, not a wish
 * ("only disclose … if we think it necessary"), and not "required" alone.
 */
const ONLY_WHEN_COMPELLED =
  /\bonly (?:disclose|share|provide|release|hand over|give|turn over)\b[^.;]{0,160}?\b(?:if|when|where) (?:we are |we're |it is )?(?:legally (?:compelled|forced|obliged|obligated|required)|compelled|forced)\b/i;
export const COMPELLED_WORDS = /compelled|forced|legally/;
// Another ground beside the compulsion, before it ("only disclose … to protect our rights or when
// compelled") or as an alternative after it ("… when compelled by law, or to prevent fraud"); the
// purposes the law names ("for the purposes of the prevention … of criminal offences") are none.
const GROUND_BEFORE =
  /\b(?:fraud\w*|harm|safety|protect\w*|defen[cd]\w*|emergenc\w*|abuse|rights|property|terms of (?:service|use))\b/i;
const GROUND_AFTER =
  /\bor (?:to |if |when |where |as |in order to )(?:\w+ ){0,4}?(?:protect|prevent|fraud|harm|safety|emergenc|defend|enforc|investigat)/i;
export function onlyWhenCompelled(s: string): boolean {
  if (!s.includes("only")) return false;
  const m = ONLY_WHEN_COMPELLED.exec(s);
  return (
    m !== null && !GROUND_BEFORE.test(m[0]) && !GROUND_AFTER.test(s.slice(m.index + m[0].length))
  );
}

/**
 * A sentence that goes on with the one before it, "Under these circumstances, we will always
 * require the third parties or related group companies to comply with this Privacy Policy;" after
 * "… in the event of a merger, acquisition, restructuring, or sale of assets, … we will transfer
 * your information to such entity …" (WeChat; business transfer concerning until the audit of
 * 2026-12-28), as "In such circumstances, …" already points back.
 */
export const POINTS_BACK_UNDER =
  /^under (?:these|those|such|all such|any such|the above) (?:circumstances|conditions|situations)\b/i;

/**
 * Requests from authorities named without "subpoena", "court order" or "legal process":
 * "Scaleway may receive direct (administrative or judicial authorities) or indirect (…) requests
 * from competent authorities to transmit certain data relating to its customers."; "(e.g., sharing
 * data at the request of an authorized public body to identify fraud or as part of a criminal
 * investigation)" (Scaleway; "no fact found" until the audit of 2026-12-28). The request comes from
 * an authority or a public body, and data is given in the same sentence (transmit, disclose,
 * provide, share, hand over); the value is the policy's words.
 */
const REQUEST_FROM_AUTHORITIES =
  /\b(?:requests? from|at the requests? of) (?:the |an |a |any )?(?:(?:competent|authori[sz]ed|public|judicial|administrative|governmental|government|law enforcement|relevant) ){1,3}(?:authorit(?:y|ies)|bod(?:y|ies)|agenc(?:y|ies))\b/i;
const GIVEN_ON_REQUEST =
  /\b(?:transmit\w*|disclos\w*|provid\w*|shar(?:e|es|ed|ing)|hand(?:s|ed|ing)? over|communicat\w*)\b/i;
export const REQUEST_FROM_AUTHORITIES_WORDS = /requests? from|requests? of/i;
export function requestFromAuthorities(s: string): string | null {
  const m = REQUEST_FROM_AUTHORITIES.exec(s);
  // The policy's words, its number and article kept: "request of an authorized public body".
  return m && GIVEN_ON_REQUEST.test(s) ? m[0].replace(/^at the /i, "").toLowerCase() : null;
}
