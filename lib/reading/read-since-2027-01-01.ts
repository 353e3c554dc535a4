/**
 * Rules added after the re-audit of 2027-01-01 (the 26th to 50th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * A buyer held to the policy "in a manner that is consistent with" it: "(d) buyers or other legal
 * successors in the event of a merger, … Should such a sale or transfer occur, we will use
 * reasonable efforts to ensure that the entity to which we transfer your personal data uses it in
 * a manner that is consistent with this privacy policy; and/or" (Stripchat: concerning until the
 * re-audit of 2027-01-01). The Guardian's "uses it in line with our privacy policy" has read since
 * the audit of 2026-12-15; "in a manner (way) that is" put four words between the verb and the
 * policy. Read where the sentence, or the one before it, names the business event; not a use "in a
 * manner consistent with" the law alone.
 */
const USED_IN_A_MANNER_CONSISTENT =
  /\b(?:uses?|processes|handles|treats|protects) (?:it|them|the data|such data|the information|such information|your (?:personal )?(?:data|information))\b (?:[\w-]+ ){0,2}?in a (?:manner|way|fashion) (?:that is |which is )?(?:consistent with|in line with|in accordance with|in keeping with) (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b/i;
export const USED_IN_A_MANNER_WORDS = /\b(?:manner|way|fashion)\b/i;
export function usedInAMannerConsistent(s: string): boolean {
  return (
    (s.includes("manner") || s.includes("way") || s.includes("fashion")) &&
    USED_IN_A_MANNER_CONSISTENT.test(s)
  );
}
/** "Should such a sale or transfer occur, …": the sale pointed back to, as "If this sale … takes place". */
const SALE_OCCURS_POINTED_BACK =
  /\b(?:this|that|such(?: an?)?|the|any such) sale(?: or (?:transfer|merger|acquisition))? (?:occurs?|takes? place|happens?)\b/i;
export function saleOccursPointedBack(s: string): boolean {
  return s.includes("sale") && SALE_OCCURS_POINTED_BACK.test(s);
}

/**
 * Safeguards said by the means and their purpose, with no word of their kind ("reasonable",
 * "technical" …) that `safeguards.ts` reads: "We take measures to help protect information from
 * loss, theft, misuse and unauthorized access, disclosure, alteration, and destruction."
 * (CrowdTangle), "Waze implements systems, applications and procedures to secure your personal
 * information, to minimize the risk of theft, …" (Waze), "We use reasonable efforts to safeguard the
 * personal information we collect from you, including electronic measures designed to enhance the
 * security of such information." (Limitless), "we work very hard to protect information about you
 * against unauthorized access, …, and take reasonable measures to do so, such as monitoring our
 * Services for potential vulnerabilities and attacks." (UptimeRobot). Each read "no fact found"
 * until the re-audit of 2027-01-01; no rating moves (safeguards are neutral). Not the user's
 * precautions ("you should take steps to protect your password"), a recipient required to take
 * them, steps to verify a requester, nor the safeguards of a transfer abroad or of children's data.
 */
const MEANS_TO_PROTECT =
  /\b(?:take|takes|taking|taken|use|uses|using|implement|implements|implementing|implemented|maintain|maintains|employ|employs|employed|apply|applies|adopt|adopts|adopted|established|have|has|put in place|puts in place|make|makes)\s+((?:[\w-]+,?\s+){0,5}?(?:measures|precautions|procedures|efforts|steps)\s+(?:(?:that are |which are )?(?:designed|intended|meant) )?to (?:help |further |reasonably )?(?:protect|safeguard|secure)\s+(?:[\w-]+\s+){0,3}?(?:information|data|PII)\b)/i;
const MEANS_TO_DO_SO =
  /\b(?:take|takes|use|uses|implement|implements|maintain|maintains|employ|employs|have|has)\s+((?:[\w-]+\s+){0,2}?(?:measures|precautions|procedures|steps))\s+to do so\b/i;
const PROTECTING_DATA =
  /\b(?:protect|safeguard|secure)\w* (?:[\w-]+ ){0,2}?(?:information|data)\b/i;
const NOT_THE_COMPANYS_MEANS =
  /\byou (?:should|must|need to|can|may)\b|\bresponsib\w*|\b(?:urge|ask|encourage|recommend)\b|\brequir\w*\b/i;
const ANOTHER_SUBJECT =
  /\b(?:transfer\w*|standard contractual clauses|adequa\w*|outside|countr(?:y|ies)|international|cross-border|de-?identif\w*|anonymi[sz]\w*|child\w*|minors?|verif\w*|legitimate interests?)\b/i;
const LEADING_PARTICIPLE =
  /^(?:taken|implemented|established|adopted|employed|maintained|put in place)(?: and (?:maintain|maintains|implement|implements|use|uses|apply|applies))? /i;
export const MEANS_WORDS = /measures|precautions|procedures|efforts|steps/i;
export function safeguardsByTheirPurpose(s: string): string | null {
  if (
    !s.includes("measures") &&
    !s.includes("precautions") &&
    !s.includes("procedures") &&
    !s.includes("efforts") &&
    !s.includes("steps")
  )
    return null;
  let m = MEANS_TO_PROTECT.exec(s);
  let phrase = m?.[1];
  if (!m) {
    m = MEANS_TO_DO_SO.exec(s);
    if (!m || !PROTECTING_DATA.test(s.slice(0, m.index))) return null;
    phrase = m[1];
  }
  if (!phrase || NOT_THE_COMPANYS_MEANS.test(s.slice(0, m.index)) || ANOTHER_SUBJECT.test(s))
    return null;
  // "has taken the necessary safety precautions …", "have established and maintain security
  // procedures …": the participle is the verb's, not the safeguards' name.
  const said = phrase.replace(/\s+/g, " ").replace(LEADING_PARTICIPLE, "");
  // A sentence in capitals is quoted; the reason need not shout.
  return /[a-z]/.test(said) ? said : said.toLowerCase();
}

/**
 * The user's recordings deleted by the user: "Any User of the App or Pendant can stop or delete
 * recordings at any time using the App." (Limitless, whose access read "no fact found" until the
 * re-audit of 2027-01-01: recordings were none of the rights' nouns, and "stop or" stood between the
 * user and the verb). Not someone else deleting them ("we delete recordings after 30 days").
 */
const RECORDINGS_DELETED =
  /\b(?:you|users?|any user|each user|every user)\b(?: [\w-]+){0,5}? (?:can|may|are able to|is able to) (?:also |always )?(?:(?:stop|pause|review|view|edit|download|listen to) (?:or|and) )?(?:delete|erase|remove) (?:your |their |his or her |any of (?:your|their) |all (?:of )?(?:your|their) )?(?:own )?(?:audio |voice |video )?(?:recordings|transcripts|transcriptions)\b/i;
export const RECORDINGS_WORDS = /record|transcri/i;
export function ownRecordingsDeleted(s: string): boolean {
  return (s.includes("record") || s.includes("transcri")) && RECORDINGS_DELETED.test(s);
}

/**
 * Facts a rule read from words that do not state them (the re-audit of 2027-01-01):
 * - encryption from an item of a list of data gathered, "Email (in a hashed or encrypted form)"
 *   (Savetz Publishing, among what Ezoic may collect: the form the data is gathered in, no safeguard
 *   of the company's);
 * - advertising sharing from a row that gives advertisers only data that identifies no one:
 *   "-None; Only de-identified and aggregated information may be provided to advertising partners"
 *   (Dailymotion);
 * - a right to see or correct one's data from a setting of time: "You can go to Settings to change
 *   the exact period after which your inactive account will self-destruct." (Telegram).
 */
const ENCRYPTED_FORM_OF_AN_ITEM =
  /^[\w ,'’&/-]{1,40}\((?:in )?(?:an? )?(?:hashed|encrypted|pseudonymi[sz]ed)(?: (?:or|and) (?:hashed|encrypted|pseudonymi[sz]ed))? (?:form|format)\)[.;]?$/i;
const ONLY_NON_PERSONAL_GIVEN =
  /\bonly (?:de-?identified|aggregated?|anonymi[sz]ed|anonymous|non-?personal)(?:,? (?:and|or) (?:de-?identified|aggregated?|anonymi[sz]ed|anonymous))? (?:information|data)\b (?:may|will|can|is|are) (?:be )?(?:provided|shared|disclosed|given|made available|sold)\b/i;
const TIME_SETTING =
  /\b(?:change|set|adjust|modify|choose|select) (?:the |a )?(?:exact |default )?(?:period|duration|time period|time limit|timer|interval)\b/i;
const A_RIGHT_BESIDE =
  /\b(?:correct\w*|rectif\w*|update your|edit your|access your|review your)\b/i;
export function notStatedBy(kind: string, s: string): boolean {
  if (kind === "encryption")
    return s.length < 80 && s.includes("(") && ENCRYPTED_FORM_OF_AN_ITEM.test(s.trim());
  if (kind === "advertising-sharing")
    return (s.includes("nly ") || s.includes("NLY ")) && ONLY_NON_PERSONAL_GIVEN.test(s);
  if (kind === "correction-right")
    return (
      (s.includes("period") ||
        s.includes("duration") ||
        s.includes("time") ||
        s.includes("interval")) &&
      TIME_SETTING.test(s) &&
      !A_RIGHT_BESIDE.test(s)
    );
  return false;
}

/**
 * Which safeguards the reason names: those named by their kind ("technical and organizational
 * security measures", `safeguards.ts`) before those said by their purpose above, so that a policy
 * naming both keeps the reason it had ("safeguards are stated (industry-standard technical,
 * administrative, and physical safeguards)", MediaFire, not "(measures to protect information)").
 */
const NAMED_BY_KIND = /(?:safeguards|measures|precautions|controls|arrangements)$/i;
export function namedByTheirKind(value: string): boolean {
  return NAMED_BY_KIND.test(value) && !/\bto do so$/i.test(value);
}
