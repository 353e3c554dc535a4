/**
 * Rules added after the re-audit of 2026-12-30 (the first 25 machine-read companies by the SHA-1
 * of their slug: collection, use, access, security, international transfer, business transfer and
 * legal disclosure). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */
import { asWritten } from "./as-written";
import { courtDecisionNamed } from "./read-since-2026-12-23";

/**
 * Legal process answered "whether or not" the law requires it: "we will not disclose personal
 * information to any third party unless we believe that disclosure is necessary: (1) to conform to
 * legal requirements or to respond to a subpoena, search warrant or other legal process received
 * by Webs, whether or not a response is required by applicable law; …" (Webs: "disclosure in
 * response to legal process", neutral, until the re-audit of 2026-12-30). The company answers where
 * the law does not require it, as "when not specifically dictated by applicable law" (beyond-the-
 * law.ts) already reads. Not "whether or not" of something else ("whether or not you have an
 * account"), nor a sentence with no verb of giving or answering.
 */
const WHETHER_OR_NOT_REQUIRED =
  /\bwhether or not (?:[\w-]+ ){0,4}?(?:is |are |be )?(?:legally |strictly |specifically )?(?:required|compelled|mandated|obliged|obligated|dictated) (?:by|under) (?:the |any )?(?:applicable |relevant |local )?(?:laws?|regulations?|legal)\b/i;
const GIVING_OR_ANSWERING =
  /\b(?:disclos\w*|releas\w*|provid\w*|shar\w*|respond\w*|comply|complying|answer\w*|turn over|hand over)\b/i;
export function answeredWhetherOrNotRequired(s: string): boolean {
  return (
    s.includes("whether or not") && WHETHER_OR_NOT_REQUIRED.test(s) && GIVING_OR_ANSWERING.test(s)
  );
}

/**
 * A sentence that goes on with the business event of the sentence before by naming the transfer
 * of the user's information: "In the rare event of a business transaction such as a merger, … we
 * may share some of your personal information with relevant parties (e.g., a buyer or successor)
 * … If we intend to transfer information about you, we will inform you either by email or by
 * posting a notice on the Service." (Temu, concerning until the re-audit of 2026-12-30: the
 * notice's sentence names no event). It opens on the condition, so it is read with the sentence
 * before, as "If a change happens to our business, …" is (the audit of 2026-12-27); not a transfer
 * abroad ("If we transfer information about you outside the EEA, …").
 */
const TRANSFER_OF_YOURS_POINTED_BACK =
  /^(?:if|when|before|should) (?:we|[A-Z][\w.&'’-]{0,30}) (?:intends?|plans?|decides?|are going|is going|wish(?:es)?) to (?:transfer|share|disclose|sell) (?:your |any )?(?:personal )?(?:information|data)(?: about you)?,/i;
const ABROAD = /\b(?:outside|abroad|countr|international|overseas|cross-border|jurisdiction)/i;
export function transferOfYoursPointedBack(s: string): boolean {
  return (
    (s.includes("intend") || s.includes("plan") || s.includes("decide") || s.includes("going")) &&
    TRANSFER_OF_YOURS_POINTED_BACK.test(s) &&
    !ABROAD.test(s)
  );
}

/**
 * A buyer of the business named as a recipient in a list of sharing: "There are certain
 * circumstances in which we may share your personal information with certain third parties, as
 * follows" ⏎ "Any prospective buyer of our business or assets, only in the event that we wish to
 * sell any part of our business or assets" (O'Reilly, "no fact found", neutral, until the re-audit
 * of 2026-12-30: no merger, acquisition or "sale of all or part …" in its words). Read only where
 * a heading or lead-in says data is given (transferListItem); not a buyer of the company's
 * products ("buyers of our products"), nor a sale of goods.
 */
const BUYER_OF_THE_BUSINESS =
  /\b(?:buyers?|purchasers?)(?: or (?:other )?(?:transferees?|successors?|acquirers?))? of (?:all or (?:any |a )?part of )?(?:our|the|its|this|that) (?:company|business(?:es)?|assets|entity)\b|\bsell (?:all or )?(?:any |some |a )?(?:part|portion) of (?:our|the|its) (?:company|business|assets)\b/i;
export function buyerOfTheBusiness(s: string): boolean {
  return (
    (s.includes("buyer") || s.includes("purchaser") || s.includes("sell")) &&
    BUYER_OF_THE_BUSINESS.test(s)
  );
}

/**
 * Legal process said as a court's or a government's decision with the noun first: "(d) Authorities
 * and other parties. The Bank and we will share your personal data in cases where the Bank or we
 * are obliged to do so, for example, by law or other statute or court or government decision."
 * (BankID: "no fact found" until the re-audit of 2026-12-30; "the decision of a court" has read
 * since the audit of 2026-12-23). Only in a sentence about giving data; not the company's own
 * decision ("our decision"), nor a court's decision the user may appeal to.
 */
const COURT_DECISION_NOUN_FIRST =
  /\b(?:court|judicial)(?: or (?:government(?:al)?|administrative|official|regulatory|authority|authorities['’]?))? (?:decisions?|rulings?|judg(?:e)?ments?)\b/i;
const GIVING_DATA =
  /\b(?:disclos\w*|shar(?:e|es|ed|ing)|provid\w*|releas\w*|hand(?:ed)? over|transfer\w*|transmit\w*)\b/i;
export function courtDecisionNounFirst(s: string): string | null {
  if (!s.includes("decision") && !s.includes("ruling") && !s.includes("judg")) return null;
  const m = COURT_DECISION_NOUN_FIRST.exec(s);
  return m && GIVING_DATA.test(s) && !courtDecisionNamed(s) ? asWritten(s, m.index, m[0]) : null;
}
