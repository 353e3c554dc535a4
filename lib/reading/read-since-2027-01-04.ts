/**
 * Rules added after the re-audit of 2027-01-04 (the 51st to 75th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

import { DEVICE_ACCESS_CONTROLLED } from "./read-since-2027-01-24";

/**
 * An acquirer held to the policy by a commitment of its own: "… may be disclosed or transferred as
 * part of a corporate reorganization transaction; provided that the acquirer commits to using the
 * information in a manner consistent with applicable law and this Privacy Notice." (Proctorio:
 * concerning until the re-audit of 2027-01-04). The rule of 2027-01-01 read "uses it in a manner
 * consistent with this privacy policy"; the gerund after "commits to" and "applicable law and"
 * before the policy kept this one unread. The acquirer (buyer, purchaser, successor, new owner) is
 * the sentence's own word for the business event. Not an acquirer bound to the law alone, nor the
 * company's own use.
 */
const ACQUIRER_COMMITS =
  /\b(?:acquir(?:er|ers|ing (?:company|entity|party))|buyers?|purchasers?|successors?(?: entit(?:y|ies))?|new owners?|transferees?)\b(?: [\w-]+){0,3}? (?:commits?|agrees?|undertakes?|is (?:required|obligated|bound)|are (?:required|obligated|bound)|must|will|shall)(?: to)? (?:us(?:e|es|ing)|process(?:es|ing)?|treat(?:s|ing)?|handl(?:e|es|ing)|protect(?:s|ing)?)\b(?: [\w-]+){0,4}? in a (?:manner|way|fashion) (?:that is |which is )?(?:consistent with|in accordance with|in line with|in keeping with) (?:(?:the )?(?:applicable )?(?:law|laws|legislation) and )?(?:this|our|the) (?:privacy |data protection )?(?:policy|notice|statement)\b/i;
export const ACQUIRER_COMMITS_WORDS = /manner|way|fashion/i;
export function acquirerCommitsToThePolicy(s: string): boolean {
  return (
    (s.includes("manner") || s.includes("way") || s.includes("fashion")) && ACQUIRER_COMMITS.test(s)
  );
}

/**
 * Safeguards said by other names for their means: "While we strive to use commercially acceptable
 * means to protect your Personal Data, we cannot guarantee its absolute security." (Persumi, a
 * common template's sentence), "Xanga implements features reasonably designed to protect the
 * security of any non-public information that is stored in our database, such as your password."
 * (Xanga), and measures to keep data private: "Goodreads takes reasonable measures to keep messages
 * that you send to other Members through the Service private between you and the recipient."
 * (Goodreads, whose security was "no clause found": no clause was tagged). The rule of 2027-01-01
 * reads measures, precautions, procedures, efforts and steps "to protect … information"; means,
 * features, methods, systems, tools and technologies were none of its nouns, "the security of" put
 * one word too many before the data, and keeping data private named no verb of protecting. Not the
 * user's precautions ("you should use strong means to protect your password"), a recipient
 * required to take them, steps to verify a requester, nor the safeguards of a transfer abroad or of
 * children's data.
 */
const MEANS_TO_PROTECT_OTHERWISE =
  /\b(?:use|uses|using|implement|implements|implemented|employ|employs|employed|apply|applies|maintain|maintains|have|has)\s+((?:[\w-]+,?\s+){0,3}?(?:means|methods|features|systems|tools|technolog(?:y|ies))\s+(?:(?:that are |which are )?(?:reasonably |specifically )?(?:designed|intended|meant) )?to (?:help |further |reasonably )?(?:protect|safeguard|secure)\s+(?:the (?:security|confidentiality|integrity|privacy) of\s+)?(?:[\w-]+\s+){0,3}?(?:information|data|Personal Data|PII)\b)/i;
const MEASURES_TO_KEEP =
  /\b(?:take|takes|taking|use|uses|implement|implements|maintain|maintains|employ|employs|have|has)\s+((?:[\w-]+,?\s+){0,3}?(?:measures|precautions|steps|safeguards|procedures|efforts))\s+(?:(?:designed|intended) )?to keep\s+((?:your |the |such |all )?(?:[\w-]+))((?:\s+[\w-]+){0,10}?)\s+(private|confidential|secure|safe)\b/i;
const NOT_THE_COMPANYS =
  /\byou (?:should|must|need to|can|may)\b|\bresponsib\w*|\b(?:urge|ask|encourage|recommend)\b|\brequir\w*\b/i;
const ANOTHER_SUBJECT_OF_SAFEGUARDS =
  /\b(?:transfer\w*|standard contractual clauses|adequa\w*|outside|countr(?:y|ies)|international|cross-border|de-?identif\w*|anonymi[sz]\w*|child\w*|minors?|verif\w*|contractual)\b/i;
