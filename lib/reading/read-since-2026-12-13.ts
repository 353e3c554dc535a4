/**
 * Rules added after the audit of 2026-12-13 (offset 11 of the machine-read companies: access,
 * security, children, policy changes, international, business transfer and legal disclosure).
 * Each is a pure test on one sentence, kept in its own file so that the fact rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them).
 */

/** The user's own data, said in the words these rules need ("information that we maintain about you"). */
const THEIR_DATA =
  "(?:(?:your|their) (?:[\\w-]+ ){0,2}?(?:data|information|details|profile)|(?:the |any |all )?(?:personal )?(?:data|information) (?:that )?(?:we (?:hold|have|keep|maintain|store|process)|about you))";

/**
 * A right of deletion asked for by its noun after "a right to request": "Erasure: You may have a
 * right to request the deletion of some of your personal information Blizzard holds about you."
 * (Blizzard; until the audit of 2026-12-13 its access read only "users can see and correct their
 * data"). The right must be the user's ("you", "users"), not the company's.
 */
export const RIGHT_TO_REQUEST_DELETION = new RegExp(
  `\\b(?:you|users?)\\b[^.;]{0,40}?\\bright to (?:request|ask for|seek|obtain) (?:the )?(?:deletion|erasure|removal) of (?:some |all |certain |any )?(?:of )?${THEIR_DATA}\\b`,
  "i",
);

/**
 * A list item that asks for access after a short qualifier: "subject to applicable law, request
 * access to the personal information that we have on you, or have it updated or corrected."
 * (Cloudant, under "The Submit a data rights request form can be used to:"). The request at an
 * item's start is the user's, as "Request correction of …" already reads (audit of 2026-12-06);
 * the qualifier is a few words ending in a comma, never a subject of its own.
 */
export const QUALIFIED_REQUEST_FOR_ACCESS = new RegExp(
  `^(?:[●·•▪*-] *)?(?:subject to|where|when|depending on|as (?:permitted|required) by|in accordance with|to the extent)\\b[^,.;:]{0,40}, (?:to )?request (?:access to|a copy of|correction of|rectification of) ${THEIR_DATA.replace("(?:your|their)", "(?:your|their|the)")}`,
  "i",
);

/**
 * A wish to see or correct one's data, then the way to do it: "If you would like to change
 * information that we maintain about you, you may log into your account and change it …" (WP
 * Engine; until the audit of 2026-12-13 "users can have their data deleted" only). The way must
 * follow: "you may", "you can", "please contact", "contact us".
 */
export const WISH_TO_CORRECT_THEN_WAY = new RegExp(
  `\\bif (?:you|users?) (?:would like|wish|want|need) to (?:access|review|see|view|change|correct|update|amend|rectify|edit)\\b (?:[\\w-]+ ){0,2}?${THEIR_DATA}\\b[^.;]{0,40}?,? (?:you (?:can|may)|please (?:contact|email|e-mail|write|visit|submit)|contact us)\\b`,
  "i",
);

/** Both ways of asking to see or correct one's data above, compiled once. */
export const CORRECTION_AUDIT_1213 = new RegExp(
  `${QUALIFIED_REQUEST_FOR_ACCESS.source}|${WISH_TO_CORRECT_THEN_WAY.source}`,
  "i",
);

/**
 * The buyer takes on the policy's obligations: "that company will possess the information
 * collected by us and will assume the rights and obligations regarding your information as
 * described in this Privacy Policy" (OpenSea; concerning until the audit of 2026-12-13). Not
 * obligations of another document ("its own privacy policy").
 */
const ASSUMES_POLICY_OBLIGATIONS =
  /\b(?:assume|assumes|take on|takes on|inherit|inherits)\b[^.;]{0,40}?\bobligations\b[^.;]{0,80}?\b(?:as (?:described|set (?:out|forth)|stated) in|under|in accordance with|pursuant to) (?:this|our) (?:privacy )?(?:policy|notice|statement)\b/i;

/**
 * Users given notice with a word or three before it: "In such an event, we will seek to provide you
 * with commercially reasonable notice, e.g., via email and/or notice on our Sites, of any change
 * in ownership" (Allrecipes, after "in the event we sell or transfer all or a portion of our
 * business"; concerning until the audit of 2026-12-13: "provide you with notice" was read, not with
 * an adjective). Not denied ("will not provide you with prior notice").
 */
