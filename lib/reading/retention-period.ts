import { asWritten } from "./as-written";
import { likeAnExampleBefore, opensOnWhom } from "./read-since-2026-12-12";
import { periodStartSaidOtherwise } from "./read-since-2026-12-14";
import { cookieLifetime } from "./read-since-2026-12-20";
import { A_USERS } from "./read-since-2027-01-23";
import { mostOfTheData } from "./read-since-2027-02-01";

const NUMBER_WORDS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  eighteen: 18,
  twenty: 20,
  thirty: 30,
  sixty: 60,
  ninety: 90,
  forty: 40,
  fifty: 50,
  seventy: 70,
  eighty: 80,
};
/**
 * A number in figures or words, "thirty-six" whole: read from "six" it was 6 months in
 * "thirty-six (36) months". One capturing group, the number as written.
 */
export const NUMBER =
  "(\\d{1,4}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|eighteen)";
/** The units a period is counted in, from hours ("within 48 hours", WeTransfer) to years. */
export const UNIT = "(hours?|days?|weeks?|months?|years?)";
/**
 * A period: the number (in words, then figures if given: "five (5)"), calendar or business, the
 * unit. "a year", "a month" count as one ("stored for a year"), but not a frequency or a part:
 * "once a year", "24 hours a day", "half a year", "at least once every 12 months" (Revcontent:
 * how often a list is updated; "purged … every 24 hours" stays a period).
 */
const DURATION = new RegExp(
  `(?<!\\b(?:once|twice|thrice|times|half|hours|days|weeks|months|per) )(?<!\\b(?:once|twice|thrice|times) every )\\b(?:(?:one|two|three|four|five|six|seven|eight|nine) hundred (?:and )?)?${NUMBER.replace("(", "(an?(?= (?:calendar |business )?(?:hour|day|week|month|year)\\b)|")}(?: \\((\\d{1,4})\\))?[ -](calendar |business )?${UNIT}\\b`,
  "i",
);
const toNumber = (n: string) => {
  const [tens, ones] = n.toLowerCase().split("-");
  return ones
    ? (NUMBER_WORDS[tens!] ?? NaN) + (NUMBER_WORDS[ones] ?? NaN)
    : (NUMBER_WORDS[tens!] ?? Number(n));
};
/**
 * The figures when the policy gives them beside the words ("one hundred and eighty (180) days"),
 * else the number read, with its hundreds.
 */
const numberOf = (m: RegExpExecArray) => {
  if (m[2]) return Number(m[2]);
  const hundreds = /^(\w+) hundred/i.exec(m[0]);
  return (hundreds ? (NUMBER_WORDS[hundreds[1]!.toLowerCase()] ?? NaN) * 100 : 0) + toNumber(m[1]!);
};

// Not "such as", which names the data itself: "Some technical data, such as log data, is kept for
// 30 days" (Viber).
/** "our content": the company's own, not data about the user. */
const OUR_CONTENT_BEFORE = /\b(?:with|to|on|of|from) our\s+$/i;
const AN_EXAMPLE = /\bincluding( your| the| their)?\s+$/i;
/**
 * The kinds of data a period can be about, each a flat alternation of words; "Log in data" since
 * 2027-02-07 (WeChat's "Log in data is retained for no longer than 3 months", read as all data),
 * and the logs of one kind since 2027-02-13 (Wordfeud's "chat logs are deleted 72 hours after …",
 * read as "logs").
 */
const DATA_OBJECT =
  /\b(log[- ]?in (?:data|information|details)|backups?|back-up copies|archives?|log files?|log data|(?:server|chat|access|audit|error|event|activity|call|connection) logs|logs|account (data|information)|personal (data|information)|payment (data|information)|billing (data|information|records)|transaction records|cookies?|messages?|chats|snaps|((cookie|persistent|device|unique|online|advertising|associated) )?identifiers|attachments|content|files|ip address(es)?|search (queries|history)|queries|(chat |call )?transcripts|usage data|analytics data|location data|voice recordings|recordings|call detail records|call records|data|information)\b(?![ -](protection|controllers?|subjects?|processors?)\b)/gi;
// Not "Data" of "Privacy and Data Protection Laws" (Nissan), a data controller or data subject.
const VIA_COOKIES =
  /\b(information|data) (collected|gathered|obtained|received|stored) (via|by|through|using|with|from|in) (the )?$/i;
const POINTS_BACK_TO_DATA = /\b(such|this|that|these|those|the same)\b[^.;]{0,50}$/i;
/**
 * A period given for an example case is not the policy's own: "(for example, if there is a
 * payment dispute for a paid feature, we might need to keep personal information for 6 years to
 * resolve it)" (Badoo) says how long a dispute may last, not how long data is kept.
 */
const EXAMPLE_CASE = /\b(for example|for instance|e\.g\.),? if\b/i;
/** Data in general, rather than one kind of it: a period for these is the policy's own. */
const GENERAL = /^(personal )?(data|information)$/i;
/**
 * A verb of deletion leading up to the period: "deleted after", "delete your data within",
 * "deleted approximately 24 hours after unenrollment" (Verizon), "purged from our servers every 24
 * hours" (Spam.org: nothing stays longer), "delete the data and documents you provide in your
 * application via XING after a period of 6 months".
 */
const DELETED_WITHIN =
  /\b(delet|eras|purg|destroy|anonymi[sz]|remov)\w*\b[^.;,]{0,60}\bwithin\s+$/i;
/**
 * The time a user has to do something is not how long data is kept: "you can choose to delete a
 * message for all participants within at least 48 hours after sending" (Telegram); nor the time
 * before something happens if the user does not act, "if you do not reinstall it within
 * subsequent two weeks your account may be deactivated" (Viber: the account is put out of use,
 * not its data deleted, and only if the app is not reinstalled).
 */
