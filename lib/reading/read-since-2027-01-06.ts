/**
 * Rules added after the re-audit of 2027-01-06 (the 76th to 100th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */
import {
  PLACE,
  NOT_A_PLACE,
  USER_LOCATED_OR_BASED,
  NOT_USERS_DATA,
  ANOTHER_COMPANYS,
} from "./read-since-2027-01-04";

/**
 * An acquirer that "may continue to use" the data as this policy sets it out: "You acknowledge that
 * such transfers may occur, and that any acquirer of Bandcamp may continue to use your Personal
 * Data as set forth in this policy." (Bandcamp: concerning until the re-audit of 2027-01-06, beside
 * Stack Overflow's "the new owners may use your personal data in the same way as set out in this
 * privacy notice", read as bound since 2026-12-27). The acquirer (buyer, purchaser, successor, new
 * owner) continues to use (process, hold) the data "as set forth (set out, described, stated) in",
 * "in accordance with" or "consistent with" this (our) policy (notice, statement). Not an acquirer
 * that continues to use it as it will, nor one under its own policy ("in accordance with its own
 * privacy policy": "its" is no word of the rule).
 */
const ACQUIRER_CONTINUES =
  /\b(?:acquir(?:er|ers|ing (?:company|entity|party))|buyers?|purchasers?|successors?(?: entit(?:y|ies))?|new owners?|transferees?)\b(?: [\w.-]+){0,3}? (?:may|will|would|shall|can) continue to (?:use|process|hold|treat|handle) (?:your |the |such |all )?(?:[\w-]+ ){0,3}?(?:as (?:set (?:forth|out)|described|stated|provided) in|in accordance with|consistent with) (?:this|our|the) (?:privacy |data protection )?(?:policy|notice|statement)\b/i;
export const ACQUIRER_CONTINUES_WORDS = /continue to/i;
export function acquirerContinuesUnderThePolicy(s: string): boolean {
  return s.includes("continue to") && ACQUIRER_CONTINUES.test(s);
}

/**
 * Disclosure only under a statutory (legal) obligation: "In addition, we only disclose your data
 * when you have given us your express consent or where we are under a statutory obligation."
 * (Deutsche Bahn: neutral until the re-audit of 2027-01-06). The rule of 2026-12-28
 * (`onlyWhenCompelled`) reads "only disclose … if we are legally obliged (compelled, forced)"; an
 * obligation said as a noun, "under (subject to) a statutory (legal) obligation (duty,
 * requirement)" or "where there is a legal obligation", is the same compulsion. Not another ground
 * beside it ("to protect our rights", "or to prevent fraud"), as for that rule, nor "not share …
 * other than for the purposes specified in this policy or where there is a legal requirement"
 * (Wide Angle Software: no "only").
 */
const ONLY_UNDER_OBLIGATION =
  /\bonly (?:disclose|share|provide|release|transmit|pass on|hand over|give|turn over|transfer)\b[^.;]{0,160}?\b(?:if|when|where) (?:we are |there is |it is |this is )?(?:under |subject to )?(?:a |an )?(?:statutory|legal) (?:obligation|duty|requirement)\b/i;
export const GROUND_BEFORE =
  /\b(?:fraud\w*|harm|safety|protect\w*|defen[cd]\w*|emergenc\w*|abuse|rights|property|terms of (?:service|use))\b/i;
export const GROUND_AFTER =
  /\bor (?:to |if |when |where |as |in order to )(?:\w+ ){0,4}?(?:protect|prevent|fraud|harm|safety|emergenc|defend|enforc|investigat)/i;
export const OBLIGATION_WORDS = /statutory|legal (?:obligation|duty|requirement)/i;
export function onlyUnderAnObligation(s: string): boolean {
  if (!s.includes("only") || !s.includes("obligation")) return false;
  const m = ONLY_UNDER_OBLIGATION.exec(s);
  return (
    m !== null && !GROUND_BEFORE.test(m[0]) && !GROUND_AFTER.test(s.slice(m.index + m[0].length))
  );
}

