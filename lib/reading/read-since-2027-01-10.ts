/**
 * Rules added after the re-audit of 2027-01-10 (the 126th to 150th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

import { PLACE, NOT_USERS_DATA } from "./read-since-2027-01-04";
import {
  LAW_COMPLIED_ANSWERED,
  PLACES_OF_STORAGE_WORDS,
  blankOursToAccess,
  placesOfStorageSaid,
} from "./read-since-2027-01-12";
import { MORE_PLACES_OF_STORAGE_WORDS, morePlacesOfStorageSaid } from "./read-since-2027-01-16";
import { LAWFUL_REQUESTS_OF_AUTHORITIES } from "./read-since-2027-01-18";
import { STORAGE_FURTHER_WORDS, storagePlacesInFurtherWords } from "./read-since-2027-01-22";
import { STORAGE_OTHER_WORDS, storagePlacesInOtherWords } from "./read-since-2027-01-24";

/**
 * Where data is stored, said by the servers' place as an adjective, in a list of systems, or as
 * the company's own processing and storing "throughout" places: "… will be hosted on U.S. servers"
 * (Blockworks), "The personal data we collect is stored on the US servers, … and European Economic
 * Area (“EEA”) servers" (Spark), "We provide services globally using computer systems, servers, and
 * databases located in the U.S. and other countries." (Vimeo), "Teads is based in Amsterdam and we
 * process and store information throughout the United States, Europe, Latin America, and Asia."
 * (Teads). Each "no fact found" until the re-audit of 2027-01-10: the rules of 2027-01-02 to
 * 2027-01-08 want servers "located in" a place, or data "stored in" it. The place is a capitalised
 * name; not the user's place, job applicants' or staff's data, nor another company's servers.
 */
// A place's name or adjective only, never a company's ("stored on Forbes servers located in …").
const ON_PLACE_SERVERS =
  /\b(?:hosted|stored|kept|housed|held) on (?:the )?(U\.S\.|US|USA|EU|EEA|UK|American|European(?: Union| Economic Area)?|German|Swiss|French|Irish|Dutch|Swedish|Finnish|Canadian|Australian|Japanese|Singapore(?:an)?|Indian|Brazilian) (?:based |owned |operated )?servers\b/;
const AND_PLACE_SERVERS =
  /^[^.;]{0,120}?,? and (?:the )?(European(?: Union| Economic Area)?|U\.S\.|US|USA|EU|EEA|UK|[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20}){0,1})(?: \(["“]?[A-Z]{2,4}["”]?\))? servers\b/;
const SYSTEMS_LOCATED_IN = new RegExp(
  `\\b(?:servers|databases|data cent(?:er|re)s)\\b,? (?:and|or) (?:[\\w-]+ ){0,2}?(?:servers|databases|data cent(?:er|re)s|infrastructure) (?:that are |which are |are )?located in ${PLACE}`,
);
const PROCESS_AND_STORE_THROUGHOUT = new RegExp(
  `\\bwe (?:process and store|store and process|store) (?:your |personal |all |the )?(?:information|data|personal data|personal information) (?:throughout|across|in) ${PLACE}`,
);
const NOT_A_PLACE =
  /^(?:the )?(?:Article|Section|Chapter|This|These|Our|Your|Privacy|Cookie|Terms|Service|Services|Site|Website|App|Platform|Cloud|Account|Products?|Settings|Data|Personal)\b/;
const USER_LOCATED =
  /\b(?:you|users?|individuals?|residents?|visitors?|customers?)\b[^.;:]{0,30}?\b(?:are|is|were) (?:located|based)\b/i;
const ANOTHER_COMPANYS =
  /\b(?:Google|Facebook|Meta|Microsoft|Amazon|Apple|Twitter|LinkedIn|Anthropic|OpenAI)\b|\bservers? of\b/;
