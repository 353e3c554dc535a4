/**
 * Rules added after the blind double reading of 2027-02-19 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */

import { CROSS_CONTEXT_WORDS } from "./read-since-2027-01-05";
import { NEGATED } from "./read-since-2027-02-18";

/**
 * Ad networks that use what they learn of the visit to target the user elsewhere: "Third-Party
 * Cookies are placed by third-party advertising platforms or networks … They may subsequently use
 * information about your visit to target you with advertising that you may be interested in on the
 * Site and other websites." (UsersDrive: third parties and use neutral until the double reading of
 * 2027-02-19). Their own advertising beyond the site: sharing for others' advertising, as "your
 * visits to this and other websites" reads since 2027-02-10. The subject is the networks ("they"),
 * not the company.
 */
const TARGET_YOU_ON_OTHER_SITES =
  /\b(?:they|these (?:networks|companies|platforms|partners|third parties)|(?:ad(?:vertising)?|third[- ]party) (?:networks|companies|platforms|partners|vendors))\b (?:may |might |can |will )?(?:subsequently |also |then )?use (?:the )?(?:information|data) (?:about|on|regarding|from) your visits?\b[^.;]{0,80}?\b(?:on|across|at) (?:the site and |this site and |our site and )?(?:other|third[- ]party) (?:websites|sites|apps)\b/i;
export const OTHER_SITES_WORDS =
  /\bother (?:websites|sites|apps)\b|third[- ]party (?:websites|sites|apps)/i;
export const networksTargetYouElsewhere = (s: string) =>
  OTHER_SITES_WORDS.test(s) && TARGET_YOU_ON_OTHER_SITES.test(s) && !NEGATED.test(s);

/**
 * Partners "who specialize in advertising across multiple websites": "We share your information with
 * partners who specialize in advertising across multiple websites." and "These ads are managed by
 * partners who specialize in advertising across multiple websites. They collect anonymous data about
 * the websites you visit to personalize ads for you, …" (W3Schools: cookies, third parties and use
 * neutral until the double reading of 2027-02-19). An ad network by its own description: data given
 * to it is given for its advertising, and its collecting on the site is cross-site tracking.
 */
const CROSS_SITE_ADVERTISERS =
  /\b(?:partners|companies|networks|vendors|third parties|providers)\b (?:who|that|which) (?:specialize|specialise|specializes|specialises|engage|engages|are engaged) in (?:advertising|ads|ad serving|targeted advertising) across (?:multiple|many|several|different|other) (?:websites|sites|services|apps)\b/i;
export const CROSS_SITE_WORDS = /\bacross (?:multiple|many|several|different|other)\b/i;
export const crossSiteAdvertisers = (s: string) =>
  CROSS_SITE_WORDS.test(s) && CROSS_SITE_ADVERTISERS.test(s) && !NEGATED.test(s);
const SHARED_WITH =
  /\b(?:share|shares|disclose|discloses|provide|provides|give|gives|pass|passes)\b[^.;]{0,60}?\b(?:with|to)\b/i;
export const sharedWithCrossSiteAdvertisers = (s: string) =>
  crossSiteAdvertisers(s) && SHARED_WITH.test(s);

/**
 * Recipients a state law's notice names as parties in cross-context behavioural advertising: "The
 * categories of third parties to whom we sell or share your personal information include, where
 * applicable, vendors and other parties involved in cross-context behavioral advertising."
 * (Wargaming: its third parties concerning on the sale, its use neutral until the double reading of
 * 2027-02-19). Data given for others' advertising, which use reads too. Not the law's definition
 * ("a 'share' is broadly defined to include a disclosure for cross-context behavioral advertising"),
 * nor a denial.
 */
const SOLD_TO_CROSS_CONTEXT_ADVERTISERS =
  /\b(?:to whom|with whom|with which|to which) (?:we|the company|[A-Z][\w.&-]{1,30}) (?:may )?(?:sell|sells|share|shares|disclose|discloses|sold|shared|disclosed)\b[^.;]{0,120}?\b(?:involved in|engaged in|for|that (?:provide|engage in|perform)) cross[- ]context behaviou?ral advertising\b/i;