/**
 * Requests of law enforcement said with "lawful" (legitimate, valid) and no authority's noun after
 * them: "Comply with lawful requests from law enforcement", "compliance with legal obligations
 * (such as lawful law enforcement requests)" (Booking.com), "comply with a legal obligation (such as
 * if we receive a legitimate request from a law enforcement agency)" (IKEA). Each read "no fact
 * found" until the re-audit of 2027-01-06: the rule of 2026-12-28 reads "requests from public (law
 * enforcement) authorities" beside a verb of giving. The value is the policy's words, "lawful
 * requests". Not a request of anyone else ("lawful requests from you").
 */
const LAWFUL_REQUESTS =
  /\b(lawful|legitimate|valid|legally binding) (?:requests? (?:from|of|by) (?:a |an |the |any )?(?:law enforcement|police)\b|law enforcement requests?\b)/i;
export const LAWFUL_REQUESTS_WORDS = /request/i;
export function lawfulRequestsOfLawEnforcement(s: string): string | null {
  if (!s.includes("request") || !(s.includes("law enforcement") || s.includes("police")))
    return null;
  const m = LAWFUL_REQUESTS.exec(s);
  return m ? `${m[1]!.toLowerCase()} requests` : null;
}

/**
 * Safeguards said as the data protected "through (by, with) the use of" measures: "We have
 * information security and access policies that limit access to our systems and technology, and we
 * protect your data through the use of technological protection measures." (Coolmath4Kids: "no
 * fact found" until the re-audit of 2027-01-06). The rule of 2027-01-01 reads measures "to protect"
 * the data, its verb after the noun. Not the user's protection ("you should protect your data by
 * using strong passwords"), nor the safeguards of a transfer or of a recipient's contract.
 */
const PROTECTED_THROUGH =
  /\bprotect(?:s|ing)? (?:your |the |all |such )?(?:personal )?(?:data|information)\b[^.;]{0,40}? (?:through|by|with) (?:the use of |using |means of )?((?:[\w-]+,? ){0,3}?(?:measures|safeguards|controls))\b/i;
const NOT_THE_COMPANYS =
  /\byou (?:should|must|need to|can|may)\b|\b(?:urge|ask|encourage|recommend)\b|\brequir\w*\b/i;
const ANOTHER_SUBJECT_OF_SAFEGUARDS =
  /\b(?:transfer\w*|standard contractual clauses|adequa\w*|outside|countr(?:y|ies)|international|cross-border|contractual)\b/i;
export const PROTECTED_THROUGH_WORDS = /protect/i;
export function protectedThroughMeasures(s: string): string | null {
  if (!s.includes("protect") || !/measures|safeguards|controls/.test(s)) return null;
  const m = PROTECTED_THROUGH.exec(s);
  if (!m || NOT_THE_COMPANYS.test(s) || ANOTHER_SUBJECT_OF_SAFEGUARDS.test(s)) return null;
  return m[1]!.replace(/\s+/g, " ").trim();
}

/**
 * Where data is stored, said with the company as the one who stores: "We may store and process
 * personal information in the United States and other countries, …" (Couchsurfing), "Please be
 * advised that we store all information in the United States or Australia." (Thryv YellowPages), or
 * with the company's servers named before the place: "Personal Information we collect may be
 * transferred to and stored in our servers or those of Third Parties that act on our behalf (such
 * as hosting providers) in the United States or other countries outside of the European Economic
 * Area and the United Kingdom." (Mix). Each read "no fact found" until the re-audit of 2027-01-06:
 * the rules of 2027-01-02 and 2027-01-04 read the data or the servers "located in", or data
 * "stored in" a place with the place right after. The place is a capitalised name, as for those
 * rules; not the user's place ("If you are located in …"), job applicants' or staff's data, another
 * company's servers, nor a provider's storage alone.
 */
