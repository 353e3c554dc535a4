/**
 * Rules added after the blind second reading of 2027-01-19 (210 machine findings the re-audits had
 * passed, re-read by three auditors and settled by the policy's words). Each is a pure test on one
 * sentence (or one heading, or one list), kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * A buyer bound in the sentence after the event, named by a pronoun: "Should we happen to get
 * acquired (again!) or go out of business (no way), the transfer of assets from us to our buyer may
 * very well include user information. They are allowed to use it only in the ways outlined here,
 * in the Privacy Policy you are reading right now." (Tumblr; concerning until the second reading
 * of 2027-01-19: only openers such as "In that case" or "The recipient of" were read with the
 * sentence before). Read, for the business-transfer kinds only, with the sentence before it, as
 * "In that case, …" is; the buyer is bound only by the rules that read a use "only as described".
 */
const USE_ALLOWED_POINTED_BACK =
  /^(?:they|it) (?:are|is|will be|would be|shall be) (?:only )?(?:allowed|permitted|entitled) to use\b/i;
export function allowedUsePointedBack(s: string): boolean {
  return (s.startsWith("They") || s.startsWith("It")) && USE_ALLOWED_POINTED_BACK.test(s);
}

/**
 * "Court order" as one reason the company may change its terms, not a disclosure: "(c) is required
 * to comply with applicable law, applicable regulation, a court order or guidance issued by a
 * governmental regulator or agency, …" (under "7. Changes to these Controller Terms"), "Google may
 * change this Appendix 1B without notice if the change (a) is based on applicable law, applicable
 * regulation, a court order, …" (Google Shopping; "disclosure in response to legal process (court
 * order)" until the second reading of 2027-01-19). A sentence with no verb of disclosing that
 * speaks of changing the terms, agreement or policy, or stands under a heading of changes ("Changes
 * to …"), names no legal process the data answers. A disclosure under such a heading is still read.
 */
const TERMS_CHANGED =
  /\bchang(?:e|es|ing)\b[^.;]{0,12}?\b(?:these|this|the|our|its) (?:[\w-]{1,30} ){0,2}?(?:terms|agreement|appendix|addendum|policy|notice|statement)\b|\bif the change\b/i;
const CHANGE_HEADING =
  /^(?:[\d.]{1,6}\s{1,3})?(?:changes?|amendments?|modifications?|updates?|revisions?) (?:to|of|in)\b/i;
const DATA_GIVEN =
  /\b(?:disclos\w*|shar(?:e|es|ed|ing)|provid\w*|releas\w*|produc\w*|respond\w*|hand\w* over|turn\w* over|giv(?:e|es|en|ing)|access\w*|preserv\w*|cooperat\w*)\b/i;
export function changeOfTermsNotDisclosure(s: string, heading = ""): boolean {
  const changed = (/chang/i.test(s) && TERMS_CHANGED.test(s)) || CHANGE_HEADING.test(heading);
  return changed && !DATA_GIVEN.test(s);
}

/**
 * A data protection authority every user may complain to, with a regulator of another kind named
 * too: "You can file a complaint with our principal supervisory authority, the Commission
 * Nationale pour la Protection des Données in Luxembourg, the Information Commissioner's Office,
 * or with another local authority" and "The Amazon Group Companies are subject to the
 * investigatory and enforcement powers of the Federal Trade Commission (FTC)." (Amazon
 * Advertising; neutral, "a regulator is named", until the second reading of 2027-01-19). The
 * rubric's protective is a free body the user can turn to and a regulator named: a data protection
 * authority named alone stays a regulator (VR's Data Protection Ombudsman, the CNIL), since it is
 * the one body named. Not a complaint confined to some users by its own words ("If you are in the
 * EEA, …").
 */
const COMPLAINT_TO_AUTHORITY =
  /\b(?:file|lodge|make|submit|bring|raise) (?:a |your )?complaints? (?:directly )?(?:with|to|before)\b/i;
const DATA_PROTECTION_AUTHORITY =
  /\b(?:supervisory authorit(?:y|ies)|data protection (?:authorit(?:y|ies)|agenc(?:y|ies)|commission(?:er)?|board|inspectorate|ombudsman)|information commissioner|privacy commissioner|cnil|datatilsynet|datainspektionen)\b/i;
