/**
 * Rules added after the blind double reading of 2027-02-24 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * Ad companies that use what they collect "for others' advertising purposes": "These advertising
 * companies may also use information they collect for others’ advertising purposes." (Visible:
 * third parties and use neutral until the double reading of 2027-02-24). Others' advertising, in
 * its own words. Not a denial.
 */
const FOR_OTHERS_ADVERTISING =
  /\b(?:use|uses)\b (?:the )?(?:information|data) (?:they|it) (?:collect|collects|receive|receives|obtain|obtains|gather|gathers)\b[^.;]{0,30}?\bfor (?:others['’]?|other (?:companies|businesses|advertisers)['’]?|third parties['’]?) (?:advertising|marketing)(?: purposes)?\b/i;
export const OTHERS_ADVERTISING_WORDS =
  /\b(?:others|other (?:companies|businesses|advertisers)|third parties)['’]? (?:advertising|marketing)\b/i;
export const usedForOthersAdvertising = (s: string) =>
  OTHERS_ADVERTISING_WORDS.test(s) && FOR_OTHERS_ADVERTISING.test(s) && !NEGATED.test(s);

/**
 * An advertiser given the user's contact so it can contact them: "We share your email (or other
 * contact information) or other information you might choose when you direct us to share it with an
 * advertiser so they can contact you with additional information about a promoted product, and"
 * (Instagram: third parties and use neutral until the double reading of 2027-02-24). The
 * advertiser's own marketing, at the user's direction or not.
 */
const ADVERTISER_SO_THEY_CONTACT =
  /\bwith (?:an? |the )?advertisers?\b,? so (?:that )?(?:they|it|the advertiser) (?:can|may|could) (?:contact|email|reach|call) you\b/i;
export const ADVERTISER_WORDS = /\badvertisers?\b/i;
export const advertiserMayContactYou = (s: string) =>
  ADVERTISER_WORDS.test(s) &&
  /\b(?:share|shares|provide|provides|give|gives|disclose|discloses)\b/i.test(s) &&
  ADVERTISER_SO_THEY_CONTACT.test(s) &&
  !NEGATED.test(s);

/**
 * Activity off the company's products, from advertisers, used for ads on and off them: "We’ll use
 * information that advertisers, businesses and other partners provide us about activity off the Meta
 * Company Products that we have associated with you to personalize ads that we show you on our
 * Products, and on websites, apps and devices that use our advertising services." (Instagram: its
 * cookies neutral until the double reading of 2027-02-24). Tracking across sites for advertising:
 * the rubric's concerning.
 */
const ACTIVITY_OFF_FOR_ADS =
  /\babout (?:your )?activit(?:y|ies) (?:off|outside(?: of)?) (?:our|the|[A-Z][\w-]{1,20}(?: [A-Z][\w-]{1,20}){0,3}) (?:products|services|sites?|websites?|apps?|platforms?)\b[^.;]{0,120}?\b(?:personali[sz]e|tailor|target|show|select)\w* (?:the )?(?:ads|advertisements|advertising)\b/i;
export const ACTIVITY_OFF_WORDS = /\bactivit(?:y|ies) (?:off|outside)\b/i;
export const activityOffTheProductsForAds = (s: string) =>
  ACTIVITY_OFF_WORDS.test(s) && ACTIVITY_OFF_FOR_ADS.test(s) && !NEGATED.test(s)
    ? "activity off the service used for ads"
    : null;

/**
 * An ad company's data combined with the user's browsing for ads on other services: "This data could
 * be combined with other information from your browsing in order to present you with personalised
 * advertisements while you browse our services and third-party services." (Qwant, of what Microsoft
 * Advertising collects: third parties and use neutral until the double reading of 2027-02-24).
 * Advertising beyond the company's own service: others' advertising, consent or not.
 */
const COMBINED_FOR_ADS_ELSEWHERE =
  /\bcombined with (?:other )?(?:information|data) (?:from|about|on) your (?:browsing|activity|activities)\b[^.;]{0,80}?\b(?:personali[sz]ed|targeted|tailored|interest-based) (?:advertisements|ads|advertising)\b[^.;]{0,60}?\bthird[- ]party (?:services|sites|websites|apps)\b/i;
export const COMBINED_WORDS = /\bcombined with\b/i;
export const combinedForAdsElsewhere = (s: string) =>
  COMBINED_WORDS.test(s) && COMBINED_FOR_ADS_ELSEWHERE.test(s) && !NEGATED.test(s);

/**
 * Data sent to a recipient "within" a region: "This data is transmitted to this partner within the
 * European Union, and may be retained …" (Qwant: international "no clause found" until the double
 * reading of 2027-02-24). Where data goes, said as a place.
 */
const TRANSMITTED_WITHIN =
  /\b(?:transmitted|transferred|sent|stored|processed|hosted|kept)\b[^.;]{0,40}?\bwithin the (European Union|EU|European Economic Area|EEA)\b/i;
export const WITHIN_WORDS = /\bwithin the (?:European|EU|EEA)\b/i;
export function transmittedWithinARegion(s: string): string | null {
  if (!WITHIN_WORDS.test(s) || NEGATED.test(s)) return null;
  return TRANSMITTED_WITHIN.exec(s)?.[1] ?? null;
}

/**
 * Disclosure "to advance" the company's interests: "We may disclose information … (2) to advance,
 * protect or defend the rights, interests, property, safety, and security of Visible, …" (Visible:
 * "disclosure in response to legal process", neutral, until the double reading of 2027-02-24). To
 * further its own interests is no limit the law sets: the company's own judgement. A ground of a
 * numbered list, so the verb may stand grounds before it, past a semicolon.
 */
const TO_ADVANCE_ITS_INTERESTS =
  /\b(?:disclose|share|provide|release)\b[^.]{0,300}?\bto advance\b(?:,? (?:protect|defend|enforce)(?:,| or| and)?){0,3} (?:the )?(?:[\w-]+, )*(?:rights,? )?interests\b/i;
export const ADVANCE_WORDS = /\bto advance\b/i;
export const disclosedToAdvanceItsInterests = (s: string) =>
  ADVANCE_WORDS.test(s) && TO_ADVANCE_ITS_INTERESTS.test(s) && !NEGATED.test(s);
