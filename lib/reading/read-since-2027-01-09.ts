/**
 * Rules added after the re-audit of 2027-01-09 (the 126th to 150th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

import { currentVersionDateNoted } from "./read-since-2027-01-13";

/**
 * Third parties' cookies the user may refuse, read as third parties tracking on the site: "You can
 * configure your browser settings according to your wishes and, for example, refuse the acceptance
 * of third party cookies or all cookies." (GraphCMS, whose cookies were concerning on that line
 * alone until the re-audit of 2027-01-09). The words the user refuses are blanked before the
 * `third-party-tracking` rules read the sentence, so that trackers it names besides still read:
 * "Our advertising partners set third-party cookies; you can block third-party cookies in your
 * browser."
 */

const THIRD_PARTY_COOKIES_REFUSED =
  /\b(?:refuse|reject|block|decline|disable|deny|delete|prevent)(?: the (?:acceptance|storage|setting|placement|use) of)?(?: all| any)? third[- ]party cookies\b(?:,? (?:or|and) (?:all|other|first[- ]party) cookies\b)?/gi;
export function blankThirdPartyCookiesRefused(s: string): string {
  if (!s.includes("cookies") || !/third[- ]party/i.test(s)) return s;
  return s.replace(THIRD_PARTY_COOKIES_REFUSED, " ");
}

/**
 * Cookies refused by configuring the browser, the verb after the settings: "You can configure your
 * browser settings according to your wishes and, for example, refuse the acceptance of third party
 * cookies or all cookies." (GraphCMS, "no fact found" until the re-audit of 2027-01-09). Returns
 * where the refusal is said, for the opt-out's what and how; not a browser the company configures
 * ("We configure our servers …") nor one that refuses nothing.
 */
const BROWSER_CONFIGURED_TO_REFUSE =
  /\b(?:you|users?)\b[^.;]{0,40}?\b(?:configure|set up|set|adjust|change)(?: the settings of)? (?:your |their |the )?(?:web |internet )?browser(?: settings)?\b[^.;]{0,100}?\b(refuse|reject|block|decline|disable|deny)\b[^.;]{0,60}?\bcookies\b/i;
export function cookiesRefusedInBrowserAt(s: string): number | null {
  if (!s.includes("browser") || !s.includes("cookies")) return null;
  const m = BROWSER_CONFIGURED_TO_REFUSE.exec(s);
  return m ? m.index + m[0].indexOf(m[1]!) : null;
}

/**
 * Consent to a newsletter revoked: "You can revoke your consent to receive our newsletter at any
 * time by using the respective link in the newsletter or sending an email to …" (GraphCMS, "no fact
 * found" until the re-audit of 2027-01-09: the rules of opting out read "withdraw", "unsubscribe",
 * not "revoke"). Returns where the revocation is said; not consent revoked to something else
 * ("revoke your consent to the processing of your data" is read by the rules of consent).
 */
const CONSENT_TO_MESSAGES_REVOKED =
  /\b(?:revoke|withdraw)(?: your| the)? consent to (?:receive|receiving|(?:the )?(?:receipt|sending) of) (?:our |the |any |further )?(?:newsletters?|marketing (?:e-?mails|messages|communications)|promotional (?:e-?mails|messages|communications))\b/i;
export function consentToMessagesRevokedAt(s: string): number | null {
  if (!s.includes("consent") || !/newsletter|marketing|promotional/.test(s)) return null;
  const m = CONSENT_TO_MESSAGES_REVOKED.exec(s);
  return m ? m.index : null;
}

/**
 * Changes posted, said as a date to check or a date of publication: "We may make changes to this
 * privacy policy, so please check back periodically. You will be able to see that we made changes
 * by checking the effective date below." (Verizon); "Any changes will take effect from the date of
 * publication." (Scaleway). Each "no fact found" until the re-audit of 2027-01-09. Not changes to
 * something else ("Changes to the law take effect from the date of publication").
 */
const CHANGES_SEEN_BY_THE_DATE =
  /\b(?:see|tell|know|find out|learn) (?:that|when|whether|if) (?:we )?(?:have )?(?:made (?:any )?changes|changed|updated|revised|modified) (?:it |this (?:privacy )?(?:policy|notice|statement) )?by (?:checking|looking at|reviewing|referring to|consulting) the (?:effective|last[- ]updated|last[- ]modified|revision) date\b/i;
const CHANGES_EFFECTIVE_ON_PUBLICATION =
  /\b(?:any|all|such|these|the) (?:changes|modifications|amendments|updates)(?: to (?:this|our|the) (?:privacy )?(?:policy|notice|statement))? (?:will |shall )?(?:take|takes) effect (?:from|on|upon|as of) (?:the )?(?:date|day|time) of (?:their |its )?(?:publication|posting)\b/i;
export function changesPostedByTheDate(s: string): boolean {
  if (!s.includes("date")) return false;
  return (
    (s.includes("by ") && CHANGES_SEEN_BY_THE_DATE.test(s)) ||
    (s.includes("effect") && CHANGES_EFFECTIVE_ON_PUBLICATION.test(s)) ||
    // The re-audit of 2027-01-13: "The effective date of the current Privacy Policy is noted at
    // the top of this page." (Chayn).
    currentVersionDateNoted(s)
  );
}

