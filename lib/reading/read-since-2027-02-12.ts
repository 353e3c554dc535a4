/**
 * Rules added after the blind double reading of 2027-02-11 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before
 * its pattern runs; every repetition is bounded.
 */
import { NOT_REQUIRED_BY_LAW } from "./beyond-the-law";
import { titleWordsOnly } from "./read-since-2027-02-11";

/**
 * A response only in the future: "If we do respond to DNT signals in the future, we will update
 * this Privacy Policy to describe how we do so." (Y Combinator, after "Our Site currently does not
 * respond to “Do Not Track” (“DNT”) signals"; "Do Not Track: honoured" until 2027-02-11) is a
 * mention, as "we may develop policies for responding" reads since 2027-01-29.
 */
const RESPONSE_IN_THE_FUTURE =
  /\bif (?:we|it|they|the site) (?:do |does |ever |decide to |choose to |begin to |start to )?(?:respond|honou?r|recogni[sz]e|support)\w*\b[^.;]{0,80}?\bin the future\b|\bin the future\b[^.;]{0,40}?\b(?:may|might|could) (?:respond|honou?r|recogni[sz]e|support)\b/i;
export const respondsOnlyInTheFuture = (s: string) =>
  /future/i.test(s) && RESPONSE_IN_THE_FUTURE.test(s);

/**
 * Legal requests answered where the law does not compel it, said with a noun: "For example,
 * responses to legal requests where not compelled by law will typically include limited information
 * (such as contact details and login information)." (Facebook; "disclosure in response to legal
 * process", neutral, until the double reading of 2027-02-11). The rule of 2026-12-19
 * (beyond-the-law.ts) read the verbs, "responding to", "complying with"; the company's own
 * judgement either way, concerning. Not a refusal ("no responses to requests where not required by
 * law").
 */
const RESPONSES_TO_REQUESTS =
  /\b(?:responses?|replies|answers|disclosures?) (?:to|in response to) (?:[\w-]+ ){0,2}?(?:legal|government\w*|law enforcement|regulatory|official|judicial) (?:requests?|process|orders?|demands?|inquiries)\b/i;
const NONE = /\b(?:no|never)\b[^.;]{0,20}\b(?:responses?|replies|answers|disclosures?)\b/i;
export const respondedWhereNotCompelled = (s: string) =>
  /respon|repl|answer|disclos/i.test(s) &&
  RESPONSES_TO_REQUESTS.test(s) &&
  NOT_REQUIRED_BY_LAW.test(s) &&
  !NONE.test(s);

/**
 * Opt-outs that are none: a right named for something the line itself says the company does not
 * do, "Opt-out of the “sale” (as that term is defined in the CCPA) of your personal information if
 * a business sells your Personal Information (we do not);" (Y Combinator); another's choice, "the
 * Institution may choose to disable facial detection and gaze detection … if it wishes to opt out
 * of facial detection and gaze detection" (Proctorio: the school's setting, not the user's). Each
 * was "an opt-out … offered" until the double reading of 2027-02-11.
 */
