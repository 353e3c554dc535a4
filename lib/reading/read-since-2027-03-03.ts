/**
 * Rules added after the blind double reading of 2027-03-02 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * Data shared with the authorities with no condition at all: "Legal and Regulatory Recipients: We
 * access, preserve and share Personal Information with regulators, public authorities, law
 * enforcement, government agencies, out-of-court dispute settlement bodies or other authorities."
 * (Pornhub: legal disclosure neutral until the double reading of 2027-03-02). No legal process, no
 * request, no law named: sharing without limits, the company's own judgement. Not a sentence that
 * names any condition ("when required by law", "in response to", "if we believe").
 */
const SHARED_WITH_AUTHORITIES_UNCONDITIONALLY =
  /^\W{0,3}(?:[A-Z][\w ]{0,40}:\s*)?we (?:may )?(?:access, |collect, )?(?:preserve,? )?(?:and )?(?:share|disclose|provide)\b (?:your )?personal (?:information|data) (?:with|to) (?:regulators|public authorities|law enforcement|government(?:al)? (?:agencies|authorities)|the authorities)\b[^.;]{0,160}[.;]?\s*$/i;
const CONDITION =
  /\b(?:if|when|where|whenever|as|unless|except|only|in response|to comply|pursuant|required|requests?|lawful|valid|legal (?:process|obligations?|requirements?)|(?<!-)court|subpoena|warrant|law requires|permitted|necessary|believe)\b/i;
export const UNCONDITIONAL_WORDS =
  /\bshare\w* personal (?:information|data) with (?:regulators|public authorities|law enforcement|government|the authorities)/i;
export const sharedWithAuthoritiesUnconditionally = (s: string) =>
  SHARED_WITH_AUTHORITIES_UNCONDITIONALLY.test(s) &&
  !CONDITION.test(s.replace(/^\W{0,3}[A-Z][\w ]{0,40}:\s*/, "")) &&
  !NEGATED.test(s);

/**
 * An item that helps an investigation under a lead-in of the company's belief: "We may share your
 * Personal Information or the contents of your communications if we believe that sharing would:" ⏎
 * "help an investigation into public safety or a violation of our Terms of Use" (Roblox: legal
 * disclosure neutral until the double reading of 2027-03-02). "Help" is the company's judgement,
 * as Wix's "if we believe in good faith that this will help protect" reads since 2027-02-23.
 */
const BELIEF_LEAD_IN =
  /\bif we (?:reasonably |in good faith )?believe (?:that )?(?:sharing|disclosure|disclosing|doing so|it|this) (?:would|will|may|could|might)\s*:\s*$/i;
const ITEM_HELPS = /^\W{0,3}(?:help|assist|be helpful)\b/i;
export const HELPS_WORDS = /^\W{0,3}(?:help|assist|be helpful)\b/i;
export const itemHelpsUnderABelief = (item: string, leadIn: string) =>
  BELIEF_LEAD_IN.test(leadIn) && ITEM_HELPS.test(item) && !NEGATED.test(item);

/**
 * Providers given data to help advertisers serve ads: "third-party ad serving and measurement
 * providers who help us and advertisers serve relevant ads and measure the performance of ads (by
 * disclosing information such as cookie IDs, your IP address, and/or a hashed version of your email;
 * these third parties may combine that information with other information they already have about
 * you …)" (Reddit: third parties and use neutral until the double reading of 2027-03-02; the
 * re-audit of 2027-01-04 had read them as service providers, debatable). Advertisers' ads: others'
 * advertising. Not providers that help only the company ("who help us serve our ads").
 */
const HELP_ADVERTISERS_SERVE =
  /\bwho help (?:us and )?advertisers (?:to )?(?:serve|deliver|show|target|measure)\b[^;]{0,80}?\b(?:disclos|shar|provid)\w*\b/i;
export const HELP_ADVERTISERS_WORDS = /\bhelp (?:us and )?advertisers\b/i;
export const providersHelpAdvertisers = (s: string) =>
  HELP_ADVERTISERS_SERVE.test(s) && !NEGATED.test(s);

/**
 * Ad partners let collect and use the data for ads: "Upon your consent, Vinted will allow advertising
 * service partners to collect your IP address and/or mobile device identifier and place their
 * cookies on your devices and then use the data to personalize advertisements presented to you."
 * (Vinted: use neutral until the double reading of 2027-03-02, its third parties concerning on a
 * sale), and a third-party advertiser that places its cookie while serving ads: "In the course of
 * serving advertisements on Webs, a third-party advertiser may place or recognize a unique cookie on
 * your browser." (Webs: third parties and use neutral). Ad companies collecting for their own
 * advertising, consent or not, as Yahoo's "lets other companies that show advertisements … set and
 * access their cookies" reads since 2027-02-28. Not a denial.
 */
const AD_PARTNERS_COLLECT_FOR_ADS =
  /\ballows? (?:our |its )?(?:advertising|ad) (?:service )?(?:partners|networks|companies) to collect\b[^.;]{0,160}?\buse (?:the|this|that|such) (?:data|information) to (?:personali[sz]e|target|tailor|customi[sz]e)\w* (?:the )?(?:ads|advertisements|advertising)\b|\bthird[- ]party advertisers? (?:may |might |will |can )?(?:place|set|read|recogni[sz]e|access)\b(?: (?:or|and) (?:place|set|read|recogni[sz]e|access))? (?:a |an |their )?(?:own |unique )?cookies?\b/i;
export const AD_PARTNERS_COLLECT_WORDS =
  /\b(?:advertising|ad) (?:service )?(?:partners|networks|companies) to collect\b|\bthird[- ]party advertisers?\b/i;
export const adPartnersCollectForAds = (s: string) =>
  AD_PARTNERS_COLLECT_FOR_ADS.test(s) && !NEGATED.test(s);
