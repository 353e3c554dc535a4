/**
 * Rules added after the re-audit of 2027-01-05 (the 76th to 100th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * Sharing for cross-context behavioural advertising said as a noun that the sentence limits, and
 * so says it happens: "Sharing for cross-context behavioral advertising is limited to data
 * collected from our public websites and does not occur when individuals are logged in …"
 * (Gartner, whose third parties read neutral beside "You can opt out of sharing your personal
 * information for cross-context behavioral advertising"). The rules read "we share … for
 * cross-contextual behavioral advertising" (Thryv); the noun with no "we" was none of theirs. Not a
 * denial ("Sharing for cross-context behavioral advertising does not occur"), nor a right or an
 * opt-out of it, nor "we do not engage in sharing for …".
 */
const CROSS_CONTEXT_SHARING_LIMITED =
  /^\W{0,3}(?:our |the |any )?sharing(?: of (?:[\w-]+ ){0,3}?(?:personal )?(?:information|data))? for (?:the purposes? of )?cross[- ]context(?:ual)? behaviou?ral advertising (?:is|are) (?:limited|restricted|confined) to\b/i;
export const CROSS_CONTEXT_WORDS = /cross[- ]context/i;
export function crossContextSharingLimited(s: string): boolean {
  return s.includes("haring") && s.includes("ontext") && CROSS_CONTEXT_SHARING_LIMITED.test(s);
}

/**
 * Analytics the company runs with a named self-hosted tool: "The Websites may use Matomo, an open
 * source web analytics platform ("Matomo Analytics")." (Ethereum, whose cookies read "no fact
 * found" beside it), "We may employ a local installation of Matomo, an open source analytics tool"
 * (ProtonVPN), "we use Piwik Pro Analytics Suite to collect statistical data" (Qwant). The rules
 * read "Google Analytics" and "analytics cookies"; Matomo and Piwik were no names of theirs. The
 * company (or its site) uses the tool: not a tool the user is told of, nor a denial.
 */
const ANALYTICS_TOOL_USED =
  /\b(?:use|uses|used|using|employ|employs|deploy|deploys|run|runs)\b(?: (?!not\b)[\w-]+){0,4}? (Matomo|Piwik(?: ?PRO)?)\b/i;
const ANALYTICS_TOOL_NAMED_AS_ONE =
  /\b(Matomo|Piwik(?: ?PRO)?)(?: Analytics)?, (?:an? |the )?(?:[\w-]+ ){0,3}?(?:web )?analytics (?:platform|tool|software|service|suite)\b/i;
// Or named after the software the company uses, "The tracking software we use, Matomo, is
// open-source, self-managed, …" (Open Terms Archive; "no fact found" until the re-audit of
// 2027-01-23); not "The analytics software we used, Matomo, is no longer used".
const ANALYTICS_TOOL_WE_USE =
  /\b(?:software|tool|platform|service|solution|suite)s? (?:that |which )?we (?:use|employ|run)\b,? (Matomo|Piwik(?: ?PRO)?)\b/i;
const ANALYTICS_TOOL_DENIED = /\b(?:not|never|no longer)\b(?: [\w-]+){0,3}? (?:use|employ)\b/i;
export const ANALYTICS_TOOL_WORDS = /matomo|piwik/i;
export function analyticsToolNamed(s: string): string | null {
  const lower = s.toLowerCase();
  if (!lower.includes("matomo") && !lower.includes("piwik")) return null;
  if (ANALYTICS_TOOL_DENIED.test(s)) return null;
  const m =
    ANALYTICS_TOOL_USED.exec(s) ??
    ANALYTICS_TOOL_NAMED_AS_ONE.exec(s) ??
    ANALYTICS_TOOL_WE_USE.exec(s);
  if (!m) return null;
  const tool = /^matomo$/i.test(m[1]!) ? "Matomo" : "Piwik PRO";
  return `${tool} analytics`;
}

/**
 * Cookies set for a stated time, which are persistent: "Cookies with a duration of 13 months are
 * set in your browser for the design of personalised content on bahn.de." (Deutsche Bahn, whose
 * cookies read "no fact found"). Not a partner's cookies read on its own site ("the business
 * partner's cookies on that website are read. The relevant cookies have a lifetime of 30 days"):
 * the cookies must be set (placed, stored) by the sentence's own words.
 */
