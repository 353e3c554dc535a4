/**
 * Rules added after the re-audit of 2027-01-18 (the 226th to 250th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * Where data is stored, said in two more ways (the rule of 2027-01-10, `placeOfServersSaid`, reads
 * them through `placesOfStorageSaid` of 2027-01-12, with its guards: not the user's place, job
 * applicants' or staff's data, another company's servers): the data "stored on (in) … servers (data
 * centres) (which are) located in (within)" places ("Your Personal Information that we collect is
 * sent to and stored on secure servers located in the United States of America.", Roblox; "Any
 * personal data collected in the course of providing Bolt services is transferred to and stored in
 * our data centres which are located within the EEA.", Bolt); and the company's "datacenters" (one
 * word) in places, each place with its country in brackets ("Gofile operates storage datacenters
 * in Paris (France) and Phoenix (United States), …", Gofile). Each "no fact found" until the
 * re-audit of 2027-01-18 (neutral either way). Not data another company stores (a vendor's, a partner's). `place` is the capitalised place pattern of
 * 2027-01-04, its first group the place.
 */
const PLACE_WITH_COUNTRY =
  "([A-Z][\\w.-]{1,30}(?: [A-Z][\\w.-]{1,30}){0,2} \\([A-Z][\\w. ]{1,30}\\)(?:(?:,| and|, and) [A-Z][\\w.-]{1,30}(?: [A-Z][\\w.-]{1,30}){0,2} \\([A-Z][\\w. ]{1,30}\\)){0,4})";
export function storedOnServersLocatedIn(place: string): RegExp[] {
  return [
    // Not another's: "Our vendors' data is stored on servers located in …".
    new RegExp(
      `^(?![^;]{0,200}?\\b(?:vendors?|partners?|suppliers?|third[- ]part(?:y|ies)|service providers?|processors?)\\b)[^;]{0,200}?\\b(?:stored|kept|hosted|held|housed) (?:in|on) (?:our |its |the )?(?:own |secure |dedicated )?(?:servers|data ?cent(?:er|re)s) (?:that are |which are )?located (?:in|within) ${place}`,
    ),
    new RegExp(
      `\\b(?:[Ww]e|[A-Z][A-Za-z]{1,20}) (?:operates?|maintains?|has|have) (?:our |its )?(?:own )?(?:storage )?datacent(?:er|re)s in (?:${PLACE_WITH_COUNTRY}|${place})`,
    ),
  ];
}
export const STORED_ON_SERVERS_WORDS = /located within|datacent/;

/**
 * Data given to the new owner when the company sells or transfers its business: "And if we sell or
 * transfer all or part of our business to someone else, in some cases we'll give the new owner your
 * information as part of that transaction, but only as the law allows." (Facebook; neutral
 * with "no fact found" until the re-audit of 2027-01-18: the `transfer-as-asset`
 * rules want "merger", "assets", or a sale in verbs of which "transfer" is none, and data
 * "transferred (shared, disclosed, provided)", not "given"). "Only as the law allows" binds no buyer
 * to the policy, so the rating reads it as data passing with no commitment. Not data kept back ("we
 * will not give the new owner your information"), nor the user's own sale of a business.
 */
const SALE_THEN_DATA_GIVEN =
  /\b(?:we|[A-Z][A-Za-z]{1,20}) (?:sells?|transfers?|merges?)(?:,? (?:or|and) (?:sells?|transfers?|merges?)){0,2} (?:all (?:or|and) (?:a )?(?:part|portion) of |part of |some or all of )?(?:our|its) (?:business|company)\b[^.;]{0,80}?\b(?:give|hand over|pass on|provide)s? (?:the |a |any |that |our )?(?:new owners?|buyers?|purchasers?|acquirers?|successors?) (?:with )?(?:your|users'?|customers'?|the|their) (?:personal )?(?:information|data)\b/;
const NOT_GIVEN = /\b(?:not|never)\b(?: \S+){0,2} (?:give|hand over|pass on|provide)s?\b/;
export const DATA_GIVEN_TO_NEW_OWNER_WORDS = /new owner|buyer|purchaser|acquirer|successor/;
export function dataGivenToNewOwner(s: string): string | null {
  if (!DATA_GIVEN_TO_NEW_OWNER_WORDS.test(s) || !s.includes(" business")) return null;
  return SALE_THEN_DATA_GIVEN.test(s) && !NOT_GIVEN.test(s)
    ? "data passes with the business's assets"
    : null;
}

/**
 * Lawful requests answered, the authorities named after them: "We also use such data to enable us
 * to comply with copyright law, with 18 USC §2258A (illegal content), and to respond to lawful
 * requests by public authorities, including national security, courts, and law enforcement."
 * (Imgur; neutral with "no fact found" until the re-audit of 2027-01-18). The rule of 2027-01-10
 * (`authoritiesAnsweredAsRecipients`) reads the authorities named before "respond to lawful
 * requests" and, since 2027-01-12, the law complied with; this is the same disclosure with the
 * authorities after. Not requests by the user ("respond to lawful requests from you").
 */
export const LAWFUL_REQUESTS_OF_AUTHORITIES =
  /\brespond(?:ing)? to (lawful|legal|valid|enforceable|binding) requests (?:by|from|of) (?:the )?(?:public authorities|authorities|courts|law enforcement|regulators|government(?:al)? (?:authorities|agencies|bodies|entities)|governments?)\b/i;
