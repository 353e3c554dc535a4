/**
 * Safeguards the company says it applies to the data, named in its own words: "We maintain
 * reasonable administrative, technical, and physical safeguards designed to protect the personal
 * information you provide" (Allrecipes), "We apply technical, administrative and organizational
 * security measures to protect the data we collect" (AdRoll), "Badoo takes all appropriate and
 * reasonable security measures to help protect your information". Until 2026-12-05 only encryption
 * was read as a safeguard, so 144 security findings said "no fact found that would raise or lower
 * the rating" beside such a sentence (the audits of 2026-12-22 and 2026-12-23 counted 11 and 12 of
 * 26). It decides no rating (the rubric asks nothing of ordinary safeguards; encryption the company
 * cannot read is protective): the reason says what the policy states.
 *
 * Not a disclaimer ("no security measures are 100% effective"), a user's own precautions ("you
 * should take measures to protect your password"), nor the safeguards of a transfer abroad ("we
 * have taken appropriate safeguards to require that your personal information will remain
 * protected" beside standard contractual clauses: international transfers). Every quantifier is
 * bounded.
 *
 * Since the re-audit of 2027-01-12 also safeguards "provided" ("We provide physical, electronic,
 * and procedural safeguards to protect the information we process and maintain.", Frank),
 * contractual ones, and "security steps" ("We take technical, contractual, administrative, and
 * physical security steps to protect your Personal Information.", IPinfo): both "no fact found".
 * Since the re-audit of 2027-01-16 also "methods of securing (protecting, safeguarding)":
 * "MouthShut.com uses industry-standard methods of securing its databases of user information, such
 * as, if and where appropriate, firewalls and limits on who can access user information databases."
 * (MouthShut; "no fact found").
 */
import {
  AGREED_BY_OTHERS,
  MORE_SAFEGUARD_KINDS,
  MORE_SAFEGUARD_NOUNS,
} from "./read-since-2027-01-22";

const KIND =
  "(?:reasonable|appropriate|commercially (?:reasonable|acceptable)|industry[- ]standard|administrative|technical|technological|physical|organi[sz]ational|electronic|managerial|personnel|procedural|operational|suitable|adequate|strict|robust|security|confidentiality|contractual|" +
  // Widened at the re-audit of 2027-01-22 (read-since-2027-01-22.ts): "logical" (Netflix), "necessary" (Lingualeo).
  MORE_SAFEGUARD_KINDS +
  ")";
const SAFEGUARD_PHRASE = new RegExp(
  `\\b${KIND}(?:(?:,? (?:and |or |and/or )?| )${KIND}){0,7} (?:safeguards|measures|precautions|controls|arrangements|${MORE_SAFEGUARD_NOUNS}|(?<=security )steps|methods(?= of (?:securing|protecting|safeguarding)\\b))\\b`,
  "i",
);
/** The company doing it: a verb of applying within a few words before the phrase. */
const APPLIED =
  /\b(?:use|uses|using|maintain|maintains|maintaining|implement|implements|implemented|implementing|apply|applies|applying|take|takes|taken|taking|have|has|had|follow|follows|employ|employs|put in place|puts in place|adopt|adopts|adopted|deploy|deploys|utili[sz]e|utili[sz]es|making|make|makes|established|enforce|enforces|provide|provides|providing)\b(?: \w+){0,4}? ?$/i;
/**
 * Steps the user is told to take, not the company's: "we recommend you …", and since the double
 * reading of 2027-01-31 also users named, "We strongly recommend Users encrypt sensitive files
 * locally before uploading" (Gofile, read "encrypt" among its safeguards until then). The
 * encryption rule reads the words before "encrypt" with it (extract-facts.ts).
 */
export const USERS_TOLD_TO =
  /\byou (?:should|must|need to|are responsible)\b|\b(?:urge|ask|encourage|advise|recommend(?: that)?) (?:you|(?:all |our )?(?:users|customers|members|clients))\b|\b(?:users|customers|members|clients) (?:should|must|need to|are (?:advised|encouraged|responsible))\b/i;
/** Someone else's measures, or measures unlike the company's own ("employ different privacy and security measures"). */
const NOT_THE_COMPANYS = new RegExp(
  `${USERS_TOLD_TO.source}|\\byou (?:can|may)\\b|\\bresponsibility\\b|\\brequire[sd]?\\b|\\b(?:different|fewer|less)\\b`,
  "i",
);
/** What they protect against: a word of it after the phrase (not "measures to notify you", "to verify the identity"). */
const PROTECTING =
  /^[^.;]{0,120}?\b(?:protect\w*|secur\w*|safeguard\w*|unauthori[sz]ed|confidential\w*|integrity|loss|theft|misuse)/i;
/**
 * Another subject: a transfer abroad ("appropriate safeguards such as the EU Standard Data
 * Protection Clauses"), a purpose of processing ("our legitimate interests in … implementing
 * security measures"), de-identification, verifying a requester, a breach already suffered.
 */
const ANOTHER_SUBJECT =
  /\b(?:transfer\w*|standard (?:contractual|data protection) clauses|adequacy|level of protection|outside|countr(?:y|ies)|international|cross-border|gdpr|eea|legitimate interests?|for the purpose of|de-?identif\w*|re-?identif\w*|anonymi[sz]\w*|verif(?:y|ying|ication)|compromised)\b/i;

/** The safeguards as the sentence names them ("reasonable administrative, technical, and physical safeguards"), or null. */
export function safeguardsStated(s: string): string | null {
  const m = SAFEGUARD_PHRASE.exec(s);
  if (!m) return null;
  const before = s.slice(Math.max(0, m.index - 60), m.index);
  const after = s.slice(m.index + m[0].length);
  // "We have security measures in place." says what the phrase says, and no more.
  const protecting = PROTECTING.test(after) || (/secur/i.test(m[0]) && after.length < 20);
  if (!APPLIED.test(before) || !protecting) return null;
  // Anywhere before it: "We also require our sub-processors, who handle your information on our
  // behalf, to follow industry-standard security measures".
  if (NOT_THE_COMPANYS.test(s.slice(0, m.index)) || ANOTHER_SUBJECT.test(s)) return null;
  // Since the re-audit of 2027-01-22: "Each Service Provider must agree to use …" (Thryv).
  if (AGREED_BY_OTHERS.test(s.slice(0, m.index))) return null;
  const phrase = m[0].replace(/\s+/g, " ");
  // A sentence in capitals ("COMMERCIALLY REASONABLE PRECAUTIONS") is quoted; the reason need not shout.
  return /[a-z]/.test(phrase) ? phrase : phrase.toLowerCase();
}

/** The words one of which a sentence stating safeguards holds: its gate. */
export const SAFEGUARD_WORDS =
  /safeguards|measures|precautions|controls|arrangements|procedures|security steps|methods of (?:secur|protect|safeguard)/i;
