/**
 * Rules added after the re-audit of 2027-01-03 (the 51st to 75th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

import { FRAMEWORK_VENDOR_NUMBER } from "./read-since-2027-01-27";

/**
 * No cookies at all, said by the company: "Proctorio manages sessions without using cookies (or
 * HTML Web Storage) and runs cookie-free domains." (Proctorio, whose cookies were neutral, "no fact
 * found": the rubric's protective "only session/essential cookies" holds a fortiori). "cookie-free"
 * or "cookieless" of the company's domains, sites or service; the company managing (running,
 * operating) its sessions, sites or services "without (using, setting) cookies" — not "features
 * may not function properly without cookies"; "we (the company) do
 * not use (set, place) any cookies" where the sentence ends there or says "at all". Not a denial
 * for one purpose ("We do not use cookies to track you across sites"), nor the user's choice ("you
 * can use the site without accepting cookies").
 */
const COOKIE_FREE =
  /\bcookie-?(?:free|less) (?:domains?|sites?|websites?|services?|pages?|apps?)\b|\b(?:manag|run|operat)(?:e|es|s|ing)? (?:its |our |the |user |their )?(?:sessions?|sites?|websites?|services?|domains?) without (?:using |setting |placing |the use of )?(?:any )?cookies\b/i;
const NO_COOKIES_AT_ALL =
  /\b(?:we|[A-Z][\w.-]{1,30}) (?:do(?:es)? not|don['’]t|doesn['’]t|never) (?:use|set|place|store) (?:any )?cookies(?: at all| whatsoever)?\s*(?:[.;!]|$)|\b(?:we|[A-Z][\w.-]{1,30}) (?:do(?:es)? not|don['’]t|doesn['’]t|never) (?:use|set|place|store) (?:any )?cookies (?:at all|whatsoever)\b/;
