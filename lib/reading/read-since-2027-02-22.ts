/**
 * Rules added after the blind double reading of 2027-02-21 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence or heading, each gated
 * on plain words before its pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * A heading for the residents "of" a country: "16. Disclosures for Residents of Canada" (Instacart,
 * whose "You also have the right to complain directly to the appropriate data protection authority."
 * stands under it: "a regulator is named", neutral, until the double reading of 2027-02-21). The
 * other order of "Canada Residents" (read-since-2027-02-21.ts).
 */
const RESIDENTS_OF_A_COUNTRY =
  /\b(?:residents?|users?|consumers?|individuals?|customers?) (?:of|in|from) (?:the )?(?:united states|u\.s\.|usa|canada|australia|japan|california|nevada|virginia|colorado|texas|new york)\b/i;
export const residentsOfACountryHeading = (path: readonly string[] | undefined) =>
  !!path &&
  path.some((h) => h.length <= 80 && RESIDENTS_OF_A_COUNTRY.test(h)) &&
  !path.some((h) => /\b(?:all|other|every|non-)\w*\b/i.test(h));

/**
 * Companies that want to market to the user: "If you’re a U.S. print subscriber, we may share your
 * name and mailing address (among other information) with other reputable companies that want to
 * market to you by mail." (The New York Times: third parties and use neutral until the double
 * reading of 2027-02-21). Others' marketing. Not a denial.
 */
const COMPANIES_THAT_MARKET_TO_YOU =
  /\b(?:share|shares|disclose|discloses|provide|provides|rent|rents|give|gives)\b[^.;]{0,120}?\b(?:with|to) (?:other |selected |reputable |trusted |carefully selected )*(?:companies|organi[sz]ations|businesses|third parties|partners|marketers)\b (?:that|who|which) (?:want|wish|would like|may want|may wish) to (?:market|advertise|send (?:you )?(?:offers|promotions))\b/i;
export const MARKET_TO_YOU_WORDS = /\b(?:market|advertise|offers|promotions)\b/i;
export const companiesThatMarketToYou = (s: string) =>
  MARKET_TO_YOU_WORDS.test(s) && COMPANIES_THAT_MARKET_TO_YOU.test(s) && !NEGATED.test(s);

/**
 * A request the user may make, not the company's denial: "You can also ask us to not share your
 * information with third parties for marketing purposes." (The New York Times: "not shared for
 * others' marketing" until the double reading of 2027-02-21). The sharing happens until asked.
 */
const ASK_US_NOT_TO =
  /\b(?:ask|request|tell|instruct|direct)\b (?:us|that we)\b (?:to )?not (?:to )?(?:share|disclose|sell|provide|rent)\b/i;
const ASK_WORDS = /\b(?:ask|request|tell|instruct|direct)\b/i;
export const askUsNotToShare = (s: string) => ASK_WORDS.test(s) && ASK_US_NOT_TO.test(s);

/**
 * An outside body the company will name on request: "If you are not satisfied that your complaint
 * has been resolved then you can request from us the contact information for the relevant local
 * governing body regarding your complaint." (Kick, whose authorities are each for some users:
 * concerning until the double reading of 2027-02-21). Further recourse said to exist, open to all,
 * without its name: the rubric's neutral, as "further options are mentioned but not named".
 */
const BODY_ON_REQUEST =
  /\b(?:request|ask)\b (?:from )?(?:us )?(?:for )?the (?:contact (?:information|details) (?:for|of) )?(?:the )?(?:relevant |appropriate |competent )?(?:local )?(?:governing|regulatory|supervisory|complaints?) (?:body|bodies|authority|authorities)\b/i;
export const GOVERNING_WORDS =
  /\b(?:governing|regulatory|supervisory|complaints?) (?:body|bodies|authorit)/i;
export const bodyNamedOnRequest = (s: string) =>
  GOVERNING_WORDS.test(s) && BODY_ON_REQUEST.test(s) ? "an outside body named on request" : null;

/**
 * A recipient's use of the data for "the ads of its own advertising network": "Google may use the
 * collected data to contextualise and personalise the ads of its own advertising network." (Alpha
 * Vantage: third parties and use neutral until the double reading of 2027-02-21; Persumi's, the same
 * Google Analytics wording, had been left debatable as possibly the company's own ads). The network
 * is the recipient's own: its advertising, as "for their own advertising purposes" reads since
 * 2027-02-13. Not a denial.
 */
const ADS_OF_ITS_OWN_NETWORK =
  /\b(?:use|uses)\b (?:the |this |such )?(?:collected )?(?:data|information)\b[^.;]{0,40}?\b(?:to|in order to) (?:contextuali[sz]e|personali[sz]e|target|improve|tailor)\b[^.;]{0,40}?\bthe (?:ads|advertisements|advertising) of (?:its|their) own (?:advertising|ad) networks?\b/i;
export const OWN_NETWORK_WORDS = /\bown (?:advertising|ad) network/i;
export const adsOfItsOwnNetwork = (s: string) =>
  OWN_NETWORK_WORDS.test(s) && ADS_OF_ITS_OWN_NETWORK.test(s) && !NEGATED.test(s);

/**
 * Requests answered where the law does not require it: "… including responding to requests when the
 * information is required by law or furthers a public interest task." (Bolt: "no fact found",
 * neutral, until the double reading of 2027-02-21). A public interest the company weighs is its own
 * judgement, as a request about anything that may bring liability is (read-since-2027-02-18.ts).
 */
const REQUIRED_OR_PUBLIC_INTEREST =
  /\b(?:required|compelled|mandated) by law or (?:where it |when it |it )?(?:furthers|serves|is in|supports|is necessary for) (?:a|the) public interest\b/i;
export const PUBLIC_INTEREST_WORDS = /\bpublic interest\b/i;
export const answeredInThePublicInterest = (s: string) =>
  PUBLIC_INTEREST_WORDS.test(s) &&
  /\b(?:requests?|disclos\w*|shar\w*|respond\w*)\b/i.test(s) &&
  REQUIRED_OR_PUBLIC_INTEREST.test(s);
