/**
 * Rules added after the blind double reading of 2027-02-13 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, clause or heading path, each gated on
 * plain words before its pattern runs; every repetition is bounded.
 */
import { OPEN_TO_EVERYONE } from "./read-since-2026-12-14";
import { clauseOpensOnFrameworkLabel } from "./read-since-2026-12-18";

/**
 * A transfer framework's binding arbitration in a clause that opens on the framework's name: "EU-U.S.
 * Data Privacy Framework, the UK Extension to the Data Privacy Framework and Swiss-U.S. Data Privacy
 * Frameworks. We comply with … Under certain conditions you may invoke binding arbitration when
 * other dispute resolution procedures have been exhausted." (WP Engine: "binding arbitration,
 * without a class-action waiver found", neutral, beside the framework's TRUSTe and FTC read as some
 * users' only, until the double reading of 2027-02-13). The clause's own label, not a heading over
 * it: the rule of 2026-12-14 keeps a heading from adding a concern. Not a sentence open to all.
 */
export const frameworkArbitration = (s: string, opening: string | undefined) =>
  opening !== undefined && clauseOpensOnFrameworkLabel(opening) && !OPEN_TO_EVERYONE.test(s);

/**
 * A line that only dates or numbers the policy: "Version 1.2, Effective November 1, 2023" (MDN
 * Plus, whose policy changes read "neutral: the policy speaks to this practice" on that line alone,
 * left as a classifier's tag by two audits and wrong again in the double reading of 2027-02-13). It
 * says when the text took effect, not how it changes: it does not count as the policy speaking to
 * its changes. A line that also says something ("… we may update it") is no such line.
 */
const DATE =
  /(?:[A-Z][a-z]{2,8}\.? \d{1,2}(?:st|nd|rd|th)?,? \d{4}|\d{1,2}(?:st|nd|rd|th)?(?: of)? [A-Z][a-z]{2,8},? \d{4}|[A-Z][a-z]{2,8},? \d{4}|\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[./]\d{1,2}[./]\d{2,4})/;
const VERSION_LINE = new RegExp(
  `^(?:(?:privacy (?:policy|notice|statement) )?(?:version|v\\.?) ?\\d{1,3}(?:\\.\\d{1,3}){0,2}[,;:–—-]? ?)?(?:(?:last )?(?:updated|modified|revised|amended)(?: on)?|effective(?: date| as of| from| on)?|date(?: of (?:last )?(?:update|revision))?)? ?[:–—-]? ?${DATE.source}\\.?$`,
  "i",
);
export const onlyAVersionLine = (text: string) => {
  const line = text.trim();
  return line.length <= 80 && /\d/.test(line) && VERSION_LINE.test(line) && /[a-z]/i.test(line);
};

/**
 * What another may do with the user's account, listed under a heading of administrators: "Receive
 * your account information in order to satisfy applicable law, regulation, legal process or
 * enforceable governmental request" under "Sharing your information › When Google shares your
 * information › With domain administrators", after "They may be able to:" (Gmail, Google Ads: read
 * as Google's disclosure in response to legal process until the double reading of 2027-02-13).
 * The administrator's power, not the company's disclosure. Not a sentence of the company's own.
 */
const ADMINISTRATORS_HEADING = /\badministrators?\b/i;
const THE_COMPANY_SPEAKS = /^\W{0,3}(?:we|our|us)\b/i;
export const administratorsItem = (s: string, heading: string) =>
  ADMINISTRATORS_HEADING.test(heading) && !THE_COMPANY_SPEAKS.test(s);

/**
 * The opt-out preferences the user set before, changed: "This will allow you to opt-out of
 * communications or to change previously submitted opt-out preferences." (ACDelco, after its
 * Consumer Preference System website; "You can also call 1-866-MYPRIVACY … or to change previously
 * submitted opt-out preferences"). The preferences are the choice itself, not a place to make it:
 * each read "in account settings" until the double reading of 2027-02-13. Taken out before the way
 * is read.
 */
const PREFERENCES_SUBMITTED_BEFORE =
  /\b(?:change|update|modify|revise|review)\w* (?:your |any |the )?previously (?:submitted|given|provided|set|expressed|stated|selected) (?:[\w-]+ ){0,2}?preferences\b/gi;
