/**
 * Rules added after the blind double reading of 2027-02-27 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * Recipients listed under a heading of sharing for their own marketing: "Third parties to market
 * their products or services to you." under "Who do you share personal information with?" (Thomson
 * Reuters: use neutral until the double reading of 2027-02-27; its third parties were concerning on
 * a sale). The heading gives the data; the item says who gets it and what for: others' marketing.
 * Not the company's own products ("Partners to market our products to you"), nor a denial.
 */
const LISTED_FOR_THEIR_MARKETING =
  /^\W{0,3}(?:(?:other |selected |carefully selected |trusted )?third parties|(?:our )?(?:business |marketing |advertising )?partners|other companies|advertisers|sponsors)\b[^.;]{0,40}?\b(?:to|so (?:that )?they (?:can|may)) (?:market|advertise|promote|offer) (?:their|its) (?:own )?(?:products|services|offers)\b/i;
export const THEIR_PRODUCTS_WORDS = /\b(?:their|its) (?:own )?(?:products|services|offers)\b/i;
/** The item's words; the caller checks its heading gives data (SHARING_HEADING in extract-facts). */
export const listedForTheirMarketing = (item: string) =>
  LISTED_FOR_THEIR_MARKETING.test(item) && !NEGATED.test(item);

/**
 * Companies that show ads on the service let set and read their own cookies: "Yahoo lets other
 * companies that show advertisements on some of our pages set and access their cookies on your
 * computer." (Yahoo: third parties and use neutral until the double reading of 2027-02-27, as Yelp's
 * "Advertisers: We allow third parties to use Cookies through the Service to collect …" was until
 * the reading before it). Ad companies collecting through the service for their own advertising.
 * Not a denial ("Advertisers or other companies do not have access to Yahoo's cookies").
 */
const AD_COMPANIES_LET_SET_COOKIES =
  /\b(?:lets?|allows?|permits?) (?:other companies|third parties|third-party companies|advertisers|ad networks|advertising companies)\b (?:that|who|which) (?:show|serve|display|deliver|place) (?:advertisements|ads|advertising)\b[^.;]{0,60}?\b(?:set|place|access|use|read)\b[^.;]{0,30}?\bcookies\b/i;
export const LET_SET_COOKIES_WORDS =
  /\b(?:lets?|allows?|permits?) (?:other companies|third|advertisers|ad networks|advertising companies)\b/i;
export const adCompaniesLetSetCookies = (s: string) =>
  AD_COMPANIES_LET_SET_COOKIES.test(s) && !NEGATED.test(s);

/**
 * Data used in criminal proceedings as the company sees fit: "… the IP addresses may be evaluated,
 * together with other data, in case of attacks on the network infrastructure or other unauthorised
 * use or misuse of the Websites, for the purpose of intelligence and protection, and if
 * appropriate, used in criminal proceedings for identification and civil and criminal proceedings
 * against the relevant users." (Ethereum: legal disclosure neutral until the double reading of
 * 2027-02-27). The company's suspicion and its "if appropriate" decide: its own judgement, as a
 * violation reported to the authorities is (2027-02-24). Not proceedings the law compels.
 */
const USED_IN_PROCEEDINGS_AS_IT_SEES_FIT =
  /\b(?:if|where|when|as) (?:appropriate|necessary|deemed appropriate|we deem appropriate)\b,?[^.;]{0,20}?\bused in (?:civil (?:and|or) )?criminal proceedings\b/i;
export const PROCEEDINGS_WORDS = /\bcriminal proceedings\b/i;
export const usedInProceedingsAsItSeesFit = (s: string) =>
  USED_IN_PROCEEDINGS_AS_IT_SEES_FIT.test(s) && !NEGATED.test(s);

/**
 * Rights of access and rectification named in a series with no "you": "Therefore, the right to
 * access, the right to erasure, the right to rectification, and the right to data portability cannot
 * be enforced after the expiration of the retention period." (Interstellar Lab: access neutral on
 * erasure alone until the double reading of 2027-02-27; the re-audit of 2026-12-30 had left it
 * debatable). Rights that lapse after a period are the user's until then: the erasure the rules read
 * from it stands beside access and rectification. Not rights that cannot be exercised at all ("cannot
 * be enforced" with no "after"), nor the company's own ("we reserve the right to access").
 */
const RIGHTS_SERIES =
  /\bthe rights? (?:of|to) (?:access|rectification)\b[^.;]{0,80}?\bthe rights? (?:of|to) (?:erasure|deletion|rectification|access|data portability)\b/i;
const NEVER_OFFERED =
  /\b(?:cannot|can ?not|may not|will not|won['’]t) be (?:enforced|exercised|honou?red)\b(?! after\b| once\b| beyond\b)/i;
export const RIGHTS_SERIES_NAMED_WORDS = /\bthe rights? (?:of|to) (?:access|rectification)\b/i;
export const rightsNamedInASeries = (s: string) =>
  RIGHTS_SERIES.test(s) && !NEVER_OFFERED.test(s) && !/\breserves? the right\b/i.test(s);

/**
 * Third parties whose own technology serves the user ads on other sites: "The third parties and
 * service providers use their technology to provide advertising about products and services
 * tailored to your interests which may appear either on our Services or on other websites."
 * (IPinfo: third parties and use neutral until the double reading of 2027-02-27). Their advertising
 * beyond the site, as Couchsurfing's "used by Couchsurfing and others to … deliver advertising … on
 * our Services and other websites" reads since 2027-02-23, "on our behalf" or not.
 */
const THEIR_TECHNOLOGY_FOR_ADS_ELSEWHERE =
  /\b(?:third parties|third-party (?:companies|vendors|partners)|ad(?:vertising)? (?:networks|partners|companies))\b[^.;]{0,40}?\buse (?:their|its) (?:own )?technolog\w* to (?:provide|deliver|serve|show|display) (?:[\w-]+ ){0,2}?(?:advertising|ads|advertisements)\b[^.;]{0,120}?\bon other (?:websites|sites|apps|services)\b/i;
export const THEIR_TECHNOLOGY_WORDS = /\buse (?:their|its) (?:own )?technolog/i;
export const theirTechnologyForAdsElsewhere = (s: string) =>
  THEIR_TECHNOLOGY_FOR_ADS_ELSEWHERE.test(s) && !NEGATED.test(s);
