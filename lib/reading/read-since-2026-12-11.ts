/**
 * Rules added after the audit of 2026-12-11 (offset 5 of the machine-read companies: collection,
 * use, choice, security, international, business transfer and legal disclosure). Each is a pure
 * test on one sentence, kept in its own file so that the fact rules in `extract-facts.ts` change
 * by a line each. Every quantifier is bounded (the suite's adversarial inputs run over them).
 */

import { adCompaniesEngagedToTarget } from "./read-since-2027-01-13";

/**
 * Grounds for disclosure other than legal process: fraud, harm, safety, security, rights, property,
 * the terms. Not "law enforcement" nor "national security", which are legal process's own words.
 */

const OTHER_GROUNDS =
  /\b(fraud\w*|harm|safety|(?<!national )security|protect\w*|(?<!law )enforc(e|es|ed|ing)\b|defen[cd]\w*|emergenc\w*|abuse|rights|property|terms of (service|use))\b/i;

/**
 * An exception list that names legal process among other grounds is no "disclosed only under legal
 * process": "will not disclose specific subscriber information unless complying with legal
 * process, preventing fraud or imminent harm, or ensuring the security of our network and
 * services" (Savetz Publishing), "we will not disclose personal information to any third party
 * unless we believe that disclosure is necessary: (1) … to respond to a subpoena …; (2) to enforce
 * the Webs Terms of Service or to protect our rights; or (3) to protect the safety …" (Webs).
 * Until the audit of 2026-12-11 both read protective. Judged from the first "only", "unless" or
 * "except" on, so "We will not disclose your personal data to law enforcement … unless we believe
 * it is required to comply with warrants, court orders, subpoenas, or other lawful government
 * requests" (Evernote) stays a limit.
 */
export function legalProcessAmongOtherGrounds(s: string): boolean {
  const m = /\b(only|unless|except)\b/i.exec(s);
  return m !== null && OTHER_GROUNDS.test(s.slice(m.index, m.index + 400));
}

/**
 * Data turned or handed over to the government when the company thinks it appropriate: "MouthShut.com
 * can unilaterally turn over information about you to the government if it believes such
 * disclosure to be appropriate" (MouthShut; until the audit of 2026-12-11 "no fact found": "turn
 * over" is no verb of sharing, and "disclosure" no verb at all). The company's own judgement, as
 * "when we believe release is appropriate" already reads; not "necessary", the usual limit.
 */
const HANDED_OVER_AT_DISCRETION =
  /\b(turn(s|ed|ing)? over|hand(s|ed|ing)? over|furnish(es|ed|ing)?|give|gives|provide[sd]?)\b[^.;]{0,80}?\bto (the |any |a )?(government\w*|(law enforcement|public|governmental) (authorit(y|ies)|agenc(y|ies)|officials)|authorit(y|ies)|police|officials)\b[^.;]{0,40}?\b(if|when|where|whenever)\b[^.;]{0,30}?\b(believes?|deems?|considers?|determines?|feels?|thinks?)\b[^.;]{0,40}?\b(appropriate|advisable|desirable)\b/i;
const DENIED_JUST_BEFORE = /\b(not|never|no)\b(\s+\S+){0,2}\s*$/i;
export function handedOverAtDiscretion(s: string): boolean {
  const m = HANDED_OVER_AT_DISCRETION.exec(s);
  return m !== null && !DENIED_JUST_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index));
}

const AD_KIND =
  "(targeted|personali[sz]ed|interest[- ]based|behaviou?ral|tailored|cross[- ]context)";
/**
 * Data the company gives partners for targeted advertising, the purpose said in other words than
 * "for targeted advertising": "we share your personal data with our third-party partners that
 * enable us to deliver targeted advertising through third-party channels and platforms", "We
 * conduct personalised advertising by sharing your hashed data with third-party partners, such as
 * Meta and Google" (Finnair; until the audit of 2026-12-11 its use read "no fact found", while
 * Booking.com's "share … with advertising partners, as part of the marketing of our trip services
 * via third parties" read concerning).
 */