const MEANS_NOUNS = ["means", "method", "feature", "system", "tool", "technolog"];
const KEEP_WORDS = ["private", "confidential", "secure", "safe"];
export const OTHER_MEANS_WORDS = /means|method|feature|system|tool|technolog|keep/i;
export function safeguardsByOtherMeans(s: string): string | null {
  let m: RegExpExecArray | null = null;
  let said: string | undefined;
  const protecting = s.includes("protect") || s.includes("safeguard") || s.includes("secur");
  if (protecting && MEANS_NOUNS.some((w) => s.includes(w))) {
    m = MEANS_TO_PROTECT_OTHERWISE.exec(s);
    said = m?.[1];
  }
  if (!m && s.includes("keep") && KEEP_WORDS.some((w) => s.includes(w))) {
    m = MEASURES_TO_KEEP.exec(s);
    if (m) {
      const gap = m[3]!.trim();
      said = `${m[1]} to keep ${m[2]}${gap.split(/\s+/).length > 3 ? " …" : gap ? ` ${gap}` : ""} ${m[4]}`;
    }
  }
  if (!m || !said) return null;
  if (NOT_THE_COMPANYS.test(s.slice(0, m.index)) || ANOTHER_SUBJECT_OF_SAFEGUARDS.test(s))
    return null;
  return said.replace(/\s+/g, " ").trim();
}

/**
 * Where data is stored, said in other words than "the servers (data) are located in …" that the
 * review of 2027-01-02 reads (`dataLocationStated`):
 * - servers named by where they are, after a verb or "on": "we process and store information on
 *   servers located in the United States" (Reddit), "We operate from servers located in the United
 *   States." (The Trade Desk), "Our network includes servers in the US and the EU." (Bumble), "will
 *   be stored and processed on our servers in the United States" (GitLab);
 * - data stored in a list of verbs: "Your personal information may be stored in, transferred to,
 *   and processed in the United States …" (Allrecipes), "Information controlled by WhatsApp will be
 *   transferred or transmitted to, or stored and processed in, the United States …" (WhatsApp);
 * - the service hosted in a place: "The Infolinks Properties and Ad Services are provided,
 *   supported, and hosted in the United States." (Infolinks);
 * - the storage of the data in a place, as a consent says it: "your use of Xanga shall constitute
 *   consent to the transfer, storage, use and disclosure of your personally identifiable information
 *   in the US" (Xanga, whose international transfer was "no clause found"), "you consent to the
 *   processing, transfer and storage of information in and to the U.S." (Open Collective).
 * Each read "no fact found" (Xanga "no clause found") until the re-audit of 2027-01-04. The place is
 * a capitalised name, as for `dataLocationStated`; not another company's servers ("Google's
 * servers", "servers of"), a transfer with no word of storage ("may be transferred to the United
 * States"), nor data stored "anywhere in the world".
 */
export const PLACE =
  "((?:the )?[A-Z][\\w.-]{1,30}(?:(?:,| and| or|,? and| &)? (?:the )?[A-Z][\\w.-]{1,30}){0,6})";
export const NOT_A_PLACE =
  /^(?:the )?(?:Article|Section|Chapter|Annex|Appendix|This|These|Our|Your|Privacy|Cookie|Terms|Service|Services|Site|Sites|Website|Websites|App|Apps|Application|Platform|Cloud|Account|Products?|Settings)\b/;
const SERVERS_IN = new RegExp(
  `\\b(?:on|from|includes?|operates?|uses?|has|have|maintains?)\\s+(?:our\\s+(?:own\\s+)?)?(?:servers?|data\\s+cent(?:er|re)s?)(?:\\s+(?:located|based|hosted|housed))?\\s+in\\s+${PLACE}`,
);
const STORED_AMONG_VERBS = new RegExp(
  `\\b(?:[Dd]ata|[Ii]nformation)\\b[^.;:]{0,60}?\\b(?:is|are|be)\\s+(?:(?:transferred|transmitted|processed|used|accessed|maintained)(?:\\s+(?:in|to))?(?:,|,?\\s+(?:and|or|and/or))?\\s+){0,3}(?:(?:or|and)\\s+)?stored(?:\\s+in)?(?:(?:,|,?\\s+(?:and|or|and/or))\\s+(?:transferred|transmitted|processed|used|accessed|maintained)(?:\\s+(?:in|to))?){0,3},?\\s+(?:(?:in|to)\\s+)?${PLACE}`,
);
// Widened at the re-audit of 2027-01-14: "Our Services are hosted primarily in the U.S." (Webcrawler).
const HOSTED_IN = new RegExp(
  `\\b(?:is|are)\\s+(?:(?:provided|supported|operated|maintained|managed|run|owned)(?:,|,?\\s+and)?\\s+){0,3}(?:and\\s+)?hosted\\s+(?:(?:primarily|mainly|principally|predominantly|exclusively|solely)\\s+)?in\\s+${PLACE}`,
);
const STORAGE_OF_DATA_IN = new RegExp(
  `\\bstorage\\b[^.;:]{0,40}?\\bof\\s+(?:your\\s+|the\\s+|such\\s+)?(?:[\\w-]+\\s+){0,2}?(?:data|information)\\b(?:\\s+[\\w-]+){0,3}?\\s+(?:in|to)(?:\\s+and\\s+(?:in|to))?\\s+${PLACE}`,
);
/**
 * Servers said with the company as their user ("we process and store information on servers …",
 * "Our network includes servers …") or data passive on them ("may be hosted on servers in the US"):
 * not a provider's ("Anthropic and OpenAI may process data on servers located in the United States").
 */
