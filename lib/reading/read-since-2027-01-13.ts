/**
 * Rules added after the re-audit of 2027-01-13 (the 176th to 200th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` and the files of earlier audits change by a line each. Every quantifier is
 * bounded (the suite's adversarial inputs run over them), and each rule is gated on a plain word
 * before its pattern runs.
 */

/**
 * Advertising companies the company engages to target the user, said without "share": "We
 * contract with advertising companies that will use your previous search history and clicks to
 * provide advertising of specific interest to you." (MediaFire); "Notwithstanding any other
 * provision, we may also engage a third-party partner for the purpose of identifying users and
 * delivering to them interest-based content and advertisements." (ASKfm, in its section "sharing
 * my data for advertising purposes"). The rubric's sharing for others' advertising; until the
 * re-audit of 2027-01-13 both read protective ("named processors under contract, and data not
 * sold"). Widens the rule of 2026-12-11 (`sharedWithPartnersForAds`). Not a denial ("we do not work
 * with advertising companies"), nor ads for the company's own products or on its own site ("… to
 * show you targeted ads for our products on other sites", "so that we can serve targeted ads on
 * our own site").
 */
const AD_COMPANIES_ENGAGED =
  /\bwe (?:may |also |can |will |then ){0,2}(?:contract|work|partner|engage)(?: with)? (?:an? |some |certain |selected |trusted )?(?:third[- ]party |outside |external )?(?:advertising |ad |marketing )?(?:companies|networks|partners?|providers|vendors)\b[^.;]{0,100}?(?:\b(?:targeted|personali[sz]ed|interest[- ]based|behaviou?ral|tailored) (?:content (?:and|or) )?(?:advertis\w{0,6}|ads)\b|\b(?:advertis\w{0,6}|ads) of (?:specific |particular )?interest to you\b)/i;
const ENGAGED_WORDS = ["contract", "work", "partner", "engage"];
const AD_KIND_WORDS = ["argeted", "ersonali", "nterest", "ailored", "ehaviou", "ehavior"];
const OWN_PRODUCTS_ADVERTISED =
  /\b(?:our|its) (?:own )?(?:products|services|sites?|websites?|apps?|platforms?)\b|\bso that we\b/i;
export function adCompaniesEngagedToTarget(s: string): boolean {
  if (!s.includes("dvertis") && !s.includes(" ads")) return false;
  if (!ENGAGED_WORDS.some((w) => s.includes(w)) || !AD_KIND_WORDS.some((w) => s.includes(w))) {
    return false;
  }
  const m = AD_COMPANIES_ENGAGED.exec(s);
  return m !== null && !OWN_PRODUCTS_ADVERTISED.test(s.slice(m.index));
}

/**
 * Advertising or analytics services the company permits, said to be a possible sale: "Zoom may
 * permit advertising and analytics services that are intended to deliver advertising to you
 * and/or analyze your interactions, based on your interactions with our website or app which may
 * constitute a “sale” or “sharing” of data for targeted advertising purposes under certain state
 * privacy laws." (Zoom). The rule of the policy's word that its sharing may be a sale
 * (`deemedSale`) wants a word of giving before "constitute a sale" ("share", "disclose",
 * "transfers", …); here what is given is the services' access, said as "permit", so until the
 * re-audit of 2027-01-13 Zoom's third parties read neutral ("service providers under contract or
 * confidentiality"). Read by that rule's clause, with its guards (not under a condition, a denial
 * or a right): not "we do not permit advertising partners …", nor "allow you to opt out".
 */
const PERMITTED_AD_SERVICES =
  /\b(?:permit|permits|allow|allows) (?:third[- ]party |certain |some |other )?(?:advertising|analytics|ad|ad tech) (?:and analytics |or analytics |and advertising |or advertising )?(?:services|partners|providers|companies|networks|vendors|technologies)\b/i;
export function adServicesPermitted(clause: string): boolean {
  if (!clause.includes("permit") && !clause.includes("allow")) return false;
  if (!clause.includes("dvertis") && !clause.includes("nalytics") && !clause.includes(" ad ")) {
    return false;
  }
  return PERMITTED_AD_SERVICES.test(clause);
}

/**
 * Changes posted, said as the current version's date noted on the page: "The effective date of
 * the current Privacy Policy is noted at the top of this page." (Chayn, after "We may update this
 * Privacy Policy from time to time." and before "We encourage you to periodically review this
 * page."). Widens the rule of 2027-01-09 (`changesPostedByTheDate`, Verizon's "by checking the
 * effective date"); "no fact found" until the re-audit of 2027-01-13 (neutral either way). Only
 * the date of the current (latest) version, not a policy's date alone ("This policy is effective
 * as of the date noted above").
 */
const CURRENT_VERSION_DATE_NOTED =
  /\b(?:effective|last[- ]updated|last[- ]modified|revision) date of (?:the |this |our )?(?:current|latest|most recent) (?:version of (?:the |this |our )?)?(?:privacy )?(?:policy|notice|statement) is (?:noted|shown|stated|indicated|listed|posted|displayed|given) (?:at the (?:top|bottom|beginning|end)|above|below|on this page)\b/i;
export function currentVersionDateNoted(s: string): boolean {
  if (!s.includes("date")) return false;
  if (!s.includes("current") && !s.includes("latest") && !s.includes("most recent")) return false;
  return CURRENT_VERSION_DATE_NOTED.test(s);
}
