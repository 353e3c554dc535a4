/**
 * Rules added after the re-audit of 2027-01-08 (the 101st to 125th machine-read companies by the
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
import { COUNTRIES_TO_INCLUDING, FOLLOWS_PRACTICES_TO_SECURE } from "./read-since-2027-01-24";

/**
 * Law enforcement the company will not cooperate with unless compelled: "Reader privacy enjoys
 * special Constitutional protections under US law, and LibraryThing will not cooperate with US law
 * enforcement unless compelled to do so." (LibraryThing: neutral until the re-audit of 2027-01-08).
 * The rules of 2026-12-28 read "only disclose … if we are legally obliged (compelled)"; a refusal
 * to cooperate, save under compulsion, is the same promise. Not cooperation refused with no
 * condition of law ("We will not cooperate with marketers"), nor "unless we believe it appropriate".
 */
const NOT_COOPERATING_UNLESS_COMPELLED =
  /\b(?:will not|won['’]t|does not|do not|shall not|never|would not)\s+(?:voluntarily\s+|otherwise\s+)?(?:cooperate|co-operate|comply)\s+with\s+(?:[\w.-]+\s+){0,3}?(?:law enforcement|police|government(?:al)?|authorities|agencies)\b[^.;]{0,60}?\b(?:unless|except (?:when|where|if|as))\s+(?:we are\s+|it is\s+|legally\s+|lawfully\s+)?(?:compelled|required by (?:law|a court)|legally (?:required|obliged|compelled)|ordered by a court|served with (?:a |valid )?(?:subpoena|warrant|court order))\b/i;
export const NOT_COOPERATING_WORDS = /operate|comply/i;
export function notCooperatingUnlessCompelled(s: string): boolean {
  return (
    (s.includes("operate") || s.includes("comply")) &&
    (s.includes("unless") || s.includes("except")) &&
    /law enforcement|police|government|authorities|agencies/i.test(s) &&
    NOT_COOPERATING_UNLESS_COMPELLED.test(s)
  );
}

/**
 * Where data is stored, said as several countries "including" a named place: "Your personal
 * information may be transferred to, stored, and processed in a country other than the one in
 * which it was collected, including the United States" (Starbucks), "may be stored in and accessed
 * from multiple countries, including the United States" (Thomson Reuters), "we may transfer and
 * store your data outside your home country, including to and in the U.S." (Nextdoor), "GitHub
 * stores and processes Personal Data in a variety of locations, including your local region, the
 * United States, and other countries" (GitHub), "may be stored and processed by Nagravision SA and
 * its affiliates in any of the countries in which the Kudelski Group maintains offices, including
 * without limitation, the European Economic Area, Switzerland, and the USA" (Watch.Hockey); and the
 * data "hosted … in" a place or servers "maintained in" it: "your personal data will be transmitted
 * to, hosted, and accessed in the United States", "replicated on servers maintained in the United
 * States" (Evernote). Each read "no fact found" until the re-audit of 2027-01-08. Where the
 * sentence names several countries "including" the place, the value says so: "the United States,
 * among other countries". The place is a
 * capitalised name, as for the rules of 2027-01-02 to 2027-01-06; not the user's place, job
 * applicants' or staff's data, nor another company's servers.
 */
// The bound before "including" widened from 100 at the re-audit of 2027-01-24 (Kick).
const STORED_IN_COUNTRIES_INCLUDING = new RegExp(
  `\\bstor(?:e|es|ed|ing)\\b[^.;:]{0,120}?\\b(?:countr(?:y|ies)|locations|jurisdictions|regions|territories)\\b[^.;:]{0,${COUNTRIES_TO_INCLUDING}}?,? including,? (?:without limitation,? |but not limited to,? |in particular,? )?(?:to and in |in )?(?:your (?:local|home) (?:region|country),? )?${PLACE}`,
);
const NOT_STORAGE_ABROAD = /\b(?:cookies?|identif\w*|laws?)\b/i;
const HOSTED_IN = new RegExp(
  `\\b(?:data|information)\\b[^.;:]{0,80}?\\bhosted,?(?: and (?:accessed|processed|stored|maintained))? in ${PLACE}|\\bservers (?:maintained|operated) in ${PLACE}`,
);
export const STORED_IN_COUNTRIES_WORDS = /including|hosted|maintained/;
export function storedInCountriesIncluding(s: string): string | null {
  const including = s.includes("including");
  if (!including && !s.includes("hosted") && !s.includes("maintained") && !s.includes("operated"))
    return null;
  let m: RegExpExecArray | null = null;
  let place: string | undefined;
  let among = false;
  if (including && s.includes("stor")) {
    m = STORED_IN_COUNTRIES_INCLUDING.exec(s);
    // Not what a law counts as personal data "in some jurisdictions, including the EU" (Infolinks).
    if (m && NOT_STORAGE_ABROAD.test(m[0])) m = null;
    place = m?.[1];
    among = m !== null;
  }
  if (
    !m &&
    (s.includes("hosted") || s.includes("servers maintained") || s.includes("servers operated"))
  ) {
    m = HOSTED_IN.exec(s);
    place = m?.[1] ?? m?.[2];
  }
  if (!m || !place || ANOTHER_COMPANYS.test(s) || NOT_USERS_DATA.test(s)) return null;
  if (USER_LOCATED_OR_BASED.test(s.slice(0, m.index + m[0].length))) return null;
  place = place.split(/(?<=\.)\s/)[0]!.trim();
  if (!/\b[A-Z]\.[A-Z]\.$/.test(place)) place = place.replace(/[.,]+$/, "");
  if (NOT_A_PLACE.test(place)) return null;
  // Several countries "including" the place: the value says the place is one among others.
  return among ? `${place}, among other countries` : place;
}

/**
 * Safeguards said in further words: "Blizzard takes security seriously and follows physical,
 * technical and administrative safeguards to keep your data safe." (Blizzard); "We ensure the
 * security of personal data processing and safeguard the confidentiality, integrity and
 * availability of data through appropriate technical and organisational measures …" (VR);
 * "LibraryThing values your trust in providing us your Personal Information, thus we are striving to
 * use commercially acceptable means of protecting it." (LibraryThing). Each "no fact found" until
 * the re-audit of 2027-01-08: the rules of 2026-12-05 want a verb of applying (use, maintain,
 * implement) before the phrase. Not the user's ("you should follow security practices"), someone
 * else's ("we require our vendors to follow …"), nor the safeguards of a transfer abroad.
 */
const FOLLOWS_SAFEGUARDS =
  /\bfollow(?:s|ing)? ((?:(?:strict |appropriate |reasonable |industry[- ]standard )?(?:[\w-]+,? (?:and |or )?){0,4}?)(?:safeguards|security measures|security (?:practices|standards|procedures)))\b/i;
const SECURITY_ENSURED_THROUGH =
  /\bensur(?:e|es|ing) (?:the )?(?:data )?security\b[^.;]{0,160}?\b(?:through|with|by means of|by|using) ((?:appropriate |adequate |reasonable |suitable )?(?:[\w-]+,? (?:and |or )?){0,4}?measures)\b/i;
const MEANS_OF_PROTECTING =
  /\b(?:use|using|employ|employing|apply|applying)\s+((?:commercially\s+)?(?:acceptable|reasonable|appropriate)\s+means)\s+(?:of|to|for)\s+(?:protect(?:ing)?|secur(?:e|ing)|safeguard(?:ing)?)\b/i;
const NOT_THE_COMPANYS =
  /\byou (?:should|must|need to|can|may)\b|\b(?:urge|ask|encourage|recommend|require)\w*\b|\b(?:vendors?|partners?|processors?|sub-?processors?|service providers?|third parties)\b[^.;]{0,40}?\bfollow/i;
const A_TRANSFERS =
  /\b(?:transfer\w*|standard contractual clauses|adequa\w*|outside|international|cross-border)\b/i;
export const FURTHER_SAFEGUARDS_WORDS = /follow|ensur|means/i;
export function safeguardsInFurtherWords(s: string): string | null {
  let m: RegExpExecArray | null = null;
  if (s.includes("follow") && /safeguards|security/.test(s)) m = FOLLOWS_SAFEGUARDS.exec(s);
  if (!m && s.includes("ensur") && s.includes("security") && s.includes("measures"))
    m = SECURITY_ENSURED_THROUGH.exec(s);
  if (!m && s.includes("means")) m = MEANS_OF_PROTECTING.exec(s);
  // Widened at the re-audit of 2027-01-24 (read-since-2027-01-24.ts): "We follow industry-standard
  // practices to secure the information we collect …" (Xfinity).
  if (!m && s.includes("follow") && s.includes("practices"))
    m = FOLLOWS_PRACTICES_TO_SECURE.exec(s);
  if (!m || NOT_THE_COMPANYS.test(s) || A_TRANSFERS.test(s)) return null;
  return m[1]!.replace(/\s+/g, " ").trim();
}

/**
 * Others' security measures read as the company's safeguards: "We work hard to ensure that the
 * third parties we do provide access to your personal data to, such as our technology service
 * providers like Amazon Web Services, also have reasonable security measures in place." (Zoosk,
 * whose reason rests on its own "reasonable measures" beside it). The words that say the company
 * makes sure others have measures are blanked and the sentence read again, so that its own beside
 * them still read: "We have taken appropriate safeguards to require that your personal information
 * will remain protected and require our third-party service providers and partners to have
 * appropriate safeguards as well." (Academia.edu). The re-audit of 2027-01-10 met them as the
 * company's own processors': "Scaleway also ensures that its data processors have technical and
 * organizational security measures …" (beside its own "Scaleway implements … measures").
 */
const OTHERS_HAVE_MEASURES =
  /\b(?:ensures?|makes? sure|verif(?:y|ies)|requires?) (?:that )?(?:the |our |any |all |such |its |their )?(?:data )?(?:third parties|third-party \w+|service providers|vendors|partners|processors|sub-?processors|subcontractors|suppliers)\b[^.;]{0,160}?\b(?:also )?(?:have|has|maintain|implement|use|apply|take)\b[^.;]{0,40}?\b(?:measures|safeguards)\b/gi;
export function blankOthersMeasures(s: string): string {
  if (!s.includes("measures") && !s.includes("safeguards")) return s;
  if (!/ensure|make|verif|require/.test(s)) return s;
  return s.replace(OTHERS_HAVE_MEASURES, " ");
}

/**
 * Words that only look like the company's encryption: a collected data item in a list, "voice call
 * data (dialed phone number, encrypted voice data)" (WeChat), and the operating system's,
 * "Additional security measures such as operating system level full disk encryption increase the
 * security of your data." (Thunderbird). Each was quoted as the company's encryption until the
 * re-audit of 2027-01-08 (both beside encryption the company does state). The phrase is blanked
 * and the sentence read again; not "we encrypt voice data", nor "(encrypted at rest)".
 */
const ENCRYPTED_ITEM_IN_A_LIST =
  /\(([^()]{0,120}?,\s*)?encrypted (?:[\w-]+ ){0,2}?(?:data|content|messages?|files?)(?:,[^()]{0,120}?)?\)/gi;
const OPERATING_SYSTEMS_ENCRYPTION =
  /\b(?:operating[- ]system(?:[- ]level)?|device[- ]level|OS[- ]level) (?:full[- ]disk |disk |device |drive )?encryption\b/gi;
export function blankEncryptionNotTheCompanys(s: string): string {
  if (!s.includes("ncrypt")) return s;
  let out = s;
  if (s.includes("("))
    out = out.replace(ENCRYPTED_ITEM_IN_A_LIST, (all) => (all.includes(",") ? " " : all));
  if (/level|system/.test(out)) out = out.replace(OPERATING_SYSTEMS_ENCRYPTION, " ");
  return out;
}

/**
 * A breach of "the security system": "If we learn of a security system breach, we may attempt to
 * notify you and provide information on protective steps, if available, through the email
 * address, phone number, or other contact information that you have provided." (Evernote: "no fact
 * found" until the re-audit of 2027-01-08; the rule of 2026-12-19 reads "security systems
 * breach" in the plural only). The sentence is read by that rule with the plural.
 */
export function securitySystemBreachAsRead(s: string): string | null {
  if (!s.includes("ystem breach")) return null;
  return s.replace(/\b(security) system breach/gi, "$1 systems breach");
}

/**
 * A correction asked for by a noun: "If you want to make a correction to your information, or you
 * have any questions about our privacy policies, please get in touch with:" (Thunderbird: "no fact
 * found" until the re-audit of 2027-01-08). The user makes (requests) a correction (corrections) to
 * the user's information (data, details). Not the company's ("we may make corrections to our
 * content"), nor the policy's.
 */
const CORRECTION_TO_YOUR_DATA =
  /\byou\b[^.;]{0,40}?\b(?:make|request|ask for|submit)\s+(?:a\s+|any\s+)?corrections?\s+to\s+(?:your|the)\s+(?:personal\s+|account\s+)?(?:information|data|details|profile)\b/i;
export const CORRECTION_NOUN_WORDS = /correction/i;
export function correctionToYourData(s: string): boolean {
  return s.includes("correction") && CORRECTION_TO_YOUR_DATA.test(s);
}