const NOTICE_WITH_WORDS_BEFORE =
  /\b(?:give|provide|send) (?:affected |all )?(?:you|users|customers|members) (?:with )?(?:[\w-]+ ){1,3}?(?:notice|notification)\b/i;
const DENIED_BEFORE = /\b(?:not|never|no)\b(?:\s+\S+){0,3}\s*$/i;

export function successorBoundReworded(s: string): boolean {
  if (ASSUMES_POLICY_OBLIGATIONS.test(s)) return true;
  const m = NOTICE_WITH_WORDS_BEFORE.exec(s);
  return m !== null && !DENIED_BEFORE.test(s.slice(Math.max(0, m.index - 30), m.index));
}

/**
 * A business event said in verbs, and data disclosed to its buyers in a gerund: "If we decide to
 * sell, buy, merge, or otherwise reorganize businesses in some countries, such a transaction may
 * involve disclosing some personal information to prospective or actual business purchasers"
 * (Cloudant, IBM's statement; "no fact found" until the audit of 2026-12-13: "merge" is no
 * "merger", "disclosing" no "disclose"). Both in the sentence; data kept back is no transfer.
 */
export const EVENT_IN_VERBS =
  /\b(?:sell|buy|merge|reorgani[sz]e|restructure|divest)\b(?:,? (?:or |and )?(?:otherwise )?(?:sell|buy|merge|reorgani[sz]e|restructure|divest|acquire)\b){1,4} (?:[\w-]+ ){0,2}?(?:business(?:es)?|compan(?:y|ies)|assets)\b/i;
const DATA_TO_BUYERS =
  /\b(?:disclos|transferr|shar|provid)(?:e|es|ed|ing)\b(?<!\b(?:not|never) \w+)[^.;]{0,30}?\b(?:data|information)\b[^.;]{0,20}?\bto (?:the |any )?(?:(?:prospective|potential|actual)(?: (?:or|and) (?:prospective|potential|actual))? )?(?:business )?(?:purchasers|buyers|acquirers)\b/i;

export function dataToBuyersOfABusiness(s: string): boolean {
  return EVENT_IN_VERBS.test(s) && DATA_TO_BUYERS.test(s);
}

/**
 * A buyer's or the company's advisers are no words of law: "We may share your information with a
 * potential purchaser and their legal and financial advisors and others, as appropriate, as part
 * of any actual or contemplated reorganization, restructuring, merger or sale" (Last.fm, a
 * business transfer) read as disclosure on the company's own judgement, its legal disclosure
 * concerning, until the audit of 2026-12-13. The sentence is read without them; "law enforcement,
 * legal process" beside them still counts.
 */
const ADVISERS =
  /\b(?:legal|tax|financial|accounting|professional)(?:,? (?:and |or )?(?:legal|tax|financial|accounting|professional)){0,3} (?:advis[eo]rs?|counsel|consultants)\b/gi;
export function withoutAdvisers(s: string): string {
  return s.replace(ADVISERS, (m) => " ".repeat(m.length));
}

/**
 * Encryption that is no safeguard of the company's: an identifier shared with partners in
 * pseudonymous form, "a common account identifier (such as a hashed or encrypted email address or
 * user ID)" (Allrecipes), data shared "generally in the aggregated, encrypted or anonymized form"
 * with advertisers (Dailymotion), or the user's own steps, "steps you can take to protect your
 * account, such as using strong passwords, two-step verification, and encryption" (Evernote).
 * Until the audit of 2026-12-13 Allrecipes' and Evernote's security read "safeguards are stated,
 * including encryption". A sentence where the company says it encrypts still reads.
 */
const ENCRYPTION_NOT_A_SAFEGUARD =
  /\b(?:hashed|pseudonymi[sz]ed),? (?:or |and |and\/or )?encrypted (?:e-?mail|identifiers?|user ids?|phone numbers?|device ids?)|\bencrypted,? (?:or |and |and\/or )?hashed (?:e-?mail|identifiers?|user ids?|phone numbers?)|\b(?:aggregated|anonymi[sz]ed|de-identified|pseudonymi[sz]ed),? (?:encrypted|hashed)(?:,? (?:or |and )?(?:anonymi[sz]ed|aggregated|de-identified|pseudonymi[sz]ed))? form\b|\bsteps (?:that )?you (?:can|may|should) take\b[^.;]{0,100}?\bencrypt/i;