/**
 * No sharing with third parties, save as the law compels or the user publishes: "We don't share
 * any personally identifying information publicly or with third-parties, except when required to
 * by a subpoena or valid court order, or when you explicitly publish that information yourself."
 * (PrivacySpy, whose third parties said "no fact found" until the re-audit of 2027-01-09: the rule
 * of 2027-01-03 reads such a denial only with no exception). Not an exception that names other
 * recipients ("except with our service providers").
 */
const SHARING_DENIED_SAVE_FOR_LAW =
  /^\W*(?:we|[A-Z][\w.-]{1,30}) (?:do not|don['’]t|does not|doesn['’]t|will not|won['’]t|never) (?:share|disclose|sell|give)(?: or (?:share|disclose|sell|give))? (?:any )?(?:of )?(?:your |the )?(?:personally identifying |personally identifiable |personal )(?:data|information) (?:(?:publicly|with anyone) or )?with (?:any )?third[- ]part(?:y|ies),? (?:except|unless|other than)(?: (?:when|where|if|as))?(?: we are| it is)? (?:required|compelled|obliged|ordered)\b([^.]{0,160})/i;
const OTHER_RECIPIENTS =
  /\b(?:service providers?|vendors?|partners?|affiliat\w*|processors?|contractors?|advertis\w*|marketing|subsidiar\w*)\b/i;
export function sharingDeniedSaveForLaw(s: string): string | null {
  if (!s.includes("third") || !/except|unless|other than/.test(s)) return null;
  const m = SHARING_DENIED_SAVE_FOR_LAW.exec(s);
  return m && !OTHER_RECIPIENTS.test(m[1] ?? "") ? "does not share data with third parties" : null;
}

/**
 * Service providers that are none of the company's recipients: the user's own carrier, "a
 * different address may be assigned to the user by their service provider each time they connect
 * to the Internet" (Gmail, Google); data carried "to another service provider" at the user's
 * request, "You can request that we provide your data in a machine-readable format to transfer to
 * another service provider." (The Register); and a list item of sources, "Information from
 * advertising partners, vendors and publishers; and" (LinkedIn), since the second reading of
 * 2027-01-20 also an item with no noun before "from" ("From distributors, service providers and other
 * vendors; and", Webcrawler's sources); and since then a processor named only in a contract's
 * vocabulary ("No Effect on Processor Terms", "a processor service", "a controller-processor
 * relationship", Google's controller terms; not "payment processor services", Reddit's recipients). Each read as data shared with
 * service providers until the re-audit of 2027-01-09 (beside other such facts that decide). The
 * words are blanked before the `service-providers` rules read the sentence; "our partners and
 * their service providers" (onward recipients) is left alone.
 */
const PROVIDERS_NOT_RECIPIENTS =
  /\b(?:controller|processor)[- ](?:controller|processor)\b|\bprocessor (?:terms|customers?|relationships?|roles?)\b|\b(?:as|a|the) processor services?\b|\b(?:your|their|the user['’]s) (?:own )?(?:internet|mobile|wireless|cellular|telecom(?:munications)?|broadband|network) (?:service )?(?:providers?|carriers?)\b|\bassigned\b[^.;]{0,40}?\bby (?:your|their|the user['’]s) service providers?\b|\b(?:transfer|transmit|port|move|send)(?:s|red|ted|ring|ting|ed|ing)? (?:it |them |(?:your |the |this )?(?:personal )?(?:data|information) )?(?:directly )?to (?:another|a different|a new|any other) (?:service providers?|controllers?|providers?)\b/gi;
const SOURCES_LISTED =
  /^\W*(?:(?:(?:personal )?(?:information|data)) (?:(?:we (?:receive|collect|obtain)|received|collected|obtained) )?)?from (?!you\b)/i;
const GIVING =
  /\b(?:share[sd]?|sharing|disclos\w*|provid(?!ers?\b)\w*|transfer\w*|sell|sold|give|given|rent)\b/i;
export function blankProvidersNotRecipients(s: string): string {
  if (SOURCES_LISTED.test(s) && s.length < 200 && !GIVING.test(s)) return "";
  if (!s.includes("provider") && !s.includes("carrier") && !/ontroller|rocessor/.test(s)) return s;
  return s.replace(PROVIDERS_NOT_RECIPIENTS, " ");
}

/**
 * Sharing for others' marketing denied in the passive: "If you opt in to text message marketing,
 * your opt in will not be shared with third parties or affiliates for their own marketing
 * purposes." (Verizon, read both as such sharing and as its denial until the re-audit of
 * 2027-01-09: the denial the `marketing-sharing` rule looks for is "not share", "not disclose",
 * never "not be shared"). The denial must reach the marketing in its own clause: "Your data is not
 * sold, but it may be shared with partners for their marketing" still reads.
 */
const SHARED_DENIED_PASSIVELY =
  /\b(?:will|shall|would|is|are|was|were|be|being)(?: not| never) (?:be )?(?:shared|disclosed|transferred|given|provided|sold|rented)\b|\bnever (?:be )?(?:shared|disclosed)\b/i;
const CLAUSE_TURNS = /\b(?:but|however|except|unless|other than|although|though|whereas)\b|;/i;
export function marketingSharingDeniedPassively(s: string): boolean {
  if (!/ not | never /.test(s) || !/marketing|promotional/.test(s)) return false;
  const m = SHARED_DENIED_PASSIVELY.exec(s);
  if (!m) return false;
  const rest = s.slice(m.index, m.index + 220);
  const marketing = /\b(?:marketing|promotional)\b/i.exec(rest);
  return marketing !== null && !CLAUSE_TURNS.test(rest.slice(0, marketing.index));
}