const USERS_WINDOW =
  /\byou (can|may|could|have|are able to|will be able to)\b[^.;]{0,70}\bwithin( at least| up to)?\s+$|\b(if|unless) you (do not|don't|did not|didn't|fail to)\b[^.;]{0,60}\bwithin( the)?( subsequent| next| following)?\s+$/i;
const DELETED_AFTER =
  /\b(delet|eras|purg|destroy|anonymi[sz]|remov)\w*\b[^.;,]{0,80}\b(after|in|every)( a period of)?\s+$|\b(delet|eras|purg|destroy|anonymi[sz]|remov)\w*( (approximately|about|around|roughly|automatically|permanently|typically|usually|generally))?\s+$|\b(delet|eras|purg|destroy|anonymi[sz]|remov)\w*, [^.;]{0,40}\b(after|in)\s+$/i;
/** A verb of deletion shortly before the period: "is removed from our databases 30 days after deletion". */
const REMOVED_BEFORE = /\b(delet|eras|purg|destroy|remov)\w*\b[^.;,]{0,40}$/i;
/** The period, then the verb that keeps what follows: "(typically 10-14 days) store log data". */
const KEPT_NEXT =
  /^\W{0,3}\s*(we |it |they )?(store|stores|keep|keeps|retain|retains|hold|holds|log|logs)( (your|the|all|such|this|these|any))?\s+$/i;
/**
 * Words before the data that say it identifies no one: "anonymized information", "aggregated and
 * de-identified data", "non-personally identifiable query data" (Cloudflare), and the "non-" of
 * "non-personal information" read as "personal information" (Polyfill.io).
 */
const NON_PERSONAL_BEFORE =
  /\b(anonymi[sz]ed|anonymous|aggregated?|de-?identified|non-?personal(?:ly identifiable)?|non-identifiable|statistical)(?: (?:and|or) (?:anonymi[sz]ed|anonymous|aggregated?|de-?identified|non-?personal))?(?: (?!(?:and|or|the|an?|your|our|their|this|that|these|those|its|of|to|for|from|with|such|all|any)\b)[a-z]+)?\s+$|\bnon-$/i;
/**
 * Data named as the form something is kept in, not what is kept: "Call Detail Records … are kept
 * as a raw data for 24 months" (Viber) keeps Call Detail Records; "such as" and "as well as" name
 * the data itself, and "as data is not retained" gives a reason.
 */
const AS_FORM = /\bas (an? ([\w-]+ )?|[\w-]+ )$/i;
const NOT_FORM =
  /\b(such|well|soon|long) as (an? )?([\w-]+ )?$|\bas (your|the|our|their|this|these|that|those|any|all|its|his|her|such) $/i;
/**
 * Words before the period that make it one of inactivity ("not" or "n't": Tinder's "if you don’t
 * log in for 2 years following the suspension period, your data is deleted"): "if you … do not come online for at
 * least 18 months" (Telegram), "If you have been inactive on our services for a period of 48
 * months" (Viaplay). A bounded gap, no sentence end, between them and the period.
 */
