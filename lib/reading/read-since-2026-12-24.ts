/**
 * Rules added after the audit of 2026-12-24 (offset 3 of the machine-read companies: cookies,
 * retention, disputes, choice, children and policy changes). Each is a pure test on one sentence
 * (or a clause's heading), kept in its own file so that the rules in `extract-facts.ts` change by a
 * line each. Every quantifier is bounded (the suite's adversarial inputs run over them), and each
 * rule is gated on a plain word before its pattern runs.
 */
import { IN_THE_TERMS_VALUE } from "./recourse";

/**
 * Kept "as long as" in words the rules before did not read:
 * - "We will keep your Information for as long as it remains necessary for the identified purpose
 *   or as required by law" (IPinfo);
 * - "We generally store and retain your data for as long as our processing purposes, legal
 *   retention periods and our legitimate interests in documentation and keeping evidence may
 *   require" (Palia).
 * Until the audit of 2026-12-24 each read "no fact found". A verb of keeping must lead up to it:
 * "as long as our interests require, we may …" is a condition, not how long data is kept. An open
 * account ("for as long as you have an open account with us", Linear) is keptWhileRelationship's
 * (read-since-2026-12-26.ts), tried first by the same rule.
 */
const KEPT_AS_LONG_AS_REWORDED =
  /\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|maintain|maintains|maintained|preserve|preserves|preserved)\b[^.;]{0,80}?\bas long as (?:(?<needed>(?:it|they|this|that|the (?:data|information)) (?:remains?|stays?) (?:reasonably |strictly )?(?:necessary|needed|required))|(?<requires>(?:our|the|its|their) (?:[\w-]+,? ){1,14}?(?:may |might |reasonably )?(?:require|requires|necessitate|necessitates)))\b/i;
export function keptAsLongAsReworded(s: string): string | null {
  const m = KEPT_AS_LONG_AS_REWORDED.exec(s);
  if (!m) return null;
  return m.groups!.needed ? "as long as necessary" : "as long as required";
}

/**
 * A period counted from the end of a request is how long data is kept after it, not the time to
 * answer it: "Data we receive from you when contacting our customer service team is deleted in
 * full 7 years following completion of the respective customer request at the latest." (XING,
 * protective until the audit of 2026-12-24 beside its "deleted after 6 months": the 7 years were
 * dropped as a time to answer). Returns the start in the policy's words, "after completion of the
 * respective customer request", or null.
 */
const FROM_A_REQUESTS_END =
  /^\s*(?:\(\d{1,4}\) )?(?:calendar |business )?(?:hours?|days?|weeks?|months?|years?) (?:following|after|from) (?<end>(?:the )?(?:completion|closure|closing|resolution|conclusion) of (?:the |your |a |each |any )?(?:[\w-]+ ){0,2}?(?:requests?|inquiry|inquiries|enquiry|enquiries|cases?|tickets?))\b/i;
export function countedFromARequestsEnd(s: string, n: number): string | null {
  const re = new RegExp(`\\b${n}\\b`, "g");
  for (const m of s.matchAll(re)) {
    const end = FROM_A_REQUESTS_END.exec(s.slice(m.index + m[0].length, m.index + 200));
    if (end) return `after ${end.groups!.end}`;
  }
  return null;
}
/** Deleted when a verb of deletion stands just before the period ("is deleted in full 7 years …"). */
const DELETED_BEFORE =
  /\b(?:delet|eras|purg|destroy|remov)\w*\b(?: in full| permanently| automatically)?\s*$/i;
export const deletedJustBefore = (s: string, n: number) => {
  const at = s.search(new RegExp(`\\b${n}\\b`));
  return at > 0 && DELETED_BEFORE.test(s.slice(Math.max(0, at - 40), at));
};
/**
 * Data named and then narrowed by a relative clause with no "which": "Data we receive from you
 * when contacting our customer service team" is some data, not data in general.
 */
const NARROWED_WITHOUT_WHICH =
  /\b(?:data|information)\s+(?:we|you|they)\s+(?:receive|collect|obtain|get|gather|process|provide|give|send|submit|share)\b/i;
export const narrowedWithoutWhich = (s: string) => NARROWED_WITHOUT_WHICH.test(s);

/**
 * Third parties' trackers on the site in other words:
 * - "We may use cookies and similar tracking technologies, and allow our partners to use such
 *   technologies, to advertise The Trade Desk on other sites and services." (The Trade Desk);
 * - "Third party entities placing their cookie files or plug ins on our website, allowing them to
 *   collect specific information about your use of the website and services" (Viaplay).
 * Until the audit of 2026-12-24 both read "no fact found" (neutral; the rubric's concerning is
 * third-party advertising or tracking). The first needs an advertising purpose or other sites; the
 * second, advertising or the third parties collecting information about the user. A denial is
 * left to the caller (NO_TRACKING_STATED).
 */
const PARTNERS_ALLOWED_TO_TRACK =
  /\b(?:allow|allows|allowing|permit|permits|permitting|let|lets|enable|enables)\b (?:our |certain |select |some |other |these |such )?(?<who>third[- ]part(?:y|ies)(?: [\w-]+){0,2}?|partners|advertis(?:ers|ing partners|ing networks?)|ad networks?|vendors)\b(?: [\w-]+){0,3}? to (?:use|place|set|deploy|serve|drop|install)\b[^.;]{0,40}?\b(?:such technologies|these technologies|similar technologies|tracking technologies|cookies|pixels?|web beacons|beacons|tags|sdks?)\b/i;
