/**
 * Rules added after the blind double reading of 2027-02-06 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence and its list's lead-in, each gated on
 * a plain word before its pattern runs.
 */
import { AUTHORITIES, LEAD_IN_AT_LAW } from "./read-since-2027-02-04";

/**
 * Sharing for others' promotion said by the opt-out from it: "If you do not want us to share your
 * personal information with unaffiliated or non-agent third-parties for promotional purposes, you
 * can opt-out by sending us an email …" (The Mirror, under "Disclosure of Your Information for
 * Third-Party Advertising."). The audit of 2026-12-06 read no sharing from an opt-out of it, and
 * left this sentence so; the double reading of 2027-02-06 (both readers, and the third) read the
 * sharing it offers to stop, which consent or an opt-out does not make less concerning (the review
 * of 2027-01-02). Only third parties named as others ("unaffiliated", "non-agent", "third
 * parties", "partners", "other companies"), for their promotional, marketing or advertising
 * purposes; not the company's own affiliates, nor its own marketing ("to send you our offers").
 */
const OPTED_OUT_OF_SHARING_FOR_PROMOTION =
  /\bif you (?:do not|don['’]t|no longer) (?:want|wish) (?:us )?to (?:share|disclose|provide|sell|transfer) (?:your |any )?(?:personal |contact )?(?:information|data|details)\s(?:with|to)\s(?:(?:unaffiliated|non-agent|non-affiliated|selected|other|certain|our)\s|or\s){0,4}(?:third[- ]part(?:y|ies)|partners|companies|businesses|advertisers)\b[^.;]{0,30}?\bfor (?:their (?:own )?)?(?:promotional|marketing|advertising|direct marketing) purposes\b/i;
export const OPTED_OUT_OF_SHARING_WORDS = /\bwant|\bwish/i;
export const optedOutOfSharingForPromotion = (s: string) =>
  OPTED_OUT_OF_SHARING_FOR_PROMOTION.test(s);

/**
 * Authorities given data to help prevent or detect crime: "Law enforcement authorities — We may
 * disclose your data to: (i) comply with a legal process …; (ii) assist in the prevention or
 * detection of crime; (iii) protect the safety of any person; …" (Match: "disclosure in response to
 * legal process", neutral, until the double reading of 2027-02-06). Help the company chooses to
 * give, as reporting a suspicion is read since 2027-02-04 (Binance's "to assist law enforcement in
 * the investigation of suspected illegal … activity"): **concerning**. The sentence's other grounds
 * ("comply with a legal process") leave it the company's choice; not help the law requires of it
 * ("we are required to assist", "as required by law"), nor help given by a lead-in at law.
 */
const ASSIST_AGAINST_CRIME =
  /\b(?:assist|help|aid|support)\w{0,3}\b[^.;]{0,20}?\b(?:in |with )?(?:the )?(?:prevention|detection|investigation|prosecution)(?: (?:or|and|,) (?:the )?(?:prevention|detection|investigation|prosecution)){0,2} of (?:crimes?|criminal|offen[cs]es|fraud)\b/i;
const ASSIST_REQUIRED =
  /\b(?:required|obliged|obligated|compelled|mandated)\b[^.;]{0,20}?\bto (?:assist|help|aid|support|cooperate)\b|\b(?:assist|help)\w{0,3}\b[^.;]{0,80}?\b(?:as|where|when|if) (?:required|mandated) (?:by|under) (?:applicable |the |local )?laws?\b/i;
export const ASSIST_WORDS = /prevention|detection|investigation|prosecution/i;
export function givenToHelpAgainstCrime(s: string, leadIn: string): boolean {
  if (!AUTHORITIES.test(s) && !AUTHORITIES.test(leadIn)) return false;
  if (!ASSIST_AGAINST_CRIME.test(s) || ASSIST_REQUIRED.test(s) || LEAD_IN_AT_LAW.test(leadIn))
    return false;
  return !!leadIn || /\b(?:disclos|shar|provid|releas|pass)\w*/i.test(s);
}

/**
 * Partners' cookies said to collect information about the user: "We and our partners use cookies
 * and other similar technologies on our Sites to collect information about you." (Deliveroo:
 * "no fact found", neutral, until the double reading of 2027-02-06), as Viaplay's "Third party
 * entities placing their cookie files … allowing them to collect specific information about your
 * use" reads since 2026-12-24. Partners (advertising partners, third parties) using the cookies,
 * and information about the user collected; not the company's own cookies alone ("We use cookies to
 * collect information about you"), nor partners who only receive a report.
 */
const PARTNERS_USE_COOKIES_TO_COLLECT =
  /\b(?:we and |and )?(?:our |certain |selected )?(?:advertising |marketing |analytics )?(?:partners|third[- ]part(?:y|ies)(?: partners| providers)?|advertisers|vendors)\s(?:may\s)?(?:use|place|set|deploy)\s(?:cookies|tracking technologies|pixels|web beacons)\b[^.;]{0,80}?\bto collect\b[^.;]{0,40}?\b(?:information|data)\b[^.;]{0,20}?\babout (?:you|your|users?|visitors?)\b/i;
export const PARTNERS_USE_COOKIES_WORDS =
  /\bpartners\b|\bthird[- ]part|\badvertisers\b|\bvendors\b/i;
export const partnersUseCookiesToCollect = (s: string) =>
  !/\b(?:not|never|no)\b/i.test(s) && PARTNERS_USE_COOKIES_TO_COLLECT.test(s);