const ABBREVIATED = /^(?:U\.S\.|US|USA|EU|EEA|UK)$/;
const COUNTRY_OF: Record<string, string> = {
  American: "the United States",
  European: "Europe",
  German: "Germany",
  Swiss: "Switzerland",
  French: "France",
  Irish: "Ireland",
  Dutch: "the Netherlands",
  Swedish: "Sweden",
  Finnish: "Finland",
  Canadian: "Canada",
  Australian: "Australia",
  Japanese: "Japan",
  Singaporean: "Singapore",
  Indian: "India",
  Brazilian: "Brazil",
};
// Widened at the re-audit of 2027-01-12 (read-since-2027-01-12.ts): "in servers located in"
// (TikTok), "Places we have … data centers, including" (TP-Link), "UCLA may store and process".
// And at the re-audit of 2027-01-16 (read-since-2027-01-16.ts): "runs on dedicated servers located
// in Canada" (Tildes), "on our computers located globally, including in the United States" (Viber).
// Widened at the re-audit of 2027-01-22 (read-since-2027-01-22.ts): data transferred to the
// company's servers in a place (Flickr, Y Combinator), stored "only … within" (Mullvad), by "we and
// our providers" (Kraken), or as "it" (Snapchat). And at the re-audit of 2027-01-24
// (read-since-2027-01-24.ts): "processed by our servers located in" (Tencent), "Taboola currently
// stores … in our data centers located in" (Taboola), "may be processed and stored in" (Hearst).
const PLACES_OF_STORAGE = [
  ...placesOfStorageSaid(PLACE),
  ...morePlacesOfStorageSaid(PLACE),
  ...storagePlacesInFurtherWords(PLACE),
  ...storagePlacesInOtherWords(PLACE),
];
// And at the re-audit of 2027-01-18: "datacenters", one word (Gofile).
// And at the re-audit of 2027-01-24: "may be processed and stored in" (Hearst).
export const PLACE_OF_SERVERS_WORDS =
  /servers|databases|data cent|datacent|throughout|across|store and process|process and store|be processed and stored|be stored|to and used in/;
export function placeOfServersSaid(s: string): string | null {
  let m: RegExpExecArray | null = null;
  let among = false;
  let also = "";
  if (s.includes(" servers") && s.includes(" on ")) {
    m = ON_PLACE_SERVERS.exec(s);
    // "stored on the US servers, …, and European Economic Area (“EEA”) servers" (Spark).
    const more = m && AND_PLACE_SERVERS.exec(s.slice(m.index + m[0].length));
    if (more) also = `the ${more[1]}`;
  }
  if (!m && s.includes("located in") && /servers|databases|data cent/.test(s)) {
    m = SYSTEMS_LOCATED_IN.exec(s);
    among =
      m !== null &&
      s.slice(m.index + m[0].length, m.index + m[0].length + 24).includes(" other countries");
  }
  if (
    !m &&
    (s.includes("process and store") || s.includes("store and process") || s.includes("we store"))
  )
    m = PROCESS_AND_STORE_THROUGHOUT.exec(s);
  if (
    !m &&
    (PLACES_OF_STORAGE_WORDS.test(s) ||
      MORE_PLACES_OF_STORAGE_WORDS.test(s) ||
      STORAGE_FURTHER_WORDS.test(s) ||
      STORAGE_OTHER_WORDS.test(s))
  ) {
    for (const re of PLACES_OF_STORAGE) {
      m = re.exec(s);
      if (m) break;
    }
    among =
      m !== null &&
      s
        .slice(m.index + m[0].length, m.index + m[0].length + 24)
        .toLowerCase()
        .match(/ other countries|^,? among others\b/) !== null;
  }
  if (!m || ANOTHER_COMPANYS.test(s) || NOT_USERS_DATA.test(s)) return null;
  if (USER_LOCATED.test(s.slice(0, m.index + m[0].length))) return null;
  let place = m[1]!.split(/(?<=\.)\s/)[0]!.trim();
  if (!/\b[A-Z]\.[A-Z]\.$/.test(place)) place = place.replace(/[.,]+$/, "");
  if (NOT_A_PLACE.test(place)) return null;
  if (ABBREVIATED.test(place)) place = `the ${place}`;
  else place = COUNTRY_OF[place] ?? place;
  if (also) place = `${place} and ${also}`;
  return among ? `${place}, among other countries` : place;
}