const SAID_NOT_DONE =
  /\((?:which |but |and )?we do(?:n['’]t| not)(?: (?:do (?:so|this)|sell|share))?\)/i;
const ANOTHERS_CHOICE =
  /\b(?:the|your|an?) (?:institutions?|schools?|universit(?:y|ies)|employers?|organi[sz]ations?|administrators?|admins?|instructors?|teachers?) (?:may|can|could|might) (?:choose|elect|decide) to (?:disable|turn off|opt out|deactivate)\b/i;
export const OPT_OUT_NONE_WORDS = /we do|choose|elect|decide/i;
export const optOutThatIsNone = (s: string) =>
  OPT_OUT_NONE_WORDS.test(s) && (SAID_NOT_DONE.test(s) || ANOTHERS_CHOICE.test(s));

/**
 * Notice of changes that is no promise: "By continuing to use our Services … after we have posted
 * an updated Privacy Policy, or notified you by other means if applicable, you consent to the
 * revised Privacy Policy" (Y Combinator: "users are notified directly of changes" beside its only
 * promise, "we will post an updated version on this page"), and a heading alone, "Date Privacy
 * Policy Last Updated" (IGN: "changes are posted on the site"). Until the double reading of
 * 2027-02-11 each was a notice fact.
 */
const OTHER_MEANS_IF_APPLICABLE =
  /\bnotif\w* (?:you )?(?:by|through|via) (?:other|another|any other) (?:means|method|way)s?,? (?:if|where|as|when) (?:applicable|required|appropriate|necessary)\b/i;
export const noticeThatIsNone = (s: string) =>
  (/means/i.test(s) && OTHER_MEANS_IF_APPLICABLE.test(s)) ||
  (titleWordsOnly(s) && !/\b(?:We|You|Will|May)\b/.test(s));

/**
 * A regulator the sentence ties to a transfer framework: "With respect to Personal Information
 * received or transferred pursuant to the Privacy Shield Framework, Ziff Davis is subject to the
 * regulatory enforcement powers of the U.S. Federal Trade Commission." (IGN), "The Federal Trade
 * Commission has jurisdiction over Proctorio’s compliance with the EU-U.S. Data Privacy Framework
 * (EU-U.S. DPF) and the UK Extension to the EU-U.S. DPF, and the Swiss-U.S. Data Privacy Framework"
 * (Proctorio). A decision of the rubric, reversing the reading of 2027-02-05 ("oversight of the
 * company, whoever complains"), which six readers of the double readings of 2027-02-10 and
 * 2027-02-11 found the words do not bear: the regulator's powers reach the data the framework
 * covers, the data of its people, so it is recourse for some users only, as the framework's
 * arbitration and panels are. Not where the sentence opens recourse to others too.
 */
// The names also in the plural: "jurisdiction over our compliance with the DPFs" (WP Engine, the
// double reading of 2027-02-13), "… with the Data Privacy Frameworks" (Pinterest).
const FRAMEWORK_NAMED = /\b(?:privacy shield|data privacy frameworks?|safe harbou?r|DPFs?)\b/i;
export const tiedToAFramework = (s: string) => FRAMEWORK_NAMED.test(s);

/**
 * An attorney general of the user's state, reached after an appeal the states' laws give: "If we
 * deny your appeal, you have the right to contact the Attorney General of your state, including by
 * the following links: Colorado, Connecticut, …" (Arc, whose appeal is for residents of 14 states;
 * "a regulator is named", neutral, until the double reading of 2027-02-11). Only the people of some
 * US states have such an appeal, and only they an attorney general for it: some users'.
 */
const STATE_ATTORNEY_GENERAL =
  /\b(?:attorney general of your (?:state|jurisdiction)|your (?:state['’]s|state|local) attorney general|attorney general in your state)\b|\b(?:deny|denied|denies|reject\w*)\b[^.;]{0,40}?\bappeal\b[^.;]{0,80}?\battorney general\b|\bappeal\b[^.;]{0,20}?\b(?:is|was) (?:denied|rejected)\b[^.;]{0,80}?\battorney general\b/i;
export const stateAttorneyGeneral = (s: string) =>
  /attorney general/i.test(s) && STATE_ATTORNEY_GENERAL.test(s);

/**
 * The company as a provider to others, which gives no one anything: "If we are processing your
 * personal data as a service provider, you should contact the entity that collected your personal
 * data" (Arc), "Proctorio acts as a third-party service provider of such educational Institutions"
 * (Proctorio). Each was "shared with service providers" until the double reading of 2027-02-11;
 * the rule of 2027-01-21 read "in our capacity as a service provider".
 */
const COMPANY_AS_A_PROVIDER =
  /\bwe (?:are )?(?:processing|process|handle|handling|act|acting|operate|operating) (?:[\w’'-]+ ){0,4}?as (?:a |an |the )?(?:third[- ]party )?service provider\b|\bas (?:a |an |the )?(?:third[- ]party )?service provider (?:of|to|for) (?:such |our |its |the |these |those )?(?:customers|clients|institutions|schools|educational institutions|businesses|organi[sz]ations|employers)\b/i;
export const companyAsAProvider = (s: string) =>
  /service provider/i.test(s) && COMPANY_AS_A_PROVIDER.test(s);

/**
 * Tracking named only by a heading or a definition: "Interest-Based Advertising" (Foursquare's
 * section title), "Interest based advertising is a digital advertising that is tailored to a
 * consumer's inferred interests, preferences, and locations." and "Cross-device linking is the
 * practice of associating different browsers and/or devices …" (the industry's terms defined).
 * Each was a tracking fact until the double reading of 2027-02-11 (the rule of 2027-02-11 read a
 * bare heading naming beacons). Not a product's name in a list ("Google Ads", "DoubleClick").
 */
const A_BRAND =
  /\b(?:google|doubleclick|facebook|meta|twitter|tiktok|linkedin|criteo|amazon|microsoft|bing|adobe|quora|reddit|snap\w*|pinterest|yahoo|verizon|oracle|adsense)\b/i;
const TERM_DEFINED =
  /^\W{0,3}(?:[\w-]+ ){0,2}?(?:advertising|linking|tracking|targeting|retargeting|remarketing) (?:is|are|refers to|means) (?:a|an|the|when|how|digital|online)\b/i;
export const trackingNamedOnly = (s: string) =>
  (titleWordsOnly(s) && !A_BRAND.test(s)) || TERM_DEFINED.test(s);
