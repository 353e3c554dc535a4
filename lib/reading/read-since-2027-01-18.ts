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
