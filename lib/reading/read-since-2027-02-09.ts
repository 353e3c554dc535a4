/**
 * Rules added after the blind double reading of 2027-02-08 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence or clause, each gated on plain words
 * before its pattern runs.
 */

/**
 * Partners given data so that they can market to the user, said as a list's item under "How we
 * share your personal information": "Partner organisations we’ve carefully chosen so they can
 * contact you about their products and services (which may or may not include Vodafone products
 * and services). We’ll ask for your consent before sharing this information;" (Vodafone Ireland:
 * third parties and use neutral until the double reading of 2027-02-08). Others' marketing, which
 * consent does not make less so (the review of 2027-01-02). Only when the sentence, its lead-in or
 * its heading speaks of sharing; not the company's own contact ("so we can contact you about our
 * products").
 */
const SO_THEY_CAN_MARKET =
  /\b(?:partner organi[sz]ations|partners|third[- ]part(?:y|ies)|companies|organi[sz]ations|businesses|brands|sponsors)\b[^.;]{0,60}?\bso (?:that )?(?:they|these (?:partners|companies|organi[sz]ations|sponsors)) (?:can|may|could|are able to) (?:(?:contact|market to|send|email|offer|call|text) you\b[^.;]{0,40}?\btheir (?:own )?(?:products|services|offers|goods)\b|(?:promote|market|advertise) their (?:own )?(?:products|services|offers|goods)\b[^.;]{0,20}?\bto you\b)/i;
/**
 * A denial of the giving: "We do not share guests’ personal information …" (National Geographic),
 * "We will never pass your details to other companies so they can …".
 */
export const SHARING_DENIED =
  /\b(?:not|never|cannot|n['’]t)\b[^.;]{0,30}?\b(?:share|disclose|sell|provide|rent|pass|give|transfer)\w*/i;
/** Giving data said: a verb of sharing, not "providers" or "provide a platform". */
export const SHARING_SAID =
  /\b(?:share|shares|shared|sharing|disclos\w*|pass(?:es|ed|ing)? (?:on|your|their)|transfer\w*|give|gives|given|giving|sell|sells|provid\w* (?:your|their|the|such|this|these) (?:personal )?(?:data|information|details))\b/i;
export const SO_THEY_CAN_MARKET_WORDS = /\bso (?:that )?(?:they|these)\b/i;
export function sharedSoTheyCanMarket(s: string, leadIn: string, heading: string): boolean {
  if (!SO_THEY_CAN_MARKET.test(s) || SHARING_DENIED.test(s)) return false;
  return SHARING_SAID.test(s) || SHARING_SAID.test(leadIn) || SHARING_SAID.test(heading);
}

/**
 * A clause that only gives the company's representative in the EU (its name and address) does not
 * speak to international transfers: "Our EU representative is Amazon Europe Core S.a.r.l., located
 * 38 avenue John F. Kennedy L-1855 Luxembourg" (IMDb: the classifier's only clause for
 * international, read "the policy speaks to this practice" until the double reading of 2027-02-08).
 * Not a clause that goes on to transfers, countries data goes to, or safeguards.
 */
const REPRESENTATIVE_ONLY =
  /^\W{0,4}(?:our |the )?(?:eu|eea|uk|european|swiss)(?: and (?:eu|eea|uk|swiss))? (?:data protection )?representative\b/i;
const SPEAKS_OF_TRANSFERS =
  /\b(?:transfer\w*|stored|processed in|servers?|countr(?:y|ies)|outside|adequa\w*|safeguards?|clauses|framework)\b/i;
export const onlyARepresentative = (clause: string) =>
  clause.length < 400 && REPRESENTATIVE_ONLY.test(clause) && !SPEAKS_OF_TRANSFERS.test(clause);

/**
 * Data given to report a suspected crime, with no authority named: "We may disclose user data to
 * report suspected crimes." (Vimeo, under "Legal and Safety-Related Disclosures": "disclosure in
 * response to legal process", neutral, until the double reading of 2027-02-08). A report the
 * company chooses to make, as IndieGala's, Binance's and Zora's read since 2027-02-04, where the
 * authorities were named. Not a report the law requires ("as required by law", "we are required to
 * report").
 */
const DISCLOSED_TO_REPORT_A_CRIME =
  /(?:\bwe (?:may |will |can |might |also |sometimes )*(?:disclose|share|provide|release|pass on)\b|\b(?:data|information) (?:may|will|can) (?:also )?be (?:disclosed|shared|provided|released)\b)[^.;]{0,40}?\bto (?:investigate (?:and|or) )?report (?:actual or )?(?:suspected|possible|potential) (?:crimes?|criminal (?:activit(?:y|ies)|conduct|offen[cs]es)|illegal (?:activit(?:y|ies)|conduct)|unlawful (?:activit(?:y|ies)|conduct)|offen[cs]es|fraud)\b/i;
const REPORT_REQUIRED =
  /\b(?:required|obliged|obligated|compelled|mandated)\b[^.;]{0,30}?\bto (?:report|disclose|do so)\b|\b(?:as|where|when|if) (?:(?:we are )?legally )?(?:required|mandated|obliged|obligated)\b|\b(?:the )?law requires\b|\blegally (?:required|obliged|obligated|bound)\b/i;
export const REPORT_CRIME_WORDS = /\bto report\b/i;
export const disclosedToReportACrime = (s: string) =>
  DISCLOSED_TO_REPORT_A_CRIME.test(s) &&
  !REPORT_REQUIRED.test(s) &&
  !/\b(?:not|never)\b|n['’]t\b/i.test(s);

/**
 * Personal data given to no third party at all: "We will not disclose your Personal Data to any
 * third parties." (Jottacloud: "the company does not sell email address; other sharing is not
 * limited in detail", neutral, until the double reading of 2027-02-08, which read it protective:
 * more than the rubric's "only named processors under contract, never sold"). A sentence that ends
 * on "to (with) any third parties": nothing after it may carve out exceptions ("… except our
 * service providers", "… for their marketing purposes"), and none before it ("Except as described
 * below, …", "Unless you consent, …"). The company is the subject ("we": not "They (Processors)
 * will not disclose …", a duty of recipients), the data is the user's ("your", not "the data" of one
 * form), and "any" third party (not "other third parties", which follows a list of recipients).
 */
const NOT_TO_ANY_THIRD_PARTY =
  /^\W{0,4}we (?:will|do|shall|would) (?:never|not) (?:disclose|share|transfer|provide|give|pass on|sell or share|sell or disclose|share or sell)(?: any of)? your (?:personal )?(?:data|information) (?:to|with) any third[- ]part(?:y|ies)\s*[.!]?\s*$/i;
export const NO_SHARING_WORDS = /third[- ]part/i;
export const NOT_SHARED = "not disclosed to any third party";
export const notSharedWithAnyThirdParty = (s: string) => NOT_TO_ANY_THIRD_PARTY.test(s);