/**
 * Authorities named as recipients "when required to comply with applicable laws or respond to
 * lawful requests": "Other — Any recipient necessary to comply with legal, regulatory, judicial or
 * administrative obligations or to exercise and defend our rights — Public authorities, courts, law
 * enforcement, or regulators when required to comply with applicable laws or respond to lawful
 * requests or defend or exercise our rights." (Criteo, a recipients table's row: "no fact found"
 * until the re-audit of 2027-01-10). The `legal-process` rules want a verb of disclosure or
 * compliance; a row that names the authorities as recipients and the lawful requests they answer
 * is the same disclosure. Not requests of others ("respond to your requests"), nor a row that
 * names no authority.
 */
const AUTHORITIES_ANSWERED =
  /\b(?:public authorities|authorities|courts|law enforcement|regulators|government(?:al)? (?:authorities|agencies|bodies|entities))\b[^.;]{0,120}?\brespond(?:ing)? to (lawful|legal|valid|enforceable|binding) (?:government(?:al)? |official )?requests\b/i;
export const AUTHORITIES_ANSWERED_WORDS = /respond/;
export function authoritiesAnsweredAsRecipients(s: string): string | null {
  if (!s.includes("respond") || !s.includes("requests")) return null;
  // Widened at the re-audit of 2027-01-12: the law complied with, in place of the authorities.
  // Widened at the re-audit of 2027-01-18: the authorities named after the requests (Imgur).
  const m =
    AUTHORITIES_ANSWERED.exec(s) ??
    LAW_COMPLIED_ANSWERED.exec(s) ??
    LAWFUL_REQUESTS_OF_AUTHORITIES.exec(s);
  return m ? `${m[1]!.toLowerCase()} requests` : null;
}

/**
 * What is no correction of the user's data: settings named in a short list ("You may change your
 * account and video privacy settings.", Vimeo: the rule of 2026-12-17 wants at most two words
 * before "settings" and none of them "and"), interests for advertising ("You can modify your
 * interests, choose whether your personal information is used to make ads more relevant to you, and
 * turn on or off certain advertising services.", Google and Gmail), and what others may export or
 * view from the user's profile ("Customers can export limited information from your profile, such
 * as name, headline, current company, …", LinkedIn: its paying customers, not the member). Each was
 * a "data can be seen and corrected" fact until the re-audit of 2027-01-10 (no rating: each policy
 * names the rights in other sentences). "You can change your profile and account information"
 * still reads, as does "Customers can review and update account information" (the user as a
 * customer, no "your").
 */
const SETTINGS_LISTED =
  /\b(?:change|update|adjust|manage|modify|edit)\s+(?:your|their)\s+(?!(?:[\w-]+\s+){0,1}(?:information|data|details|profile)\b)(?:[\w-]+\s+){1,2}?(?:and|or)\s+(?:[\w-]+\s+){0,1}?(?:privacy|notification|communication|marketing|cookie|e-?mail|ad|advertising|sharing|visibility)\s+settings\b/gi;
const INTERESTS_MODIFIED =
  /\b(?:change|update|adjust|manage|modify|edit)\s+(?:your|their)\s+(?:ads?\s+|advertising\s+)?interests\b/gi;
const OTHERS_EXPORT_YOURS =
  /\b(?:[Cc]ustomers|[Aa]dvertisers|[Pp]artners|[Rr]ecruiters|[Ee]mployers|[Oo]ther (?:users|members)|[Oo]thers|[Tt]hird parties)\s+(?:can|may|are able to)\s+(?:export|view|see|download)\b[^.;]{0,80}?\b(?:from|of|in|on) your\s+(?:[\w-]+\s+){0,1}?(?:profile|account|data|information)\b/g;
export function blankNoCorrectionOfYours(s: string): string {
  let out = s;
  if (out.includes("and") || out.includes("or")) {
    if (out.includes("settings")) out = out.replace(SETTINGS_LISTED, (m) => " ".repeat(m.length));
  }
  if (out.includes("interests")) out = out.replace(INTERESTS_MODIFIED, (m) => " ".repeat(m.length));
  if (out.includes(" your ") && /export|view|see|download/.test(out))
    out = out.replace(OTHERS_EXPORT_YOURS, (m) => " ".repeat(m.length));
  // The re-audit of 2027-01-12: the company's own "we may collect or access" (AdSupply).
  return blankOursToAccess(out);
}
