/**
 * Rules added after the re-audit of 2027-01-24 (the 276th to 302nd machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each widens a rule that already read its kind; each is a pure test
 * on one sentence, every quantifier bounded (the suite's adversarial inputs run over them), and
 * each gated on a plain word before its pattern runs.
 */

/**
 * Where data is stored, said in three more ways (the rule of 2027-01-10, `placeOfServersSaid`,
 * reads them beside the lists of 2027-01-12, 2027-01-16 and 2027-01-22, with its guards: not the
 * user's place, job applicants' or staff's data, another company's servers): data processed
 * (stored, hosted) "by (on, in) our servers (data centers) located in" a place ("Your personal
 * information is processed by our servers located in the People’s Republic of China.", Tencent —
 * the country's name, whose "’s" the capitalised place pattern stops at, read whole); the company
 * that "stores" data "in our data centers located in" a place ("Note: Taboola currently stores
 * Customer, User, and Visitor Information in our data centers located in the United States and
 * Israel.", Taboola: the list of 2027-01-12 wants "we store … in our servers", no name and no
 * "currently"); and information that "may be processed and stored in" a place ("Any information we
 * obtain about you in connection with your use of the Site may be processed and stored in the United
 * States or other countries.", Hearst: the rule of 2027-01-02 wants "is (are, will be) stored").
 * Each "no fact found" until the re-audit of 2027-01-24 (neutral either way). Not "transferred to
 * and processed in" a place with no storage there (left since 2027-01-04, Toyota Connected
 * Services'), not another company's servers ("processed by Google's servers located in …"), nor
 * a vendor's ("stored in our vendors' data centers": "our" must name the servers).
 */
export function storagePlacesInOtherWords(place: string): RegExp[] {
  // One capture group: the People's Republic of China whole, else the capitalised place.
  const placeOrPrc = `(the People['’]s Republic of China|${place.slice(1)}`;
  return [
    new RegExp(
      `\\b(?:processed|stored|hosted|held|kept)(?: and (?:processed|stored))? (?:by|on|in) our (?:own )?(?:servers|data cent(?:er|re)s)(?: (?:that are |which are )?(?:located|based))? in ${placeOrPrc}`,
    ),
    new RegExp(
      `\\b(?:[Ww]e|[A-Z][A-Za-z]{1,20})(?: currently| only| also| may| will){0,2} (?:stores?|hosts?|keeps?|holds?)\\b[^.;]{0,80}? (?:in|on) our (?:own )?(?:servers|data cent(?:er|re)s)(?: (?:that are |which are )?(?:located|based))? in ${placeOrPrc}`,
    ),
    new RegExp(
      `\\b(?:[Dd]ata|[Ii]nformation)\\b[^.;]{0,100}? (?:may|will|can|could) be (?:processed and stored|stored and processed|stored|(?:sent|transferred) to and used) in ${place}`,
    ),
  ];
}
// Widened at the double reading of 2027-01-31: "your information will be sent to and used in the
// United States and the EU regardless of the country you reside in" (Badoo).
export const STORAGE_OTHER_WORDS =
  / our (?:own )?(?:servers|data cent)|be processed and stored|be stored|to and used in/;

/**
 * Countries "including" a place, with the words between them longer than the rule of 2027-01-08
 * (`storedInCountriesIncluding`) allowed: "The personal information we collect may be transferred
 * to and stored in countries outside of the jurisdiction you are in where we and our third-party
 * service providers have operations, including in the United States." (Kick; some 100 characters
 * from "countries" to "including", "no fact found" until the re-audit of 2027-01-24). The rule's
 * bound between the countries and "including" goes from 100 to 160 characters, its guards as they
 * were (no cookies, identifiers or laws in the words, not the user's place).
 */
export const COUNTRIES_TO_INCLUDING = 160;

/**
 * The app's access to the device, controlled in the device's settings, read as a right to see or
 * correct data: "Our Services' access to your device information: You may control our Services'
 * access to your device information through your "Settings" app on your device." (Kick, whose
 * access listed it as "data can be seen and corrected" until the re-audit of 2027-01-24). The guard
 * of 2027-01-04 (`deviceAccessOnly`) reads access the user "enables" for an app to the photos or
 * camera; access the user controls (manages, limits, revokes) of the service to the device is the
 * same permission. Not a sentence that names a right or a request (the guard's own condition), nor
 * "you can control access to your data".
 */
export const DEVICE_ACCESS_CONTROLLED =
  /\b(?:control|manage|limit|revoke|change|turn off|disable)\s+(?:our\s+|the\s+)?(?:Services['’]?|Service['’]s|apps?['’]s?|app['’]s|its)\s+access to (?:your\s+)?(?:mobile\s+)?device\b/i;

/**
 * Safeguards said as practices the company follows "to secure" data: "We follow industry-standard
 * practices to secure the information we collect to prevent the unauthorized access, use, or
 * disclosure of any personal information we collect and maintain." (Xfinity, whose next sentence
 * names them: "These security practices include technical, administrative, and physical
 * safeguards, …"; "no fact found" until the re-audit of 2027-01-24, neutral either way). The rule of
 * 2027-01-08 (`safeguardsInFurtherWords`) reads "follows … safeguards (security practices)"; the
 * practices followed to secure (protect, safeguard) data are the same safeguards, with its guards
 * (not the user's, not another's, not a transfer's). Not practices followed to do anything else
 * ("we follow industry-standard practices to respond to requests").
 */
export const FOLLOWS_PRACTICES_TO_SECURE =
  /\bfollow(?:s|ing)? ((?:industry[- ]standard|reasonable|appropriate|commercially reasonable|generally accepted|best) (?:security )?practices) (?:designed )?to (?:secure|protect|safeguard)\b/i;