export const withoutPreferencesSubmittedBefore = (s: string) =>
  s.includes("previously") ? s.replace(PREFERENCES_SUBMITTED_BEFORE, "") : s;

/**
 * An opt-out by telephone: "You can also call 1-866-MYPRIVACY (1-866-697-7482) to opt-out of direct
 * mail communications" (ACDelco, "in account settings" until the double reading of 2027-02-13),
 * "call us toll-free at 1-800-…". A number to call, or a toll-free line, is the way.
 */
const BY_PHONE =
  /\b(?:call(?:ing)?|phon(?:e|ing)|telephon(?:e|ing)|dial(?:ing)?)\b(?: us| (?:our|the) [\w ]{1,40}?(?:line|team|department|center|centre|desk|office))?(?: toll[- ]free)?(?: at| on)?:? (?:\+?1[ -]?)?(?:\(?\d{3}\)?[ .-]?\d{3}[ .-]?\d{4}\b|8\d\d[ .-][A-Z0-9]{3}[ .-]?[A-Z0-9]{4}\b|1-8\d\d-[A-Z0-9-]{7,9})|\btoll[- ]free (?:number|line|at)\b/i;
export const BY_PHONE_WAY = "by phone";
export const byPhone = (s: string) => /\d/.test(s) && BY_PHONE.test(s);

/**
 * Consent withdrawn as a ground of another right, not an opt-out offered: "The personal data
 * processing is based on your consent and you withdraw your consent to the processing in question;"
 * (BankID, one of the grounds of erasure), "You may also request that your personal data be erased
 * if e.g. … if the processing is based on your consent and you withdraw your consent for a specific
 * process" (Wordfeud). Each was "an opt-out … how not stated" until the double reading of
 * 2027-02-13; each policy offers the withdrawal in a sentence of its own.
 */
const WITHDRAWAL_AS_A_GROUND =
  /\bbased on (?:your |their |the (?:data subject['’]s |user['’]s )?)?consent,? and (?:you |they |the data subject )?(?:have |has )?withdra\w* (?:your |their |the |this |that )?consent\b/i;
export const withdrawalAsAGround = (s: string) =>
  /withdr/i.test(s) && WITHDRAWAL_AS_A_GROUND.test(s);

/**
 * Notice of changes by a notice on the company's site, with other means only for some and unnamed:
 * "We will notify you of any significant change by providing a notice on our web site or, if you are
 * a customer, by whatever other means upon which we have mutually agreed." (WP Engine, "users are
 * notified directly" until the double reading of 2027-02-13). The notice everyone gets is posted.
 * Not where the sentence names a message of the user's own (an email, a notification).
 */
const NOTICE_ON_THE_SITE =
  /\b(?:providing|posting|placing|displaying|publishing|giving|by) (?:a |an )?(?:prominent |conspicuous )?notice (?:on|at|via|through) (?:our|the|this) (?:web ?sites?|sites?|services?|home ?page|web ?pages?|pages?)\b/i;
const MESSAGE_OF_ONES_OWN =
  /\b(?:e-?mail\w*|in-app|push|notifications?|text messages?|sms|letters?|direct\w*|in writing|your account|send(?:ing)? you|contact(?:ing)? you)\b/i;
export const noticeOnlyOnTheSite = (s: string) =>
  /notice/i.test(s) && NOTICE_ON_THE_SITE.test(s) && !MESSAGE_OF_ONES_OWN.test(s);

/**
 * Providers forbidden a use of their own: "These agents and contractors may not use your personal
 * data for their own marketing purposes." (Wordfeud, "shared with service providers, limits not
 * stated" until the double reading of 2027-02-13). A limit on the recipients, as "not permitted
 * to" is. Read only in a sentence the providers' rule already reads.
 */
const MAY_NOT_USE =
  /\b(?:they|these|such|the|our|those)? ?(?:(?:third[- ]party )?service providers?|vendors?|contractors?|agents|processors?|subprocessors?|they)\b[^.;]{0,30}? (?:(?:may|must|shall|can) not|cannot|can['’]t|mustn['’]t|are not (?:permitted|allowed|authori[sz]ed) to) (?:use|process)\b/i;
