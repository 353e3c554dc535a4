/**
 * Rules added after the audit of 2026-12-20 (offset 5 of the machine-read companies: cookies,
 * retention, disputes, third parties, access, children and policy changes). Each is a pure test on
 * one sentence, kept in its own file so that the rules in `extract-facts.ts` change by a few lines.
 * Every quantifier is bounded (the suite's adversarial inputs run over them).
 */

const SEE_OR_CORRECT = "access|view|see|review|correct|update|amend|modify|edit|rectify";
const DELETE = "delete|erase|remove";
const RIGHT_VERB = `(?:${SEE_OR_CORRECT}|${DELETE})`;
const THE_USERS_DATA = String.raw`(?:(?:your|any|all|the) (?:[\w-]+ ){0,3}?(?:personal )?(?:data|information|details)|personal (?:data|information))\b`;

/**
 * Rights offered as the user's wish, the verbs in a row before the user's data: "If you would like
 * to: access, correct, amend or delete any personal information we have about you, register a
 * complaint, … contact our Privacy Compliance Officer …" (jacksfilms), "If you wish to delete your
 * profile information and any personal data you provided during account creation …, please Click
 * Here" (MouthShut). Until the audit of 2026-12-20 both read "no fact found" ("if you would like us
 * to delete" already read). Not a child's data (a parent's request), nor data that is not the
 * user's ("if you wish to access the Services"), nor data another's application holds ("… you must
 * login into such application or contact its provider if you want to remove the Personal
 * Information you posted on that platform", Wix), nor a request the company sends elsewhere ("if
 * you would like to access and review your Personal Data, you should contact our Client", Code42,
 * whose curated access is neutral).
 */
const WISHED_RIGHTS = new RegExp(
  String.raw`\bif you (?:would like|wish|want|['’]d like) to:? ((?:${RIGHT_VERB}(?:,? (?:and\/or|and|or) |, | ?\/ ?)){0,5}${RIGHT_VERB}) ${THE_USERS_DATA}`,
  "i",
);

/**
 * Data the user can see and correct, said in a relative clause on it: "This includes account and
 * payment information, which you can access and update on the Apple Store app account page."
 * (App Store; until the audit of 2026-12-20 its access read "no clause found"). The data is the
 * user's own by its name (account, profile, personal, payment …); not "information that you can
 * access through third-party sites".
 */
const SEEN_IN_A_RELATIVE = new RegExp(
  String.raw`\b(?:account|profile|personal|registration|billing|payment|contact) (?:data|information|details),? (?:which|that) you (?:can|may|are able to) ((?:${RIGHT_VERB}(?:,? (?:and\/or|and|or) |, )){0,3}${RIGHT_VERB})\b(?! (?:to|through|via|from) (?:third|other)\b)`,
  "i",
);

