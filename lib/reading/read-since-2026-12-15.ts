import { NOTICE_BY_HIGHLIGHTING_ON_SITE } from "./read-since-2027-01-26";
/**
 * Rules added after the audit of 2026-12-15 (offset 10 of the machine-read companies: access,
 * security, children, policy changes, international, business transfer and legal disclosure).
 * Each is a pure test on one sentence, kept in its own file so that the fact rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them).
 */

/** The user's own data, or data a sentence points back to ("such data", "that information"). */
const THEIR_DATA =
  "(?:(?:your|their) (?:[\\w-]+ ){0,2}?(?:data|information|details|profile)|(?:the |any |all )?(?:personal )?(?:data|information) (?:that )?(?:we (?:hold|have|keep|maintain|store|process)|about you))";

/**
 * Access, correction and deletion in further words (two access findings neutral, one "no fact
 * found", until the audit of 2026-12-15):
 * - asking to confirm whether one's data is processed: "You can ask us to confirm whether we are
 *   processing your personal data and, if so, what information we process." (Kraken);
 * - an entitlement to have it corrected: "If the personal data we hold about you is inaccurate or
 *   incomplete, you are entitled to have it rectified." (Kraken);
 * - contacting the company to correct it: "We also encourage you to contact us to update or correct
 *   your information if it changes …" (Chayn).
 * The request is the user's ("you", "users"), never a government's or the company's.
 */
const CORRECTION_AUDIT_1215 = new RegExp(
  [
    `\\b(?:you|users?)\\b[^.;]{0,40}?\\b(?:ask|request)(?: us| that we)? (?:to )?confirm(?:ation)? (?:of )?(?:whether|if) (?:or not )?we (?:are )?(?:process|hold|collect|stor|us)\\w*\\b`,
    `\\b(?:you|users?) (?:are|is) entitled to have (?:it|them|${THEIR_DATA}) (?:[\\w-]+ (?:or|and) )?(?:rectified|corrected|amended|updated|completed)\\b`,
    `\\b(?:you|users?)\\b[^.;]{0,40}?\\bcontact us to (?:access|review|update|correct|amend|rectify)(?:,? (?:or |and )?(?:access|review|update|correct|amend|rectify)){0,2} ${THEIR_DATA}\\b`,
  ].join("|"),
  "i",
);
/** Words one of these requests needs, tried first (reading speed). */
export const CORRECTION_AUDIT_1215_WORDS = /\b(?:confirm\w*|entitled|contact us)\b/i;
export function correctionAudit1215(s: string): boolean {
  return CORRECTION_AUDIT_1215.test(s);
}

/**
 * Deletion asked for of data the sentence has just named: "Users of this service whose personal
 * data has been collected may request the deletion of such data by writing to the dedicated
 * address" (Open Terms Archive; "no fact found" until the audit of 2026-12-15). The request is the
 * user's: "Authorities may request the deletion of such data" is not.
 */
const DELETION_OF_SUCH_DATA =
  /\b(?:you|users?|individuals|persons|people|data subjects)\b[^.;]{0,80}?\b(?:may|can|are entitled to|have the right to) request (?:the )?(?:deletion|erasure|removal) of (?:such|this|that|these|those) (?:personal )?(?:data|information)\b/i;
export const DELETION_OF_SUCH_DATA_WORDS =
  /\b(?:deletion|erasure|removal) of (?:such|this|that|these|those)\b/i;
export function deletionOfSuchData(s: string): boolean {
  return DELETION_OF_SUCH_DATA.test(s);
}

/**
 * Words that look like a right to see or correct one's data but are none (blanked before the
 * correction rules read a sentence): the policy itself updated, "This data protection notice may be
 * updated from time to time" (VR, read as data that "may be updated"); a choice about sharing,
 * "how you can modify how we share your personal information" and "You may change your mind and
 * opt back into Personal Information sales" (Forbes); access lost, "by exercising your right to
 * deletion you may lose access to your account" (IndieGala). Each was the first fact a protective
 * access finding showed until the audit of 2026-12-15.
 */
const NOT_A_RIGHT_TO_SEE_OR_CORRECT =
  /\b(?:notice|policy|statement|document|terms)(?: of use)? (?:may|can|will|shall|might) (?:be )?(?:updated|amended|changed|modified|revised|reviewed)\b|\b(?:modify|change|update|adjust) how (?:we|our|the company)\b|\bchange (?:your|their|his or her) minds?\b|\b(?:lose|loses|losing|lost) (?:your |their |the )?access\b/gi;
// The rules of a kind read the same sentence one after another: it is blanked once (reading speed).
let lastSaid = "";
let lastBlanked = "";
export function blankNotARightToSeeOrCorrect(s: string): string {
  if (s !== lastSaid) {
    lastSaid = s;
    lastBlanked = s.replace(NOT_A_RIGHT_TO_SEE_OR_CORRECT, (m) => " ".repeat(m.length));
  }
  return lastBlanked;
}

