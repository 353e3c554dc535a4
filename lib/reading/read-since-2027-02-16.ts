/**
 * Rules added after the blind double reading of 2027-02-15 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { confinedToRegion } from "./read-since-2027-02-06";
import { opensOnARegion } from "./read-since-2027-02-15";

/**
 * Recourse a sentence gives a region's people, confining what its clause names after it: "If you
 * are a resident of the EEA and have a concern about our processing of personal data that we are
 * not able to resolve, you have the right to lodge a complaint with the data privacy authority
 * where you reside. For contact details of your local Data Protection Authority, please see: …"
 * (CafeMom: "a regulator is named (Data Protection Authority)", neutral, until the double reading of
 * 2027-02-15), as a framework's sentence confines the recourse after it (the audit of 2026-12-14).
 */
export const regionsRecourse = (s: string) => confinedToRegion(s) || opensOnARegion(s);

/**
 * Data given to third parties so they show targeted ads: "If you consent to allow a Wild Sky Media
 * Site or one of our partners access information about your location, we may collect information
 * about your precise location and share it with third parties for the purpose showing ads that are
 * targeted to your interests." (CafeMom: third parties and use neutral until the double reading of
 * 2027-02-15). The recipients target the ads: sharing for others' advertising, the user's consent
 * or not. Not a denial, nor data that identifies no one.
 */
const SHARED_FOR_TARGETED_ADS =
  /\b(?:share|shares|disclose|discloses|provide|provides|give|gives|pass|passes|sell|sells)\b (?:it|them|this|that|such (?:data|information)|(?:your |the )?(?:[\w-]+ ){0,3}(?:data|information))\b[^.;]{0,40}?\b(?:with|to) (?:third[- ]part(?:y|ies)|advertisers|ad(?:vertising)? (?:networks|partners|companies))\b[^.;]{0,30}?\b(?:for the purposes? (?:of )?|to |in order to |so (?:that )?they can )(?:show|serve|display|deliver|target|provide)\w* (?:you )?(?:[\w-]+ )?(?:ads|advertisements|advertising)\b[^.;]{0,40}?\b(?:targeted|personali[sz]ed|interest[- ]based|tailored|relevant|behaviou?ral)\b/i;
export const TARGETED_ADS_WORDS =
  /\btarget|personali[sz]|interest[- ]based|tailored|relevant|behaviou?ral/i;
export const sharedForTargetedAds = (s: string) =>
  SHARED_FOR_TARGETED_ADS.test(s) &&
  !/\b(?:not|never)\b|n['’]t\b|\b(?:aggregated?|anonymi[sz]ed|de-?identified|non-?personal)\b/i.test(
    s,
  );

/**
 * The user's name and email forwarded to a partner for the partner's advertising emails: "If agreed,
 * we can provide an option for our riders to opt-in to receive advertising emails from our partner
 * by submitting their name and email address. This information will also be forwarded to the
 * partner." (Donkey Republic: "shared with third parties for marketing", neutral, until the double
 * reading of 2027-02-15). The partner's own marketing: sharing for others' marketing, opt-in or not.
 * The sentence before says whose emails; this one gives the data.
 */
const FORWARDED_TO_THE_PARTNER =
  /\b(?:this|such|that|the|your) (?:information|data|details)\b[^.;]{0,30}?\b(?:forwarded|passed|shared|given|provided|sent|transferred|disclosed) (?:on )?to (?:the|our|these|that|this) partners?\b/i;
const PARTNERS_OWN_EMAILS =
  /\b(?:advertising|marketing|promotional) (?:e-?mails|messages|offers|communications|newsletters) (?:from|of|by) (?:our|the|a|its|this|that) partners?\b/i;
export const FORWARDED_WORDS = /\bpartner/i;
export const forwardedForPartnersEmails = (s: string, before = "") =>
  FORWARDED_TO_THE_PARTNER.test(s) && PARTNERS_OWN_EMAILS.test(before);

/**
 * A processors table's row naming a company that tracks for ads: "Google LLC — Name, email address,
 * … Advertising ID, … — Marketing activities, ads tracking, storing and analysis of data, …"
 * (Donkey Republic: "no third-party tracking found", neutral, until the double reading of
 * 2027-02-15). The row's first cell names the company, its purposes cell says it tracks for ads.
 */