const COMPANY_ENCRYPTS =
  /\bwe (?:\w+ ){0,2}?(?:use|employ|apply|encrypt)\w*\b[^.;]{0,40}?\bencrypt/i;
export function encryptionNotASafeguard(s: string): boolean {
  return ENCRYPTION_NOT_A_SAFEGUARD.test(s) && !COMPANY_ENCRYPTS.test(s);
}

const AS_THE_LAW_REQUIRES =
  "(?:if|where|when|as) (?:[\\w-]+ ){0,2}?required by (?:applicable |the )?(?:[\\w-]+ ){0,3}?laws?\\b";
/**
 * Direct notice of changes that is only what the law may require: a notice posted for everyone,
 * "or, if required by law, by e-mail" — "we will notify you by means of a notice on our Platforms
 * prior to the change becoming effective or, if required by law, by e-mail" (Toyota Connected
 * Services) —, or an unnamed manner the law may call for: "We may also provide notice of such
 * material changes in other manners at our discretion and as required by law" (Allrecipes), "may
 * take additional measures to inform you about such changes if required by applicable law"
 * (Infolinks), "we will notify you through appropriate communication channels, as required by
 * applicable law" (Zillow). Until the audit of 2026-12-13 each read "users are notified directly";
 * the direct notice the law requires is the minimum, as consent "where the law requires it" is.
 * Not a channel the company names as its own ("by email, and where required by law, in the app").
 * Since the second reading of 2027-01-20 also a notice posted for everyone and, "where necessary,
 * by any other means required by applicable law" (Rubicon Project: "we will notify you of any
 * material changes by posting the revised policy on this website, and where necessary, by any other
 * means required by applicable law"): "posted on the site" where the sentence names no direct
 * channel of its own (email, a message, in the app).
 */
const DIRECT_ONLY_AS_THE_LAW_REQUIRES = new RegExp(
  `\\bnotices? (?:on|in|at) (?:our|the|this) (?:[\\w-]+ ){0,2}?(?:platforms?|websites?|sites?|services?|apps?|applications?|pages?)\\b[^.;]{0,80}?\\b(?:or|and),? ${AS_THE_LAW_REQUIRES},? (?:by|via|through) (?:e-?mail|direct)|\\b(?:(?:in|through|by|via) (?:other manners|other means|other ways|appropriate (?:communication )?(?:channels|means))|additional (?:measures|steps|means) to (?:inform|notify) you)\\b[^.;]{0,60}?\\b${AS_THE_LAW_REQUIRES}`,
  "i",
);
const POSTED_WORDS =
  /\b(?:post\w*|publish\w*|notices? (?:on|in|at) (?:our|the|this)|on (?:this|our) (?:page|website|site)|effective date|last updated)\b/i;
/** "posted on the site" when the sentence also posts the change, null when it says no more. */
const ANY_OTHER_MEANS_REQUIRED =
  /\b(?:in|through|by|via) any other (?:means|manners?|ways?|channels?) (?:(?:that (?:are |may be )?|as (?:may be )?)?(?:required|mandated|permitted) by (?:applicable |the )?(?:[\w-]+ ){0,3}?laws?)\b/i;
const DIRECT_CHANNEL_NAMED =
  /\b(?:e-?mail\w*|text messages?|SMS|in-app|push notifications?|(?:send|sending) you|contact you|directly)\b/i;
export function directOnlyAsTheLawRequires(s: string): "posted on the site" | null | undefined {
  if (
    s.includes("other m") &&
    ANY_OTHER_MEANS_REQUIRED.test(s) &&
    POSTED_WORDS.test(s) &&
    !DIRECT_CHANNEL_NAMED.test(s)
  )
    return "posted on the site";
  if (!DIRECT_ONLY_AS_THE_LAW_REQUIRES.test(s)) return undefined;
  return POSTED_WORDS.test(s) ? "posted on the site" : null;
}
