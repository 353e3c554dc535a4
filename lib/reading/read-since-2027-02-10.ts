/**
 * Rules added after the blind double reading of 2027-02-09 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence or clause, each gated on plain words
 * before its pattern runs.
 */
import { AUTHORITIES, LEAD_IN_AT_LAW } from "./read-since-2027-02-04";
import { SHARING_DENIED, SHARING_SAID } from "./read-since-2027-02-09";

const DENIED = /\b(?:not|never|no|neither|nor|cannot)\b|n['’]t\b/i;
/** Data said to identify no one: not the personal data the practice is about. */
const IDENTIFIES_NO_ONE =
  /\b(?:aggregated?|anonymi[sz]ed|anonymous|de-?identified|non-?personal(?:ly)?|not personally identif\w*)\b/i;

/**
 * Advertising companies that use what they learn of the user's visits to this site and to others to
 * show ads: "We use third-party advertising companies to serve ads when you visit our website. …
 * They may also use information (not including your name, …) about your visits to this and other
 * websites in order to provide advertisements about goods and services of interest to you."
 * (Savetz Publishing; Xanga's "Google may use information …" is the same template), and "Ezoic’s
 * partners may also gather additional data, such as unique IDs, advertising IDs, … to create
 * audience segments for targeted advertising across different devices, browsers, and apps."
 * (Savetz). A decision of the rubric, left open since 2027-01-29 and settled by the double reading
 * of 2027-02-09: data about the user that goes to ad companies for advertising of their own, across
 * other sites, is sharing for others' advertising, **concerning** — read only where the sentence
 * says the ad company's use reaches beyond the site ("this and other websites", segments or ads
 * "across" devices, sites or apps). Not the company ("we"), a denial, nor data that identifies no
 * one ("aggregated information about your visits to this and other websites", timeanddate.com).
 */
const VISITS_HERE_AND_ELSEWHERE_FOR_ADS =
  /\b(?:use|uses|collect|collects|gather|gathers|combine|combines)\b[^.;]{0,160}?\babout (?:your|users['’]?|visitors['’]?) (?:visits?|browsing|online activit(?:y|ies)|activit(?:y|ies))\b[^.;]{0,20}?\b(?:to|on|at) (?:this|our)(?: (?:web ?sites?|sites?|services?))? and (?:to |on )?other (?:web ?sites|sites|apps|online services)\b[^.;]{0,60}?\bto (?:provide|serve|deliver|show|display|present)\b[^.;]{0,30}?\b(?:advertisements|ads|advertising)\b/i;
const SEGMENTS_FOR_ADS_ACROSS =
  /\b(?:partners|third[- ]part(?:y|ies)|advertisers|ad networks|(?:advertising|ad) (?:companies|partners|networks|vendors))\b(?: (?:may|might|can|could|also|will|then))* (?:collect|gather|use|combine|obtain)\w*\b[^.;]{0,320}?\bto (?:create|build|compile|develop|generate) (?:\w+ ){0,2}?(?:audience segments|segments|profiles)\b[^.;]{0,20}?\bfor (?:targeted|interest-based|personali[sz]ed|behaviou?ral|tailored) (?:advertising|ads|advertisements)\b[^.;]{0,10}?\bacross\b/i;
/** The company as the one that uses or collects: "We may use information about your visits …". */
const WE_BEFORE_THE_VERB =
  /^[^.;]{0,60}?\bwe\b(?: (?:may|might|can|could|also|will|then))* (?:use|collect|gather|combine)\b/i;
export const VISITS_ELSEWHERE_WORDS = /\bother (?:web ?sites|sites|apps)\b|\bsegments\b/i;
/** What the data leaves out is no denial: "information (not including your name, …)". */
const LEFT_OUT = /\bnot including\b|\bnot limited to\b/gi;
export function adCompaniesUseDataForTheirAds(s: string): boolean {
  if (
    DENIED.test(s.replace(LEFT_OUT, "")) ||
    IDENTIFIES_NO_ONE.test(s) ||
    WE_BEFORE_THE_VERB.test(s)
  )
    return false;
  return VISITS_HERE_AND_ELSEWHERE_FOR_ADS.test(s) || SEGMENTS_FOR_ADS_ACROSS.test(s);
}

/**
 * Partners given data so that they can send the user their promotions: "We also share your basic
 * profile information with our third party partners so that they can send you email promotions and
 * offers, if you have agreed to receive such offers." (Myspace: third parties and use neutral until
 * the double reading of 2027-02-09). Others' marketing, which consent does not make less so, as
 * "so they can contact you about their products" reads since 2027-02-09; the promotions are the
 * partners' own when they send them. Not a denial, and a verb of giving must be said.
 */
const SO_THEY_SEND_PROMOTIONS =
  /\bso (?:that )?(?:they|these (?:partners|companies|third parties)) (?:can|may|could|are able to) (?:send|email|offer|give|deliver) you (?:\w+ ){0,2}?(?:promotions|offers|special offers|promotional (?:emails|offers|messages|materials|communications)|advertisements|marketing)\b/i;
export const SO_THEY_SEND_WORDS = /\bso (?:that )?(?:they|these)\b/i;
export const sharedSoTheySendPromotions = (s: string) =>
  SO_THEY_SEND_PROMOTIONS.test(s) && !SHARING_DENIED.test(s) && SHARING_SAID.test(s);

/**
 * A denial of sharing for others' marketing with an exception that lets it happen: "We will not
 * share your personal data with third parties for their direct marketing unless it relates to a
 * specific activity you've consented to (e.g., sponsored webinars or whitepapers)." (The Register,
 * read as "not shared for others' marketing" until the double reading of 2027-02-09); "… for their
 * direct marketing purposes unless we have your affirmative express consent" (Parler). The sharing
 * happens in the case excepted, and consent does not make sharing for others' marketing less so
 * (the review of 2027-01-02): it is read as that sharing, and not as a denial. Not an exception of
 * law ("unless required by law"), which gives to no marketer.
 */
const DENIED_FOR_THEIR_MARKETING_UNLESS =
  /\b(?:not|never)\b[^.;]{0,20}?\b(?:share|disclose|sell|provide|rent|transfer|pass)\w*\b[^.;]{0,120}?\bfor (?:their|its|the third parties['’]?|such third parties['’]?) (?:own )?(?:direct )?(?:marketing|advertising|promotional)(?: purposes)?\b[^.;]{0,12}?\b(?:unless|except)\b(?![^.;]{0,40}?\b(?:required|permitted|compelled|obliged|obligated)\b)/i;
export const UNLESS_WORDS = /\b(?:unless|except)\b/i;
export const deniedForTheirMarketingUnless = (s: string) =>
  DENIED_FOR_THEIR_MARKETING_UNLESS.test(s);

/**
 * Data given to a recipient for its own mailing list: "… we may provide certain Personal Data to
 * bands, such as your email address, country of residence and zip/postal code (“Fan Information”),
 * and you can opt-in to be added to the relevant band’s mailing list." (Bandcamp: third parties
 * protective until the double reading of 2027-02-09). The recipient writes to the user for itself:
 * others' marketing, whatever the user agreed to. The company gives ("we may provide, share,
 * disclose …"); not the company's own list ("our mailing list"), nor a denial.
 */
const GIVEN_FOR_THEIR_MAILING_LIST =
  /\bwe (?:may |will |also |can |might )*(?:provide|share|disclose|give|pass|transfer)\w*\b[^.;]{0,200}?\b(?:added|subscribed|signed up) to (?:the (?:relevant |appropriate )?|their |its |that )(?:[\w'’-]+ )?(?:mailing|email|e-mail|marketing|newsletter) lists?\b/i;
export const MAILING_LIST_WORDS = /\blists?\b/i;
export const givenForTheirMailingList = (s: string) =>
  GIVEN_FOR_THEIR_MAILING_LIST.test(s) && !SHARING_DENIED.test(s);

/**
 * A limit on what recipients may do is not the company's own denial of a sale: "Bands are only
 * authorized by us to use the Fan Information to send email to you and may not share, rent, or sell
 * the information with others for any other purpose." (Bandcamp: "does not rent or sell
 * information", one of the facts of its protective third parties until the double reading of
 * 2027-02-09). The subject before the modal is the recipients, not "we".
 */
const RECIPIENTS_MAY_NOT_SELL =
  /\b(?:bands|artists|partners|vendors|(?:service )?providers|contractors|processors|recipients|third[- ]parties|advertisers|sellers|merchants|agents|these (?:companies|parties|third parties))\b([^.;]{0,120}?)\b(?:may not|must not|shall not|cannot|can not|are not (?:permitted|allowed|authori[sz]ed) to|are (?:prohibited|forbidden|barred|restricted) from)\b[^.;]{0,60}?\b(?:sell|rent)/i;
export const recipientsMayNotSell = (s: string) => {
  const m = RECIPIENTS_MAY_NOT_SELL.exec(s);
  return !!m && !/\bwe\b/i.test(s.slice(0, m.index)) && !/\bwe\b/i.test(m[1]!);
};

/**
 * Copies of what the user replaced, kept with no limit: "When you update information, we usually
 * keep a copy of the prior version for our records." (Amazon.com, whose only sentence on keeping
 * data it is: "no clause found" until the double reading of 2027-02-09; IMDb, AWS and Amazon Ads
 * say it too). An archive of earlier versions with no period: "kept in backups or archives with no
 * limit stated". Not where a period follows.
 */
const PRIOR_VERSIONS_KEPT =
  /\b(?:keep|keeps|retain|retains|store|stores|maintain|maintains) (?:a )?cop(?:y|ies) of (?:the |your |its )?(?:prior|previous|earlier|old|older) (?:version|versions|information|data)\b[^.;]{0,30}?\bfor (?:our|its) records\b/i;
const A_PERIOD =
  /\b(?:for|up to|within|after) (?:\d+|one|two|three|six|twelve) (?:days?|weeks?|months?|years?)\b/i;
export const PRIOR_VERSIONS_WORDS = /\bcop(?:y|ies) of\b/i;
export const PRIOR_VERSIONS_KEPT_VALUE =
  "copies of earlier versions kept for its records, no limit stated";
export const priorVersionsKept = (s: string) =>
  PRIOR_VERSIONS_KEPT.test(s) && !A_PERIOD.test(s) && !DENIED.test(s);

/**
 * Authorities given data to prevent fraud or crime, beside or instead of what the law requires:
 * "With official bodies to prevent fraud or comply with legal requirements (government bodies, tax
 * authorities, law enforcement)" under "… we may share it in the following ways:" (The Register:
 * "no fact found", neutral, until the double reading of 2027-02-09). Help the company chooses to
 * give, as "(ii) assist in the prevention or detection of crime" reads since 2027-02-07:
 * **concerning**. Not help the law requires ("we are subject to a legal obligation to share … with
 * law enforcement agencies … in order to prevent or detect crime", IKEA), nor a lead-in at law.
 */
/** The authorities right before the purpose: they receive the data to prevent fraud. */
const AUTHORITIES_TO_PREVENT_FRAUD = new RegExp(
  String.raw`(?:${AUTHORITIES.source}|\bofficial bodies\b|\bgovernment bodies\b)(?:\s*\([^)]{0,80}\))?,? to (?:help )?(?:prevent|detect|combat|fight)(?: (?:or|and) (?:prevent|detect|investigate))? (?:fraud|crimes?|criminal activit(?:y|ies))\b`,
  "i",
);
const REQUIRED =
  /\b(?:required|obliged|obligated|compelled|mandated|legal obligation|obligation to)\b[^.;]{0,60}?\b(?:share|disclose|provide|to prevent|to detect)\b/i;
export const PREVENT_FRAUD_WORDS = /\bprevent|\bdetect|\bcombat|\bfight/i;
export function authoritiesGivenDataAgainstFraud(
  s: string,
  leadIn: string,
  heading: string,
): boolean {
  if (!AUTHORITIES_TO_PREVENT_FRAUD.test(s)) return false;
  if (REQUIRED.test(s) || LEAD_IN_AT_LAW.test(leadIn) || DENIED.test(s)) return false;
  // A list's item of recipients ("With official bodies …") under a heading of sharing.
  return (
    !!leadIn || SHARING_SAID.test(heading) || /\b(?:disclos|shar|provid|releas|pass)\w*/i.test(s)
  );
}

/*
 * Below: reasons and facts the double reading of 2027-02-09 confirmed misread, read since
 * 2027-02-10.
 */

/**
 * A sentence that only says how far an opt-out reaches offers none: "Your opt-out choice will be
 * linked to your browser only; therefore, you will need to renew your opt-out choice if you visit
 * from a new device or browser, or if you clear your browser’s cookies." (Grammarly: an opt-out
 * "through a link or in browser settings", from "linked" and "browser").
 */
const OPT_OUT_SCOPE_ONLY =
  /\byour opt-?out (?:choice|preference|request|selection)s? (?:will|is|are|may) (?:be |only be )?(?:linked|tied|limited|specific|confined|applied|stored) (?:only )?to\b/i;
export const optOutScopeOnly = (s: string) => OPT_OUT_SCOPE_ONLY.test(s);

/**
 * Unsubscribing as the end of a period data is kept, not a way offered: "For example, we will
 * retain contact details when you subscribe to our newsletter until you choose to unsubscribe."
 * (Chayn), as "once you unsubscribe, we delete …" reads since the double reading of 2027-01-31.
 */
const KEPT_UNTIL_UNSUBSCRIBED =
  /\b(?:retain|keep|store|hold|maintain)\w*\b[^.;]{0,120}?\buntil (?:you |the user )?(?:choose to |decide to |ask to )?(?:unsubscribe|opt[- ]?out|withdraw)/i;
export const keptUntilUnsubscribed = (s: string) => KEPT_UNTIL_UNSUBSCRIBED.test(s);

/**
 * A limit on the rights grants none: "These rights may be limited, for example, if fulfilling your
 * request would reveal personal data about another person, or if you ask us to delete information
 * which we are required by law or have compelling legitimate interests to keep." (Grammarly: a
 * deletion right read from it).
 */
const RIGHTS_LIMITED =
  /^\W{0,3}(?:these|your|such|this|the above|those) (?:rights?|requests?) (?:may|might|can|could|will) (?:also )?be (?:limited|restricted|refused|denied)\b/i;
export const rightsOnlyLimited = (s: string) => RIGHTS_LIMITED.test(s);

/**
 * A cookie banner's control is not the account's settings: "You can withdraw your consent or manage
 * your preferences at any time through the Cookie Settings link at the bottom of the homepage of
 * our website." (Bandcamp, and Meetup's "Cookie Settings": an opt-out "in account settings"). Its
 * words are taken out before account settings are looked for; "link" still says the way, and the
 * control alone ("use the cookie settings provided in the Site", ironSource) is "in the site's
 * cookie settings".
 */
export const COOKIE_SETTINGS_WAY = "in the site's cookie settings";
export const COOKIE_SETTINGS_CONTROL =
  /\b(?:cookies?|consent) (?:settings|preferences)(?: (?:link|button|banner|tool|panel|page|cent(?:er|re)|manager))?\b/gi;

/**
 * The instructions in a message are its way out: "You can also unsubscribe from a notification by
 * following the instructions contained within the notification or here." (Myspace: "how not
 * stated").
 */
const INSTRUCTIONS_IN_THE_MESSAGE =
  /\bfollow(?:ing)? the (?:instructions|directions|steps) (?:contained |included |provided |given )?(?:in|within|at the (?:bottom|end) of) (?:the|each|any|that|every|such) (?:notification|e-?mail|message|newsletter|communication|text)s?\b/i;
export const INSTRUCTIONS_IN_THE_MESSAGE_WAY = "by following the instructions in the message";
export const instructionsInTheMessage = (s: string) => INSTRUCTIONS_IN_THE_MESSAGE.test(s);

/**
 * The user's right to deletion said as what the user can have done: "Deletion/erasure: You can have
 * your information deleted. In your settings, select “Delete your data and account” and follow the
 * instructions." (Pinterest, whose only deletion fact until the double reading of 2027-02-09 was
 * Grammarly's limit on the rights, read as a right). Not a denial, nor someone else's data.
 */
const YOU_CAN_HAVE_IT_DELETED =
  /\byou (?:can|may|have the right to|are entitled to) (?:also )?(?:have|get|ask to have|request to have) (?:your|all your|all of your) (?:personal )?(?:information|data|account(?: and data)?|content)(?: \w+){0,2} (?:deleted|erased|removed)\b/i;
export const HAVE_IT_DELETED_WORDS = /\b(?:deleted|erased|removed)\b/i;
export const youCanHaveItDeleted = (s: string) =>
  YOU_CAN_HAVE_IT_DELETED.test(s) && !DENIED.test(s);