const COMPLAINT_CONFINED =
  /\b(?:if|where|when) you (?:are|reside|live|are located)\b|\b(?:residents?|citizens?)\b|\b(?:eea|eu|uk|european|swiss) (?:users?|individuals?|data subjects?)\b|\b(?:data privacy framework|privacy shield|safe harbou?r|dpf)\b|\bin (?:certain|some) (?:countries|jurisdictions|regions)\b|\bin your (?:region|country|jurisdiction)\b|\bif (?:permitted|applicable|the right exists)\b|\bsubject to the (?:applicable )?(?:[\w-]{1,20} ){0,3}?laws? of\b/i;
/**
 * A regulator of another kind than a data protection authority, overseeing the company for every
 * user: "subject to the investigatory and enforcement powers of the Federal Trade Commission" (not
 * a complaint to it offered to one country's residents, nor a state attorney general for the
 * appeals of some states' consumers).
 */
const FTC = /\b(?:federal trade commission|ftc)\b/i;
const OVERSEES_WORDS = /powers|jurisdiction|authority|oversight|regulated/i;
const OVERSEES =
  /\b(?:subject to|under) the (?:[\w-]{1,20} ){0,4}?(?:powers|jurisdiction|authority|oversight) of\b|\bregulated by\b/i;
export function regulatorOfAnotherKind(value: string, quote: string): boolean {
  return FTC.test(value) && OVERSEES_WORDS.test(quote) && OVERSEES.test(quote);
}
export function complaintToDataProtectionAuthority(value: string, quote: string): boolean {
  return (
    /complain/i.test(quote) &&
    DATA_PROTECTION_AUTHORITY.test(value) &&
    COMPLAINT_TO_AUTHORITY.test(quote) &&
    !COMPLAINT_CONFINED.test(quote)
  );
}

/**
 * A clause that is only a region's label before an address or a list ("In the EEA and
 * Switzerland:", before "Google Ireland Limited … Dublin 4 … Republic of Ireland", YouTube Kids)
 * names whom the following words concern and says nothing itself: the classifier may tag it
 * international, and it was "the policy speaks to this practice" until the second reading of
 * 2027-01-19. Read as a bare label (bare-label.ts). Only a preposition, capitalised names joined by
 * "and", "or", "the", "of" or commas, and the colon.
 */
const REGION_LABEL =
  /^(?:In|For|Outside|Within|Outside of) (?:the )?[A-Z][\w.-]{0,30}(?:(?:,? and|,? or|,) (?:the )?[A-Z][\w.-]{0,30}| of(?: the)? [A-Z][\w.-]{0,30}| [A-Z][\w.-]{0,30}){0,5}:$/;
export function isRegionLabel(text: string): boolean {
  return text.length <= 80 && text.endsWith(":") && REGION_LABEL.test(text);
}

/**
 * Disclosure required by law in a list of the only cases data is shared: "Data is only shared in
 * the following limited circumstances:" … "Legal Compliance: We may disclose data when required by
 * law, such as in response to a valid court order, subpoena, or law enforcement request." (Gofile;
 * neutral, "disclosure in response to legal process", until the second reading of 2027-01-19; read
 * as Deutsche Bahn's "only disclose … where we are under a statutory obligation" is). Only where
 * the list's lead-in says "only … in the following … circumstances (cases)", and no item under it
 * gives data on the company's own judgement (then it is no longer "only under legal process").
 */
const ONLY_LEAD_IN =
  /\bonly (?:be )?(?:share[sd]?|disclose[sd]?|transferred|provided)\b[^:]{0,60}?\b(?:in|under) (?:the )?following (?:\w{1,20} ){0,2}?(?:circumstances|cases|situations|instances|conditions)\s{0,3}:\s*$/i;
export function onlyLeadIn(leadIn: string): boolean {
  return leadIn.includes("only") && ONLY_LEAD_IN.test(leadIn);
}
/** An item that gives data on the company's own judgement, beyond what the law requires. */
export const OWN_JUDGEMENT =
  /\b(?:we (?:reasonably |in good faith )?believe|good[- ]faith|discretion|reasonably necessary|protect (?:the |our )?(?:rights|property|safety)|prevent(?:ing)? (?:fraud|harm|illegal)|investigat\w*|enforce (?:our|its|these)|emergenc\w*)\b/i;
const REQUIRED_BY_LAW_DISCLOSED =
  /\b(?:disclose[sd]?|share[sd]?|provide[sd]?|release[sd]?)\b[^.;]{0,40}?\b(?:when|where|if|as|to the extent) (?:legally )?required by (?:applicable )?law\b/i;
export const REQUIRED_BY_LAW_WORDS = /required by/i;
export function requiredByLawDisclosed(s: string): boolean {
  return REQUIRED_BY_LAW_DISCLOSED.test(s) && !OWN_JUDGEMENT.test(s);
}
