/**
 * Rules added after the blind double reading of 2027-02-17 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */

/** A denial in the sentence: "not", "never", "n't" (the rules of this stop and after it). */
export const NEGATED = /\b(?:not|never)\b|n['’]t\b/i;

/**
 * Data given to recipients so they send the user marketing: "With your consent, we facilitate the
 * sending of marketing communications to you by sellers on our Platform and/or share your email
 * address with sellers for the purpose of sending marketing communications to you." (TikTok: third
 * parties and use neutral until the double reading of 2027-02-17). The sellers write to the user
 * for themselves: others' marketing, which consent does not make less so (the review of
 * 2027-01-02). Not a denial, nor the company's own messages ("on our behalf").
 */
const SHARED_SO_THEY_SEND_MARKETING =
  /\b(?:share|shares|disclose|discloses|provide|provides|give|gives|pass|passes)\b (?:your |the |their )?(?:[\w-]+ ){0,3}?(?:email address(?:es)?|contact (?:details|information)|data|information|details)\b[^.;]{0,20}?\b(?:with|to) (?:the )?(?:sellers|merchants|brands|partners|third[- ]part(?:y|ies)|advertisers|retailers|vendors)\b[^.;]{0,20}?\b(?:for the purposes? of|in order to|to|so (?:that )?they (?:can|may)) (?:them )?(?:send|sending|contact|contacting) (?:you )?(?:marketing|promotional|advertising) (?:communications|messages|emails|e-mails|materials|offers)\b/i;
export const SEND_MARKETING_WORDS =
  /\b(?:marketing|promotional|advertising) (?:communications|messages|e-?mails|materials|offers)\b/i;
export const sharedSoTheySendMarketing = (s: string) =>
  SHARED_SO_THEY_SEND_MARKETING.test(s) &&
  !NEGATED.test(s) &&
  !/\bon (?:our|its) behalf\b/i.test(s);

/**
 * A denial of giving advertisers what reaches the user, with the user's permission as its
 * exception: "We don’t share information with advertisers that can be used to contact you (such as
 * your name or email address) unless you give us your permission." (TikTok: "not shared for others'
 * marketing" until the double reading of 2027-02-17). The sharing happens once the user agrees, as
 * The Register's "unless it relates to a specific activity you've consented to" does
 * (read-since-2027-02-10.ts): no denial.
 */
const DENIED_UNLESS_PERMITTED =
  /\b(?:advertisers|marketers|marketing partners|advertising partners|third[- ]part(?:y|ies))\b[^.;]{0,160}?\bunless (?:you (?:give|grant|provide) (?:us )?(?:your )?(?:permission|consent)|you (?:have )?(?:consent|agree|opt[- ]in)\w*|we have your (?:permission|consent))\b/i;
export const PERMISSION_WORDS = /\bunless\b/i;
export const deniedUnlessPermitted = (s: string) =>
  PERMISSION_WORDS.test(s) && DENIED_UNLESS_PERMITTED.test(s);

/**
 * Partner companies that tell the user about products: "We may also share your personal information
 * with trusted partner companies, such as mobile service providers or insurance companies, that
 * provide you with products and services that you request, as well as information about products
 * and services you may be interested in." (Samsung: third parties and use neutral until the double
 * reading of 2027-02-17). The partners market their products: others' marketing. Not a denial.
 */
const PARTNERS_TELL_OF_PRODUCTS =
  /\b(?:share|shares|disclose|discloses|provide|provides|give|gives)\b[^.;]{0,60}?\b(?:with|to) (?:our |trusted |selected |carefully selected )*(?:partner companies|partners|business partners|third[- ]part(?:y|ies)|companies)\b[^.;]{0,120}?\b(?:that|who|which) (?:may )?(?:provide|send|offer|give)s? you\b[^.;]{0,100}?\b(?:information|offers|details) (?:about|on|regarding) (?:their |other )?products(?: and services)?(?: that)? (?:you may be|that may be of) interest(?:ed)?(?: in| to you)?\b/i;
export const INTERESTED_WORDS = /\binterest/i;
export const partnersTellOfProducts = (s: string) =>
  INTERESTED_WORDS.test(s) && PARTNERS_TELL_OF_PRODUCTS.test(s) && !NEGATED.test(s);

/**
 * Identifiers shared for targeted advertising, in a state privacy law's words: "When you visit our
 * website, we may share some personal identifiers such as cookies and other tracking technologies
 * for analytics and to personalize your experience with targeted ads as described herein." (Shein:
 * use neutral until the double reading of 2027-02-17, its third parties concerning only on "may be
 * considered a 'sale' or 'sharing'"). The law's "sharing" is giving data for cross-context
 * advertising, read as sharing for others' advertising as "shared with third parties for the
 * purpose showing ads that are targeted" is (read-since-2027-02-16.ts). Not a denial, nor data that
 * identifies no one.
 */
const IDENTIFIERS_SHARED_FOR_TARGETED_ADS =
  /\b(?:share|shares|sharing)\b (?:some |certain |your )?(?:personal )?identifiers\b[^.;]{0,120}?\b(?:targeted|personali[sz]ed|interest[- ]based|cross[- ]context behaviou?ral) (?:ads|advertising|advertisements)\b/i;
export const IDENTIFIERS_WORDS = /\bidentifiers\b/i;
export const identifiersSharedForTargetedAds = (s: string) =>
  IDENTIFIERS_WORDS.test(s) &&
  IDENTIFIERS_SHARED_FOR_TARGETED_ADS.test(s) &&
  !NEGATED.test(s) &&
  !/\b(?:aggregated?|anonymi[sz]ed|de-?identified|non-?personal)\b/i.test(s);

/**
 * Business partners given data to offer the user their products or promotions: "We may share your
 * information with our business partners to offer you certain products, services or promotions."
 * (Zora, whose policy speaks of "marketing communications from our third-party partners": third
 * parties and use neutral until the double reading of 2027-02-17). The partners' offers are their
 * own marketing. Not a denial, nor partners acting for the company ("on our behalf").
 */
const PARTNERS_OFFER_YOU =
  /\b(?:share|shares|disclose|discloses|provide|provides)\b (?:your |the |such )?(?:personal )?(?:information|data)\b (?:with|to) (?:our )?(?:business|marketing|third[- ]party|select(?:ed)?|trusted) partners\b (?:in order )?to offer you\b[^.;]{0,30}?\b(?:products|services|promotions|offers|discounts)\b/i;
export const OFFER_YOU_WORDS = /\boffer you\b/i;
export const partnersOfferYou = (s: string) =>
  OFFER_YOU_WORDS.test(s) &&
  PARTNERS_OFFER_YOU.test(s) &&
  !NEGATED.test(s) &&
  !/\bon (?:our|its) behalf\b/i.test(s);

/**
 * Cookies said to do the work of the sharing the sentence before gives to marketing partners: "In
 * order for us to provide you with the best user experience, we may share your personal data with
 * our marketing partners for the purposes of targeting, modelling, and/or analytics as well as
 * marketing and advertising. Some of this analytics is conducted by the use of cookies and similar
 * technologies." (Binance: its cookies "no fact found", neutral, until the double reading of
 * 2027-02-17). Marketing partners targeting the user through cookies: third-party tracking.
 */
const BY_COOKIES =
  /\b(?:this|these|that|such|some of (?:this|these|that))\b[^.;]{0,40}?\b(?:is|are)\b (?:conducted|done|carried out|performed|made|achieved) (?:by|through|with|via) (?:the )?(?:use of )?cookies\b/i;
const SHARED_WITH_MARKETERS_FOR_TARGETING =
  /\b(?:share|shares|disclose|discloses|provide|provides)\b[^.;]{0,60}?\b(?:with|to) (?:our )?(?:marketing|advertising|ad) partners\b[^.;]{0,40}?\btargeting\b/i;
export const BY_COOKIES_WORDS = /\bcookies\b/i;
export function cookiesDoTheTargeting(s: string, before = ""): string | null {
  return BY_COOKIES.test(s) &&
    SHARED_WITH_MARKETERS_FOR_TARGETING.test(before) &&
    !NEGATED.test(before)
    ? "marketing partners targeting through cookies"
    : null;
}

/**
 * Authorities given data on a request about anything that might bring liability: "… we may disclose
 * certain types of your data … to law enforcement, governmental agencies, or authorized third
 * parties, in response to a verified request relating to terror acts, criminal investigations or
 * alleged illegal activity or any other activity that may expose us, you, or any other Viber user
 * to legal liability …" (Viber: "disclosure in response to legal process", neutral, until the
 * double reading of 2027-02-17). A request no court makes binding, about whatever the company
 * judges might expose it: its own judgement, as a request "upon request" is
 * (read-since-2027-02-04.ts). Not a lawful, legal, valid or binding request.
 */
const ON_A_REQUEST_ABOUT_LIABILITY =
  /\bin response to an? (?:verified |written |formal )?requests?\b[^.;]{0,160}?\bany (?:other )?(?:activity|conduct|matter) that (?:may|might|could) expose\b[^.;]{0,60}?\bliabilit(?:y|ies)\b/i;
export const LIABILITY_WORDS = /\bliabilit/i;
export const disclosedOnARequestAboutLiability = (s: string) =>
  LIABILITY_WORDS.test(s) &&
  /\b(?:law enforcement|authorit(?:y|ies)|agenc(?:y|ies)|police)\b/i.test(s) &&
  ON_A_REQUEST_ABOUT_LIABILITY.test(s) &&
  !/\b(?:lawful|legal|valid|binding)\b[^.;]{0,20}?\brequests?\b/i.test(s);

/**
 * The lack of a standard for a signal, said as a fact of the world: "Not all browsers offer a DNT
 * option and there is currently no industry consensus for how to recognize or respond to a DNT
 * signal." (World Market: "Do Not Track: honoured" until the double reading of 2027-02-17). It
 * promises nothing: mentioned, as a signal not always answered is (read-since-2027-02-15.ts).
 */
const NO_STANDARD_FOR_THE_SIGNAL =
  /\b(?:no|not (?:yet )?(?:an?|any)) (?:(?:common|uniform|single|agreed|accepted|industry|universal)[- ])*(?:consensus|standard|agreement|definition)\b[^.;]{0,80}?\b(?:recogni[sz]e|respond|honou?r|interpret|treat)\w*/i;
export const noStandardForTheSignal = (s: string) => NO_STANDARD_FOR_THE_SIGNAL.test(s);