const WE_STORE = new RegExp(
  `\\b[Ww]e\\s+(?:(?:may|will|also|currently|generally|primarily|only|might|can)\\s+){0,2}(?:store|host|keep|house)\\s+(?:and\\s+(?:process|use|maintain)\\s+)?(?:all\\s+|your\\s+|the\\s+|such\\s+|this\\s+)?(?:[\\w-]+\\s+){0,3}?(?:data|information)\\s+in\\s+${PLACE}`,
);
const STORED_IN_OUR_SERVERS = new RegExp(
  `\\bstored\\s+(?:in|on)\\s+our\\s+(?:own\\s+)?servers\\b[^.;:]{0,100}?\\bin\\s+${PLACE}`,
);
export const STORED_BY_US_WORDS = /store/i;
export function dataStoredByUs(s: string): string | null {
  if (!s.includes("store") || !/\bin,? (?:the )?[A-Z]/.test(s)) return null;
  let m: RegExpExecArray | null = null;
  if (s.includes("e ")) m = WE_STORE.exec(s);
  if (!m && s.includes("our servers")) m = STORED_IN_OUR_SERVERS.exec(s);
  if (!m || ANOTHER_COMPANYS.test(s) || NOT_USERS_DATA.test(s)) return null;
  if (USER_LOCATED_OR_BASED.test(s.slice(0, m.index + m[0].length))) return null;
  let place = m[1]!.split(/(?<=\.)\s/)[0]!.trim();
  if (!/\b[A-Z]\.[A-Z]\.$/.test(place)) place = place.replace(/[.,]+$/, "");
  return NOT_A_PLACE.test(place) ? null : place;
}

/**
 * The other places the policy names beside the first: "Information may be processed and stored in
 * the United States or other countries." (Woman's Day), "stored in the United States where we are
 * established, as well as in other countries outside of the EEA" (Zoom), "transferred to or stored
 * in the United States or other countries where we or our service providers operate" (Bandcamp).
 * Until the re-audit of 2027-01-06 every reading of where data is stored gave the first place alone,
 * "(the United States)", as if the data stayed there. The place is followed, in the same sentence
 * and within a few words, by "or (and, as well as) [in] other countries (locations, jurisdictions,
 * regions)"; the value then says so: "the United States or other countries". Not other countries
 * named in another clause ("; we transfer data to other countries": the sentence's end or a
 * semicolon stops the search).
 */
const OTHER_PLACES =
  /^[^.;:]{0,60}?\b(or|and|as well as)(?: in| to)? (?:other|another|various|additional|multiple|several) (countries|country|locations|jurisdictions|regions|territories)\b/;
export function withOtherPlaces(s: string, place: string): string {
  if (!s.includes("other") && !s.includes("various") && !s.includes("additional")) return place;
  if (/other (?:countries|locations|jurisdictions|regions|territories)$/.test(place)) return place;
  const at = s.indexOf(place);
  if (at < 0) return place;
  const m = OTHER_PLACES.exec(s.slice(at + place.length, at + place.length + 140));
  if (!m) return place;
  const conjunction = m[1] === "or" ? "or" : "and";
  const noun = m[2] === "country" || m[2] === "countries" ? "other countries" : `other ${m[2]}`;
  return `${place} ${conjunction} ${noun}`;
}

/**
 * A cookie's definition read as the company's encryption: "Cookies are small encrypted text files
 * that are stored on your device by a website." (IKEA, whose security said "including encryption"
 * on it until the re-audit of 2027-01-06). What a cookie is protects no data the company holds. Not
 * the company's encryption of its cookies' contents ("we encrypt the data in our cookies").
 */
const COOKIE_DEFINED_AS_ENCRYPTED =
  /\bcookies? (?:are|is) (?:a |an )?(?:small |tiny |little )?(?:[\w-]+ ){0,2}?encrypted\b/i;
export function cookieDefinedAsEncrypted(s: string): boolean {
  return s.includes("ookie") && s.includes("encrypted") && COOKIE_DEFINED_AS_ENCRYPTED.test(s);
}
