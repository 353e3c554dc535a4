/**
 * Rules added after the audit of 2026-12-25 (offset 7 of the machine-read companies: cookies,
 * retention, disputes, use, choice and access). Each is a pure test on one sentence (and, where
 * said, the sentence before it in the same clause), kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every rule is gated on a plain word first, and every
 * quantifier is bounded (the suite's adversarial inputs run over them).
 */

/**
 * Only the cookies the service needs, said as what the cookies used are for: "The only cookies we
 * use are those to operate and provide our Services on the web." (Telegram; neutral "no fact
 * found" until the audit of 2026-12-25). Not "The only cookies we use are those of Google
 * Analytics", nor a sentence that names advertising, analytics or tracking beside them.
 */
const ONLY_COOKIES_NEEDED =
  /\bthe only cookies (?:that )?(?:we|this (?:site|website|app|service)) (?:use|uses|set|sets|place|places)\b(?: on [\w ]{1,30}?)? (?:are|is) (?:those|the ones|ones)? ?(?:that are |which are )?(?:strictly |technically |absolutely )?(?:(?:necessary|needed|required|essential) )?(?:to|for|in order to) (?:operate|operating|provide|providing|run|running|deliver|delivering|make|making|enable|enabling|log)\b/i;
const COOKIES_FOR_MORE =
  /\b(?:advertis\w*|marketing|analytic\w*|track\w*|profil\w*|third[- ]part\w*|statistic\w*)\b/i;
export function onlyNeededCookies(s: string): string | null {
  if (!s.toLowerCase().includes("only cookies")) return null;
  return ONLY_COOKIES_NEEDED.test(s) && !COOKIES_FOR_MORE.test(s)
    ? "only session or essential cookies"
    : null;
}

/**
 * Ad networks named as the technology used: "We use ad serving technology from Google, Facebook
 * and MoPub/Twitter." (Wordfeud, whose apps show personalised ads placed by them; neutral "no fact
 * found" until the audit of 2026-12-25). The value keeps the policy's words and names. Not the
 * company's own technology ("our ad serving technology"), nor a denial ("We do not use ad serving
 * technology from third parties").
 */
const AD_TECH_FROM =
  /\b(?:use|uses|using|employ|employs|integrate|integrates|rely on|relies on|work with|works with) (?:the |third[- ]party )?(ad(?:vertising)?[- ]serving (?:technolog(?:y|ies)|tools?|SDKs?|platforms?|services?)|advertising (?:technolog(?:y|ies)|SDKs?)) (?:from|of|provided by|by) ([A-Z][\w.&'’-]{0,30}(?:(?:, (?:and |or )?| and | or |\/)[A-Z][\w.&'’-]{0,30}){0,5})/;
