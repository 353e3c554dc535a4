/*
 * Wordings the history audit of 2026-12-10 (the rating changes recorded 2019–2021) found flipping a
 * fact between two versions that say the same: each moved a suggested rating, and the history
 * announced a change that never happened. Kept here, in small pieces, and read by extract-facts.ts
 * where the rule they mend is. Every quantifier is bounded.
 */

/**
 * Access and correction named as the user's options by their nouns: "additional data control
 * options …, including data access and portability …, data correction (the ability to update the
 * personal data we collect …), data deletion" (Stack Overflow until 2021; its later "Access — The
 * right to be provided with a copy of your personal data" was read). Only after "including", "such
 * as" or a right: "unauthorized data access" is a risk, not a right.
 */
const DATA_RIGHT_BY_NOUN =
  "\\b(?:including|such as|options? (?:of|for)|rights? (?:of|to)|the right to) data (?:access|correction|rectification)\\b(?! (?:controls?|logs?|layer|management)\\b)";
/**
 * A list's item asking the company for a copy or a correction: "Ask us to provide you with copies
 * of your personal information, make corrections or sometimes ask us to delete it" (HSBC, 2021; its
 * earlier "The right to access information we hold about you" was read).
 */
const ASK_FOR_COPY_OR_CORRECTION =
  "^(?:[●·•▪*-] *)?(?:you (?:can|may) )?(?:ask|request) (?:us|that we) (?:to )?(?:provide (?:you )?(?:with )?|give you |send you )?(?:a )?cop(?:y|ies) of (?:your|the) (?:[\\w-]+ ){0,2}(?:data|information)\\b|^(?:[●·•▪*-] *)?(?:you (?:can|may) )?(?:ask|request) (?:us|that we) (?:to )?[^.;]{0,80}?\\bmake corrections\\b";
export const CORRECTION_REWORDED_2026_12_10 = new RegExp(
  `${DATA_RIGHT_BY_NOUN}|${ASK_FOR_COPY_OR_CORRECTION}`,
  "i",
);

/**
 * The company's word that selling data is not its business: "Evernote is not in the business of
 * selling or renting your information." (read until 2021 beside "We do not and will not sell your
 * personal information", which went with its CCPA section, and the third-party rating with it).
 */
const NOT_IN_THE_BUSINESS_OF_SELLING =
  /\b(?:is|are|am)(?: not|n['’]t) (?:in the business of|in the practice of) (?:selling|renting|trading)(?:,? (?:or |and )?(?:selling|renting|leasing|trading|sharing))?(?: (your|users['’]?|customers['’]?|our users['’]?|personal|any))?(?: (personal|user|customer))? (information|data)\b/i;
/** "does not sell …" as the first no-sale rule words it, or null. */
export function notInTheBusinessOfSelling(s: string): string | null {
  const m = NOT_IN_THE_BUSINESS_OF_SELLING.exec(s);
  if (!m) return null;
  return `does not sell ${m[2] ? `${m[2].toLowerCase()} ` : ""}${m[3]!.toLowerCase()}`;
}

/**
 * The company says it holds no readable copy: "The data you transmit … is in encrypted form and
 * Proctorio does not have access to your Storage Data in its unencrypted form" (Proctorio until
 * 2021; from then "does not have the decryption keys", which was read as data it cannot decrypt).
 */
export const NO_ACCESS_UNENCRYPTED =
  /\b(?:we|[A-Z][\w-]{1,30}) (?:do|does|will|shall) not (?:have|get|gain) access to (?:your |the |any )?(?:[\w-]+ ){0,3}in (?:its|their|an?) (?:unencrypted|decrypted|readable|plain[- ]?text) form\b/;

/**
 * Advertisers named only to be left out of the sharing: "We may share information with vendors,
 * consultants, and other service providers (but not with advertisers and ad partners) who need
 * access to such information" (Reddit until 2020: read as sharing for advertising, so third
 * parties and use were concerning until the words moved). Blanked before the sharing is read.
 */
const ADVERTISERS_EXCEPTED =
  /\(?\b(?:but|and|except|though) not (?:with|to) (?:our |any |third[- ]party )?(?:advertisers|ad(?:vertising)? (?:partners|networks|companies))(?:,? (?:and|or) (?:our |any )?(?:advertisers|ad(?:vertising)? (?:partners|networks|companies)))?\)?/gi;
export function blankExceptedAdvertisers(s: string): string {
  return s.replace(ADVERTISERS_EXCEPTED, (m) => " ".repeat(m.length));
}

/**
 * Sharing "for any purpose" of data said to identify no one is no disclosure to authorities:
 * "Because this information doesn’t personally identify you, we may use and share it for any
 * purpose permitted by law." (Aetna, 2021; read as disclosure on the company's own judgement, which
 * its earlier "Because Non-Personally Identifiable Information does not personally identify you, we
 * may use and disclose such information for any purpose permitted by law" was not).
 */
export const IDENTIFIES_NO_ONE_SHARED =
  /\b(?:does not|doesn['’]t|do not|don['’]t|cannot|can['’]t|will not|won['’]t) (?:personally )?identify (?:you|users|individuals|any(?:one| individual))\b|\bnon-?personally[- ]identifiable\b/i;

/**
 * "Remember" as the reader's reminder, not a cookie's: "Also, remember you can use your device’s
 * camera with other Google services" (Google Nest, 2021: read as cookies that remember you).
 */
export const REMEMBER_AS_REMINDER =
  /\bremember,? (?:that )?you (?:can|may|might|could|should|will|must|are|have|need)\b/i;

/** A denial's contraction, "won’t sell", "don’t transfer", as DATA_KEPT_BACK reads "not". */
export const KEPT_BACK_CONTRACTED =
  /n['’]t\b( \w+){0,2} (be )?(sold|transferred|shared|disclosed|assigned|sell|transfer|share|disclose)\b/i;

/**
 * "Without prior notice to you" is no notice: "Sony reserves the right to change this Privacy
 * Policy at any time, without prior notice to you, …" read as direct notice, so Sony's rating
 * stood on it once its "we will notify you by email" went (2021). Blanked before notice is read.
 */
const WITHOUT_NOTICE =
  /\bwithout (?:any |prior |further |advance |additional )?(?:notice|notification)(?: to (?:you|users|members|customers))?\b/gi;
export function blankWithoutNotice(s: string): string {
  return s.replace(WITHOUT_NOTICE, (m) => " ".repeat(m.length));
}

/**
 * Consent in another item of a list than the change: "(viii) to contact you with regard to …, in
 * our discretion, changes to any of our policies; (ix) for purposes disclosed at the time …; and
 * (x) otherwise with your consent" (Sony until 2021: a list of uses, read as consent sought for
 * changes, so the policy-changes rating was protective). In a sentence of items split by
 * semicolons, the consent must be in an item that names a change.
 */
export function consentInAnotherItem(s: string, consent: RegExp): boolean {
  const items = s.split(";");
  if (items.length < 2) return false;
  return !items.some(
    (item) => consent.test(item) && /\b(chang|modif|amend|updat|revis)\w*/i.test(item),
  );
}
