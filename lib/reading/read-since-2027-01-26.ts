/**
 * Rules added after the blind second reading of 2027-01-26 (140 machine findings of 10 companies
 * the re-audits of 2027-01-23 and 2027-01-24 had passed): the choice, policy-changes and access
 * facts it found misread. Each widens a rule that already read its kind; each is a pure test on one
 * sentence, every quantifier bounded (the suite's adversarial inputs run over them), and each gated
 * on a plain word before its pattern runs.
 */

/**
 * An opt-out named only as what a denied practice would require: "We may process Sensitive
 * Personal Information … and do not use or disclose Sensitive Personal Information in any way that
 * would require us to provide an opt-out opportunity under the applicable laws." (Wix), "We do not
 * use or disclose sensitive Personal Information … for purposes that require an opt-out
 * opportunity under the CCPA." (Pornhub). Each "opt-out offered" until the second reading of
 * 2027-01-26. The guard of `OPT_OUT_DENIED` reads "(do) not require an opt-out"; an opt-out that is
 * the object of "require" after a denial earlier in the sentence is the same: none is offered.
 * `before` is the sentence up to the opt-out's verb. Not "require" with no denial before it ("Some
 * uses require an opt-out, which you can make here"), nor a denial after the verb.
 */
const REQUIRED_OPT_OUT =
  /\brequire[sd]?(?: us| you)?(?: to (?:provide|offer|give|honou?r)(?: you)?)?(?: (?:an?|the|any|such))?\s*$/i;
