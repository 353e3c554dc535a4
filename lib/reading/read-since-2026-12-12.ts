/**
 * Rules added after the audit of 2026-12-12 (offset 8 of the machine-read companies: cookies,
 * retention, disputes, third parties, collection, use and choice). Each is a pure test on one
 * sentence, kept in its own file so that the fact rules in `extract-facts.ts` change by a line
 * each. Every quantifier is bounded (the suite's adversarial inputs run over them).
 */

const KEEP_VERB =
  "(?:retain|retains|retained|keep|keeps|kept|store|stores|stored|hold|holds|held|maintain|maintains|maintained|process|processes|processed)";
/**
 * Data in general, kept: "Personal data is stored …", "We retain information …", "We store your
 * personal information …". Not a kind of it ("The data used for KYC checks is retained only for
 * the time strictly necessary", Scaleway): said of one kind, it would read as the rest's period.
 */
const DATA_KEPT = String.raw`(?:\b(?:your |all )?(?:personal )?(?:data|information)(?: about you)? (?:is|are|will be|shall be|may be) (?:\w+ ){0,2}?${KEEP_VERB}|\b${KEEP_VERB} (?:(?:your|all|any|personal|user) ){0,3}(?:data|information))\b`;

/**
 * Kept while needed, in other words than "as long as necessary": "We generally retain information
 * until it is no longer necessary to serve the purposes for which it was collected" (CrowdTangle),
 * "Personal data is stored for the time necessary for the purposes" (Qobuz), "We store personal
 * information for only as long as we have a reason to keep it" (WordPress.com), "We do not store
 * your personal information unless we need it to provide you with our service"
 * (VocabularySpellingCity), and, since the re-audit of 2027-01-17, "We retain personal information
 * until we determine it is no longer needed for the processing purposes for which we collected or
 * retain it or for legal compliance" (Discord, "no fact found" until then). Until the audit of 2026-12-12 each read "no fact found", or let a
 * period for one kind of data be the headline. Not a keeping denied ("we will not keep your data
 * until it is no longer needed" says nothing), nor a deletion others must make or the user may
 * ask for ("required to delete the information when it is no longer needed", "ask us to erase data
 * … when it is no longer necessary"), which names no keeping of the company's.
 */
const UNTIL_NOT_NEEDED = new RegExp(
  String.raw`${DATA_KEPT}[^.;]{0,60}?\buntil (?:we (?:determine|decide|conclude|establish)(?: that)? )?(?:it is |it['’]s |they are |they['’]re )?no longer (necessary|needed|required)\b`,
  "i",
);
const FOR_THE_TIME_NEEDED = new RegExp(
  String.raw`${DATA_KEPT}[^.;]{0,20}?\bfor the (?:time|length of time|amount of time) (?:strictly |reasonably )?(necessary|needed|required)\b`,
  "i",
);
const WHILE_A_REASON = new RegExp(
  String.raw`${DATA_KEPT}[^.;]{0,20}?\b(?:only )?(?:for )?(?:only )?as long as we have an? (?:legitimate |valid |good |business )?(?:reason|need|purpose) to (?:keep|retain|store|hold) it\b`,
  "i",
);
const NOT_KEPT_UNLESS_NEEDED = new RegExp(
  String.raw`\b(?:do|does|will) not (?:store|keep|retain|hold) (?:(?:your|any|personal|user) ){0,3}(?:data|information) unless we (?:need|require) (?:it|them)\b`,
  "i",
);
const KEEPING_DENIED = /\b(?:not|never|no)\b(?:\s+\S+){0,2}\s*$/i;

export function keptWhileNeededReworded(s: string): string | null {
  for (const [re, value] of [
    [UNTIL_NOT_NEEDED, (w: string) => `until no longer ${w}`],
    [FOR_THE_TIME_NEEDED, (w: string) => `for the time ${w}`],
    [WHILE_A_REASON, () => "as long as there is a reason to keep it"],
  ] as const) {
    const m = re.exec(s);
    if (m && !KEEPING_DENIED.test(s.slice(Math.max(0, m.index - 30), m.index)))
      return value(m[1]?.toLowerCase() ?? "");
  }
  return NOT_KEPT_UNLESS_NEEDED.test(s) ? "as long as needed" : null;
}