/** Cheap gate for both rules: a wish, or a relative clause on what the user can do. */
export const RIGHTS_WISHED_WORDS =
  /\b(?:if you (?:would|wish|want|['’]d)|(?:which|that) you (?:can|may|are able))\b/i;

const THIRD_PARTY_APP =
  /\bthird[- ]party (?:application|app|service|site|website|platform)s?\b|\bits provider\b|\bcontact (?:our|the|your|its) (?:client|customer|employer|administrator|organi[sz]ation|controller)s?\b/i;

/** The rights a wish or a relative clause offers: seeing or correcting, deleting, or both. */
export function rightsWished(s: string): { see: boolean; delete: boolean } | null {
  if (/\bchild/i.test(s) || THIRD_PARTY_APP.test(s)) return null;
  const m = WISHED_RIGHTS.exec(s) ?? SEEN_IN_A_RELATIVE.exec(s);
  if (!m) return null;
  const verbs = m[1]!.toLowerCase();
  return {
    see: new RegExp(`\\b(?:${SEE_OR_CORRECT})\\b`).test(verbs),
    delete: new RegExp(`\\b(?:${DELETE})\\b`).test(verbs),
  };
}

/**
 * A cookie's lifetime in a list of cookies, read as how long data is kept: "… cart, unique token,
 * persistent for 2 weeks, Stores information about the contents of your cart. …" (jacksfilms, after
 * "Here is a list of cookies that we use."; until the audit of 2026-12-20 "data is kept for 2
 * weeks", its retention's headline). Said of cookies, as "Cookies: between 3 months and 1 year"
 * is: "persistent for", "expires after" … just before the period, in a sentence naming cookies.
 * `start` is where the period stands in the sentence. Not "information collected via cookies is
 * kept for one year" (data kept).
 */
const PERSISTS_FOR =
  /\b(?:persistent|persists|persist|expires|expiring|lifetime)(?: for| in| after|:)? ?$/i;
const NAMES_COOKIES = /\bcookies?\b/i;
export function cookieLifetime(sentence: string, start: number): boolean {
  return (
    PERSISTS_FOR.test(sentence.slice(Math.max(0, start - 25), start)) &&
    NAMES_COOKIES.test(sentence)
  );
}

/**
 * A table row that opens on a cookie's name and ends on its lifetime: "session_token — Enabling
 * login to user account. It stores user logged information, such as the user login detail and
 * some information about the account. — 30 days" (xvideos; until the audit of 2026-12-20 "some
 * information is kept for 30 days", its retention's headline). `opening` is the clause's first
 * sentence, `sentence` the one that holds the period, its last cell. A name is one token with an
 * underscore; not a row whose first cell is words ("Account data — 30 days").
 */
const OPENS_ON_A_COOKIE_NAME = /^\s{0,3}[A-Za-z0-9.-]{0,40}_[A-Za-z0-9_.-]{0,40} —/;
const LIFETIME_ENDS_THE_ROW =
  /—\s{0,3}(?:\d{1,4}|[a-z]{3,12}) (?:hours?|days?|weeks?|months?|years?)\.?\s{0,3}$/i;
export function cookieRowLifetime(opening: string | undefined, sentence: string): boolean {
  return (
    opening !== undefined &&
    OPENS_ON_A_COOKIE_NAME.test(opening) &&
    LIFETIME_ENDS_THE_ROW.test(sentence.slice(-40))
  );
}

/**
 * Kept "indefinitely" or "permanently" within a bound the sentence states: while the account is
 * active — "Active accounts will have data retained indefinitely." —, until the user deletes it —
 * "Your login IP address is also kept permanently (until you delete it) if you enable
 * authentication logging" —, or only if the user breaches the terms — "your IP address may be
 * retained permanently if you are engaged in activities that breach our terms and conditions"
 * (Proton Mail, whose retention read concerning, "data may be kept indefinitely", until the audit
 * of 2026-12-20, beside "When a ProtonMail account is closed, data is immediately deleted"). `at`
 * and `end` bound the word "indefinitely" in the sentence. Not "kept indefinitely, even after you
 * close your account", nor "permanently if we are required to".
 */
const UNTIL_THE_USER_DELETES =
  /^\W{0,3}(?:until|unless) you (?:choose to |decide to )?(?:delete|remove|erase)\b/i;
const IF_THE_USER_BREACHES =
  /^[^.;]{0,20}?\bif you (?:are |have )?(?:engaged? in|engaging in|violat\w{0,4}|breach\w{0,4}|abus\w{0,4})\b/i;
const WHILE_THE_ACCOUNT_IS_ACTIVE =
  /\b(?:active accounts?|while (?:your|the|an|their) account (?:is|remains) (?:active|open)|(?:as|so) long as (?:your|the|an|their) account (?:is|remains) (?:active|open))\b/i;
export function indefiniteWithinABound(s: string, at: number, end: number): boolean {
  const after = s.slice(end, end + 80);
  return (
    UNTIL_THE_USER_DELETES.test(after) ||
    IF_THE_USER_BREACHES.test(after) ||
    (WHILE_THE_ACCOUNT_IS_ACTIVE.test(s.slice(Math.max(0, at - 120), at)) &&
      !/\b(?:after|even|beyond)\b/i.test(after.slice(0, 40)))
  );
}
/** "Active accounts will have data retained indefinitely": kept while the account is active. */
export function keptWhileActiveIndefinitely(s: string): string | null {
  const m = /\b(?:indefinitely|permanently|forever)\b/i.exec(s);
  return m &&
    WHILE_THE_ACCOUNT_IS_ACTIVE.test(s.slice(Math.max(0, m.index - 120), m.index)) &&
    indefiniteWithinABound(s, m.index, m.index + m[0].length)
    ? "while the account is active"
    : null;
}

/**
 * Direct notice said of the people a change affects: "If Booking.com makes updates to a privacy
 * notice that could impact persons significantly, it will take steps to inform these persons about
 * such changes before they take effect." (Booking.com; until the audit of 2026-12-20 "no fact
 * found", as "inform you" already read). Only in a sentence about changes (the rule's gate); not
 * "inform these persons' rights", nor a denial.
 */
export const INFORM_THOSE_AFFECTED_WORDS = /\binform (?:these|those|the|affected|such|all)\b/i;
const INFORM_THOSE_AFFECTED =
  /\b(?:will|shall|would|take (?:appropriate |reasonable )?steps to|endeavou?r to) inform (?:these|those|the|all|such)? ?(?:affected )?(?:persons|people|individuals|users|customers|members|data subjects)\b(?! of (?:their|its) rights\b)/i;
export function informsThoseAffected(s: string): boolean {
  const m = INFORM_THOSE_AFFECTED.exec(s);
  return (
    !!m &&
    !/\b(?:not|never)\s+(?:\S+\s+){0,2}$/i.test(s.slice(Math.max(0, m.index - 30), m.index + 5))
  );
}

/**
 * Kept while the activities the policy describes go on: "we only hold your information for as
 * long as we do the activities we told you about or have a valid reason to keep it" (BBC, under
 * "How long will the BBC keep my personal information?"; until the audit of 2026-12-20 "no fact
 * found", as "as long as we have a valid reason to keep it" alone already read). Data kept, by a
 * verb of keeping; not "as long as we do business" nor a keeping denied.
 */
export const WHILE_THE_ACTIVITIES_WORDS = /\bas long as we (?:do|carry out|perform|continue)\b/i;
const WHILE_THE_ACTIVITIES = new RegExp(
  String.raw`\b(?:hold|holds|keep|keeps|retain|retains|store|stores) (?:all |the |your |personal |such )?(?:[\w-]+ ){0,2}?(?:data|information)\b[^.;]{0,20}?\bas long as we (?:do|carry out|perform|continue(?: to (?:do|carry out|perform))?) (?:the |those |these )?(?:activities|processing activities|purposes)\b(?:[^.;]{0,60}?\bor (?:have|there is) an? (?:legitimate |valid |good |business )?(reason) to (?:keep|retain|hold|store) it\b)?`,
  "i",
);
export function keptWhileTheActivitiesGoOn(s: string): string | null {
  const m = WHILE_THE_ACTIVITIES.exec(s);
  if (!m || /\b(?:not|never)\s+(?:\S+\s+){0,1}$/i.test(s.slice(Math.max(0, m.index - 20), m.index)))
    return null;
  return m[1]
    ? "as long as the activities described go on or there is a reason to keep it"
    : "as long as the activities described go on";
}

/**
 * Rights named only in the clause's heading, the clause asking for the request: "Data
 * Access/Deletion Requests (GDPR)" over "Please email me with your request." (SponsorBlock; until
 * the audit of 2026-12-20 its access read "no fact found"). The heading names requests of seeing,
 * correcting or deleting data; the sentence asks the user to send one (e-mail, write, contact,
 * submit) and is short. Returns the sentence and the rights, or null. Not a heading on requests
 * counted ("Metrics"), nor a clause that only describes them.
 */
const RIGHT_NOUN = "access|deletion|erasure|correction|rectification";
const REQUESTS_IN_HEADING = new RegExp(
  String.raw`\b(${RIGHT_NOUN})(?:\s{0,2}(?:\/|,|and|or|&)\s{0,2}(${RIGHT_NOUN})){0,3}\s{1,2}requests?\b`,
  "i",
);
/** Cheap gate on the heading before the clause is read again (reading speed). */
export const REQUESTS_IN_HEADING_WORDS = /\brequests?\b/i;
const ASKS_FOR_THE_REQUEST =
  /\b(?:e-?mail|contact|write to|send|submit)\b[^.]{0,60}\brequests?\b|\brequests?\b[^.]{0,40}\b(?:to|at) \S{1,60}@/i;
const THE_REQUESTERS_WORDS = /\bI (?:have|am|confirm|authori[sz]e|declare|certify)\b|\[\s?\]/;
export function rightsInHeading(
  sentences: readonly string[],
  heading: string | undefined,
): { quote: string; see: boolean; delete: boolean } | null {
  const m = heading ? REQUESTS_IN_HEADING.exec(heading) : null;
  if (!m || /\b(?:metrics|number of|statistics)\b/i.test(heading!)) return null;
  // A request form's own statements are the requester's, not the offer: "[ ] I have the authority
  // … to submit a subject access request …" (Infolinks).
  const quote = sentences.find(
    (s) => s.length <= 200 && ASKS_FOR_THE_REQUEST.test(s) && !THE_REQUESTERS_WORDS.test(s),
  );
  if (!quote) return null;
  const named = m[0].toLowerCase();
  return {
    quote,
    see: /\b(?:access|correction|rectification)\b/.test(named),
    delete: /\b(?:deletion|erasure)\b/.test(named),
  };
}