const DENIAL_BEFORE = /\b(?:do|does|did|will|would) not\b|\b(?:don|doesn|won)['’]t\b|\bnever\b/i;
export function optOutOnlyAsRequirementDenied(before: string): boolean {
  if (!before.includes("equire")) return false;
  const tail = before.slice(-60);
  const m = REQUIRED_OPT_OUT.exec(tail);
  if (!m) return false;
  const head = before.slice(0, before.length - tail.length + m.index);
  return DENIAL_BEFORE.test(head.slice(-240));
}

/**
 * An opt-out in a condition whose main clause says only what follows from it, a warning or a
 * consequence, offers none: "Please note that if you opt out of certain practices, we may be unable
 * to provide you with some services." (Pornhub), "If you do withdraw consent, it will not affect the
 * lawfulness of what we have done with your Personal Data before you withdrew consent." (Miro). Each
 * "opt-out offered, how not stated" until the second reading of 2027-01-26. `before` is the
 * sentence up to the verb, `after` the rest. Not a condition whose main clause says how ("If you
 * wish to opt out, click the link below"), nor one that offers the choice ("if you opt out, you can
 * opt back in"), nor cookies disabled ("if you choose to disable cookies, it may limit your use":
 * the browser's way, an opt-out of cookies).
 */
// Opting out, unsubscribing, withdrawing consent: not "disable cookies", a browser's own way ("if
// you choose to disable cookies, it may limit your use", Visible: an opt-out of cookies).
const CHOICE_VERB = /^(?:opt|unsub|withdraw)/i;
const IF_YOU_BEFORE =
  /\bif you (?:do |choose to |decide to |elect to |later |subsequently )?(?:\w+ )?$/i;
const CONSEQUENCE_AFTER =
  /^[^,;.]{0,120}, (?:we|it|this|that|doing so|they|you|some)\b[^.;]{0,40}?\b(?:(?:may|might|will|would|could|can)(?: not| no longer) be able to|(?:may|might|will|would|could|can) be unable to|(?:may|might|will|would|could|does|do)(?: not)? (?:affect|impact|limit|prevent|restrict|apply))\b/i;
export function optOutOnlyAsConsequence(before: string, verb: string, after: string): boolean {
  return (
    CHOICE_VERB.test(verb) &&
    IF_YOU_BEFORE.test(before.slice(-40)) &&
    CONSEQUENCE_AFTER.test(after.slice(0, 240))
  );
}

/**
 * A preference set per device and per browser is no account's: "You will need to set your
 * preferences from each device and each web browser from which you wish to opt out." (Miro, read
 * "in account settings" until the second reading of 2027-01-26; the way is a web page in another
 * sentence). The way of the account's settings (`optOutHow`) stands unless the sentence sets
 * preferences "from (on, in, for) each device (browser)" and names no account, profile or login.
 */
const PREFERENCES_PER_BROWSER =
  /\b(?:set|change|update|manage|adjust)\w{0,3} (?:your |the |these |those )?(?:\w+ )?preferences (?:from|on|in|for|with) (?:each|every|any) (?:device|browser|web browser|computer)\b/i;
const ACCOUNT_NAMED = /\b(?:account|profile|log ?in|login|sign(?:ed)? in)\b/i;
export function preferencesPerBrowserOnly(s: string): boolean {
  return s.includes("preferences") && PREFERENCES_PER_BROWSER.test(s) && !ACCOUNT_NAMED.test(s);
}

/**
 * An industry body's opt-out settings are no account's: "To update your AdChoices Opt Out settings,
 * select your region here: …; and to manage all NAI member sites’ settings, click here." (Taboola,
 * read "through a link or in account settings" until the second reading of 2027-01-26). Taken out
 * before the account's way is looked for, as a browser's or a device's settings already are.
 */
export const INDUSTRY_SETTINGS =
  /\b(?:AdChoices|YourAdChoices|Your Online Choices|NAI|DAA|DAAC|EDAA|Network Advertising Initiative|Digital Advertising Alliance)(?:['’]s)?(?: (?!(?:or|and|our|your|the)\b)[\w'’-]{1,20}){0,4}? settings\b/g;
export const INDUSTRY_SETTINGS_WORDS =
  /AdChoices|Online Choices|NAI|DAA|Advertising (?:Initiative|Alliance)/;

/**
 * The cookie that records an opt-out, named in a sentence about the opt-out's effect, makes the
 * cookies it speaks of that cookie's, not an opt-out of cookies: "If your browsers are configured to
 * reject cookies, your opt-out may not be effective, since we identify your choice to opt-out based
 * on an opt-out cookie we deliver to you." (Taboola, "of cookies" until the second reading of
 * 2027-01-26), as "opt-out cookies" already are no subject. Not "opt out of cookies" said so.
 */
const RECORDING_COOKIE = /\bopt[- ]?out cookies?\b/i;
const OF_COOKIES_SAID = /\bopt(?:ing)?[- ]?out (?:of|from) (?:[\w-]+ ){0,3}?cookies\b/i;
export function cookiesOnlyOfTheRecord(s: string): boolean {
  return s.includes("cookie") && RECORDING_COOKIE.test(s) && !OF_COOKIES_SAID.test(s);
}

/**
 * A notice the company "may attempt" to give, conceded before the user's duty to check, is no
 * direct notice: "Although we may attempt to notify you when major changes are made to this Privacy
 * Notice, you are expected to periodically review the most up-to-date version found at this
 * location, so you are aware of any changes, as they are binding on you." (Pornhub, "users are
 * notified directly" until the second reading of 2027-01-26). Read as posted. Not a commitment ("we
 * will notify you by email"), nor an attempt by a channel of the user's own.
 */
const ATTEMPT_CONCEDED =
  /^[\s"“]*(?:although|though|while|whilst|even though) (?:we|[A-Z][\w-]{1,30}) (?:may|might|could|will|can)(?: (?:attempt|try|endeavou?r|seek))\b[^.;]{0,20}? to (?:notify|inform|tell|alert|contact) you\b[^;]{0,200}?, (?:you|users) (?:are|will be|remain|should be) (?:expected|responsible|encouraged|required|advised|obligated)\b/i;
export function noticeOnlyAttempted(s: string, ownChannel: RegExp): boolean {
  return (
    (s.includes("hough") || s.includes("hile")) && ATTEMPT_CONCEDED.test(s) && !ownChannel.test(s)
  );
}

/**
 * A notice given by highlighting (marking, showing) the change on the company's sites: "we will
 * endeavor to provide you with notice in advance of such change by highlighting the change on our
 * Sites." (Taboola, "users are notified directly" until the second reading of 2027-01-26). The rule
 * of 2026-12-15 (`informedOnlyOnTheSite`, Ethereum's "inform you on the Websites") reads it beside
 * its own words, with its guard (no channel of the user's own).
 */
export const NOTICE_BY_HIGHLIGHTING_ON_SITE =
  /\bnotice\b[^.;]{0,60}?\bby (?:highlighting|marking|showing|displaying|flagging|noting) (?:the |such |these |any )?(?:changes?|updates?|amendments?)\b[^.;]{0,20}? on (?:the|our|this) (?:[\w-]+ ){0,2}?(?:websites?|sites?|web ?pages?|pages?|homepage)\b/i;

/**
 * A right to a copy of (access to) data alone, read as one to see and correct it: "For information
 * about these rights, such as requesting deletion or a copy of your personal information, please
 * review our Privacy Rights page." (DuckDuckGo, "data can be seen and corrected" until the second
 * reading of 2027-01-26). The label follows the words: "data can be seen" unless the sentence names
 * a correction (correct, update, amend, rectify, edit, change, modify, inaccurate data).
 */
export const CORRECTION_NAMED =
  /\b(?:correct\w*|update\w*|amend\w*|rectif\w*|recti cation|edit\w*|chang\w*|modif\w*|fix\w*|inaccura\w*|incomplete|revis\w*|manag\w*|control\w*)\b/i;
/**
 * A correction named anywhere in the policy: a policy that offers one in a sentence no rule reads
 * as a right ("Right to rectification … If you think information we have about you is inaccurate",
 * Logitech) keeps "seen and corrected" on its access-only sentences, so its reason says correction.
 * Broad on purpose: a word of it anywhere leaves the label as it was; "recti cation" is the word
 * with its "fi" ligature lost (Arweave's "the right to recti cation under Article 16 GDPR").
 */
const CORRECTION_IN_POLICY =
  /\b(?:rectif\w*|recti cation|correct\w*|inaccura\w*|incorrect|erroneous|amend (?:your|any|the|or|and)|update (?:or|and) (?:correct|amend))\b/i;
export const correctionNamed = (clause: string) => CORRECTION_IN_POLICY.test(clause);
export const SEEN_ONLY = "data can be seen";
export const seenOnly = (quote: string) => !CORRECTION_NAMED.test(quote);
