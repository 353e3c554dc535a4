/**
 * Rules added after the audit of 2026-12-23 (offset 2 of the machine-read companies: collection,
 * use, choice, security, international transfer, business transfer and legal disclosure). Each is a
 * pure test on one sentence, kept in its own file so that the rules in `extract-facts.ts` change by
 * a line each. Every quantifier is bounded (the suite's adversarial inputs run over them), and each
 * rule is gated on a plain word before its pattern runs.
 */
import { asWritten } from "./as-written";

/**
 * A limit on disclosure said of one kind of records, not of the company's disclosures: "We may
 * disclose personally identifiable information to a governmental entity to comply with valid legal
 * process, but we will not disclose records revealing your video programming unless we receive a
 * court order …" (Verizon, whose other disclosures go "To protect you, others or us"; until the
 * audit of 2026-12-23 "disclosed to authorities only under legal process", protective). Not "We
 * will not disclose your personal data … unless …" (data in general).
 */
const LIMIT_FOR_ONE_KIND =
  /\b(?:not|never) (?:disclose|share|provide|release|produce|hand over|turn over) (?:any |the )?(?:records (?:revealing|of|showing|about|that (?:reveal|show))|(?:contents?|content) of (?:your|any|the) (?:communications?|messages?|calls?|e-?mails?))\b/i;
export function limitForOneKindOfRecords(s: string): boolean {
  return (s.includes("records") || s.includes("content")) && LIMIT_FOR_ONE_KIND.test(s);
}

/**
 * An aside between the modal and "be": "information about you and your subscription will, in most
 * cases, be shared or transferred as part of the transaction" (Xfinity; until the audit of
 * 2026-12-23 no fact, business transfer "no fact found"). The business-transfer rules read the
 * sentence without the aside; up to five words between two commas.
 */
const ASIDE_AFTER_MODAL =
  /\b(may|might|will|would|could|can|is|are),(?: [\w'’-]+){1,5}, (?=(?:also )?be\b)/gi;
export function withoutAsideAfterModal(s: string): string | null {
  if (!s.includes(", be ") && !s.includes(", also be ")) return null;
  const out = s.replace(ASIDE_AFTER_MODAL, "$1 ");
  return out === s ? null : out;
}

/**
 * Legal process said as a court's decision: "Such disclosure may be made, for example, in criminal
 * investigations, suspicion of identity-related crime, or based on the decision of a court or
 * prosecutor." (Freja eID; until the audit of 2026-12-23 legal disclosure read "no fact found").
 * Only in a sentence about giving data; not a decision of the company's ("our decision").
 */
const COURT_DECISION =
  /\b(?:decisions?|rulings?|judg(?:e)?ments?) (?:of|from|by|issued by) (?:a |an |the )?(?:relevant |competent |appropriate )?(?:courts?|judges?|judicial authorit(?:y|ies))\b/i;
const GIVING =
  /\b(?:disclos\w*|shar(?:e|es|ed|ing)|provid\w*|releas\w*|hand(?:ed)? over|transfer\w*)\b/i;
export function courtDecisionNamed(s: string): string | null {
  if (!/\b(?:decision|ruling|judg)/i.test(s)) return null;
  const m = COURT_DECISION.exec(s);
  return m && GIVING.test(s) ? asWritten(s, m.index, m[0]) : null;
}

/**
 * The list that records an opt-out is no opt-out offered: "We will retain your contact details on
 * an opt-out list to ensure we respect your preferences." (The Register; "You can manage your
 * suppression lists …", SurveyMonkey, of its customers' respondents). Until the audit of 2026-12-23
 * read "an opt-out is offered in account settings". The opt-out rules read the sentence without the
 * list's name, so an offer beside it still reads ("You may opt out by emailing us, and we will keep
 * your address on an opt-out list").
 */
const OPT_OUT_LIST = /\b(?:opt[- ]?out|suppression) lists?\b/gi;
export function withoutOptOutList(s: string): string {
  if (!s.includes("list")) return s;
  return s.replace(OPT_OUT_LIST, (m) => " ".repeat(m.length));
}

/**
 * An identifier in pseudonymous form, written "one-way encrypted (hashed)": "we may collect
 * information such as your identifier …, one-way encrypted (hashed) email address and telephone
 * number, … from our Partners" (LINE, whose security was decided by it until the audit of
 * 2026-12-23). As the audit of 2026-12-13's "a hashed or encrypted email address", it is no
 * safeguard of the company's; "we encrypt …" beside it still reads.
 */
const HASHED_IDENTIFIER =
  /\b(?:one-way )?encrypted \((?:hashed|pseudonymi[sz]ed)\) (?:e-?mail|identifiers?|user ids?|(?:tele)?phone numbers?|device ids?)|\bhashed \(encrypted\) (?:e-?mail|identifiers?|user ids?|(?:tele)?phone numbers?)/i;
const COMPANY_ENCRYPTS =
  /\bwe (?:\w+ ){0,2}?(?:use|employ|apply|encrypt)\w*\b[^.;]{0,40}?\bencrypt/i;
export function hashedIdentifierOnly(s: string): boolean {
  return s.includes("(") && HASHED_IDENTIFIER.test(s) && !COMPANY_ENCRYPTS.test(s);
}
