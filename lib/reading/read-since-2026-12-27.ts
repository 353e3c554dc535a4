import { screen } from "./necessary-trigrams";

/**
 * Rules added after the audit of 2026-12-27 (offset 12 of the machine-read companies: collection,
 * use, access, security, international transfer, business transfer and legal disclosure). Each is
 * a pure test on one sentence, kept in its own file so that the rules in `extract-facts.ts` change
 * by a line each. Every quantifier is bounded (the suite's adversarial inputs run over them).
 */

/**
 * A sentence that goes on with the business event named in the sentence before by calling it a
 * change to the business or "such a transfer": "In connection with, or during negotiations of, any
 * merger, sale or transfer of company assets … If a change happens to our business, we will notify
 * you." (Streamable); "… we reserve the right to transfer all of your Personal Information … to
 * that entity. We will use reasonable efforts to notify registered users of such a transfer …"
 * (NING). Both concerning until the audit of 2026-12-27: the notice's sentence names no event.
 */
const BUSINESS_CHANGE_POINTED_BACK =
  /\b(?:if|when|should|in case) (?:a|any|such a) change (?:happens|occurs|takes place|happen|occur|take place) (?:to|in) (?:our|the) (?:business|company)\b|\bsuch (?:a )?(?:transfer|transfers|change of (?:control|ownership))\b/i;
/** Read on every sentence, so a plain search first ("such a transaction" is REFERS_BACK's). */
const POINTED_BACK_WORDS = /change (?:happen|occur|take)|uch (?:a )?(?:transfer|change of)/;
export function businessChangePointedBack(s: string): boolean {
  return POINTED_BACK_WORDS.test(s) && BUSINESS_CHANGE_POINTED_BACK.test(s);
}

/**
 * Users told of a business transfer named as users rather than "you": "We will use reasonable
 * efforts to notify registered users of such a transfer (by a posting on our home page …, or by
 * email …)" (NING). Read only in a sentence about a business event, or one pointing back to it.
 */
const USERS_NOTIFIED_OF_TRANSFER =
  /\b(?:notify|inform|tell|alert|email) (?:all |our |any |the )?(?:affected |registered |active |existing )?(?:users|customers|members|account holders|subscribers)(?: \w+){0,2}? (?:of|about|before|prior to|in advance of) (?:such|the|this|that|any|a) (?:[\w-]+ ){0,2}?(?:transfer|transaction|event|change|sale|merger|acquisition)s?\b/i;
export function usersNotifiedOfTransfer(s: string): boolean {
  return USERS_NOTIFIED_OF_TRANSFER.test(s);
}

/**
 * Data passing in a business transfer said with gerunds: "In the event of a reorganization, merger,
 * sale, joint venture, assignment, transfer or other disposition of all or any portion of our
 * business, assets or stock …, we would have a legitimate interest in disclosing or transferring
 * your information to a third party — such as an acquiring entity and its advisers." (The New York
 * Times; "no fact found" until the audit of 2026-12-27). Not a gerund denied or forbidden ("we do
 * not intend selling your information", "refrain from sharing").
 */
const DATA_PASSES_BY_GERUND =
  /\b(?:disclosing|transferring|selling|sharing|assigning)(?: (?:or|and|and\/or) (?:disclosing|transferring|selling|sharing|assigning))? (?:your|the|such|all|any|personal) (?:[\w-]+ ){0,2}?(?:information|data)\b/i;
const GERUND_DENIED =
  /\b(?:not|never|no|without|refrain from|prohibited from|against)\b(?: \w+){0,3} (?:disclosing|transferring|selling|sharing|assigning)\b/i;
/** Read on every sentence with no topical gate: the pattern opens on its gerunds. */
const gerundMayMatch = screen(DATA_PASSES_BY_GERUND);
export function dataPassesByGerund(s: string): boolean {
  return gerundMayMatch(s) && DATA_PASSES_BY_GERUND.test(s) && !GERUND_DENIED.test(s);
}