export const soldToCrossContextAdvertisers = (s: string) =>
  CROSS_CONTEXT_WORDS.test(s) &&
  SOLD_TO_CROSS_CONTEXT_ADVERTISERS.test(s) &&
  !NEGATED.test(s) &&
  !/\b(?:defined|definition|means)\b/i.test(s);

/**
 * A matter referred to the police on what the company learns: "If we receive information indicating
 * our services are used to traffic in stolen property, we may refer the matter to law enforcement."
 * (Bing: "disclosure in response to legal process", neutral, until the double reading of
 * 2027-02-19). A report the company chooses to make on its own information, as reporting a suspected
 * breach of the law is since 2027-02-04. Not a report the law requires, nor a denial.
 */
const REFERRED_ON_INFORMATION =
  /\bif we (?:receive|obtain|have|get|learn|become aware of|discover)\b[^.;]{0,40}?\b(?:information|evidence|reports?|indications?)\b[^.;]{0,120}?\bwe (?:may|will|can|might) (?:refer|report) (?:the matter|the case|it|this|such (?:matters?|activity|conduct|cases?)) to (?:the )?(?:law enforcement|police|(?:appropriate |relevant |competent )?authorities)\b/i;
export const REFER_WORDS = /\b(?:refer|report)\b/i;
export const referredToThePolice = (s: string) =>
  REFER_WORDS.test(s) &&
  REFERRED_ON_INFORMATION.test(s) &&
  !/\b(?:required|obliged|obligated|compelled|mandated)\b/i.test(s) &&
  !/\b(?:not|never)\b/i.test(s);

/**
 * Ad-serving companies that handle the identifiers under their own policies: "Further, Our Services
 * may deliver targeted advertisements using cookies, ad identifiers, etc., from the servers of
 * ad-serving providers contracted by us. In such cases, the ad-serving provider will manage such
 * Cookies etc. in accordance with its own privacy policy." (pixiv: third parties protective on
 * processors under contract until the double reading of 2027-02-19). The identifiers go to
 * companies that keep them for themselves, for targeted ads: sharing for others' advertising. The
 * sentence before names the targeted advertising.
 */
const AD_COMPANY_OWN_POLICY =
  /\b(?:ad(?:vertising)?(?:[- ]serving)? (?:providers?|companies|company|networks?|vendors?|partners?))\b[^.;]{0,20}?\b(?:will |may |shall )?(?:manage|handle|use|process|collect|store)s?\b[^.;]{0,60}?\bin accordance with (?:its|their) own (?:privacy )?polic(?:y|ies)\b/i;
const TARGETED_BEFORE = /\btargeted (?:advertisements|ads|advertising)\b/i;
export const OWN_POLICY_WORDS = /\bown (?:privacy )?polic/i;
export const adCompaniesKeepUnderOwnPolicy = (s: string, before = "") =>
  OWN_POLICY_WORDS.test(s) &&
  // "such Cookies etc. in accordance with" is one phrase.
  AD_COMPANY_OWN_POLICY.test(s.replace(/\betc\./g, "etc")) &&
  TARGETED_BEFORE.test(`${before} ${s}`) &&
  !NEGATED.test(s);

/**
 * A denial of a sale over a past period, as a state law asks it said: "We have not sold any Personal
 * Information (including Personal Information of minors) for a period of 12 months prior to the
 * effective date of this Privacy Policy." (pixiv, whose protective third parties stood on it until
 * the double reading of 2027-02-19). What was not done in a year past, not a commitment: a scoped
 * denial ("in the past 12 months only"), which no rule counts as "data not sold".
 */
const LOOKBACK_DENIAL =
  /\b(?:have|has|had) not (?:sold|shared|disclosed)\b[^.;]{0,160}?\b(?:(?:in|during|for|over|within) (?:the |a period of )?(?:past|last|preceding|prior|previous)? ?(?:12|twelve|twelve \(12\)) months|(?:12|twelve) months (?:prior|preceding|before))\b/i;
export const LOOKBACK_SCOPE = "in the past 12 months only";
export const deniedForAPastYear = (s: string) => /\bmonths\b/i.test(s) && LOOKBACK_DENIAL.test(s);
