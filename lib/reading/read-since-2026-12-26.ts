/**
 * Rules added after the audit of 2026-12-26 (offset 9 of the machine-read companies: cookies,
 * retention, disputes, third parties, children and policy changes). Each is a pure test on one
 * sentence (or one heading), kept in its own file so that the rules in `extract-facts.ts` change by
 * a line each. Every quantifier is bounded (the suite's adversarial inputs run over them), and each
 * rule is gated on a plain word before its pattern runs.
 */

/**
 * Kept while a need, a relationship or an account lasts, in words the earlier rules do not read:
 * "We retain your personal information as long as we have an ongoing legitimate business need to do
 * so" (Alibaba.com, AliExpress), "We keep your personal information for as long as we have a
 * relationship with you." (Quora, Lyft, TikTok …), "We retain Personal Data about you for as long as
 * you have an open account with us" (Guilded). Until the audit of 2026-12-26 each read "no fact
 * found". A verb of keeping before it; the policy's own words after "as long as".
 */
export const KEPT_WHILE_RELATIONSHIP_WORDS = /\blong as\b/i;
const KEPT_WHILE_RELATIONSHIP =
  /\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held|maintain|maintains|maintained)\b[^.;]{0,80}?\b((?:as|so) long as (?:we|you) (?:have|maintain) (?:an? |your |our )?(?:(?:ongoing|continuing|active|open|existing|legitimate|valid|business|contractual|customer) ){0,3}(?:relationship|business need|need|account|contract|agreement|subscription)(?: with (?:you|us))?)\b/i;
export function keptWhileRelationship(s: string): string | null {
  const m = KEPT_WHILE_RELATIONSHIP.exec(s);
  return m ? m[1]!.toLowerCase().replace(/^so long as\b/, "as long as") : null;
}

/**
 * A sale the policy admits after a concession: "Although we do not sell your personal information
 * for money, our sharing of your personal information with some advertising partners (including
 * certain identifiers, …) may be deemed a “sale” or “sharing” for targeted advertising purposes
 * under applicable privacy laws." (Starbucks; until the audit of 2026-12-26 the concession's "not"
 * denied the whole sentence, and only "does not sell … (for money only)" was read). The rest of the
 * sentence after the concession's first comma, for the deemed-sale rule to read; null when the
 * sentence opens on no concession with a denial in it.
 */
export const CONCESSION_WORDS = /\b(?:although|though|while|whilst)\b/i;
const CONCESSION_DENYING =
  /\b(?:although|though|while|whilst) (?:[^,;.]{0,120}?)\b(?:not|never|n['’]t)\b[^,;.]{0,120}?, /i;
export function afterConcession(s: string): string | null {
  const m = CONCESSION_DENYING.exec(s);
  return m ? s.slice(m.index + m[0].length) : null;
}

/**
 * Third parties that join what they collect on the company's site with what they collect
 * elsewhere, to target ads: "These platforms may combine information they collect on our Platform
 * with data on their platforms and data they collect from other websites or through other sources
 * in order to conduct targeted advertising." (Alibaba.com, AliExpress; until the audit of
 * 2026-12-26 Alibaba.com's cookies read "no fact found", neutral). Read as tracking across
 * websites; not what the company itself combines ("we may combine …"), nor a denial.
 */
export const COMBINED_ELSEWHERE_WORDS = /\bcombine\b/i;
const COMBINED_WITH_OTHER_SITES =
  /\b(?:they|these (?:[\w-]+ ){0,2}?(?:platforms|partners|companies|providers|networks|advertisers|parties)|third[- ]part(?:y|ies)|(?:advertising |ad |marketing )?partners|advertisers|ad networks) (?:may |might |can |will |could )?(?:also )?combine\b[^.;]{0,120}?\b(?:collect|gather|obtain)\w* (?:on|through|via|from|at) (?:our|the) [^.;]{0,160}?\bother (?:websites|web sites|sites|apps|applications|sources)\b[^.;]{0,120}?\b(?:advertis\w*|ads)\b/i;
export const COMBINED_ELSEWHERE_VALUE = "advertising tracking across websites";
export const combinedWithOtherSites = (s: string): string | null =>
  COMBINED_WITH_OTHER_SITES.test(s) ? COMBINED_ELSEWHERE_VALUE : null;

/**
 * "saved" as a verb of keeping: "Information about when you requested the register extract and when
 * we responded is saved for ten (10) years.", "Direct messages are saved for 2 months after the end
 * of interaction." (Kivra; until the audit of 2026-12-26 none of its "saved" periods was read, and
 * its retention was protective beside ten years). Only the passive ("is / are saved"): not a saving
 * offered to the user ("save 20% for 3 months"), nor "We will save the guardian's consent until the
 * earlier of … 12 months after you turn 18" (Kivra), whose period is counted from an age. The
 * sentence with the verb said as "stored", for the period rule to read as it reads any other; null
 * when it has no such verb.
 */
export const SAVED_WORDS = /\bsaved\b/i;
const SAVED_AS_KEPT = /\b(is|are|be|been|was|were|gets?) saved\b/gi;
export function savedAsKept(s: string): string | null {
  SAVED_AS_KEPT.lastIndex = 0;
  if (!SAVED_AS_KEPT.test(s)) return null;
  SAVED_AS_KEPT.lastIndex = 0;
  return s.replace(SAVED_AS_KEPT, (_m, be: string) => `${be} stored`);
}
/**
 * In such a sentence a request named before the verb is part of what is kept, not a time to
 * answer it: "Information about when you requested the register extract and when we responded is
 * saved for ten (10) years." The period follows "saved for" (here "stored for") directly.
 */
export function keptRightBefore(t: string, n: number): boolean {
  const at = t.search(new RegExp(`\\b${n}\\b`));
  return (
    at >= 0 &&
    /\bstored for (?:up to |a (?:maximum|minimum|period) of )?[\w-]{0,12} ?\(?$/i.test(
      t.slice(Math.max(0, at - 50), at),
    )
  );
}
