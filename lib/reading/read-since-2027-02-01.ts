/**
 * Rules added after the blind double reading of 2027-01-31 (112 machine findings, 8 companies;
 * docs/machine-reading-rules.md): choice, access, retention, international transfer and policy
 * changes. Pure tests on one sentence, every quantifier bounded, gated on a plain word before their
 * pattern runs.
 */

import { optOutOnlyDisclaimed } from "./read-since-2027-02-02";

/**
 * A browser signal is a way to opt out: "To exercise your right to opt out of the sale or sharing
 * of personal information …, you may also choose to enable online, where available, a universal
 * tool that automatically communicates your opt-out preferences, such as the Global Privacy Control
 * (“GPC”).", "We will process the GPC signal as a request to opt-out of the sale or sharing of your
 * personal information." (Badoo; "how not stated" until the double reading of 2027-01-31). Read
 * "by a browser signal (Global Privacy Control)" where the signal is named, else "by a browser
 * signal". Not a signal the company says it does not recognise (honour, process, respond to,
 * detect), nor "GPC" alone (Google Payment Corp. in Google Pay's policy), nor a pointer to where
 * the signal is explained ("… including how we process opt-out preference signals, please see …").
 */
const BROWSER_SIGNAL =
  /\b(?:Global Privacy Control|GPC (?:signal|browser|setting)s?|universal (?:opt[- ]out )?(?:tool|signal|mechanism)s?|opt[- ]out preference signals?)\b/i;
const POINTED_TO_BEFORE =
  /\b(?:how we (?:process|handle|treat|respond to|honou?r|recogni[sz]e)|(?:more )?information (?:on|about|regarding))\b[^.;]{0,40}$/i;