/**
 * A sale the policy says its sharing may be, with "sharing" named first: "Some of these
 * disclosures may constitute "sharing" or the "sale" of personal information for "targeted
 * advertising" purposes under certain local (e.g., U.S. state) privacy laws" (Lyft; until the
 * audit of 2026-12-12 read as no sale, for "sharing" stood between the verb and "sale"). The
 * sentence is read as if "sharing" were not named, so every limit of the deemed sale still holds.
 */
const SHARING_BEFORE_SALE =
  /["'“‘]?shar(?:e|ing)["'”’]? (?:or|and|and\/or) (?:the |a )?(?=["'“‘]?(?:sales?|sell|selling)\b)/gi;
export function withSharingBeforeSaleLeftOut(s: string): string {
  return s.replace(SHARING_BEFORE_SALE, "");
}

/**
 * Data given to third parties so that they deliver personalised ads: "However, we may need to
 * share your personal information with third parties to deliver relevant personalized ads to you
 * on and off the Lyft Platform" (Lyft; until the audit of 2026-12-12 its third parties read
 * "shared with service providers"). Not denied, and only ads of a personalised kind: "to deliver
 * ads" alone may be the company's own on its own pages.
 */
const SHARED_TO_DELIVER_ADS =
  /\bwe\b[^.;]{0,40}?\b(?:share|disclose|provide|transfer)\b[^.;]{0,60}?\bwith (?:certain |select |selected |some |our )?(?:third parties|third[- ]party (?:partners|companies|vendors)|(?:advertising |marketing )?partners)\b[^.;]{0,20}?\b(?:to|in order to|so (?:that )?(?:they|we) can) (?:deliver|serve|show|display|provide)(?: you)? (?:relevant |more relevant |personali[sz]ed |targeted |tailored |interest[- ]based ){1,2}(?:ads|advertisements|advertising)\b/i;
