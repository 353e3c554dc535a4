/**
 * Rules added after the re-audit of 2027-01-12 (the 151st to 175th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

import { STORED_ON_SERVERS_WORDS, storedOnServersLocatedIn } from "./read-since-2027-01-18";

/**
 * Encryption with keys the user holds: "Vault Data is encrypted using secure cryptographic keys
 * under your control." (Bitwarden, beside "Bitwarden cannot access Vault Data."). The rubric's
 * protective security (encryption the company cannot read, "keys only the user holds"), said
 * without "end-to-end" or "cannot decrypt": until the re-audit of 2027-01-12 read as encryption
 * alone (neutral). Not keys the company holds or manages for the user ("keys we control", "keys
 * managed on your behalf"), nor a key the user merely keeps for a login ("keep your password under
 * your control").
 */
const KEYS_HELD_BY_THE_USER =
  /\bencrypt\w{0,6}\b[^.;]{0,60}?\b(keys? (?:that are |which are |that remain |which remain |that stay |kept |held )?(?:under your (?:sole |exclusive |own )?control|(?:that |which )?only you (?:hold|have|know|control)|(?:held|controlled|known) (?:only |solely |exclusively )?by you(?: alone)?))/i;
export function keysHeldByTheUser(s: string): string | null {
  if (!s.includes("key") || !s.includes("ncrypt")) return null;
  const m = KEYS_HELD_BY_THE_USER.exec(s);
  return m
    ? m[1]!.replace(/ (?:that are|which are|that remain|which remain|that stay) /, " ")
    : null;
}

/**
 * The right to rectification with its "fi" ligature lost in the policy's text: "Users have the
 * right to information under Article 15 GDPR, the right to recti cation under Article 16 GDPR, the
 * right to erasure under Article 17 GDPR, …" (Arweave, a PDF's text). The `correction-right` rules
 * want "rectification" or "rectify"; the broken word is the same right, so until the re-audit of
 * 2027-01-12 Arweave's access read only the erasure (neutral, "users can have their data
 * deleted"). Only the right so named, not another word broken the same way.
 */
const RECTIFICATION_BROKEN = /\bright (?:to|of) (?:the )?recti cation\b/i;
export const RECTIFICATION_BROKEN_WORDS = /recti cation/;
export function rectificationRightBroken(s: string): string | null {
  if (!s.includes("recti cation")) return null;
  return RECTIFICATION_BROKEN.test(s) ? "data can be seen and corrected" : null;
}

/**
 * The company's own collecting or accessing of the user's data, said beside the user's sharing:
 * "In all of these instances, whether you are an End-User, Visitor, Advertiser, or Publisher, you
 * may share and we may collect or access some personal information about you." (AdSupply). The
 * `correction-right` rules read "access … personal information about you" as the user's access;
 * here it is the company's. Blanked before every `correction-right` rule reads the sentence (with
 * the blanks of 2027-01-10); "you may access … the personal information we hold" still reads.
 */
const WE_COLLECT_OR_ACCESS =
  /\bwe (?:may |might |can |will |also )?(?:collect|receive|obtain|store|use|process|view)(?:,? (?:and|or|and\/or) )access\b/gi;
export function blankOursToAccess(s: string): string {
  if (!s.includes("access") || !/\b[Ww]e\b/.test(s)) return s;
  return s.replace(WE_COLLECT_OR_ACCESS, (m) => " ".repeat(m.length));
}

/**
 * Where data is stored, said in three more ways (the rule of 2027-01-10, `placeOfServersSaid`,
 * reads them with its guards: not the user's place, job applicants' or staff's data, another
 * company's servers): the company's storing "in servers located in" places ("We store the
 * information described in the “What Information We Collect” section in servers located in the
 * United States, Malaysia and Singapore.", TikTok); the places it has data centres in ("Places we
 * have infrastructure or data centers, including the United States, Ireland, and Singapore, among
 * other Countries where TP-Link Products and Services are available.", TP-Link); and storing and
 * processing said by the company's name or with "may" ("UCLA may store and process personal
 * information in the United States and other countries.", UCLA). Each "no fact found" until the
 * re-audit of 2027-01-12 (neutral either way). `place` is the capitalised place pattern of
 * 2027-01-10, its first group the place.
 */
export function placesOfStorageSaid(place: string): RegExp[] {
  return [
    new RegExp(
      `\\b[Ww]e (?:store|keep|host|hold)\\b[^.;]{0,90}? (?:in|on) (?:our )?(?:servers|data cent(?:er|re)s) (?:that are |which are )?located in ${place}`,
    ),
    new RegExp(
      `\\b(?:[Pp]laces|[Cc]ountries|[Rr]egions|[Ll]ocations) (?:where |in which )?we (?:have|operate|maintain) (?:infrastructure|data cent(?:er|re)s|servers)(?: (?:or|and) (?:infrastructure|data cent(?:er|re)s|servers))?,? (?:including|such as) ${place}`,
    ),
    new RegExp(
      `\\b(?:[Ww]e|[A-Z][A-Za-z]{1,20}) (?:may |will |can )(?:process and store|store and process|store) (?:your |personal |all |the )?(?:information|data|personal data|personal information) (?:throughout|across|in) ${place}`,
    ),
    // Widened at the re-audit of 2027-01-18 (read-since-2027-01-18.ts): "stored on secure servers
    // located in" (Roblox), "data centres which are located within" (Bolt), "datacenters in" (Gofile).
    ...storedOnServersLocatedIn(place),
  ];
}
export const PLACES_OF_STORAGE_WORDS = new RegExp(
  `located in|data cent|store and process|process and store|${STORED_ON_SERVERS_WORDS.source}`,
);

/**
 * Compliance with the law that answers lawful requests, with no authority named: "as necessary to
 * comply with relevant law and legal obligations, including to respond to lawful requests and
 * orders; or" (IPinfo, a list's item). The rule of 2027-01-10 (`authoritiesAnsweredAsRecipients`)
 * reads "respond to lawful requests" after the authorities named; this is the same disclosure
 * after the law it complies with. Not "respond to your requests".
 */
export const LAW_COMPLIED_ANSWERED =
  /\bcompl(?:y|ying|iance) with\b[^.;]{0,80}?\b(?:laws?|legal obligations|regulations)\b[^.;]{0,40}?\brespond(?:ing)? to (lawful|legal|valid|enforceable|binding) (?:government(?:al)? |official )?requests\b/i;