const OURS_OR_PASSIVE =
  /\b(?:[Ww]e|[Oo]ur|us)\b|\b(?:is|are|be)\s+(?:[\w,]+\s+){0,3}?(?:stored|processed|hosted|kept|held|maintained)\b/;
/** Data of job applicants or staff, not of the service's users. */
export const NOT_USERS_DATA = /\b(?:[Aa]pplicants?|[Cc]andidates?|[Ee]mployees?|[Ss]taff)\b/;
export const USER_LOCATED_OR_BASED =
  /\b(?:you|users?|individuals?|residents?|subjects?|visitors?|customers?)\b(?:[^.;:]{0,30}?)\b(?:are|is|were) (?:located|based)\b/i;
/** Another company's servers or data ("Google's servers", "the servers of the social networks"). */
export const ANOTHER_COMPANYS =
  /\b(?:Google|Facebook|Meta|Microsoft|Amazon|Apple|Twitter|LinkedIn)\b|\bservers? of\b/;
export const LOCATION_REWORDED_WORDS = /server|stor|hosted/i;
/** A capitalised name after "in" or "to": tested before the patterns (reading speed). */
const A_PLACE_NAMED = /\b(?:in|to),? (?:the )?[A-Z]/;
export function dataLocationReworded(s: string): string | null {
  if (!A_PLACE_NAMED.test(s)) return null;
  let m: RegExpExecArray | null = null;
  if ((s.includes("server") || s.includes("data cent")) && OURS_OR_PASSIVE.test(s))
    m = SERVERS_IN.exec(s);
  if (!m && s.includes("stored")) {
    m = STORED_AMONG_VERBS.exec(s);
    // The place follows "in" or "to" ("stored in, transferred to, and processed in the United
    // States"), never a clause's next words ("Before the data is stored, the IP address …").
    if (m && !/\b(?:in|to),?\s+$/.test(m[0].slice(0, m[0].length - m[1]!.length))) m = null;
  }
  if (!m && s.includes("hosted")) m = HOSTED_IN.exec(s);
  if (!m && s.includes("storage")) m = STORAGE_OF_DATA_IN.exec(s);
  if (!m || ANOTHER_COMPANYS.test(s) || NOT_USERS_DATA.test(s)) return null;
  // The user's place, as for `dataLocationStated`: "If you are based in the United States, the
  // personal information you provided to us will be stored in the United States".
  if (USER_LOCATED_OR_BASED.test(s.slice(0, m.index + m[0].length))) return null;
  // The place ends at a sentence's end ("in the U.S. By accessing the Site, …").
  let place = m[1]!.split(/(?<=\.)\s/)[0]!.trim();
  // "the U.S." keeps its last dot; a sentence's full stop or comma goes.
  if (!/\b[A-Z]\.[A-Z]\.$/.test(place)) place = place.replace(/[.,]+$/, "");
  return NOT_A_PLACE.test(place) ? null : place;
}

/**
 * A device's permission read as a right to see or correct data: "Or if you are using a photo
 * editing app, you may need to enable access to your photos if order for the app to modify your
 * photos." (We Heart It, whose access showed it as "data can be seen and corrected" until the
 * re-audit of 2027-01-04). Access the user enables for an app to the device's photos, camera,
 * location, calendar or contacts is no access to the data the company holds. Not a sentence that
 * also names a right or a request.
 */
const DEVICE_ACCESS_ENABLED =
  /\b(?:enable|allow|grant|give|permit|provide)\s+(?:us\s+|the app\s+|it\s+)?access to (?:your\s+)?(?:device['’]s\s+)?(?:photos?|photo library|camera(?: roll)?|microphone|location|calendar|contacts|address book|media|files|gallery)\b/i;
const A_RIGHT_OR_REQUEST = /\bright\b|\brequest\w*/i;
export function deviceAccessOnly(s: string): boolean {
  // Widened at the re-audit of 2027-01-24 (read-since-2027-01-24.ts): access the user controls of
  // the service to the device ("control our Services' access to your device information", Kick).
  return (
    s.includes("access to") &&
    (DEVICE_ACCESS_ENABLED.test(s) || DEVICE_ACCESS_CONTROLLED.test(s)) &&
    !A_RIGHT_OR_REQUEST.test(s)
  );
}