const SHARING_DENIED = /\b(?:not|never|no|nor)\b|n['’]t\b/i;
export function sharedToDeliverPersonalisedAds(s: string): boolean {
  const m = SHARED_TO_DELIVER_ADS.exec(s);
  return m !== null && !SHARING_DENIED.test(m[0]);
}

/**
 * An opt-out said without an opt-out verb, as the wish not to receive and what to do about it: "If
 * you do not want to receive e-mail or other communications from us, please log in to your account
 * and adjust your preferences in your user account settings" (IMDb), "To stop receiving text
 * alerts, text STOP to the number upon which you are receiving text alerts" (Aetna). Until the
 * audit of 2026-12-12 neither was read, so each reason said "the policy does not say how". Only
 * where an instruction follows the wish (not "If you do not want to receive them, that is your
 * choice"); the index is where the wish opens, for what it covers.
 */
const WISH_NOT_TO_RECEIVE =
  /\b(?:if you (?:do not|don['’]t|no longer) (?:want|wish) to (?:receive|get)|to stop receiving|to stop getting)\b[^.;]{0,100}?,\s*(?:please |simply |just |you (?:can|may|should|will need to) )?(?:log in|login|sign in|adjust|change|update|manage|click|tap|text|reply|send|e-?mail|contact|visit|call|write|go to|use|follow|unsubscribe|opt out)\b/i;
export function wishNotToReceiveAt(s: string): number | null {
  return WISH_NOT_TO_RECEIVE.exec(s)?.index ?? null;
}

/** The way a text message opt-out is made: "text STOP to …", "reply STOP" (STOP in capitals). */
const TEXT_STOP =
  /\b(?:[Tt]ext|[Tt]exting|[Rr]eply|[Rr]eplying|[Ss]end|[Ss]ending)(?: back)?(?: with)?(?: the word)? ["“'‘]?STOP\b/;
export const textStopWay = (s: string) => TEXT_STOP.test(s);

/**
 * First-party cookies for login and preferences said in other words: "Tildes uses cookies to
 * support users being logged into their accounts, and we may also store user preferences in them"
 * (Tildes), "We collect information from first-party cookies stored on CrowdTangle Users’
 * devices" (CrowdTangle). Until the audit of 2026-12-12 both read "no fact found on the cookies or
 * trackers used". Not denied ("we do not use cookies to keep you logged in"), nor a definition
 * or a browser's habit ("Cookies set by the site … are called first-party cookies", "Web browsers
 * often store your preferences in a cookie"): the company's own use only.
 */
const COOKIES_FOR_LOGIN =
  /\bcookies?\b[^.;]{0,60}?\b(?:support|keep|allow|enable|let)s? (?:users|you|members|visitors) (?:being |to (?:stay|remain|be) )?(?:logged|signed) (?:in|into|on)\b/i;
const PREFERENCES_IN_COOKIES =
  /\bwe (?:may |also |can |will ){0,2}(?:store|save|keep) (?:the |your |user |users['’] )?(?:preferences|settings) in (?:them|cookies|a cookie)\b|\bcookies?\b[^.;]{0,40}?\bto (?:store|save) (?:the |your |user )?(?:preferences|settings)\b/i;
/** The company's own use of them: "We use first-party cookies (set by us) and …", "We collect information from first-party cookies". */
const FIRST_PARTY_COOKIES =
  /\b(?:we|us)\b[^.;]{0,40}?\b(?:use|uses|set|sets|place|places|deploy|deploys|collect|collects)\b[^.;]{0,40}?\bfirst[- ]party cookies\b/i;
const COOKIE_USE_DENIED = /\b(?:not|never|no)\b|n['’]t\b/i;
export function firstPartyCookiesReworded(s: string): string | null {
  for (const [re, value] of [
    [COOKIES_FOR_LOGIN, "cookies that keep you logged in"],
    [PREFERENCES_IN_COOKIES, "cookies that store your preferences"],
    [FIRST_PARTY_COOKIES, "first-party cookies"],
  ] as const) {
    const m = re.exec(s);
    if (m && !COOKIE_USE_DENIED.test(s.slice(Math.max(0, m.index - 30), m.index + m[0].length)))
      return value;
  }
  return null;
}

/**
 * A sentence that opens on the people it is about keeps their data only: "For potential
 * customers, personal data is stored for 3 years after the last time of contact" (Qobuz; until the
 * audit of 2026-12-12 "personal data is kept for 3 years", the headline over "Personal data is
 * stored for the time necessary"). Not a purpose ("For security reasons, …"), which names no one.
 */
const OPENS_ON_WHOM =
  /^\W*(?:for|as for|as regards|regarding|concerning|with respect to|in respect of) (?:our |the |all |any )?(?:[\w-]+ ){0,2}?(?:customers|clients|users|subscribers|prospects|visitors|web-browsers|candidates|applicants|members|employees|job seekers|suppliers|partners|residents|consumers|account holders)\b[^,;.]{0,40},/i;
export const opensOnWhom = (s: string) => OPENS_ON_WHOM.test(s);

/**
 * "Archived" as the last of the verbs a policy's scope lists is no archive kept: "the conditions
 * under which your personal data is collected, used, stored and archived by Xandrie" (Qobuz; until
 * the audit of 2026-12-12 "kept in backups or archives, no limit stated"). Only the verb closing
 * such a list; "we keep archives of our web logs" stays.
 */
const ARCHIVED_IN_A_LIST =
  /\b(?:collected|used|processed|shared|disclosed|transferred|stored|handled),? (?:stored,? )?(?:and|or|and\/or) archived\b(?! (?:copies|records|for|in|on|until|after)\b)/i;
export const archivedInAListOfVerbs = (s: string) => ARCHIVED_IN_A_LIST.test(s);

/**
 * A run-in label with its full stop, alone as a sentence, offers nothing: "Opt-out." before "You
 * have the right to opt out of arbitration by sending … written notice" (Aetna; until the audit of
 * 2026-12-12 read as an opt-out offered, its sentence after it being about arbitration).
 */
const OPT_OUT_LABEL_ALONE =
  /^\W{0,4}(?:right to )?(?:opt(?:ing)?[- ]?outs?|unsubscrib\w*|withdraw(?:al of|ing)? consent)\W{0,4}$/i;
export const optOutLabelAlone = (s: string) => OPT_OUT_LABEL_ALONE.test(s);

/**
 * An example after "like" is not what a period is for, as one after "including" is not: "we keep
 * web server logs that record information about a visitor …, like the visitor’s IP address,
 * browser type, and operating system, for approximately 30 days" (WordPress.com; until the audit
 * of 2026-12-12 "IP address kept for 30 days"; now "server logs kept for 30 days"). Judged on the
 * words just before the data.
 */
const LIKE_AN_EXAMPLE = /\blike (?:your |the |their |a |an )?(?:[\w-]{1,30}['’]s? )?$/i;
/** Nor what the data named before records: "web server logs that record information about …". */
const RECORDED_IN =
  /\b(?:that|which) (?:record|records|contain|contains|capture|captures|hold|holds) (?:the |your |some |certain )?$/i;
export const likeAnExampleBefore = (ahead: string) =>
  LIKE_AN_EXAMPLE.test(ahead) || RECORDED_IN.test(ahead);