const SIGNAL_NOT_HONOURED =
  /\b(?:not|n['’]t|never) (?:currently |yet )?(?:recogni[sz]e|respond|honou?r|support|process|accept|detect)\w{0,2}\b/i;
const browserSignalWords = (s: string) =>
  s.includes("GPC") ||
  s.includes("rivacy Control") ||
  s.includes("niversal") ||
  s.includes("preference signal");
export function browserSignalWay(s: string): string | null {
  if (!browserSignalWords(s)) return null;
  const m = BROWSER_SIGNAL.exec(s);
  if (!m || SIGNAL_NOT_HONOURED.test(s)) return null;
  // A pointer to where the signal is explained, "including how we process opt-out preference
  // signals, please see …" (Starbucks: "how not stated" since the re-audit of 2027-01-07).
  if (POINTED_TO_BEFORE.test(s.slice(Math.max(0, m.index - 60), m.index))) return null;
  return /Global Privacy Control|GPC (?:signal|browser|setting)/i.test(s)
    ? "by a browser signal (Global Privacy Control)"
    : "by a browser signal";
}

/**
 * The user's profile or account, the place the opt-out is made, is the account's settings: "You
 * can opt-out from targeted advertising at any time through your Finnair Plus profile", "you can
 * withdraw your consent in your Finnair Plus profile" (Finnair; "how not stated" until the double
 * reading of 2027-01-31). Not another service's profile or account ("your social media profile",
 * "your Google account"), nor an advertising profile, nor an account named away from the opt-out
 * ("… even if you unsubscribe …, we will still send you some notifications …, e.g. to confirm
 * purchases or changes in your Account", Wargaming).
 */
const IN_YOUR_PROFILE =
  /\b(?:opt(?:ing)?[- ]?out|unsubscrib\w{0,4}|withdraw\w{0,3} (?:your |their )?consent|turn\w{0,3} off|disabl\w{1,3})\b[^.;]{0,80}?\b(?:in|through|via|using|under|from within) your ((?:[\w’'-]{1,20} ){0,3})(?:profile|account)\b(?! (?:is|was|has)\b)/i;
const NOT_THE_COMPANYS_PROFILE =
  /\b(?:social|media|facebook|google|apple|microsoft|amazon|twitter|instagram|linkedin|advertising|ad|ads|public|browser|device|email|e-mail|bank|payment|third[- ]party|other)\b/i;
export function inYourProfileOrAccount(s: string): boolean {
  if (!s.includes("your ") || !(s.includes("rofile") || s.includes("ccount"))) return false;
  const m = IN_YOUR_PROFILE.exec(s);
  return m !== null && !NOT_THE_COMPANYS_PROFILE.test(m[1] ?? "");
}

/**
 * An opt-out site named as the way: "One way you may opt out can be found at the National
 * Advertising Initiative Consumer Opt Out website here." (Wolfram), "… through the Network
 * Advertising Initiative's Consumer Opt-out Program." (Shockwave.com); each "how not stated" until
 * the double reading of 2027-01-31. Widens the websites of 2027-01-29 (`optOutWebsitesNamed`).
 */
export const OPT_OUT_SITE =
  /\bopt[- ]?out (?:websites?|web ?pages?|pages?|sites?)\b|\bconsumer opt[- ]?out (?:program(?:me)?s?|tools?)\b/i;

/**
 * An opt-out named only in a caveat about what it does or does not do: "Please note, however,
 * that opting out does not prevent you from seeing the ads" (Wolfram), "Opting out will not
 * remove advertisements." (Shockwave.com), "Withdrawing your consent or opting out from marketing
 * communication later does not affect the legality of the processing …" (Finnair), "If you opt
 * out, we will no longer send you marketing emails …" (Finnair); and an opt-out said to be lost
 * with the cookies: "Your will need to update your opt-out preferences if you change/update
 * browsers or computers, or if you delete cookies." (Shockwave.com). Each read as an opt-out
 * offered until the double reading of 2027-01-31; the sentences that offer the opt-out are read
 * as before. Widens the consequences of 2027-01-26 (`optOutOnlyAsConsequence`). `before` is the
 * sentence up to the verb, `verb` the verb, `after` the rest. Not a gerund after a preposition
 * ("by opting out, you …"), nor one after "you can".
 */
const GERUND = /^(?:opting|unsubscribing|withdrawing)\b/i;
const GERUND_NOT_SUBJECT =
  /\b(?:by|for|from|about|on|of|after|before|upon|without|when|while|including|regarding|re)\s{1,3}$|\b(?:you|users?|customers?) (?:can|may|could|will|might)\b/i;
const CAVEAT_AFTER =
  /^[^.;:!?]{0,100}?\b(?:(?:does|do|will|would|shall)(?: not|n['’]t)|won['’]t)\b/i;
const IF_YOU_BEFORE = /\bif you (?:do |choose to |decide to |elect to |later )?$/i;
const NO_LONGER_AFTER =
  /^[^,;.]{0,80}, (?:we|it|this|that|they|you)\b[^.;]{0,30}?\b(?:may|might|will|would|shall) no longer\b/i;
const COOKIES_DELETED =
  /\b(?:delet|clear|remov|block|disabl)\w{0,3} (?:your |the |all |any )?(?:\w+ )?cookies\b/i;
const OPT_OUT_REDONE =
  /\b(?:need|have|must|required) to (?:update|renew|reset|re-?set|redo|repeat|opt[- ]out again|re-?enter)\b|\b(?:be )?lost\b|\bno longer (?:be )?(?:effective|valid|work)/i;
export function optOutOnlyAsCaveat(before: string, verb: string, after: string): boolean {
  // Since 2027-02-02 also others' opt-outs disclaimed (Kick; read-since-2027-02-02.ts).
  if (optOutOnlyDisclaimed(before)) return true;
  if (GERUND.test(verb))
    return !GERUND_NOT_SUBJECT.test(before.slice(-40)) && CAVEAT_AFTER.test(after.slice(0, 160));
  if (/^opt/i.test(verb) && IF_YOU_BEFORE.test(before.slice(-30)))
    return NO_LONGER_AFTER.test(after.slice(0, 200));
  // "opt-out" as a word before the preferences (choices, cookie) it names, lost with the cookies.
  if (
    /^opt[- ]out$/i.test(verb) &&
    /^ (?:preferences?|choices?|settings|cookies?|status)\b/i.test(after)
  )
    return COOKIES_DELETED.test(before + after) && OPT_OUT_REDONE.test(before + after);
  return false;
}

/**
 * A heading of labels joined by a semicolon, the last of them the opt-out: "Receipt of
 * Communications; Opt-Out." (Shockwave.com; read as an opt-out offered until the double reading of
 * 2027-01-31). Widens the bare label of 2026-12-12 (`optOutLabelAlone`): Title Case words only,
 * short, no one acting.
 */
const TITLE_LABELS_THEN_OPT_OUT =
  /^\W{0,4}[A-Z][\w'’-]{0,30}(?: (?:of|and|&|to|the|for|on|in|or|[A-Z][\w'’-]{0,30})){0,6}\s?[;:,/|–—-]\s?(?:Right to )?(?:Opt(?:ing)?[- ]?[Oo]uts?|Unsubscrib\w{0,4})\W{0,4}$/;
export function titleLabelsEndingInOptOut(s: string): boolean {
  return s.length <= 90 && TITLE_LABELS_THEN_OPT_OUT.test(s.trim());
}

/**
 * Access the user allows the company, not the user's access to data: "… you may allow us to have
 * access to certain information from your social media profile (e.g., your name, …)"
 * (Shockwave.com; read "data can be seen and corrected" until the double reading of 2027-01-31).
 * The words are taken out and the sentence must name no other access, correction or review.
 */
const ACCESS_GRANTED_TO_US =
  /\b(?:allow|allows|permit|permits|give|gives|grant|grants|authori[sz]e|authori[sz]es|let|lets) (?:us|the company|them)(?: to have| to get| to gain)? (?:to )?access(?: to)?\b/gi;
const RIGHT_WORDS =
  /\b(?:access|correct\w{0,4}|update|amend|modify|review|edit|rectif\w{1,8}|view|change|download|export|copy)\b/i;
export function accessOnlyGrantedToUs(s: string): boolean {
  if (!s.includes("access") || !/allow|permit|give|grant|authori|let/i.test(s)) return false;
  ACCESS_GRANTED_TO_US.lastIndex = 0;
  if (!ACCESS_GRANTED_TO_US.test(s)) return false;
  return !RIGHT_WORDS.test(s.replace(ACCESS_GRANTED_TO_US, " "));
}

/**
 * The account hidden, not its data deleted: "When your Account is deleted, we make sure it is no
 * longer viewable on the App." (Badoo; "deleted when the account is closed" until the double
 * reading of 2027-01-31). The account's deletion is the condition; what follows is only that it
 * cannot be seen. Not a sentence that deletes (erases, destroys) data besides the account.
 */
const NO_LONGER_SEEN =
  /\bno longer (?:be )?(?:viewable|visible|searchable|displayed|shown|accessible|publicly available|available to other)/i;
const DELETION_BESIDES =
  /\b(?:delet|eras|destroy|purg|remov|anonymi[sz])\w{0,6}\b(?!\s(?:from view|from public))/gi;
export function onlyHiddenOnDeletion(s: string): boolean {
  if (!s.includes("no longer") || !NO_LONGER_SEEN.test(s)) return false;
  // Only the account's own deletion: "your account is deleted", "delete your account".
  const rest = s
    .replace(
      /\b(?:your|the|an|their) (?:[\w-]{1,20} )?account (?:is|has been|was|gets|will be) (?:deleted|closed|removed|terminated)\b/gi,
      " ",
    )
    .replace(
      /\b(?:delete|close|remove|terminate)s? (?:your|the|their) (?:[\w-]{1,20} )?account\b/gi,
      " ",
    );
  DELETION_BESIDES.lastIndex = 0;
  return !DELETION_BESIDES.test(rest);
}

/**
 * A bare date line says nothing of how changes are told: "This Privacy Policy was last updated on:
 * 13th March 2026." (Badoo; read "posted on the site" until the double reading of 2027-01-31). The
 * policy's name, "was last updated (revised, modified, effective) on", and a date; nothing else.
 */
const MONTH_OR_DIGIT =
  /\d|\b(?:January|February|March|April|May|June|July|August|September|October|November|December)\b/;
const DATE_LINE =
  /^\W{0,4}(?:this|our|the) (?:[\w-]{1,20} ){0,3}(?:policy|notice|statement)(?: was| is| has been)?(?: last)? (?:updated|modified|revised|amended|effective)(?: on| as of)?\s?:?\s?[\w ,./-]{3,40}$/i;
export function onlyADateLine(s: string): boolean {
  const t = s.trim();
  return t.length <= 120 && MONTH_OR_DIGIT.test(t) && DATE_LINE.test(t);
}

/**
 * "Almost all" (nearly all, most) before the data kept: "Almost all profile data is deleted 28 days
 * after account deletion/erasure" (Badoo; read "profile data deleted 28 days after account
 * deletion" until the double reading of 2027-01-31). The qualifier is kept: "most profile data".
 * `lead` is the sentence up to the data named.
 */
const MOST_BEFORE =
  /\b(?:almost all|nearly all|virtually all|(?<!\bthe )most)(?: of)?(?: the| your| our)?\s{1,3}$/i;
export function mostOfTheData(lead: string): boolean {
  return lead.includes("ll") || lead.includes("most") ? MOST_BEFORE.test(lead.slice(-40)) : false;
}