const PARTNERS_ENABLE_ADS = new RegExp(
  `\\bwe (may |also |can |will |then ){0,2}(share|disclose|provide|transfer)\\b[^.;]{0,60}?\\bwith (our |selected |certain )?(third[- ]party |advertising |marketing )?partners\\b[^.;]{0,20}?\\b(that|who|which) (enable|help|allow|assist) us (to )?(deliver|provide|show|serve|display|conduct|run)\\b[^.;]{0,20}?\\b${AD_KIND}\\b[^.;]{0,20}?\\badvertis\\w*`,
  "i",
);
const ADS_BY_SHARING = new RegExp(
  `\\bwe (\\w+ ){0,2}${AD_KIND} (advertising|ads|marketing) by (sharing|disclosing|providing|transferring)\\b[^.;]{0,60}?\\b(data|information|identifiers)\\b[^.;]{0,40}?\\bwith\\b[^.;]{0,40}?\\bpartners\\b`,
  "i",
);
export function sharedWithPartnersForAds(s: string): boolean {
  // The re-audit of 2027-01-13: advertising companies engaged to target the user (MediaFire, ASKfm).
  return PARTNERS_ENABLE_ADS.test(s) || ADS_BY_SHARING.test(s) || adCompaniesEngagedToTarget(s);
}

/**
 * A private key the site stores is no key only the user holds: "chat_data_c — Proper display of
 * the Website. Stores your chat private key for encryption. — 168 days" (a row of XVideos' cookie
 * table; until the audit of 2026-12-11 "encryption the company cannot read (private key)",
 * protective). Not a key kept only on the user's device.
 */
const KEY_STORED =
  /\b(stores?|stored|storing|keeps?|kept|saves?|saved)\b(\s+[\w'’-]+){0,3}\s+private (encryption )?key\b/i;
const ONLY_THE_USERS = /\b(only|locally|never leaves?|on your (own )?(device|computer|phone))\b/i;
export function privateKeyTheSiteStores(s: string): boolean {
  return KEY_STORED.test(s) && !ONLY_THE_USERS.test(s);
}

/**
 * An opt-out named only as a request the company keeps data to honour offers none: "We retain
 * your personal data even after you have closed your account if reasonably necessary to …
 * enforce our User Agreement, or fulfill your request to "unsubscribe" from further messages from
 * us" (LinkedIn, whose choice read "an opt-out is offered through an unsubscribe link" from it
 * until the audit of 2026-12-11). `verbAt` is where the opt-out's verb stands.
 */
const KEPT_TO_HONOUR_OPT_OUT =
  /\b(retain|keep|kept|store|maintain|hold)\w{0,3}\b.{0,400}?\b(fulfil|honou?r|process|record|comply with|respect)\w{0,3} (your|the|a|any) (request|choice|decision|wish|preference)s? (to|that we)\b[^.]{0,20}?["“'‘]?(unsubscrib|opt(ing)?[- ]?out)/gi;
export function optOutOnlyAsReasonToKeep(s: string, verbAt: number): boolean {
  for (const m of s.matchAll(KEPT_TO_HONOUR_OPT_OUT)) {
    const end = m.index + m[0].length;
    if (verbAt >= m.index && verbAt <= end) return true;
  }
  return false;
}

/**
 * A way to unsubscribe said before the word: "Users may follow the instructions at the bottom of
 * an email from the Company in order to unsubscribe from correspondence" (Hugging Face; until the
 * audit of 2026-12-11 "how not stated"), as "unsubscribe at the bottom of the email" already reads.
 */
const UNSUBSCRIBE_WAY_BEFORE =
  /\b(instructions|links?|buttons?)\b[^.]{0,40}?\b(at the bottom|in the footer|at the end) of (an?|any|each|every|the|our|your) (e-?mails?|messages?|communications?|newsletters?)\b[^.]{0,60}?\bunsubscrib/i;
export const unsubscribeWayBefore = (s: string) => UNSUBSCRIBE_WAY_BEFORE.test(s);

/**
 * The data's use after a business transfer held to this policy in other words: "The use of your
 * Personal Information following any of these events will be governed by the provisions of this
 * Privacy Policy in effect at the time of the acquisition or merger." (Parler, once its printed
 * lines are read as one sentence: business transfer concerning → neutral). Not a different,
 * another, a new or the buyer's own policy, and not "our Terms".
 */
const GOVERNED_BY_THIS_POLICY =
  /\b(will|shall|would|continues? to|remains?|is|are) (be |to be )?(governed|controlled) by (the (provisions|terms) of )?(this|our|the) (privacy )?(policy|statement|notice)\b/i;
export const governedByThisPolicy = (s: string) => GOVERNED_BY_THIS_POLICY.test(s);
