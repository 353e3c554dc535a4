/**
 * Rules added after the re-audit of 2026-12-29 (the first 25 machine-read companies by the SHA-1
 * of their slug: cookies, retention, disputes, third parties, children, policy changes and
 * choice). Each is a pure test on one sentence (and, for a sentence that points back, the one
 * before it), kept in its own file so that the rules in `extract-facts.ts` change by a line each.
 * Every quantifier is bounded (the suite's adversarial inputs run over them), and each rule is
 * gated on a plain word before its pattern runs.
 */

/**
 * Consent for using data in a way materially different from what the policy said when it was
 * collected, with no verb of change in the sentence: "However, we will not, without your consent,
 * use your Personal Information in a manner materially different than what was stated at the time
 * your Personal Information was collected." (Interstellar Lab, after "Your continued use … will
 * constitute your consent to those changes"). It is the promise Twitch and Amazon make as "will
 * not materially change our policies and practices … without the consent", read as consent sought
 * for changes since the audit of 2026-12-10. Not a use the company makes with consent ("we will use
 * your data for a materially different purpose only with your consent" is the same promise and is
 * read too), nor one it makes without asking ("we may use your data in a materially different
 * manner" names no consent).
 */
const CONSENT_FOR_DIFFERENT_USE =
  /\b(?:not|never)\b,? (?:\w+ ){0,2}?without (?:first )?(?:obtaining |getting )?(?:your |their |the user['’]?s? )?(?:prior |express |explicit |affirmative )?consent,? (?:use|process|share|disclose)\b[^.;]{0,80}?\b(?:in a|in any) (?:manner|way|fashion) (?:that is )?materially different\b|\b(?:not|never) (?:use|process|share|disclose)\b[^.;]{0,80}?\b(?:in a|in any|for a|for any) (?:manner|way|fashion|purpose) (?:that is )?materially different\b[^.;]{0,120}?\bwithout (?:first )?(?:obtaining |getting )?(?:your |their )?(?:prior |express |explicit |affirmative )?consent\b/i;
export function consentForMateriallyDifferentUse(s: string): boolean {
  return s.includes("materially different") && CONSENT_FOR_DIFFERENT_USE.test(s);
}

/**
 * A sentence that says what happens when the company does what the sentence before said, with no
 * word of change of its own: "We reserve the right to modify this Policy … at any time at our
 * discretion. When we do, we will send you an email to notify you." (Interstellar Lab). Read as
 * about the policy's changes when the sentence before is (CHANGE_TOPIC), as "When we do so, we will
 * post those changes here" has been since the audit of 2026-12-10 (it names the changes). Not "If
 * we do": Viber's "If we do (except for minor tweaks), we will notify you via our App and website"
 * would be read as posted on the site (its app unread as a direct channel), so it is left as it was.
 */
const WHEN_WE_DO = /^(?:When|Whenever|Each time|Every time) we do(?: so| this| that)?\b/;
export function doneAsTheSentenceBefore(s: string): boolean {
  return s.includes(" we do") && WHEN_WE_DO.test(s);
}

/**
 * A notice of changes given by publishing it where the policy is, which everyone sees and no one
 * is sent: "If we make changes to this Privacy Policy we will notify you by publication here."
 * (Webs: until the re-audit of 2026-12-29 "users are notified directly of changes"). As "by
 * posting" and "via public announcements on our blog" (NOTICE_POSTED_ONLY); not a publication
 * with a notice sent besides ("by publication here and by email" keeps its direct channel, which
 * the caller tests).
 */
const BY_PUBLICATION =
  /\bby (?:its |their |the )?publication (?:here|on (?:this|our|the) (?:\w+ ){0,2}(?:page|site|website|web site|services?|platform|homepage))\b/i;
export function noticeByPublicationHere(s: string): boolean {
  return s.includes("publication") && BY_PUBLICATION.test(s);
}

/**
 * Cookies the user may refuse in the browser, said without "opt out" or "disable": "If you do not
 * want to accept cookies, you can edit your browser's options to block cookies or to prompt you
 * before accepting a cookie from the websites you visit." (USA.gov: until the re-audit of
 * 2026-12-29 its choice read "no fact found"). The way is the user's ("you can (may) edit (set,
 * change, adjust, configure) your browser …"), the verb refuses cookies (block, refuse, reject,
 * decline). Not a browser the company says blocks them for its own reasons, nor a refusal the
 * sentence denies ("you cannot block these cookies").
 */
const COOKIES_REFUSED_IN_BROWSER =
  /\byou (?:can|may|are able to|could)(?: also| always)? (?:edit|set|change|adjust|configure|modify|use|update|instruct) (?:the |your )(?:web |internet )?browser['’]?s?(?: (?:settings|options|preferences))? (?:\w+ ){0,4}?to (?:block|refuse|reject|decline)(?: all| some| certain| any)? cookies\b/i;
export const COOKIES_REFUSED_WORDS = /block|refuse|reject|decline/;
export function cookiesRefusedInBrowser(s: string): boolean {
  return s.includes("cookies") && COOKIES_REFUSED_IN_BROWSER.test(s);
}