// Since the double reading of 2027-02-17 also a time without contact: "If we don’t have any
// contact with you for a long period (typically 3 years), … data are deleted or anonymised" (Philip
// Morris International, whose summary read "data is kept for 3 years").
const INACTIVE_BEFORE =
  /(\b(inactiv\w*|dormant|stop(ped)? using|no (activity|login|log-in|use|contact with (you|us)))|(\bnot|n['’]t) ((come|been|be) (online|active)|been used|(log|logged|sign|signed) (in|on|into)|(use|used|access|accessed) (it|them|the|your|our|their|this|any)|(have|had) (any )?contact with (you|us)))\b[^.;]{0,50}$/i;
/** Words after the period that make it one of inactivity: "After 24 months of inactivity" (happn). */
const INACTIVE_AFTER = new RegExp(
  `^\\s*(?:and ${NUMBER}(?: \\(\\d{1,4}\\))? ${UNIT} )?(?:of|without) (?:continuous |account |user |any )?(?:inactivity|non-?use|activity|use|login|log-in|logging in)\\b`,
  "i",
);
/** A condition the period is part of: "If your account is inactive for over two years, we still store …". */
const CONDITION = /\b(if|when|once|after)\b[^.;,]{0,60}$/i;
/** A verb that ends the data or the account: after a period of inactivity it is deleted, not kept. */
const ENDS = /\b(delet|eras|purg|destroy|anonymi[sz]|remov|clos)\w*/i;
/** The account said to be deleted or closed: "the Account will be deleted", "we will delete your account". */
const ACCOUNT_ENDED =
  /\baccounts?\b[^.;]{0,30}\b(delet|eras|remov|clos|terminat|purg)\w*|\b(delet|eras|remov|clos|terminat|purg)\w*( \w+){0,3} (the |your |an |their )?accounts?\b/i;

/**
 * Words before "data" or "information" that name no kind of it: determiners, pronouns,
 * prepositions, auxiliaries and the verbs that keep, delete or gather it ("retain data").
 */
const NOT_A_KIND =
  /^(a|an|the|this|that|these|those|such|said|aforementioned|above-mentioned|any|all|each|every|no|some|certain|other|more|less|most|much|same|following|relevant|respective|limited|further|additional|own|your|our|their|its|his|her|my|we|you|they|it|us|them|of|to|for|from|with|in|on|at|by|about|as|into|than|like|including|and|or|but|nor|is|are|was|were|be|been|will|may|can|must|shall|would|could|should|might|do|does|did|has|have|had|not|retains?|retaining|keeps?|keeping|stores?|storing|holds?|holding|maintains?|maintaining|deletes?|deleting|erases?|erasing|purges?|purging|destroys?|destroying|removes?|removing|collects?|collecting|process|processes|processing|uses?|using|shares?|sharing|discloses?|disclosing|anonymi[sz]es?|anonymi[sz]ing|aggregates?|aggregating|obtains?|obtaining|receives?|receiving|gets?|getting|provides?|providing|saves?|saving|transfers?|transferring|sends?|sending|sells?|selling|needs?|requires?|requiring|archives?|archiving|includes?|containing|contains?|generates?|generating|de-identifies|analy[sz]es?|analy[sz]ing|accesses|accessing|records?|related|associated)$/i;
/**
 * Words before "data" that say only some of it is meant: "some data", "this data", "the data";
 * "The database entries containing personal data are retained for 13 months" (Vinted) keeps
 * the entries that hold some of it; "quiz results and associated information" (Bumble) some of it.
 */
const SOME_OF_IT =
  /^(the|this|that|these|those|such|said|aforementioned|above-mentioned|some|certain|limited|relevant|respective|following|containing|associated|related)$/i;
/** Part of someone's data: "Some of the Member’s data … will be retained for one year" (happn). */
const PART_OF =
  /\b(some|certain|part|parts|any|one|portions?) of (the |your |our |their |a )?[\w-]+['’]s?$/i;
/**
 * Words right after "data" that say which data: a restrictive relative clause ("data that you
 * …", "information which we …"; after a comma it describes all of it) or a participle or
 * purpose ("personal data collected and used for this purpose").
 */
const WHICH_DATA =
  /^\s+(that|which|who|whom|whose|collected|used|processed|provided|gathered|obtained|generated|logged|received|related|relating|associated|necessary|needed|required|concerning|regarding|indicating|containing|including|describing|about|of|from|for (?:this|that|these|those|such|the) purposes?)\b/i;
/**
 * A sentence that points back to a case or purpose stated before it: "Your data is removed from
 * the mailing list when you cancel your subscription. Your personal data is consequently deleted
 * within 24 hours" (noyb) is a period for subscribers who cancel, not for all personal data;
 * "Personal data is kept for this purpose for 3 months" (Vinted) for one purpose.
 */
const POINTS_BACK_TO_CASE =
  /\b(consequently|accordingly|as a result|therefore|thus|hence|thereafter|in (?:this|that|such|these|those|which|either) (?:case|cases|event|situation)|for (?:this|that|these|those|such) purposes?)\b/i;
/**
 * A sentence that opens on a case is a period for that case: "If verification is carried out by
 * iDenfy, your data will be stored for two months" (Hetzner). Not when the case is the account's
 * end, whose period is for all the data: "If you close your account, we delete your data …".
 */
// A clause's own number before it, "3.4 In case you grant consent for marketing purposes …, we
// retain your personal data for 1 year …" (Uschovna, read whole since the audit of 2026-12-11).
const OPENS_ON_CASE = /^\W*(\d{1,3}(\.\d{1,3}){0,3}\.?\s{1,4})?(if|in case|in the event)\b/i;
const ACCOUNT_ENDS_CASE =
  /^[^,;]{0,80}\b(clos|delet|terminat|cancel|deactivat)\w* (your|the|an|their|his|her) (account|subscription|membership|contract)/i;

/**
 * Data in general narrowed to one kind or part of it: the words before it that name a kind
 * ("Customer CRM Data", "Geolocation Data", "biometric data", at most two), else "some …" when
 * a determiner, the words after it or a sentence pointing back to a case say only some of it is
 * meant. Null when the sentence means data in general ("your personal data", "data is retained
 * for up to two years").
 */
/**
 * "Information" said to be about something, between it and its period: "information on the
 * existence of past accounts and subscriptions for three years after the closure of your last
 * account" (Tinder) is kept about past accounts, not information in general. Read only up to the
 * period, within one clause.
 */
const ABOUT_BEFORE_PERIOD =
  /^ (on|about|regarding|concerning|relating to) ([^,;:.()]{3,80}?) (?:(?:is|are|will be|may be) )?(?:(?:kept|retained|stored|held) )?(?:for|until|up to|during)\s*$/i;
function dataAbout(sentence: string, object: RegExpExecArray, period: number): string | null {
  const end = object.index + object[0].length;
  if (period <= end) return null;
  const m = ABOUT_BEFORE_PERIOD.exec(sentence.slice(end, period));
  return m ? `${asWritten(sentence, object.index, object[0])} ${m[1]} ${m[2]}` : null;
}

function dataOfOneKind(sentence: string, object: RegExpExecArray): string | null {
  const words = sentence.slice(Math.max(0, object.index - 40), object.index).split(" ");
  words.pop(); // the empty string after the last space, or a cut word with no space before "data"
  let start = object.index;
  let taken = 0;
  for (let i = words.length - 1; i >= 0 && taken < 2; i--) {
    const w = words[i]!;
    // An adverb in lower case is no name ("typically data"); "Automatically Collected Information" is.
    if (!/^[A-Za-z][A-Za-z-]*$/.test(w) || NOT_A_KIND.test(w) || /^[a-z]+ly$/.test(w)) break;
    start -= w.length + 1;
    taken++;
  }
  if (taken)
    return asWritten(sentence, start, sentence.slice(start, object.index + object[0].length));
  // "… incident management.The data is retained": the word after the last stop.
  const last = (words[words.length - 1] ?? "").split(/[^A-Za-z-]/).pop() ?? "";
  const after = sentence.slice(
    object.index + object[0].length,
    object.index + object[0].length + 40,
  );
  const inCase = OPENS_ON_CASE.test(sentence) && !ACCOUNT_ENDS_CASE.test(sentence);
  if (
    SOME_OF_IT.test(last) ||
    PART_OF.test(words.slice(-4).join(" ")) ||
    WHICH_DATA.test(after) ||
    POINTS_BACK_TO_CASE.test(sentence) ||
    inCase ||
    opensOnWhom(sentence)
  )
    return `some ${asWritten(sentence, object.index, object[0])}`;
  return null;
}

/** A message not delivered: "If a message cannot be delivered immediately", "still undelivered". */
const UNDELIVERED =
  /\b(cannot|can['’]t|could not|couldn['’]t|can not|is not|isn['’]t|was not|has not been|not yet) (be |been )?delivered\b|\bundelivered\b/i;
/**
 * A backup system or its copies as what keeps the data: "back-up systems may retain residual
 * copies", or a table row on backups, "Backup to protect and restore data — All categories of
 * personal data … — 30 days from when the event is logged" (Kivra).
 */
const BACKUP_KEEPER =
  /\b(back-?up|backup) (systems?|copies|storage|media|servers?|tapes?|files)\b|\bresidual copies\b|\bin (our |the )?(back-?ups|backup)\b|^\W{0,3}back-?ups?\b/i;

/** A clause that is not the period's: "…, unless", "…, except", "; …". */
const CLAUSE_BREAK = /[,;]\s*(unless|except|but|while|whereas)\b|;/i;
/**
 * "after the 90 days" points back to a period stated before; "within the preceding 12 months",
 * "over the past 12 months" (Palantir, Revcontent: what a law asks a company to disclose), "during
 * the last ten (10) years" look back over a time: none is how long data is kept.
 */
const POINTS_BACK = /\b(after|beyond|past|following|within) the\s+$/i;
const LOOKS_BACK = /\b(past|preceding|previous|last)\s+$/i;
/**
 * How long something has lasted so far, in a sentence that names no data: "We have held true to
 * our values of integrity, authority and independence for more than 130 years" (Financial
 * Times) is the company's age, not a period data is kept. A present perfect, then "for".
 */
const LASTED_SO_FAR =
  /\b(have|has|['’]ve)( \w+ly)? (been|held|kept|had|run|grown|built|done|served|worked|\w+ed)\b[^.;]{0,120}\bfor( more than| over| nearly| almost| about| some| well over)?\s+$/i;
/** An age, not a period: "children under 16 years", "persons under 13 years-of-age". */
const AGE_BEFORE = /\b(under|below|aged?)\s+$/i;
const AGE_AFTER = /^[ -](of[ -]age|old)\b/i;
/**
 * "it takes up to 90 days … to delete your information", "we may require up to sixty (60) days to
 * fully remove your postal mail information" (Shockwave): the time deletion takes, not a period.
 */
const TAKES = /\b(takes?|taking|requires?|need|needs)\b[^.;]{0,20}$/i;
const TO_DELETE = /^[^.;]{0,60}\bto (\w+ly )?(delete|erase|remove|purge|destroy)\b/i;
/**
 * The audit of 2026-12-10: "Please allow five (5) business days to be removed from all email
 * communications" (Bitwarden, read "kept for 5 business days", its protective headline) is the time
 * a removal takes, not a period data is kept.
 */
const ALLOW_BEFORE = /\ballow\b[^.;]{0,20}$/i;
const TO_BE_REMOVED =
  /^[^.;]{0,60}\bto be (?:\w+ly )?(?:deleted|erased|removed|purged|destroyed|unsubscribed)\b/i;
/**
 * A most: "up to", "a maximum period of five (5) years" (Lydia), "The maximum retention time is ten
 * (10) years" (Finnair, read "kept for 10 years" until the double reading of 2027-01-31), and "more than" denied, "not more than 180 days" (IGN), "we do not retain
 * personal data for more than 25 months" (Firefox).
 */
const UP_TO =
  /\b(up to|no longer than|no more than|a maximum of|at most|maximum of|(a |the )?maximum (retention |storage )?(period|time) (of|is|shall be|will be))\s+$|\b(not|never)\b[^.;]{0,50}\b(longer|more) than\s+$/i;
const AT_LEAST = /\b(at least|a minimum of|minimum of)\s+$/i;
/** "We may keep your personal data for longer than 5 years" (Kraken): the qualifier as written. */
const MORE_THAN = /\b(longer than|more than|in excess of)\s+$/i;
/**
 * The lower end of a range before its upper end, in the upper end's unit: "between 3 and 6
 * months", "from 1 to 3 years", "five (5) to twenty (20) years" (Lydia), "10-14 days". Flat
 * alternations, the number at the lead's end.
 */
const RANGE_FROM = new RegExp(
  `(?:\\bbetween ${NUMBER}(?: \\(\\d{1,4}\\))? (?:and|to) |\\b${NUMBER}(?: \\(\\d{1,4}\\))? to |\\b(\\d{1,4}) ?[-–] ?)$`,
  "i",
);
/** "between 90 days and 1 year" (Blizzard): a period after "and" closes the range. */
const RANGE_TO = /^ and (?:up to )?/i;
/**
 * A sentence that opens on the period and deletes in the clause after it: "After 60 days, the
 * account will be permanently deleted" (Bing), "After 3 months, we permanently delete your
 * account" (Vinted). The period is when it goes, not how long it stays.
 */
const OPENS_AFTER = /^\W{0,3}after\s+$/i;
const DELETES_NEXT = /^\s*,[^.;]{0,60}?\b(delet|eras|purg|destroy|anonymi[sz]|remov)\w*/i;
/** A period's length in hours, to order the ends of a range: a month as 30 days, a year as 365. */
const HOURS = { hour: 1, day: 24, week: 168, month: 720, year: 8760 } as const;
const hoursOf = (n: number, unit: RetentionPeriod["unit"]) => n * HOURS[unit];

export type RetentionPeriod = {
  n: number;
  unit: "hour" | "day" | "week" | "month" | "year";
  /** "business " or "calendar " days, as the policy counts them; else "". */
  counted: string;
  /**
   * The upper end when the policy gives a range, "between 90 days and 1 year": n, unit and
   * counted are then its lower end, and the range is said whole.
   */
  to?: { n: number; unit: RetentionPeriod["unit"]; counted: string };
  /** Whether the period has no upper end: "for at least 2 years", "longer than 5 years" (Kraken). */
  open?: boolean;
  /** What the period is about, in the policy's words ("search queries"); null when unsaid. */
  what: string | null;
  /** Whether `what` is data in general (or unsaid, or the whole account) rather than one kind of data. */
  general: boolean;
  /** Whether the data is said to identify no one ("anonymized information"): not the data rated. */
  anonymous?: boolean;
  /** Whether it is copies a backup system keeps ("residual copies of your deleted Content"), not the data. */
  backup?: boolean;
  /** What happens at the end of it: "kept for", "kept for up to", "deleted after", … */
  action: string;
  /** When the period starts, if not now: "after your last interaction", "after the relationship ends". */
  from?: string;
  /**
   * Whether the period is one of inactivity: "the account is deleted after 24 months of
   * inactivity" says how long an unused account lasts, not how long data is kept while in use.
   */
  inactive?: boolean;
};

const lengthText = (p: { n: number; unit: string; counted: string }) =>
  `${p.n} ${p.counted}${p.unit}${p.n === 1 ? "" : "s"}`;
/** "90 days", or a range whole: "between 90 days and 1 year", "between 10 and 14 days". */
export const durationText = (p: RetentionPeriod) =>
  !p.to
    ? lengthText(p)
    : p.to.unit === p.unit && p.to.counted === p.counted
      ? `between ${p.n} and ${lengthText(p.to)}`
      : `between ${lengthText(p)} and ${lengthText(p.to)}`;

/**
 * The period a sentence states and what it applies to. The data named nearest before the period
 * is its subject ("personal data you may input as part of search queries is deleted after 90
 * days": search queries), else the first named after it ("we keep for 30 days the logs …").
 */
export function readRetentionPeriod(sentence: string): RetentionPeriod | null {
  const m = DURATION.exec(sentence);
  return m ? periodAt(sentence, m).period : null;
}

const EVERY_DURATION = new RegExp(DURATION.source, "gi");
/**
 * Every period a sentence states, each with what it applies to: "we retain personal data processed
 * for customer support purposes … for a maximum of three (3) years …, and we retain personal data
 * processed for compliance with legal obligations for a maximum of five (5) years" (Evernote) is
 * two. The other end of a range is no period of its own.
 */
export function readRetentionPeriods(sentence: string): RetentionPeriod[] {
  const periods: RetentionPeriod[] = [];
  let past = 0;
  let last: RetentionPeriod | null = null;
  for (const m of sentence.matchAll(EVERY_DURATION)) {
    if (m.index < past) continue;
    // Part of the period before: "eighteen (18) months and seven (7) days" (Vinted) is one, and
    // "for one year after an Account has been inactive for 24 months" (happn) counts from the other.
    const between = sentence.slice(past, m.index);
    if (past > 0 && (/^\s*and\s*$/i.test(between) || last?.from?.includes(m[0]))) {
      past = m.index + m[0].length;
      continue;
    }
    // A later period's data is named after the one before it, never borrowed from its clause.
    const { period: read, end } = periodAt(sentence, m, past);
    past = end;
    // A second deletion with no data of its own is of the data before it: "deleted
    // … within 48 hours from the expiration you selected if …, or otherwise within 1 year after
    // expiration" (WeTransfer's Content).
    const before = last as RetentionPeriod | null;
    const period: RetentionPeriod | null =
      read &&
      !read.what &&
      before?.what &&
      read.action === before.action &&
      /^deleted/.test(read.action)
        ? { ...read, what: before.what, general: before.general }
        : read;
    // The same length said again of data pointed back to is the same period: "stored for a maximum
    // of five years from the date of last activity, but we are not obligated to store such data
    // for the entire five year period" (Myspace) is one period, not "some data kept for 5 years".
    const again =
      period &&
      periods.some((p) => p.n === period.n && p.unit === period.unit) &&
      POINTS_BACK_TO_DATA.test(sentence.slice(Math.max(0, m.index - 60), m.index));
    if (period && !again) periods.push(period);
    last = period;
  }
  return periods;
}

/** The period one match states, and where its words (a whole range) end in the sentence. */
function periodAt(
  sentence: string,
  m: RegExpExecArray | RegExpMatchArray,
  dataFrom = 0,
): { period: RetentionPeriod | null; end: number } {
  const at = m.index ?? 0;
  const none = { period: null, end: at + m[0].length };
  if (!m[1] || !m[4]) return none;
  const read = numberOf(m as RegExpExecArray);
  if (!Number.isFinite(read) || read <= 0) return none;
  const unit = m[4].toLowerCase().replace(/s$/, "") as RetentionPeriod["unit"];
  const range = rangeOf(sentence, m as RegExpExecArray, read, unit);
  // "between 3 and 6 months": the period read is the upper end; the lower end stands before it.
  const n = range?.n ?? read;
  // The words around the period are those around the whole range.
  const start = range?.start ?? at;
  const end = range?.end ?? at + m[0].length;
  const period = periodAround(sentence, { n, unit, range, start, end, counted: m[3], dataFrom });
  return { period, end };
}

function periodAround(
  sentence: string,
  {
    n,
    unit,
    range,
    start,
    end,
    counted: countedAs,
    dataFrom,
  }: {
    n: number;
    unit: RetentionPeriod["unit"];
    range: ReturnType<typeof rangeOf>;
    start: number;
    end: number;
    counted: string | undefined;
    dataFrom: number;
  },
): RetentionPeriod | null {
  let before: RegExpExecArray | null = null;
  let after: RegExpExecArray | null = null;
  for (const d of sentence.matchAll(DATA_OBJECT)) {
    const ahead = sentence.slice(Math.max(0, d.index - 30), d.index);
    if (AS_FORM.test(ahead) && !NOT_FORM.test(ahead)) continue;
    // An example inside the data named is not what the period is for: "All access log data,
    // including your IP address, are … deleted after at most 60 days" (Project Gutenberg).
    if (AN_EXAMPLE.test(ahead) || likeAnExampleBefore(ahead)) continue;
    // The company's own content is what the user interacts with, not the data kept: "We keep
    // information about your views or interactions with ads …, as well as how you interact with
    // our content on third-party sites for up to 12 months" (X; read "content kept" until the
    // double reading of 2027-01-29).
    if (OUR_CONTENT_BEFORE.test(ahead) && /^content$/i.test(d[0])) continue;
    if (d.index < dataFrom) continue;
    if (d.index + d[0].length <= start) before = d;
    else if (d.index >= end) {
      // Data named in another clause after the period is not its subject: "Completed Pitches are
      // generally deleted within 24 hours after download, …, unless we need to retain
      // information for safety" (Bumble).
      if (!CLAUSE_BREAK.test(sentence.slice(end, d.index))) after = d;
      break;
    }
  }
  // A lead-in before a colon names what the text after it is about, not what the period is for
  // when a verb of keeping follows the period: "… includes your log data and device information:
  // When you visit our site, we temporarily (typically 10-14 days) store log data …" (AdSupply)
  // keeps log data for 14 days. Otherwise the lead-in stands: "Cookies: between 3 months and 1
  // year", "Account data: … plus 30 days after deletion."
  const leadIn = sentence.lastIndexOf(":", start);
  const inLeadIn = before !== null && leadIn >= before.index + before[0].length;
  const keptAfter =
    after !== null && KEPT_NEXT.test(sentence.slice(end, Math.min(after.index, end + 40)));
  const object = inLeadIn && keptAfter ? after : (before ?? after);
  let what = object ? asWritten(sentence, object.index, object[0]) : null;
  // "the cookie expires after 13 months": said of each one, shown as the kind.
  if (what && /^(backup|archive|log file|cookie|message)$/i.test(what)) what = `${what}s`;
  // Data gathered by cookies is not the cookies' lifetime: "Information collected via cookies, web
  // page counters and other analytics tools is kept for … up to one year" (Binance).
  const via =
    what && object && /^cookies$/i.test(what)
      ? VIA_COOKIES.exec(sentence.slice(Math.max(0, object.index - 50), object.index))
      : null;
  if (via && object) {
    const from = object.index - via[0].length;
    what = asWritten(sentence, from, sentence.slice(from, object.index + object[0].length));
  }
  // A cookie's lifetime in a list of cookies is the cookies' (audit of 2026-12-20).
  if (what !== "cookies" && cookieLifetime(sentence, start)) what = "cookies";
  // Data that identifies no one is not the personal data a retention period is about:
  // "We retain anonymized information only for a maximum of ninety (90) days" (AdSupply).
  const unnamed = object
    ? NON_PERSONAL_BEFORE.exec(sentence.slice(Math.max(0, object.index - 40), object.index))
    : null;
  if (what && unnamed)
    what = `${unnamed[0].trim().toLowerCase()}${unnamed[0].endsWith("-") ? "" : " "}${what}`;
  else if (what && object && GENERAL.test(what))
    what = dataOfOneKind(sentence, object) ?? dataAbout(sentence, object, start) ?? what;
  // A message kept because it could not be delivered keeps that qualifier: "If a message cannot be
  // delivered immediately …, we keep it … for up to 30 days" (WhatsApp) is about undelivered ones.
  if (what && /^messages?$/i.test(what) && UNDELIVERED.test(sentence))
    what = "undelivered messages";
  // Copies a backup system keeps of data already deleted are not how long the data is kept: "The
  // Evernote Service’s back-up systems may retain residual copies of your deleted Content for up to
  // one year" is "backup copies of deleted Content" (until the review of 2026-12-03, "Content").
  const backup =
    !unnamed && BACKUP_KEEPER.test(sentence) && !/back-?ups?|archive/i.test(what ?? "");
  if (backup) {
    const deleted =
      object && /\bdeleted\s+$/i.test(sentence.slice(Math.max(0, object.index - 12), object.index));
    what = `backup copies of ${deleted ? "deleted " : ""}${what ?? "data"}`;
  }

  // "Almost all profile data is deleted …" (Badoo): the qualifier kept (read-since-2027-02-01.ts).
  if (what && object) {
    const at = sentence
      .toLowerCase()
      .lastIndexOf(what.toLowerCase(), object.index + object[0].length);
    const from = at >= 0 ? at : object.index;
    if (mostOfTheData(sentence.slice(Math.max(0, from - 40), from))) what = `most ${what}`;
  }

  const lead = sentence.slice(Math.max(0, start - 60), start);
  // A verb of deletion may stand further back: "deleted automatically and permanently from our servers within".
  const wideLead = sentence.slice(Math.max(0, start - 100), start);
  const tail = sentence.slice(end, end + 80);
  // How long deletion takes once asked for is not how long data is kept, as the time to answer a request is not
  // ("… log files and backups, may take up to 90 days to be fully deleted", ASKfm: audit of 2026-12-14).
  if (
    POINTS_BACK.test(lead) ||
    (TAKES.test(lead) && (TO_DELETE.test(tail) || TO_BE_REMOVED.test(tail)))
  )
    return null;
  if (ALLOW_BEFORE.test(lead) && TO_BE_REMOVED.test(tail)) return null;
  // Not a time looked back over, unless one of inactivity ("has not logged in … in the past 365 days").
  if (LOOKS_BACK.test(lead) && !INACTIVE_BEFORE.test(lead)) return null;
  if (AGE_BEFORE.test(lead) || AGE_AFTER.test(tail)) return null;
  if (!object && LASTED_SO_FAR.test(sentence.slice(Math.max(0, start - 160), start))) return null;
  if (USERS_WINDOW.test(wideLead)) return null;
  // How often something happens is no period data is kept, unless it is deleted that often:
  // "(salt rotated every 48 hours)" (SponsorBlock), but "purged from our servers every 24 hours".
  if (/\bevery\s+$/i.test(lead) && !DELETED_AFTER.test(wideLead)) return null;
  const opensAfter = OPENS_AFTER.test(sentence.slice(0, start)) && DELETES_NEXT.test(tail);
  const moreThan = MORE_THAN.exec(lead);
  // "deleted … within 48 hours from the expiration you selected if …, or otherwise within 1 year
  // after expiration" (WeTransfer): the second "within" is of the same deletion.
  const deletedEarlier =
    /\bwithin\s+$/i.test(lead) && /\b(delet|eras|purg|destroy)\w*/i.test(sentence.slice(0, start));
  const action =
    DELETED_WITHIN.test(wideLead) || deletedEarlier
      ? "deleted within"
      : DELETED_AFTER.test(wideLead) || opensAfter
        ? "deleted after"
        : UP_TO.test(lead)
          ? "kept for up to"
          : AT_LEAST.test(lead)
            ? "kept for at least"
            : moreThan
              ? `kept for ${moreThan[1]!.toLowerCase()}`
              : "kept for";
  // A range is said whole, "kept between 90 days and 1 year"; its "for" or "after" would misread it.
  const ranged = range ? { to: range.to, action: action.replace(/ (for|after|within)$/, "") } : {};
  const open =
    !range && action.startsWith("kept for ") && /(least|than)$/.test(action) ? { open: true } : {};
  const counted = countedAs?.toLowerCase() ?? "";
  if (INACTIVE_BEFORE.test(lead) || INACTIVE_AFTER.test(tail)) {
    // An unused account goes after that long: said of the account when the sentence ends it and
    // names no data before the period ("the Account will be deleted and certain of the Member's
    // data will be retained", happn), else of the data it names ("we delete or anonymize your
    // information … after two years of continuous inactivity", OkCupid).
    const account = !before && ACCOUNT_ENDED.test(sentence);
    return {
      n,
      unit,
      counted,
      what: account ? "the account" : what,
      general: account || (!unnamed && (!what || GENERAL.test(what))),
      anonymous: !account && !!unnamed,
      // Kept once the account has been unused that long (Myspace), not for that long.
      action: ENDS.test(sentence) ? "deleted after" : CONDITION.test(lead) ? "kept after" : action,
      inactive: true,
      ...(range ? { to: range.to } : {}),
    };
  }
  // "After 60 days, the account will be permanently deleted" (Bing) names the account, no data.
  // It is the account, not data in general, so it is not the headline over a period for data.
  const account = opensAfter && !what && ACCOUNT_ENDED.test(sentence);
  const period: RetentionPeriod = {
    n,
    unit,
    counted,
    what: account ? "the account" : what,
    general:
      !account &&
      !unnamed &&
      !backup &&
      !EXAMPLE_CASE.test(sentence.slice(Math.max(0, start - 200), start)) &&
      (!what || GENERAL.test(what)),
    anonymous: !!unnamed,
    ...(backup ? { backup: true } : {}),
    action,
    ...ranged,
    ...open,
  };
  // A start said at length ("… from the closing of the file of proven fraud or the issuing of an
  // alert in our systems") may run past the tail; cut at a space, never inside a word.
  const longTail = sentence.slice(end, end + 160);
  const startTail =
    end + 160 < sentence.length ? longTail.slice(0, longTail.lastIndexOf(" ") + 1) : longTail;
  const from =
    periodStart(lead, startTail) ?? periodStartSaidOtherwise(sentence.slice(0, start), startTail);
  if (!from) return period;
  // "removed from our databases 30 days after deletion": removed at the end of the period.
  const removed = period.action === "kept for" && !range && REMOVED_BEFORE.test(lead);
  if (!removed) return { ...period, from };
  // "deleted no later than three years from the last contact": within that time, not at its end.
  const deleted = /\b(no later than|within)\s+$/i.test(lead) ? "deleted within" : "deleted after";
  return { ...period, from, action: deleted };
}

/**
 * The range a period is one end of, with its span in the sentence: the lower end before it
 * ("between 3 and 6 months") or the upper end after it ("between 90 days and 1 year"). Null
 * when there is none, or the ends are not in order ("10-5 days" is no range).
 */
function rangeOf(
  sentence: string,
  m: RegExpExecArray,
  n: number,
  unit: RetentionPeriod["unit"],
): { start: number; end: number; to: NonNullable<RetentionPeriod["to"]>; n?: number } | null {
  const counted = m[3]?.toLowerCase() ?? "";
  const end = m.index + m[0].length;
  const lower = RANGE_FROM.exec(sentence.slice(Math.max(0, m.index - 40), m.index));
  if (lower) {
    const low = lower[3] ? Number(lower[3]) : toNumber((lower[1] ?? lower[2])!);
    if (!(low > 0 && low < n)) return null;
    return { start: m.index - lower[0].length, end, to: { n, unit, counted }, n: low };
  }
  // "for 30 days and up to 1 year" is two periods; only "between" opens a range.
  const and = RANGE_TO.exec(sentence.slice(end, end + 12));
  if (!and || !/\bbetween\s+$/i.test(sentence.slice(Math.max(0, m.index - 10), m.index)))
    return null;
  const rest = sentence.slice(end + and[0].length, end + and[0].length + 60);
  const upper = DURATION.exec(rest);
  if (upper?.index !== 0 || !upper[4]) return null;
  const to = {
    n: numberOf(upper),
    unit: upper[4].toLowerCase().replace(/s$/, "") as RetentionPeriod["unit"],
    counted: upper[3]?.toLowerCase() ?? "",
  };
  if (!(hoursOf(to.n, to.unit) > hoursOf(n, unit))) return null;
  return { start: m.index, end: end + and[0].length + upper[0].length, to };
}

/** A period counted from an account's inactivity: "after an Account has been inactive for 24 months". */
const INACTIVE_SINCE = new RegExp(
  `^\\s*after (?:an? |the |your |their )?account (?:has been|is|was|becomes|became|remains) inactive for (?:a period of |more than |over )?${NUMBER}(?: \\((\\d{1,4})\\))?[ -](calendar |business )?${UNIT}\\b`,
  "i",
);
const matchedPeriod = (m: RegExpExecArray): RetentionPeriod => ({
  n: numberOf(m),
  unit: m[4]!.toLowerCase().replace(/s$/, "") as RetentionPeriod["unit"],
  counted: m[3]?.toLowerCase() ?? "",
  what: null,
  general: true,
  action: "kept for",
});

/** What ends: the account, the relationship, a contract, a case. */
const ENDED =
  "(?:account|relationship|contract|agreement|subscription|membership|service use|services?|case|file|ticket|claim|investigation|audit|request|transaction|employment|engagement)";
/**
 * What the ended thing is of, and another start the sentence gives: "the closing of the file of
 * proven fraud or the issuing of an alert in our systems" (Lydia), said whole, up to a stop.
 */
const ENDED_OF = "(?: of (?:[\\w'’-]+ ){0,2}[\\w'’-]+(?=[,.;)]| or\\b| and\\b|$))?";
const OR_START = `(?: or ${"(?:the |your |our |an? |this |that |its |their )"}[\\w'’-]+(?: [\\w'’-]+){0,7}(?=[.;,]|$))?`;
const THE = "(?:the |your |our |an? |this |that |its |their )";
/**
 * The end a period is counted from, in the policy's words: "after closing", "after the
 * termination of the contractual relationship", "after deletion of Spark account", "after you
 * close your account", "from the closure of the case". Each part is a flat alternation with
 * bounded repeats.
 */
const FROM_END = new RegExp(
  `^\\s*(?:after|following|from|of) (${THE}?${A_USERS}?(?:(?:last|most recent) (?:time of )?(?:interaction|use|login|log-in|activity|contact|visit|trip|ride|order|purchase|transaction|booking|communication)|(?:account |user |customer )?(?:closure|closing|close|deletion|termination|cancell?ation|deactivation|expiry|expiration|end)(?: date)?(?: of ${THE}?(?:[\\w'’-]+ ){0,2}?${ENDED}\\b${ENDED_OF}${OR_START}| ${THE}?(?:[\\w'’-]+ )?account\\b)?|${THE}?(?:account|relationship|contract|subscription) (?:is |was |has been )?(?:closed|deleted|terminated|cancell?ed|ends|ended|closes)|you (?:close|delete|terminate|cancel|deactivate|end) ${THE}?(?:account|services?|subscription|membership|contract|agreement)))\\b(?! of\\b)`,
  "i",
);

/**
 * A period counted from the end of something is not a period from now: "up to three years after
 * your last interaction", "24 months after closing", "the duration of the relationship plus a
 * period of 10 years". The summary keeps the words, or it would read as a period from now.
 */
function periodStart(lead: string, tail: string): string | null {
  const after = FROM_END.exec(tail);
  if (after) return `after ${after[1]!}`;
  // "retained … for one year after an Account has been inactive for 24 months" (happn).
  const unused = INACTIVE_SINCE.exec(tail);
  if (unused) return `after ${durationText(matchedPeriod(unused))} of inactivity`;
  const plus =
    /\bduration of (?:the|your|our) (relationship|account|contract|subscription) plus (?:a period of )?$/i.exec(
      lead,
    );
  return plus ? `after the ${plus[1]!.toLowerCase()} ends` : null;
}

/**
 * Whether the period is short in the rubric's sense: hours, days, weeks, or up to twelve months. Not a
 * period of inactivity, which says nothing of how long data is kept while the account is used.
 */
export const isShortPeriod = (p: RetentionPeriod) => {
  // A range is as long as its upper end: "between 3 and 6 months" is short, "between 90 days
  // and 1 year" is not (a year is counted long, as "kept for 1 year" is). A period with no upper
  // end ("at least 30 days", "longer than 5 years") may be any length, so it is never short.
  const { n, unit } = p.to ?? p;
  return (
    !p.inactive &&
    !p.open &&
    (unit === "hour" || unit === "day" || unit === "week" || (unit === "month" && n <= 12))
  );
};

/** The fact's value: "search queries deleted after 90 days", "kept for 3 years". */
/**
 * What happens and when, counted from the end if the policy counts it so: "kept for 2 years after
 * account deletion", "deleted 28 days after account deletion" (not "deleted after 28 days after
 * …"), "deleted within 30 days of account closure".
 */
function actionText(p: RetentionPeriod): string {
  if (p.inactive) return `${p.action} ${durationText(p)} of inactivity`;
  if (!p.from) return `${p.action} ${durationText(p)}`;
  if (p.action === "deleted after") return `deleted ${durationText(p)} ${p.from}`;
  if (p.action === "deleted within")
    return `deleted within ${durationText(p)} ${p.from.replace(/^after /, "of ")}`;
  return `${p.action} ${durationText(p)} ${p.from}`;
}

export const periodValue = (p: RetentionPeriod) => `${p.what ? `${p.what} ` : ""}${actionText(p)}`;

/**
 * The period as a sentence of ours, its verb agreeing with what it is about: "search queries
 * are deleted after 90 days", "personal data is kept for 3 years". A period whose subject the
 * sentence does not name is not said of "data": "a retention period of 3 years is stated".
 */
export function periodSentence(p: RetentionPeriod): string {
  const from = p.from ? ` ${p.from}` : "";
  if (!p.what) return `a retention period of ${durationText(p)}${from} is stated`;
  const plural =
    (/s$/i.test(p.what) &&
      !/\b(analytics|access|address)$/i.test(p.what) &&
      !/^(information|data) /i.test(p.what)) ||
    /^backup copies\b/.test(p.what);
  return `${p.what} ${plural ? "are" : "is"} ${actionText(p)}`;
}