const COOKIES_SET_FOR_A_TIME =
  /\bcookies? (?:with|having) an? (?:maximum )?(?:duration|lifetime|life ?span|storage period|expiry period) of (?:up to )?(\d{1,3}|one|two|three|six|twelve|thirteen) (days?|weeks?|months?|years?) (?:are|is|will be|may be|get) (?:set|placed|stored|saved|used)\b/i;
export const COOKIES_SET_WORDS = /duration|lifetime|life ?span|storage period|expiry/i;
export function cookiesSetForATime(s: string): string | null {
  if (!s.includes("ookie")) return null;
  const m = COOKIES_SET_FOR_A_TIME.exec(s);
  return m ? `cookies that last ${m[1]} ${m[2]}` : null;
}

/**
 * Preferences "on cookies" that the cookie policy tells how to manage are no account's settings:
 * "For more information, including on how to manage your preferences on, and disable, cookies,
 * please refer to our Cookie Policy." (XVideos, whose opt-out of cookies read "in account
 * settings"), nor preferences cookies are said to manage ("in order to manage your content
 * preferences, … we use cookies in line with the purposes identified in our Cookie Policy"). The
 * words are taken out before the opt-out's way is read, as a browser signal's
 * "opt-out preferences" are (`SIGNALS_PREFERENCES`). Only where the sentence names a cookie policy
 * (notice, statement), and not preferences managed in (through, via …) an account, settings, a
 * profile or a dashboard: "manage your cookie preferences in your account settings" keeps its way,
 * and a sentence with no cookie policy is not read at all.
 */
export const COOKIE_POLICY_PREFERENCES =
  /\b(?:how to |to )?manage (?:your |their )?(?:[\w-]+ )?preferences(?! (?:in|through|via|using|from|on|at) (?:your|the|our|their) (?:[\w-]+ )?(?:account|settings|profile|dashboard|preference cent(?:er|re)))(?: (?:on|for|regarding|about|in relation to)(?:,? and (?:to )?(?:disable|delete|block|reject),?)? (?:the |such |these )?cookies\b)?/gi;
export function withoutCookiePolicyPreferences(s: string): string {
  return s.includes("preferences") && /cookies? (?:policy|notice|statement)/i.test(s)
    ? s.replace(COOKIE_POLICY_PREFERENCES, "")
    : s;
}

/**
 * Others "as appropriate" who receive data in a business transfer are the transfer's parties, not
 * sharing without limits: "We may share your information with a potential purchaser and their
 * legal and financial advisors and others, as appropriate, as part of any actual or contemplated
 * reorganization, restructuring, merger or sale, or other transfer of assets …" (Last.fm, whose
 * third parties read "data may be shared without stated limits"; its sharing for advertisers keeps
 * them concerning). Only where the sentence's sharing is "as part of" (in connection with, in the
 * event of) such an event.
 */
export const SHARED_IN_A_BUSINESS_TRANSFER =
  /\bas appropriate,? (?:as part of|in connection with|in the (?:event|course) of|during) (?:any |an |a |the )?(?:actual,? (?:or|and) (?:contemplated|proposed|potential) |contemplated |proposed |potential )?(?:corporate )?(?:reorgani[sz]ation|restructuring|merger|acquisition|sale of (?:all|some|assets|the company|our business)|transfer of assets|divestiture|bankruptcy|financing|due diligence)\b/i;

/**
 * Kept while an account named by the company's name lasts: "We keep your personal data for as
 * long as you have a Couchsurfing account." (Couchsurfing, whose retention read "associated
 * identifiers are kept for 90 days; no period is stated for other data", a provider's crash
 * reports), "will be retained for as long as you maintain your Viber account" (Viber). The rules
 * read "as long as you have an (open) account"; a name before "account" kept these unread. A verb
 * of keeping before it, as in `keptWhileRelationship`; the name is a capitalised word (one to
 * three), so "as long as you have a valid account" stays the earlier rules'. Not a condition of
 * use ("You may use the Services as long as you have a Couchsurfing account").
 */
const KEPT_WHILE_NAMED_ACCOUNT =
  /\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|maintain|maintains|maintained)\b[^.;]{0,80}?\b((?:as|so) long as you (?:have|hold|maintain) (?:an?|your) (?:[A-Z][\w.&'’-]{0,30} ){1,3}account)\b/;
export const NAMED_ACCOUNT_WORDS = /long as you/i;
export function keptWhileNamedAccount(s: string): string | null {
  if (!s.includes("account")) return null;
  const m = KEPT_WHILE_NAMED_ACCOUNT.exec(s);
  return m ? m[1]!.replace(/^so long as\b/, "as long as") : null;
}