const AD_TECH_DENIED = /\b(?:not|never|no)\b[^.]{0,30}\b(?:use|employ|integrate|rely|work)\b/i;
export function adServingTechnologyFrom(s: string): string | null {
  const lower = s.toLowerCase();
  if (!lower.includes("serving") && !lower.includes("advertising technolog")) return null;
  if (AD_TECH_DENIED.test(s)) return null;
  const m = AD_TECH_FROM.exec(s);
  if (!m) return null;
  const names = m[2]!.replace(/[.’']+$/, "");
  return names ? `${m[1]!.toLowerCase()} from ${names}` : null;
}

/**
 * A right listed as what the user may have done to their data: "you have the following rights:" ⏎
 * "To have your personal data rectified, updated and deleted, it being specified that deletion can
 * only occur when: …" (Lydia; its access read "users can see and correct their data", neutral,
 * until the audit of 2026-12-25). Only a sentence that opens on "To have" (a list's item) or "the
 * right to have"; not "We need to verify your identity to have your data deleted".
 */
const HAVE_DATA = String.raw`(?:^\W{0,3}to |\bright to )have (?:your|their|all your|all of your) (?:[\w-]+ ){0,2}(?:data|information|account)`;
const PARTICIPLES = "rectified|corrected|updated|completed|amended|modified|deleted|erased|removed";
const HAVE_DATA_DONE = (done: string) =>
  new RegExp(
    `${HAVE_DATA} (?:(?:${PARTICIPLES})(?:,? (?:and|or|and/or) |, )){0,3}(?:${done})\\b`,
    "i",
  );
export const HAVE_DATA_DELETED = HAVE_DATA_DONE("deleted|erased|removed");
export const HAVE_DATA_CORRECTED = HAVE_DATA_DONE(
  "rectified|corrected|updated|completed|amended|modified",
);

/**
 * A supplier's own statement of its retention, reported by the company: "Anthropic states that
 * API inputs and outputs are deleted from its backend systems within 30 days by default, …" (Dune,
 * whose retention read "a retention period of 30 days is stated" from it until the audit of
 * 2026-12-25). A sentence opening on a capitalised name, not the company's "we", that "states
 * (says, claims …) that". Not "We state that …", nor "Our policy states that …".
 */
const STATED_BY_ANOTHER =
  /^\W{0,3}(?!(?:We|Our|This|The|These|It)\b)[A-Z][\w.&'’-]{1,30}(?: [A-Z][\w.&'’-]{1,30}){0,3} (?:states|says|claims|reports|represents|indicates|has stated|has said) that\b/;
export function statedByAnother(s: string): boolean {
  const at = s.indexOf(" that ");
  return at > 0 && at < 160 && STATED_BY_ANOTHER.test(s);
}

/**
 * Backups kept "for limited additional periods" (Dune: "Support records, billing records, security
 * logs, and backups may be retained for limited additional periods in accordance with Dune’s
 * internal retention and data management policies.") are kept for a limited time, as "for a
 * limited time" already read; "no limit stated" until the audit of 2026-12-25.
 */
const LIMITED_PERIODS =
  /\bfor (?:a )?(?:limited|short|brief) (?:additional |further |extra )?(?:time|periods?|durations?)\b/i;
export function backupsForALimitedTime(s: string, value: string): string {
  return value.endsWith("no limit stated") && s.includes("limited") && LIMITED_PERIODS.test(s)
    ? "kept in backups or archives for a limited time"
    : value;
}

/**
 * All the user's data deleted with the account, said of "this action" after the sentence that
 * deletes the account: "If you wish to delete your account, you can do so at any time by clicking
 * the "Delete Account" button in your user settings. Please note that this action is irreversible
 * and will delete all of your data from our servers." (Kbin, "no fact found" until the audit of
 * 2026-12-25). The clause must open on the account's deletion (its first sentence, read within the
 * clause as the history reads it). Not "this action will delete your account" alone (no data), nor
 * a clause that opens on something else.
 */
const THIS_ACTION_DELETES_ALL =
  /\b(?:this|that|the) (?:action|step|process|deletion)\b[^.]{0,60}\b(?:will|shall|would) (?:permanently |irreversibly |also )?(?:delete|erase|remove|purge) all (?:of )?your (?:[\w-]+ ){0,2}(?:data|information|content)\b/i;
const ACCOUNT_DELETED =
  /\b(?:delet\w*|clos\w*|remov\w*|terminat\w*) (?:of )?your (?:[\w-]+ )?account\b|\baccount (?:deletion|closure|removal)\b/i;
export function allDataDeletedWithTheAccount(s: string, opening: string): string | null {
  if (!s.includes("all ")) return null;
  return THIS_ACTION_DELETES_ALL.test(s) && ACCOUNT_DELETED.test(opening)
    ? "deleted when the account is closed"
    : null;
}

/**
 * A transfer framework named by the policy's defined term: "Under the Frameworks, we commit to refer
 * unresolved complaints concerning our handling of personal data received under the Frameworks to
 * VeraSafe, an alternative dispute resolution provider …" (Grammarly, whose "Frameworks" are the
 * Data Privacy Frameworks named earlier; its disputes read "an independent mechanism is mentioned"
 * until the audit of 2026-12-25, now "only for some users", neutral as before). Only the capitalised
 * term after "under", "in reliance on", "pursuant to" or "in compliance with": not "a framework for
 * resolving disputes".
 */
const FRAMEWORK_TERM =
  /\b(?:[Uu]nder|in reliance on|pursuant to|in (?:compliance|accordance) with) the Frameworks?\b/;
export function underTheFrameworks(s: string): boolean {
  return s.includes("Framework") && FRAMEWORK_TERM.test(s);
}

/**
 * The company telling a regulator of a breach names no recourse for users: "In the event of a
 * personal data breach …, Dune will notify the relevant supervisory authority without undue delay
 * …" (Dune), "In case of violation of your personal data, …, we will notify the CNIL within the
 * regulatory deadline." (Lydia) were each read as "a regulator is named" until the audit of
 * 2026-12-25 (both policies name the regulator for complaints too: no rating moved). Not a
 * sentence with words of complaint ("you may notify the supervisory authority", "lodge a
 * complaint").
 */
const COMPANY_NOTIFIES_AUTHORITY =
  /\b(?:will|shall|must|may|would|we)\b (?:\w+ )?(?:notify|inform)\b(?! (?:you|users)\b)[^.]{0,40}\b(?:authorit(?:y|ies)|CNIL|regulators?|commission(?:er)?)\b/i;
const USERS_RECOURSE = /\b(?:complain\w*|lodge|you may|you can|you have the right|your right)\b/i;
export function companyNotifiesTheAuthority(s: string): boolean {
  return (
    (s.includes("notify ") || s.includes("inform ")) &&
    COMPANY_NOTIFIES_AUTHORITY.test(s) &&
    !USERS_RECOURSE.test(s)
  );
}

/**
 * An opt-out of marketing messages said as leaving a list: "If you would like to be removed from
 * Visible’s email marketing list, you can opt out using the unsubscribe instructions, usually found
 * at the bottom of the emails." (Visible; "through an unsubscribe link", of nothing named, until
 * the audit of 2026-12-25, so its summary named only its cookies' opt-out). A marketing list, or
 * a mailing list, is marketing messages; not "our email list", whose e-mails may be the service's,
 * nor "mailing list information" kept.
 */
const MARKETING_LIST =
  /\b(?:(?:e-?mail|electronic|postal) )?(?:marketing (?:e-?mail |mailing )?lists?|mailing lists?)\b(?! (?:information|data|details|addresses|subscriptions?)\b)/i;
export function ofAMarketingList(s: string): boolean {
  return (
    s.includes("list") && (s.includes("ailing") || s.includes("arketing")) && MARKETING_LIST.test(s)
  );
}
