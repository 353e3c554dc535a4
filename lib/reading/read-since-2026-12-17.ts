import { seenInANounItem } from "./read-since-2027-01-16";
/**
 * Rules added after the audit of 2026-12-17 (offset 4 of the machine-read companies: access,
 * security, children, policy changes, international, business transfer and legal disclosure).
 * Each is a pure test on one sentence, kept in its own file so that the fact rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them).
 */

/**
 * A business transfer said in verbs of the company's own, or of a buyer's:
 * - "In the event that illumin sells, merges or transfers all or part of its business, we may
 *   transfer visitor information to a third party as part of that transaction." (AcuityAds);
 * - "We may transfer or disclose your personal information to any entity which takes over or
 *   acquires the relevant FT business." (Financial Times).
 * Until the audit of 2026-12-17 neither named an event the rules read ("sells" is no "sale of",
 * "acquires" no "acquisition"), and both read "no fact found". Not a customer bought or a product
 * sold: the object is the business, the company or its assets.
 */
const EVENT_IN_VERBS_1217 =
  /\b(?:sells?|merges?|transfers?|assigns?|divests?)\b(?:,? (?:or |and |and\/or )?(?:sells?|merges?|transfers?|assigns?|divests?)\b){0,3},? (?:all|substantially all|any|some|a (?:part|portion))(?: or (?:a )?(?:part|portion|substantially all|some|any))?(?: of)? (?:its|our|the|their) (?:[\w-]+ )?(?:business(?:es)?|compan(?:y|ies)|assets)\b|\b(?:entity|entities|company|companies|party|parties|person|organi[sz]ations?|purchasers?|buyers?) (?:which|that|who) (?:[\w-]+ ){0,2}?(?:takes? over|acquires?|buys?|purchases?)\b(?: or (?:takes? over|acquires?|buys?|purchases?)\b)? (?:[\w-]+ ){0,3}?(?:business(?:es)?|compan(?:y|ies)|assets)\b/i;
/** Cheap words one of those events needs, tried first (reading speed). */
export const EVENT_IN_VERBS_1217_WORDS =
  /\b(?:sells?|merges?|transfers?|assigns?|divests?|takes? over|acquires?|buys?|purchases?)\b/i;
export function eventInVerbs1217(s: string): boolean {
  return EVENT_IN_VERBS_1217.test(s);
}

/**
 * Data said to pass in further words, in a sentence that names a business event:
 * - the recipient between the verb and the data, "We may transfer to another entity or its
 *   affiliates or service providers some or all information about you in connection with … any
 *   merger, acquisition, sale of assets …" (npm);
 * - a bare or qualified object, "We may also disclose information if … (vii) when we are undergoing
 *   any change in control, including by means of merger, acquisition …" (ironSource), "we may
 *   transfer visitor information to a third party" (AcuityAds).
 * Until the audit of 2026-12-17 the rules needed "your", "the", "such" … within a few words of the
 * verb, and these three business transfers read "no fact found".
 */