const FOR_ADS_OR_ELSEWHERE =
  /\b(?:advertis\w*|ads|marketing|other (?:sites|websites|apps|services|platforms)|across)\b/i;
const THIRD_PARTIES_PLACE_TRACKERS =
  /\bthird[- ]part(?:y|ies)(?: (?:entities|companies|providers|partners|vendors|services))? (?:placing|place|places|setting|set|sets|installing|install|installs|dropping|deploying) (?:their )?(?:own )?(?<tech>cookies?(?: files)?|cookie files|tracking technologies|pixels|tags|web beacons|sdks)\b/i;
const COLLECT_ABOUT_THE_USER =
  /\b(?:collect|gather|track)\w*\b[^.;]{0,60}?\b(?:information|data)\b[^.;]{0,40}?\b(?:about|on|regarding) (?:your|you|users?|visitors?)\b/i;
export const TRACKERS_REWORDED_WORDS =
  /\b(?:third[- ]part|partners|advertis|ad networks?|vendors)/i;
const TRACKER_WORDS = /\b(?:cookie|technologies|pixel|beacon|tags\b|sdk)/i;
export function trackersOnTheSiteReworded(s: string): string | null {
  if (!TRACKER_WORDS.test(s)) return null;
  const a = PARTNERS_ALLOWED_TO_TRACK.exec(s);
  // The purpose after the technologies: "We allow advertisers to use MOAT, Doubleverify, and IAS
  // tags on their campaigns to monitor for fraud" (Stack Overflow) names advertisers, no tracking.
  if (a && FOR_ADS_OR_ELSEWHERE.test(s.slice(a.index + a[0].length)))
    return `${a.groups!.who!.toLowerCase()} allowed to use tracking technologies`;
  const b = THIRD_PARTIES_PLACE_TRACKERS.exec(s);
  if (b && (FOR_ADS_OR_ELSEWHERE.test(s) || COLLECT_ABOUT_THE_USER.test(s.slice(b.index))))
    return `${b.groups!.tech!.toLowerCase()} placed by third parties`;
  return null;
}

/**
 * A section for the users of some regions confines the recourse it offers: "Right to Lodge a
 * Complaint ⏎ You have the right to lodge a complaint … with a European Data Protection Authority.
 * For contact details of EU data protection authorities, …" under "Additional Information for EEA,
 * UK, and Switzerland End Users" (Rubicon Project; protective, "a free independent body … and a
 * regulator", until the audit of 2026-12-24), TRUSTe under "15. Additional Disclosures for Data
 * Subjects in the EEA, the U.K., and Switzerland" (Starbucks, found by the audit of 2026-12-26
 * too). Like a transfer framework's heading
 * (read-since-2026-12-14.ts) it only withholds the top rating.
 */
const REGION = String.raw`(?:the )?(?:eea|eu|e\.u\.|european economic area|european union|europe|european|uk|u\.k\.|united kingdom|switzerland|swiss)(?![\w.])`;
const PEOPLE = String.raw`(?:residents?|users?|end users?|individuals?|consumers?|visitors?|data subjects?|customers?|persons|people)`;
const SOME_REGIONS_USERS = new RegExp(
  String.raw`\b${PEOPLE} (?:of|in|from|located in|based in) ${REGION}|\b${REGION}[^›]{0,40}?\b${PEOPLE}\b`,
  "i",
);
export const recourseConfinedToRegionsByHeading = (path: readonly string[] | undefined) =>
  !!path && path.length > 0 && SOME_REGIONS_USERS.test(path.join(" › ").slice(0, 400));

/**
 * Disputes left to the service's terms by "subject to": "If you choose to use Amazon Services,
 * your use and any dispute over privacy is subject to this Notice and our Conditions of Use,
 * including limitations on damages, resolution of disputes, and application of the law of the
 * state of Washington." (Amazon; "no clause found" until the audit of 2026-12-24).
 */
const DISPUTES_SUBJECT_TO_TERMS =
  /\b(?:disputes?|claims?)\b[^.;]{0,80}?\b(?:is|are|will be|shall be) subject to (?:this [\w ]{1,30}?(?:,|and) )?(?:the |our |its )?(?:[\w’'-]+ ){0,3}?(?:terms of (?:use|service)|terms and conditions|conditions of (?:use|service|sale)|user agreement)\b/i;
export const SUBJECT_TO_WORDS = /\bsubject to\b/i;
export const disputesSubjectToTerms = (s: string) =>
  DISPUTES_SUBJECT_TO_TERMS.test(s) ? IN_THE_TERMS_VALUE : null;

/**
 * A notice of changes sent to all the users: "In circumstances where a change will materially
 * change the way in which we collect or use your personal information or data, we will send a
 * notice of this change to all of our account holders." (SurveyMonkey, under "Changes to our
 * Privacy Notice"; "no fact found" until the audit of 2026-12-24). "send (you) a notice", to the
 * user or to every user; not a notice posted, nor one sent to an authority.
 */
const NOTICE_SENT_TO_USERS =
  /\b(?:send|sends|sending|deliver|delivers|email|e-mail|provide|provides) (?:you (?:with )?(?:a|an) (?:notice|notification|e-?mail|message)\b|(?:a|an) (?:notice|notification|e-?mail|message)\b[^.;]{0,60}?\bto (?:all |each |every )?(?:of )?(?:our |your |the |affected |registered )?(?:account holders|users|members|customers|subscribers|you)\b)/i;
export const NOTICE_SENT_WORDS = /\b(?:notice|notification|e-?mail|message)\b/i;
export const noticeSentToUsers = (s: string) => NOTICE_SENT_TO_USERS.test(s);