/**
 * Disclosure at the company's judgement as a list's item whose subject and verb the lead-in gave:
 * "Hearst may provide the information we obtain from you through the Site to:" ⏎ "As we believe is
 * necessary or appropriate to protect, enforce, or defend our legal rights, … or to comply with or
 * enforce applicable law or legal process, including responding to court orders, warrants,
 * subpoenas …" (Hearst; "disclosure in response to legal process" until the audit of 2026-12-27).
 * As "if we believe disclosure is necessary or appropriate" reads since the audit of 2026-12-21.
 * Only an item that opens on it: "We keep data as we believe is appropriate" is no disclosure.
 */
export const ITEM_AT_JUDGEMENT_WORDS = /^(?:as|when|where|if) /i;
const ITEM_AT_JUDGEMENT =
  /^(?:as|when|where|if) (?:we|it) (?:reasonably |in good faith |in our (?:sole )?discretion )?(?:believe|believes|deem|deems|consider|considers|determine|determines|think|thinks) (?:it )?(?:is |to be |would be )?(?:reasonably )?(?:necessary or appropriate|appropriate or necessary|appropriate|advisable)\b/i;
export function itemAtJudgement(s: string): boolean {
  return ITEM_AT_JUDGEMENT.test(s);
}

/** Verbs of a right: seeing or correcting, deleting. */
const SEE_OR_CORRECT = "access|review|see|view|obtain|correct|rectify|update|amend|edit|modify";
const DELETE = "delete|erase|remove";
const ANY_RIGHT_VERB = `(?:${SEE_OR_CORRECT}|${DELETE})`;
const RIGHT_VERBS = `${ANY_RIGHT_VERB}(?:(?:,? (?:and|or|and/or) (?:to )?|, |/)${ANY_RIGHT_VERB}){0,3}`;
/** The user's data, said as theirs or as personal data or PII. */
const THE_DATA = String.raw`(?:(?:your|their|the) )?(?:[\w-]+ ){0,2}?(?:data|information|PII|account|profile)\b`;
/**
 * A right to see, correct or delete one's data given by a law or undertaken by the company:
 * - "The CCPA generally permits you to request that we and our direct service providers delete
 *   your personal information." (Exponential);
 * - "The CCPA also requires that if you request access to your information, we provide you with
 *   responsive materials …" (Exponential);
 * - "Access: Upon request, Windstream will provide Users with the PII that it holds about them and
 *   will take reasonable steps to provide individuals with a means to correct, amend or delete PII
 *   that is inaccurate or incomplete." (Windstream).
 * Both access findings read "no fact found" until the audit of 2026-12-27 (now protective). Not
 * another's request ("Government authorities may request access to your personal data"), nor a
 * means given to someone other than the user ("provide our partners with a means to update data").
 */
const RIGHT_GIVEN = String.raw`(?:\b(?:permits?|allows?|entitles?|enables?) you to (?:request|ask)(?: that)? (?:we|us)(?: and(?: [\w-]+){1,4}?)?(?: to)? |\b(?:provide|give|offer)s? (?:you|users|individuals|customers|consumers|members) (?:with )?(?:a |the )?(?:means|way|ability|opportunity) to )`;
const rightGiven = (verb: string) =>
  new RegExp(
    `${RIGHT_GIVEN}(?=(?:(?:${ANY_RIGHT_VERB}|and|or|and/or|to)[,/]? ){0,6}?(?:${verb})\\b)${RIGHT_VERBS} ${THE_DATA}`,
    "i",
  );
const ACCESS_UNDERTAKEN =
  /\b(?:if|when|where) you request access to (?:your|their) (?:[\w-]+ ){0,2}?(?:data|information)\b|\bupon (?:your )?request,? (?:[\w&.'’-]{2,30} )?(?:will|shall) provide (?:you|users|individuals|customers|consumers|members) with (?:a copy of )?(?:the |your |their )?(?:personal (?:data|information)|PII|data|information) (?:that )?(?:it|we) (?:holds?|has|have|maintains?|keeps?) about (?:you|them)\b/i;
/** The words every right above is said in: the rules' own gate, tried before them (reading speed). */
export const RIGHT_GIVEN_WORDS =
  /you to (?:request|ask)|(?:means|way|ability|opportunity) to |request access|pon (?:your )?request/;
export const DELETION_GIVEN = rightGiven(DELETE);
export const CORRECTION_GIVEN = new RegExp(
  `${rightGiven(SEE_OR_CORRECT).source}|${ACCESS_UNDERTAKEN.source}`,
  "i",
);