const DATA_PASSES_1217 =
  /\b(?:transfer|sell|share|disclose|assign|provide)\b(?: to(?: [\w'’-]+,?){1,10}?)?(?: (?:some or all|all or (?:some|part)|all|any|some)(?: of)?)?(?: (?:your|the|such|our|this|user|visitor|customer|member|account)(?:['’]s|s['’]|s)?)?(?: personal(?:ly identifiable)?)? (?:information|data)\b/i;
/** The user's own transfer (a developer's, in rules for developers: "You may also transfer data …"). */
const THE_USERS_OWN_TRANSFER =
  /\byou (?:may|can|must|should|shall)(?: also| only)? (?:transfer|sell|share|disclose|assign|provide)\b/i;
export function dataPasses1217(s: string): boolean {
  return DATA_PASSES_1217.test(s);
}
export function usersOwnTransfer(s: string): boolean {
  return THE_USERS_OWN_TRANSFER.test(s);
}

/**
 * The successor held to the policy, or to confidentiality, in further words:
 * - "… Mix will direct the recipient of this information to assume the rights and obligations
 *   described in this Privacy Policy." (Mix: "as described" was read, "described" alone not);
 * - "The recipient of any of your information will be bound by confidentiality obligations."
 *   (Webcrawler, after "other parties that have or may acquire control or ownership of some or all
 *   of our business … in connection with a significant corporate transaction …").
 * Both were concerning ("no commitment stated") until the audit of 2026-12-17. Not obligations of
 * another document, nor confidentiality of the company's staff.
 */
const ASSUMES_OBLIGATIONS_DESCRIBED =
  /\b(?:assume|assumes|take on|takes on|inherit|inherits)\b[^.;]{0,40}?\bobligations\b (?:[\w-]+ ){0,3}?(?:described|set (?:out|forth)|stated) in (?:this|our) (?:privacy )?(?:policy|notice|statement)\b/i;
export function assumesObligationsDescribed(s: string): boolean {
  return ASSUMES_OBLIGATIONS_DESCRIBED.test(s);
}
const RECIPIENT_BOUND_TO_CONFIDENTIALITY =
  /\b(?:recipients?|buyers?|purchasers?|acquirers?|successors?|(?:new|acquiring|surviving) (?:entity|owners?|company))\b[^.;]{0,60}?\b(?:will|shall|must|would) be (?:bound by|subject to) (?:strict |appropriate |the same |similar |customary )?confidentiality (?:obligations|agreements|undertakings|commitments|terms)\b/i;
export const RECIPIENT_BOUND_WORDS = /\bconfidentiality\b/i;
export function recipientBoundToConfidentiality(s: string): boolean {
  return RECIPIENT_BOUND_TO_CONFIDENTIALITY.test(s);
}
/**
 * A sentence that goes on with the business event of the one before it by naming "the recipient"
 * of the data (Webcrawler's above): read, for the business-transfer kinds only, with the sentence
 * before it, as "In that case, …" is.
 */
export const RECIPIENT_POINTED_BACK = /^(?:the|any|each|such) recipients? of\b/i;

/**
 * Legal process in further words, in a sentence about disclosure to authorities or courts: "in
 * response to lawful requests" (GitHub), "a valid legal request such as binding order" (Viber), "a
 * binding request coming from the competent Swiss authorities" (Proton), "a request by a court"
 * (Lingualeo). Until the audit of 2026-12-17 each read "no fact found". Not a user's request:
 * the sentence must name authorities, law enforcement, a court or the government.
 */
const LEGAL_REQUEST =
  /\b(?:(?:legally )?binding|valid|lawful|enforceable)(?: legal)? (?:requests?|orders?|demands?)\b|\b(?:requests?|orders?|demands?) (?:by|from|of) (?:a |an |the )?(?:competent |relevant )?(?:courts?|judges?|judicial authorit(?:y|ies))\b/i;
const TO_AUTHORITIES =
  /\b(?:authorit(?:y|ies)|law enforcement|courts?|government\w*|police|regulators?|public bod(?:y|ies)|officials)\b/i;
const DISCLOSURE_VERB =
  /\b(?:disclos\w*|shar\w*|provid\w*|releas\w*|hand over|turn over|cooperat\w*)\b/i;
export const LEGAL_REQUEST_WORDS =
  /\b(?:binding|valid|lawful|enforceable|request\w* (?:by|from|of))\b/i;
/**
 * Disclosure before or without the order is none in answer to it: "we may disclose its Uploader’s
 * information to competent public authorities before a valid order is presented to us"
 * (Dailymotion, of an imminent risk).
 */
const BEFORE_OR_WITHOUT =
  /\b(?:before|without|absent|prior to|in the absence of|pending)(?: a| an| any| the)?\s*$/i;
export function legalRequestNamed(s: string): string | null {
  if (!TO_AUTHORITIES.test(s) || !DISCLOSURE_VERB.test(s)) return null;
  const m = LEGAL_REQUEST.exec(s);
  if (!m || BEFORE_OR_WITHOUT.test(s.slice(Math.max(0, m.index - 24), m.index))) return null;
  return m[0].toLowerCase();
}

/**
 * Disclosure only in answer to a binding request: "We will only disclose the limited user data we
 * possess if we are legally obligated to do so by a binding request coming from the competent Swiss
 * authorities." (Proton; neutral, "no fact found", until the audit of 2026-12-17). The request must
 * bind ("binding", "legally binding", "enforceable"): "only … a valid request" is not said to
 * compel.
 */
const ONLY_UNDER_BINDING_REQUEST =
  /\bonly (?:disclose|share|provide|release|hand over|give|turn over)\b[^.;]{0,80}?\b(?:(?:legally )?binding|enforceable) (?:legal )?(?:requests?|orders?|demands?)\b/i;
export function onlyUnderBindingRequest(s: string): boolean {
  return ONLY_UNDER_BINDING_REQUEST.test(s);
}

/**
 * Changes posted in further words: "We will post any
 * updates as well as their effective dates on this webpage." (AcuityAds, under "Revisions"); "npm
 * will announce the next version on the npm blog."; "The new edition of the Provision is effective
 * as soon as it is posted …" and "The current edition is always available at the following
 * address" (Lingualeo). Until the audit of 2026-12-17 each read "no fact found". Not a version of
 * something else ("the next version of the app"), nor updates posted elsewhere than the policy's
 * own page ("we post product updates on our blog").
 */
const VERSION_OF_THE_POLICY =
  "(?:next|new|current|latest|updated|revised) (?:version|edition)(?: of (?:this|the|our) (?:[\\w-]+ ){0,2}?(?:policy|notice|statement|provisions?))?(?! of\\b)";
const POSTED_1217 = new RegExp(
  [
    // "post any updates … on this webpage": the page is the policy's own.
    `\\b(?:post|publish)(?:s|ed|ing)? (?:any |all |the |these |such |those )?(?:updates|changes|revisions|modifications|amendments)\\b[^.;]{0,60}?\\bon this (?:web ?page|page)\\b`,
    // "announce the next version on the npm blog": a version of the policy, not "of the app".
    `\\b(?:post|publish|announce)(?:s|ed|ing)? (?:the |any |a |each )?${VERSION_OF_THE_POLICY}`,
    // "The current edition is always available at …", "… is effective as soon as it is posted".
    `\\b${VERSION_OF_THE_POLICY}[^.;]{0,30}?\\b(?:is|will be) (?:always )?(?:available at|effective (?:as soon as|once|when) it is (?:posted|published))\\b`,
  ].join("|"),
  "i",
);
export const POSTED_1217_WORDS = /\b(?:post|publish|announc|version|edition)/i;
export function postedInFurtherWords1217(s: string): boolean {
  return POSTED_1217.test(s);
}

/**
 * Seeing one's data asked for by a list's bare verb: "Regardless, in accordance with COPPA, parents
 * have the right to:" ⏎ "Review the persistent identifier information we collect about you or your
 * child (if any)." (Coolmath4Kids; its access read only the deletion beside it, neutral, until the
 * audit of 2026-12-17). The object, right after the verb, is the user's data, never a setting, the
 * policy or a heading's purpose ("Review your privacy settings", "Review and content creation
 * purposes: We use your contact information …", "See examples of information we collect").
 */
const REVIEW_IN_A_LIST =
  /^(?:[●·•▪*-] *)?(?:review|inspect) (?:(?:your|my) (?:[\w-]+ ){0,2}?(?:data|information)\b(?! (?:below|above|in (?:this|the) (?:section|policy|notice)))|(?:the |all |any )?(?:[\w-]+ ){0,3}?(?:information|data) (?:(?:that )?we (?:have|hold|keep|maintain|process|collect\w*)|about you)\b)/i;
export function reviewInAList(s: string): boolean {
  // The re-audit of 2027-01-16: the item said as a noun, "a full export of your personal information".
  return REVIEW_IN_A_LIST.test(s) || seenInANounItem(s);
}

/**
 * A further notice of changes given only as the law requires: "If we make material changes, we
 * will provide additional notice as required by applicable law (for example, by email or in-product
 * notice)." (Mix; "users are notified directly" until the audit of 2026-12-17). The minimum, as
 * Zillow's "through appropriate communication channels, as required by applicable law" already
 * read: "posted on the site" when the sentence also posts the change, else no fact. Not a notice
 * the company gives and the law also asks for, "we will notify you by email, and as required by
 * law …".
 */
const FURTHER_NOTICE_AS_THE_LAW_REQUIRES =
  /\b(?:provide|give|send)(?: you)? (?:with )?(?:additional|further|separate|other) (?:notice|notification)s?,? (?:as|where|if|when|to the extent) (?:required|permitted|necessary) (?:by|under) (?:applicable |the |local )?(?:[\w-]+ )?(?:laws?|regulations?)\b/i;
/** A notice the sentence gives before the further one: "we will notify you by email and …". */
const NOTICE_GIVEN_BEFORE =
  /\b(?:notify|inform|contact|e-?mail|alert|tell)(?:ing)? (?:you|users|customers|members)\b|\bby e-?mail\b/i;
const POSTED_TOO = /\b(?:post\w*|publish\w*|on (?:this|our) (?:page|website|site))\b/i;
export function furtherNoticeOnlyAsTheLawRequires(
  s: string,
): "posted on the site" | null | undefined {
  const m = FURTHER_NOTICE_AS_THE_LAW_REQUIRES.exec(s);
  if (!m || NOTICE_GIVEN_BEFORE.test(s.slice(0, m.index))) return undefined;
  return POSTED_TOO.test(s) ? "posted on the site" : null;
}

/**
 * Notice of changes named only as what a purpose of processing may include: "To manage our
 * relationship with you which may include notifying you about changes to our terms or privacy
 * policy, asking you to leave a review or take a survey — · Identifiers …" (Disqus's table of
 * purposes; its policy changes read "users are notified directly" from it until the audit of
 * 2026-12-17, while its change clause only updates the "last modified" date). A purpose is no
 * commitment to notify.
 */
const NOTICE_AS_A_PURPOSE =
  /^to (?:[\w-]+ ){1,6}?(?:which|that|this) (?:may |can |might )?(?:include|includes|including) (?:notifying|informing|contacting|telling|alerting) (?:you|users|customers)\b/i;
export function noticeOnlyAsAPurpose(s: string): boolean {
  return NOTICE_AS_A_PURPOSE.test(s);
}

/**
 * A change the policy names pointing back, in a sentence about changing it: "If relevant changes
 * are made that require new user consent, we will publish this update and request new consent."
 * (Coolmath4Kids, under "Policy Changes"; "no fact found" until the audit of 2026-12-17: "publish
 * the changes" was read, "this update" not). Read only under the change topic.
 */
const THIS_CHANGE_POSTED =
  /\b(?:post|publish)(?:es|s|ed|ing)? (?:this|that|the|each|every|any such) (?:update|change|revision|modification|amendment)\b/i;
export function thisChangePosted(s: string): boolean {
  return THIS_CHANGE_POSTED.test(s);
}

/**
 * An age in a law's definition of sensitive data, not who may use the service: "“Sensitive personal
 * information” is defined in the PIPL as personal information … including … personal information of
 * minors under the age of 14." (Thomson Reuters; a "children under 14" fact beside its "under 16"
 * until the audit of 2026-12-17).
 */
export const AGE_IN_A_DEFINITION =
  /\bsensitive (?:personal )?(?:information|data)\b[^.;]{0,12}?\b(?:is|are) defined\b|\bsensitive (?:personal )?(?:information|data)\b[^.;]{0,12}? (?:means|includes)\b/i;

/**
 * A setting changed is no right to see or correct one's data (blanked before the correction rules
 * read a sentence, with the account or profile it is changed in): "You are able to change your
 * preferences at any time through your account or by contacting customer services." (Financial
 * Times), "you may also change your marketing preferences in your Finnair Plus profile" (Finnair),
 * "You can update your data collection settings for Desktop and Mobile at any time." (Firefox),
 * "you can also change your preferences in your account" (Last.fm). Each was a "data can be seen
 * and corrected" fact until the audit of 2026-12-17 (no rating: each policy names the rights
 * too). A right beside it still reads: "You can contact us to update your preferences, correct your
 * information, …" (Samsung), "You may access or change your information and preferences" (Goodreads).
 */
const SETTING_CHANGED =
  /\b(?:change|update|adjust|manage|modify|edit|set)\s+(?:your|their)\s+(?:(?!and\b|or\b)[\w-]+\s+){0,2}?(?:preferences|settings|choices|options)\b(?:[^.;,]{0,30}?\b(?:in|through|via|from)\s+(?:your|their)\s+(?:[\w-]+\s+){0,2}?(?:account|profile)\b)?/gi;
const SETTING_WORDS = /\b(?:preferences|settings|choices|options)\b/i;
let lastSetting = "";
let lastSettingBlanked = "";
// The rules of a kind read the same sentence one after another: it is tested once (reading speed).
export function blankSettingChanged(s: string): string {
  if (s !== lastSetting) {
    lastSetting = s;
    lastSettingBlanked = SETTING_WORDS.test(s)
      ? s.replace(SETTING_CHANGED, (m) => " ".repeat(m.length))
      : s;
  }
  return lastSettingBlanked;
}

/**
 * The data the company holds said to be open to the user: "Much of the information that we store
 * about our Mozilla account users is easily accessible by signing in to your account, where you can
 * also update your data sharing settings." (MDN Plus, whose "users can see and correct their data"
 * rested on the settings until the audit of 2026-12-17). Not data accessible to others ("is
 * accessible to our staff").
 */
const HELD_DATA_ACCESSIBLE =
  /\b(?:information|data)\b (?:that )?we (?:store|hold|keep|have|collect|maintain)\b[^.;]{0,40}?\babout (?:you|(?:our )?(?:[\w-]+ ){0,2}?(?:users|customers|members|account holders))\b[^.;]{0,10}?\b(?:is|are) (?:easily |readily |directly )?(?:accessible|viewable|available to you)\b(?! (?:to|by) (?:our|the|its|their) )/i;
export const HELD_DATA_ACCESSIBLE_WORDS = /\b(?:accessible|viewable|available to you)\b/i;
export function heldDataAccessible(s: string): boolean {
  return HELD_DATA_ACCESSIBLE.test(s);
}
