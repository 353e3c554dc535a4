/**
 * Rules added after the blind double reading of 2027-02-23 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * A sentence that opens on the user residing in named places: "If you reside in Australia, the
 * Philippines, or India, you may lodge a complaint about our practices … with the supervisory
 * authority of your country." (Coinbase: "a regulator is named", neutral, until the double reading
 * of 2027-02-23). The authority is those places' people's, as "In the EEA, the UK, and Switzerland,
 * …" makes it (read-since-2027-02-15.ts).
 */
const PLACE = String.raw`(?:the )?[A-Z][\w.-]{1,20}(?: [A-Z][\w.-]{1,20}){0,2}`;
const OPENS_ON_NAMED_PLACES = new RegExp(
  String.raw`^\W{0,3}[Ii]f you (?:reside|live|are located|are based|are a resident) (?:in|of) ${PLACE}(?:, ${PLACE}){0,6}(?:,? (?:or|and) ${PLACE})?,`,
);
// … and one that opens on a place: "In Australia, the relevant data protection authority is the
// Office of the Australian Information Commissioner, …", "In the Philippines, …" (Coinbase). Not an
// adverbial that only looks like one ("In Particular, …", "In Addition, …").
const OPENS_ON_A_PLACE = new RegExp(String.raw`^\W{0,3}In ${PLACE},`);
const NOT_A_PLACE =
  /^\W{0,3}In (?:the )?(?:Short|Summary|Particular|Addition|General|Brief|Practice|Other|Some|Certain|Case|This|That|These|Such|Accordance|Order|Any|Each|All|Most|Many|Our|Your|Its|Their|Line|Respect|Relation|Connection|Response|Light|Total|Fact|Return|Turn|Sum)\b/;
export const opensOnNamedPlaces = (s: string) =>
  OPENS_ON_NAMED_PLACES.test(s) || (OPENS_ON_A_PLACE.test(s) && !NOT_A_PLACE.test(s));

/**
 * Disclosure said to be where the law does not require it: "Where not otherwise required by law,
 * and depending on the circumstances, we may preserve and share your information: In response to
 * requests from third parties, such as civil litigants, law enforcement, and other government
 * authorities, …" (Coinbase: "disclosure in response to legal process", neutral, until the double
 * reading of 2027-02-23). Beyond what the law requires, in its own words.
 */
const WHERE_NOT_REQUIRED =
  /\bwhere not (?:otherwise )?required by law\b[^.;:]{0,60}?\bwe (?:may|will|can) (?:preserve and )?(?:share|disclose|provide|release)\b/i;
export const NOT_REQUIRED_WORDS = /\bnot (?:otherwise )?required by law\b/i;
export const sharedWhereNotRequired = (s: string) =>
  NOT_REQUIRED_WORDS.test(s) && WHERE_NOT_REQUIRED.test(s);

/**
 * A violation reported to the authorities at the company's choosing: "In certain circumstances, we
 * may also report the violation to the appropriate authorities." (Google's policy, as Google
 * Analytics records it: "disclosure in response to legal process", neutral, until the double reading
 * of 2027-02-23). A report the company chooses to make, as Bing's referral of a matter to the police
 * is since 2027-02-20. Not a report the law requires.
 */
const REPORT_THE_VIOLATION =
  /\bwe (?:may|might|can|will) (?:also )?report (?:the|such|any|this|that) (?:violations?|abuse|activity|conduct|matter) to (?:the )?(?:appropriate |relevant |competent )?(?:authorities|law enforcement|police)\b/i;
export const REPORT_WORDS = /\breport\b/i;
export const violationReported = (s: string) =>
  REPORT_WORDS.test(s) &&
  REPORT_THE_VIOLATION.test(s) &&
  !/\b(?:required|obliged|obligated|compelled|mandated)\b/i.test(s);

/**
 * Disclosure "for the prevention and detection of crime": "We may also disclose your information in
 * order to protect or enforce our rights or the rights of others and for the prevention and detection
 * of crime." (Daily Mail: "no fact found", neutral, until the double reading of 2027-02-23). Help
 * the company chooses to give, as "assist in the prevention or detection of crime" reads since
 * 2027-02-07; not help the law requires.
 */
const FOR_PREVENTING_CRIME =
  /\b(?:disclose|share|provide|release)\b[^.;]{0,120}?\bfor the (?:prevention|detection)(?: (?:and|or) (?:the )?(?:prevention|detection))? of (?:crimes?|fraud)\b/i;
export const PREVENTING_CRIME_WORDS = /\b(?:prevention|detection) of\b/i;
export const disclosedAgainstCrime = (s: string) =>
  PREVENTING_CRIME_WORDS.test(s) &&
  FOR_PREVENTING_CRIME.test(s) &&
  !/\b(?:required|obliged|obligated|compelled|mandated)\b/i.test(s) &&
  !NEGATED.test(s);

/**
 * Partners who collect for their own marketing: "These providers may collect personal data directly
 * from you to organise and book their services, or for their own marketing and tracking purposes."
 * (IKEA: third parties and use neutral until the double reading of 2027-02-23). Others' marketing,
 * of data the company's service puts in their hands.
 */
const COLLECT_FOR_THEIR_OWN_MARKETING =
  /\b(?:providers|partners|companies|third parties|vendors)\b (?:may |can |will )?(?:also )?collect\b[^.;]{0,120}?\bfor their own (?:marketing|advertising)(?: (?:and|or) (?:tracking|advertising|marketing))? purposes\b/i;
export const THEIR_OWN_MARKETING_WORDS = /\btheir own (?:marketing|advertising)\b/i;
export const collectedForTheirOwnMarketing = (s: string) =>
  THEIR_OWN_MARKETING_WORDS.test(s) && COLLECT_FOR_THEIR_OWN_MARKETING.test(s) && !NEGATED.test(s);
