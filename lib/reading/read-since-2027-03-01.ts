/**
 * Rules added after the blind double reading of 2027-02-28 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * Recourse for those whose data falls under named places' laws: "If your personal information is
 * subject to the applicable data protection laws of Brazil, the European Economic Area,
 * Switzerland, or the United Kingdom, and you believe our processing … violates applicable law, you
 * have the right to lodge a complaint with the competent supervisory authority." (Bluesky: disputes
 * neutral until the double reading of 2027-02-28). A region's people only, as "If you are a
 * resident of the EEA" is (2027-02-14).
 */
const OPENS_ON_LAWS_OF_PLACES =
  /^\W{0,3}if (?:your |the )?(?:personal )?(?:information|data|processing)\b[^.;,]{0,40}?\b(?:is|are) (?:subject to|governed by|covered by) (?:the )?(?:applicable )?(?:data protection |privacy )?(?:laws?|legislation|regulations?) of\b/i;
export const opensOnLawsOfPlaces = (s: string) => OPENS_ON_LAWS_OF_PLACES.test(s);

/**
 * Ads aimed at the user on the company's sites and others': "… deliver advertising, sponsorships,
 * hospitality programs or other campaigns, communications and content from us on our sites and
 * those of third parties more specific to your interests" (FedEx: cookies neutral until the double
 * reading of 2027-02-28). Ads that follow the user's interests onto others' sites: the rubric's
 * cross-site tracking, as "personalize … ads …, including on other sites" reads since 2027-02-26.
 * Not ads on the company's own sites alone, nor a denial.
 */
const ADS_ON_SITES_OF_OTHERS =
  /\b(?:deliver|serve|show|display|present)\w* (?:[\w-]+,? ){0,2}?(?:advertising|advertisements|ads)\b[^.;]{0,120}?\bon our (?:web)?sites and (?:on )?(?:those|the (?:web)?sites) of third parties\b[^.;]{0,30}?\b(?:specific|tailored|relevant|targeted|suited) to your interests\b/i;
export const SITES_OF_OTHERS_WORDS = /\b(?:those|sites) of third parties\b/i;
export const adsOnSitesOfOthers = (s: string) =>
  ADS_ON_SITES_OF_OTHERS.test(s) && !NEGATED.test(s)
    ? "advertising tracking across websites"
    : null;