/** The words a denial of all cookies needs, tested before its pattern (reading speed). */
const NONE_WORDS = /(?:not|n['’]t|never) (?:use|set|place|store) (?:any )?cookies/;
/** The user's side: "you can use the site without accepting cookies". */
const USERS_WAY = /\byou (?:can|may|are able to)\b/i;
export function noCookiesUsed(s: string): boolean {
  if (!s.includes("cookie")) return false;
  const free =
    (s.includes("cookie-free") ||
      s.includes("cookieless") ||
      s.includes("cookie-less") ||
      s.includes("without")) &&
    COOKIE_FREE.test(s);
  const none = !free && NONE_WORDS.test(s) && NO_COOKIES_AT_ALL.test(s);
  return (free || none) && !USERS_WAY.test(s);
}
export const NO_COOKIES_USED = "no cookies used";

/**
 * A parent's consent said in other words, where the age read before was "not meant for children
 * under …": "The service is available for individuals from the age of five. Parental consent is
 * required for individuals under 13 years old." (Freja eID); "If you are under the age of 13,
 * please do not use Proctorio's Sites without explicit permission from your School Official,
 * parent, and/or guardian." and "the Institution (on behalf of the parent) provides the required
 * consent for Proctorio to collect Personal Information of a child under 18" (Proctorio). Not the
 * common line of what the company does on learning of data collected without such consent ("If
 * we learn we have collected personal information from a child under 13 without parental
 * consent, we will delete it").
 */
const PARENTAL_CONSENT_REQUIRED =
  /\b(?:parental|parents?['’]?s?|guardians?['’]?s?) (?:consent|permission|approval) (?:is|will be) (?:required|needed|necessary) (?:for|from|of) (?:individuals|users|children|persons|people|anyone|those|minors|kids|students)\b/i;
const NOT_WITHOUT_PARENT =
  /\b(?:do not|don['’]t|may not|must not|cannot|can ?not|should not) (?:use|access|register|sign up|join)\b[^.;]{0,60}?\bwithout (?:the |explicit |prior |express |verifiable |written )?(?:permission|consent|approval) (?:from|of) [^.;]{0,50}?\b(?:parents?|guardians?)\b/i;
const CONSENT_GIVEN_FOR_A_CHILD =
  /\b(?:provides?|gives?|obtains?) (?:the )?(?:required |necessary |verifiable )?consent\b[^.;]{0,80}?\bof (?:a |the )?(?:child|children|minors?|students?) (?:under|below)\b/i;
export function parentsConsentInOtherWords(s: string): boolean {
  if (!/parent|guardian/i.test(s) || !/consent|permission|approval/.test(s)) return false;
  return (
    PARENTAL_CONSENT_REQUIRED.test(s) ||
    NOT_WITHOUT_PARENT.test(s) ||
    CONSENT_GIVEN_FOR_A_CHILD.test(s)
  );
}

/**
 * The policy's change said as a thing the company "may" do "at any time", with no "reserve the
 * right": "We may revise this policy at any time." (The Trade Desk, "no fact found" beside it).
 * The same `change-reserved` as "We reserve the right to change this … at any time" (the review
 * of 2027-01-02): it decides only where nothing else about changes is read. Not a cookie policy's
 * change, nor the user's ("you may change your settings at any time").
 */
const MAY_CHANGE_AT_ANY_TIME =
  /\b(?:we|[A-Z][\w.-]{1,30}) (?:may|can|might|will) (?:at any time )?(?:(?:change|modify|amend|update|revise|alter)(?:,| and| or|,? and\/or)? ){1,3}(?:this|our|the|these) (?:privacy |data protection )?(?:policy|statement|notice|declaration)\b[^.;]{0,60}?\bat any time\b|\b(?:we|[A-Z][\w.-]{1,30}) (?:may|can|might) at any time (?:(?:change|modify|amend|update|revise|alter)(?:,| and| or)? ){1,3}(?:this|our|the) (?:privacy |data protection )?(?:policy|statement|notice)\b/i;
export function changeMayBeMadeAtAnyTime(s: string): boolean {
  const m = s.includes("at any time") ? MAY_CHANGE_AT_ANY_TIME.exec(s) : null;
  return m !== null && !/\bcookie\b/i.test(m[0]);
}

/**
 * Cookies refused in the browser, in words the earlier rules did not read: "You can control
 * whether or not to accept cookies based on browser settings or by using other tools." (LINE);
 * "If you prefer, you can usually choose to set your browser to remove or reject browser cookies."
 * (Open Collective, Reddit); "Most browsers … can typically be configured to block all cookies"
 * (WolframAlpha). Not a browser of the company's own.
 */
const SET_BROWSER_TO_REFUSE =
  /\b(?:set|configure|adjust)(?: up)? (?:your|the|a) (?:web |internet )?browser(?:['’]s settings)? to (?:(?:remove|reject|refuse|block|decline|disable|delete)(?:,| or| and)? ){1,3}(?:all |some |browser |first- and third-party |third-party |first-party )?cookies\b/i;
const CONTROL_ACCEPTING =
  /\bcontrol whether (?:or not )?(?:to )?accept(?:ing)? cookies\b[^.;]{0,60}?\bbrowser\b/i;
const BROWSERS_CAN_BE_SET =
  /\b(?:browsers?|it|they|but) (?:can|may) (?:typically |usually |generally |often |normally )?be (?:configured|set|modified|adjusted) to (?:block|refuse|reject|decline|disable) (?:all )?cookies\b/i;
export function cookiesRefusedInOtherWords(s: string): boolean {
  if (!s.includes("browser")) return false;
  return SET_BROWSER_TO_REFUSE.test(s) || CONTROL_ACCEPTING.test(s) || BROWSERS_CAN_BE_SET.test(s);
}

/**
 * An objection to direct marketing in the words of French law: "A right of opposition to
 * prospecting at any time …" (Qobuz, whose choice was "no fact found"): "opposition" is the
 * objection, "prospecting" (prospection) the direct marketing.
 */
const OPPOSITION_TO_PROSPECTING =
  /\b(?:right (?:of|to) )?(?:opposition|object(?:ion)?|oppose)\b[^.;]{0,30}?\bto (?:(?:commercial|marketing|direct) )?prospect(?:ing|ion)\b/i;
export function objectionToProspecting(s: string): boolean {
  return s.includes("prospect") && OPPOSITION_TO_PROSPECTING.test(s);
}

/**
 * A refusal of direct marketing said by notice to the company: "If you do not want Freja eID
 * Group to use your personal data for direct marketing, you have the right to provide written
 * notification of this to Freja eID Group at any time." (Freja eID, whose choice said "the policy
 * does not say how").
 */
const NOTICE_AGAINST_MARKETING =
  /\bif you (?:do not|don['’]t|no longer) (?:want|wish)\b[^.;]{0,60}?\b(?:direct marketing|marketing purposes)\b[^.;]{0,80}?\b(?:notify|notification|inform|tell|write to)\w{0,3}\b/i;
export function noticeAgainstMarketing(s: string): boolean {
  return s.includes("marketing") && NOTICE_AGAINST_MARKETING.test(s);
}

/**
 * Data kept while the user uses the service: "We store the personal information we collect as
 * described in this Privacy Policy for as long as you use our Services or as necessary to fulfill
 * the purpose(s) for which it was collected, …" (Academia.edu, "no fact found"). A verb of keeping
 * before "for as long as you use (continue to use) our (the) services (platform, site, apps)";
 * not a condition ("As long as you use the Services, you agree …").
 */
const KEPT_WHILE_USED =
  /\b(?:stor|retain|keep|kept|hold|held|maintain)\w{0,3}\b[^.;]{0,100}?\bfor (?:as|so) long as you (?:use|continue to use) (?:our|the) (?:services?|platform|site|website|apps?|products?)\b/i;
export function keptWhileYouUseTheService(s: string): boolean {
  return s.includes("as long as you") && KEPT_WHILE_USED.test(s);
}

/**
 * Changes posted by the date at the policy's top, said in its own words: "we will indicate at the
 * top of the Privacy Policy the date when it was most recently updated" (Allrecipes, whose only
 * policy-changes fact was a change of its incentive programs' terms).
 */
const DATE_AT_THE_TOP =
  /\b(?:indicate|note|show|state|display)\w{0,2} at the top of (?:this|the|our) (?:privacy )?(?:policy|notice|statement|page) the date\b[^.;]{0,40}?\b(?:updated|revised|modified|changed)\b/i;
export function dateIndicatedAtTheTop(s: string): boolean {
  return s.includes("at the top") && DATE_AT_THE_TOP.test(s);
}

/**
 * A change of a program's terms, not the policy's: "We may add or change incentive programs or
 * their terms by posting notice on the program descriptions and terms linked to above, so check
 * them regularly." (Allrecipes, read as "changes are posted on the site"). Not a sentence that
 * names the policy.
 */
const PROGRAMS_CHANGED =
  /\b(?:add|chang|modif|updat|amend|revis|end|terminat|discontinu)\w{0,3}(?: (?:or|and) \w{1,12})? (?:[\w-]{1,20} ){0,2}programs?(?: (?:or|and) (?:their|its) terms)?\b/i;
export function changeOfAProgram(s: string): boolean {
  return (
    s.includes("program") &&
    PROGRAMS_CHANGED.test(s) &&
    !/\b(?:polic(?:y|ies)|privacy notice|statement)\b/i.test(s)
  );
}

/**
 * Provider words that name no one given data: the company as a vendor of an advertising
 * framework ("TCF Vendor ID: 1136.", "Infolinks Media, LLC is a registered vendor under the IAB
 * Europe Transparency && Consent Framework", "the IAB Europe Global Vendor List"), others'
 * security the company cannot guarantee ("we cannot guarantee the security of our systems, or
 * those of our vendors", OpenSea), and the company itself as the processor ("we will instead
 * process your personal data as a personal data processor on behalf of your employer", Freja eID;
 * "A data processor is an entity that processes personal data …", a definition). A sentence that
 * names a recipient besides them is left to the rule.
 */
// Since the second reading of 2027-01-27 also "as vendor number 42" (Taboola; read-since-2027-01-27.ts).
const VENDOR_NO_RECIPIENT = new RegExp(
  `${
    /\b(?:TCF )?vendor ID\b|\bglobal vendor list\b|\bregistered vendor (?:under|with|in|of)\b|\bguarantee the security of\b[^.;]{0,60}?\bthose of (?:our|its|their) (?:vendors|service providers|processors)\b|\b(?:as|be|is)(?: both)? (?:a|an|the) personal data processor\b|^\W*(?:an?|the) (?:data )?processor (?:is|means) (?:an?|any) /
      .source
  }|${FRAMEWORK_VENDOR_NUMBER.source}`,
  "gi",
);
const PROVIDER_WORD =
  /\b(?:service providers?|vendors?|contractors?|agents|processors?|subprocessors?|sub-processors?|companies (?:that|who) (?:help|assist|perform|provide))\b/i;
export function vendorsNamedAsNoRecipient(s: string): boolean {
  if (!/vendor|processor/i.test(s)) return false;
  const rest = s.replace(VENDOR_NO_RECIPIENT, " ");
  return rest !== s && !PROVIDER_WORD.test(rest);
}

/**
 * Subcontractors held to the work they do: "The subcontractor will access the Personal Data only
 * to the minimum extent required for performing the subcontracted services on our behalf, and will
 * not use the Personal Data beyond the scope of the subcontracted services." (LINE, whose third
 * parties said "no fact found": "subcontractor" is none of the provider words the first rule
 * knows).
 */
const SUBCONTRACTOR_LIMITED =
  /\bsub-?contractors?\b[^.;]{0,60}?\b(?:will|shall|may|must|are|is)(?: only)? (?:access|use|process|receive|be)\b[^.;]{0,120}?\b(?:only|solely|not use|beyond the scope|minimum extent|confidential\w*|bound|contract\w*)\b/i;
export function subcontractorsLimited(s: string): boolean {
  return /subcontract|sub-contract/i.test(s) && SUBCONTRACTOR_LIMITED.test(s);
}

/**
 * No sale, its verbs in quotation marks and defined by a law in brackets: "We do not “sell” or
 * “share” (as those terms are defined under the CCPA) personal information, nor have we done so in
 * the preceding 12 months." (OpenSea, whose third parties read no denial); and a sentence that
 * denies all sharing with third parties, with no exception: "MDN Plus doesn’t share any of your
 * data with third parties." (MDN Plus).
 */
const NOT_SOLD_AS_DEFINED =
  /\b(?:we|[A-Z][\w.-]{1,30}) (?:do not|don['’]t|does not|doesn['’]t|will not|never) ["“'‘]?sell["”'’]?(?:(?:,| or| and) ["“'‘]?(?:share|rent|trade)["”'’]?){0,2},? \((?:as )?(?:those |these |such |the )?(?:terms?|words?) (?:is |are )?defined[^()]{0,80}\),? (?:your |any )?(?:personal )?(?:information|data)\b/;
const SHARES_NONE =
  /^\W*(?:we|[A-Z][\w. -]{1,30}?) (?:do(?:es)? not|don['’]t|doesn['’]t|never|will not|won['’]t) (?:share|disclose|sell|give) any (?:of )?(?:your|the) (?:personal )?(?:data|information) with (?:any )?third[- ]part(?:y|ies)\s*[.!]?\s*$/i;
export function notSoldInOtherWords(s: string): string | null {
  if (s.includes("sell") && s.includes("defined") && NOT_SOLD_AS_DEFINED.test(s))
    return "does not sell personal information";
  if (s.length < 200 && s.includes(" any ") && s.includes("third") && SHARES_NONE.test(s))
    return "does not share data with third parties";
  return null;
}

/**
 * The how of an opt-out: "using the controls inside your Xanga account" is the account's settings
 * (Xanga's "the policy does not say how"); "a universal tool that automatically communicates your
 * opt-out preferences, such as the Global Privacy Control" is a browser signal, not the account's
 * preferences (Bumble, read "in account settings").
 */
/** Tested only on an opt-out's sentence (`optOutHow`), as are the signal's preferences below. */
export const CONTROLS_IN_ACCOUNT =
  /\bcontrols (?:inside|in|within) your (?:[\w’'-]{1,20} ){0,2}account\b/i;
export const SIGNALS_PREFERENCES =
  /\b(?:your )?opt-out preferences?\b(?=[^.;]{0,80}\b(?:Global Privacy Control|GPC|universal (?:opt-out )?(?:tool|signal|mechanism)|preference signal)\b)/gi;