// The recipients are the subject, not the company ("Bitwarden will not share … unless you have
// consented" is a denial of the company's, with an exception).
export const providersForbiddenAUse = (s: string) =>
  / not |n['’]t /.test(s) && MAY_NOT_USE.test(s) && !/^\W{0,3}we\b/i.test(s);

/**
 * Advertisers that combine the site's tracking data with their own to identify the user: "However,
 * data tracking files used by us may also be used by these advertisers and, when combined with
 * other information held by them, be used to identify you personally." (WP Engine, after ad servers
 * that "compile information about you"; third parties and use neutral until the double reading of
 * 2027-02-13). The data goes into the advertisers' own holdings: shared for others' advertising, as
 * third parties' own profiles are (2027-02-07). Not a denial, nor data that identifies no one.
 */
const ADVERTISERS_COMBINE =
  /\b(?:used|accessed|shared|read) by (?:these |such |the |those |our |other |third[- ]party )?(?:advertisers|ad(?:vertising)? (?:networks|partners|companies|servers))\b[^.;]{0,80}?\bcombined with (?:other |their own )?(?:information|data)(?: (?:held|collected|obtained) by them| (?:they|that they) (?:hold|have|collect\w*|obtain\w*))\b/i;
export const ADVERTISERS_COMBINE_WORDS = /\bcombined with\b/i;
export const advertisersCombineTheData = (s: string) =>
  ADVERTISERS_COMBINE_WORDS.test(s) &&
  ADVERTISERS_COMBINE.test(s) &&
  !/\b(?:not|never|no)\b|n['’]t\b|\b(?:aggregated?|anonymi[sz]ed|de-?identified|non-?personal)\b/i.test(
    s,
  );

/**
 * A deletion request refused where the data is still needed, by the company or its providers: "We
 * may deny your deletion request if retaining the information is necessary for us or our service
 * provider(s) to:" (WP Engine, California's wording; "shared with service providers, limits not
 * stated" until the double reading of 2027-02-13). It keeps data; it gives none to anyone.
 */
const DELETION_REFUSED_FOR_PROVIDERS =
  /\b(?:deny|denies|refuse|refuses|decline|declines|reject|rejects)\b (?:your |a |the |any |such |that )?(?:deletion |erasure |delete )?requests?\b[^.;]{0,60}?\b(?:retain\w*|keep\w*|maintain\w*)\b[^.;]{0,80}?\bservice providers?\b/i;
export const deletionRefusedForProviders = (s: string) =>
  /request/i.test(s) && DELETION_REFUSED_FOR_PROVIDERS.test(s);

/**
 * A denial of giving advertisers only what identifies the user, and only until the user asks: "We
 * don’t share information that personally identifies you with advertisers, such as your name or
 * email, unless you ask us to." (Gmail, Google Ads: "not shared for others' marketing" until the
 * double reading of 2027-02-13, beside "specific partners to collect information … for
 * advertising"). It says nothing of the rest of the data, and no general denial.
 */
const IDENTIFYING_DATA_UNTIL_ASKED =
  /\b(?:information|data) that (?:personally )?identif(?:ies|y) (?:you|users|individuals)\b[^.;]{0,120}?\bunless (?:you|users|the user) (?:ask|request|direct|instruct|give|consent|authori[sz]e|tell)/i;
export const identifyingDataOnlyUntilAsked = (s: string) =>
  /unless/i.test(s) && IDENTIFYING_DATA_UNTIL_ASKED.test(s);

/**
 * An age range of older minors, not the children's threshold: "GM may collect or process Personal
 * Information from children at least 13 years of age but not yet 16 years of age to deliver
 * products and services." (ACDelco: two "under 13" facts until the double reading of 2027-02-13,
 * beside its real "children under the age of 13"). Teenagers' consent to a sale, said of an age
 * band: no age threshold of the service.
 */
const AGE_BAND =
  /\b(?:at least|aged?|between|over|older than) (?:the age of )?\d{1,2}(?: years)?(?: of age| old)?,? (?:but |and )?(?:not yet|under|younger than|less than|below|to|and|through) (?:the age of )?\d{1,2}\b/i;
/** A threshold that varies by country ("generally varies from 13 to 16", Dailymotion) is one. */
const THRESHOLD_VARIES = /\bvar(?:y|ies|ying)\b|\bdepend\w*\b|\bdiffers?\b/i;
// Only where the band is the sentence's only age: "under 13 …; between 13 and 16 …" keeps its 13.
export const ageBandOnly = (s: string) =>
  /\d/.test(s) &&
  AGE_BAND.test(s) &&
  !THRESHOLD_VARIES.test(s) &&
  !/\b\d{1,2}\b/.test(s.replace(AGE_BAND, ""));

/**
 * A signal's earlier setting not carried over, not the signal ignored: "We will not honor a prior
 * web browser setting if you disable GPC in the web browser used to access our websites between
 * visits" (ACDelco, whose same clause honours GPC on each visit: "Global Privacy Control: not
 * honoured" until the double reading of 2027-02-13).
 */
const PRIOR_SETTING_NOT_HONOURED =
  /\bnot (?:honou?r|respect|recogni[sz]e|apply|carry over) (?:a |any |your |the )?(?:prior|previous|earlier|past) (?:[\w-]+ ){0,3}?(?:settings?|preferences?|choices?|signals?)\b/i;
export const priorSettingNotHonoured = (s: string) =>
  /\b(?:prior|previous|earlier|past)\b/i.test(s) && PRIOR_SETTING_NOT_HONOURED.test(s);

/**
 * Advice to the user to delete, not the company's deletion: "If you sell or otherwise transfer your
 * vehicle, we strongly encourage you to delete all Personal Information (such as contacts, address
 * searches, saved map addresses) stored in the vehicle …" (ACDelco: "deleted when the account is
 * closed" until the double reading of 2027-02-13).
 */
const ADVISED_TO_DELETE =
  /\b(?:encourage|recommend|advise|suggest|urge|ask|remind)s? (?:you|users|customers|owners) to (?:(?:also|first|always) )?(?:delete|erase|remove|wipe|clear)\b/i;
export const advisedToDelete = (s: string) => ADVISED_TO_DELETE.test(s);

/**
 * The services the user signs in to, not the company's providers: "When you use your BankID in an
 * e-service, your personal data is shared with the e-service provider with whom you use BankID",
 * "E-service providers process personal data as data controllers according to their own terms"
 * (BankID: each "shared with service providers" until the double reading of 2027-02-13). An
 * e-service provider is the other party of the user's own transaction. A sentence that also names
 * the company's providers still reads.
 */
const E_SERVICE_PROVIDERS = /\be-services? providers?\b/gi;
const PROVIDERS_NAMED =
  /\b(?:service providers?|vendors?|contractors?|agents|processors?|subprocessors?)\b/i;
export const eServiceProvidersOnly = (s: string) =>
  /e-service/i.test(s) && !PROVIDERS_NAMED.test(s.replace(E_SERVICE_PROVIDERS, ""));

/**
 * A list's lettered label: "(a) Service providers.", "(c) E-service providers." (BankID, each read
 * as sharing until the double reading of 2027-02-13). A label names whom the items below are about.
 */
const LETTERED_LABEL = /^\W{0,2}\(?(?:[a-z]|\d{1,2}|[ivx]{1,4})[).]\s+[\w’' -]{2,50}?[.:]?$/i;
export const letteredLabel = (s: string) =>
  s.length <= 60 && LETTERED_LABEL.test(s.trim()) && s.trim().split(/\s+/).length <= 6;

/**
 * Providers given data only as they need it: "Your personal data is stored on systems that are
 * only available to the Bank, our employees and the service providers who need the data for the
 * performance of their tasks" (BankID, "limits not stated" until the double reading of
 * 2027-02-13). A need-to-know limit, as "need to know" is.
 */
const PROVIDERS_WHO_NEED_IT =
  /\b(?:service providers?|vendors?|contractors?|processors?)\b (?:who|that|which) (?:need|require)s? (?:the|that|this|such|your|access to (?:the|that|this|such|your)) (?:personal )?(?:data|information)\b/i;
export const providersWhoNeedIt = (s: string) =>
  /\bneed|require/i.test(s) && PROVIDERS_WHO_NEED_IT.test(s);