/**
 * Changes posted in other words (in a sentence about changing the policy): "Any modification will
 * be posted on this page …" (Qwant), "we publicly record those changes" (Open Terms Archive), "the
 * latest version of the data protection notice will always be available in our service" (VR).
 * Until the audit of 2026-12-15 each read no fact: Qwant's and VR's "no fact found", Open Terms
 * Archive's policy changes "no clause found".
 */
const POSTED_IN_OTHER_WORDS =
  /\b(?:any|all|such|these|those|the) (?:[\w-]+ )?(?:modifications?|amendments?|revisions?)(?: (?:to|of|in) (?:this|the|our) (?:[\w-]+ ){0,2}?(?:policy|notice|statement))?(?: we make| made)? (?:will|shall) be (?:posted|published)\b|\b(?:publicly|openly) (?:record|publish|document|archive|track)\w* (?:those|these|the|all|any|such|our) (?:changes|updates|modifications|revisions|versions)\b|\b(?:latest|current|updated|revised|newest) version of (?:this|the|our) (?:[\w-]+ ){0,3}?(?:policy|notice|statement)\b[^.;]{0,30}?\b(?:will|shall) (?:always )?be (?:available|published|posted|accessible)\b/i;
export { POSTED_IN_OTHER_WORDS };
export function postedInOtherWords(s: string): boolean {
  return POSTED_IN_OTHER_WORDS.test(s);
}

/**
 * Users "informed" of a change only where everyone sees it: "The Foundation may update this Privacy
 * Policy from time to time and inform you on the Websites that the policy has been amended"
 * (Ethereum; "users are notified directly" until the audit of 2026-12-15). A notice on the site is
 * posted, not direct; a channel of the user's own (an email, the app's notification) stays direct.
 */
const INFORMED_ON_THE_SITE =
  /\b(?:inform|notify|tell|alert) (?:you|users|visitors|customers) (?:on|via|through|at) (?:the|our|this) (?:[\w-]+ ){0,2}?(?:websites?|sites?|web ?pages?|pages?|homepage)\b/i;
export const OWN_CHANNEL =
  /\b(?:e-?mail\w*|in-app|push|notification|text message|sms|letter|directly)\b/i;
export function informedOnlyOnTheSite(s: string): boolean {
  // … or given by highlighting the change on the sites (the second reading of 2027-01-26, Taboola).
  return (
    (INFORMED_ON_THE_SITE.test(s) ||
      (s.includes("otice") && NOTICE_BY_HIGHLIGHTING_ON_SITE.test(s))) &&
    !OWN_CHANNEL.test(s)
  );
}

/**
 * The buyer held to the policy by the company's efforts: "If this sale or transfer takes place, we
 * will use reasonable efforts to try to make sure that the organisation we transfer your personal
 * data to uses it in line with our privacy policy." (The Guardian; concerning until the audit of
 * 2026-12-15). Its use of the data in line with, in accordance with or consistent with this policy.
 */
const USED_IN_LINE_WITH_POLICY =
  /\b(?:uses?|processes|handles|treats|protects) (?:it|them|the data|such data|the information|such information|your (?:personal )?(?:data|information))\b (?:[\w-]+ ){0,2}?(?:in (?:line|accordance|keeping) with|consistent(?:ly)? with) (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b/i;
export { USED_IN_LINE_WITH_POLICY };
export function usedInLineWithPolicy(s: string): boolean {
  return USED_IN_LINE_WITH_POLICY.test(s);
}

/**
 * A sale pointed back to as an event ("If this sale or transfer takes place, …", The Guardian,
 * after "any other organisation that buys … of our assets and business"): the sentence is about
 * the business's sale, as one naming a merger is. A transfer alone may be of data abroad.
 */
export const SALE_POINTED_BACK =
  /\b(?:this|that|such|the) sale(?: or (?:transfer|merger|acquisition))? (?:takes place|occurs|happens|is completed|goes ahead)\b/i;

/**
 * Legal process in the plural, when the sentence names no subpoena, order or warrant: "To comply in
 * good faith with applicable laws, legal processes, and lawful government requests;" (Starlink; "no
 * fact found" until the audit of 2026-12-15: "legal process" was read only in the singular). A
 * sentence that also names a subpoena or a court order keeps that as its detail.
 */
const LEGAL_PROCESSES = /\blegal processes\b/i;
export function legalProcessesNamed(s: string): string | null {
  return LEGAL_PROCESSES.test(s) ? "legal processes" : null;
}

/**
 * Information the user has made public, then open to anyone: "if you provide personal information
 * that is published in our editorial content, this information will become publicly available and
 * may be shared with third parties for any purpose permitted by law" (Forbes; read as disclosure to
 * authorities on the company's own judgement, the first fact its legal disclosure showed, until the
 * audit of 2026-12-15). What anyone may take from a public page is no disclosure of the company's.
 */
const MADE_PUBLIC =
  /\b(?:will become|becomes|become|is|are|will be) (?:publicly available|public(?:ly)? (?:visible|accessible)|available to the public)\b/i;
export function madePublicByTheUser(s: string): boolean {
  return /public/i.test(s) && MADE_PUBLIC.test(s);
}