const AD_TRACKING_ROW =
  /^\W{0,3}([A-Z][\w.&'’ -]{1,40}?) — [^—]{0,400}— [^—]{0,200}?\b(?:ads? tracking|advertising tracking|ad targeting|retargeting|remarketing|targeted advertising|interest[- ]based advertising)\b/;
export const AD_TRACKING_ROW_WORDS = /tracking|targeting|remarketing|advertising/i;
export function adTrackingRow(s: string): string | null {
  const m = AD_TRACKING_ROW.exec(s);
  return m ? m[1]!.trim() : null;
}

/**
 * Providers named as the ones protected or as whose data is protected, not given data: "The Olvid
 * company attaches great importance to the protection of privacy and data relating to its customers
 * and prospects, but also to its employees, partners and service providers" (Olvid); "…
 * reasonably necessary to … protect our organization, infrastructure, employees, contractors, or the
 * public; or" (Wikipedia). Each was "shared with service providers" until the double reading of
 * 2027-02-15. Not where the sentence also gives them data.
 */
const PROVIDERS_PROTECTED =
  /\b(?:protect|protects|protecting|safeguard|safeguards|safeguarding|defend|defends|defending) (?:our|the|its) [^.;]{0,80}?\b(?:contractors|service providers|vendors|agents|processors)\b|\bprotection of (?:the )?(?:privacy|data|personal data|information)\b[^.;]{0,40}? (?:relating to|of|concerning) [^.;]{0,120}?\b(?:contractors|service providers|vendors|agents|processors)\b/i;
const GIVEN_TO_PROVIDERS =
  /\b(?:share|shares|shared|disclose|discloses|disclosed|provide|provides|provided|transfer\w*|give|gives|given|receive|receives)\b[^.;]{0,60}?\b(?:to|with|by) (?:our |its |the |third[- ]party |these |such )?(?:contractors|service providers|vendors|agents|processors)\b|\b(?:contractors|service providers|vendors|agents|processors) (?:may |will |can )?(?:also )?(?:receive|access|process)\b/i;
export const providersOnlyProtected = (s: string) =>
  PROVIDERS_PROTECTED.test(s) && !GIVEN_TO_PROVIDERS.test(s);

/**
 * Providers given only what their task needs, in other words: "Our service providers may also
 * receive personal data that is strictly necessary for the performance of the services entrusted to
 * them" (Olvid, "limits not stated" until the double reading of 2027-02-15).
 */
const NECESSARY_FOR_THEIR_TASK =
  /\b(?:strictly |only )?(?:necessary|needed|required) (?:for|to) (?:the )?(?:performance|perform|performing|provision|provide|providing) (?:of )?(?:the |their )?(?:services?|tasks?|work)\b/i;
export const necessaryForTheirTask = (s: string) => NECESSARY_FOR_THEIR_TASK.test(s);

/**
 * The way to opt out given by the messages themselves: "Each email you receive from any of our
 * sites will include details on how to manage your newsletter preferences and unsubscribe."
 * (CafeMom: "in account settings" until the double reading of 2027-02-15, its sites having no
 * accounts). The preferences it names are managed from the email.
 */
const EACH_MESSAGE_SAYS_HOW =
  /\b(?:each|every|any|all) (?:e-?mails?|messages?|newsletters?|communications?)\b[^.;]{0,40}?\b(?:will )?(?:include|includes|contain|contains|provide|provides|has|have)\b[^.;]{0,30}?\b(?:details|instructions|information|a link|directions)\b[^.;]{0,60}?\b(?:unsubscrib\w*|opt[- ]?out)\b/i;
export const eachMessageSaysHow = (s: string) => EACH_MESSAGE_SAYS_HOW.test(s);
export const withoutPreferencesInTheMessage = (s: string) =>
  eachMessageSaysHow(s)
    ? s.replace(/\b(?:manage|change|update) (?:your |their )?(?:[\w-]+ )?preferences\b/gi, "")
    : s;
