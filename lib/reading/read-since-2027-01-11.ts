/**
 * Rules added after the re-audit of 2027-01-11 (the 151st to 175th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * No cookies on the company's site, said with the site's name: "Cookies: We do not use cookies on
 * noyb.eu." (noyb, whose cookies were neutral, "no fact found", beside its session cookies "deleted
 * when you close your browser" on its sign-up pages: the rubric's protective "only session/essential
 * cookies, or none"). The rule of 2027-01-03 (`noCookiesUsed`) wants the sentence to end at
 * "cookies"; this one reads "on" a domain ("noyb.eu") or "on our (this, the) site (website,
 * domain)" ending the sentence. The value says the site, not "no cookies used" at all: a policy may
 * set cookies elsewhere, so the reason says "only session or essential cookies". Not a denial for
 * one purpose ("We do not use cookies on our site to track you"), nor the user's choice.
 */
const NO_COOKIES_ON_SITE =
  /\b(?:we|[A-Z][\w.-]{1,30}) (?:do(?:es)? not|don['’]t|doesn['’]t|never) (?:use|set|place|store) (?:any )?cookies on (?:(?:our|this|the) (?:web ?)?(?:sites?|websites?|domains?|pages?)|(?:www\.)?[a-z0-9-]{1,40}\.[a-z]{2,6})\s{0,3}[.;!]?\s{0,3}$/i;
export function noCookiesOnSite(s: string): boolean {
  return s.includes("cookies on") && NO_COOKIES_ON_SITE.test(s);
}
export const NO_COOKIES_ON_SITE_VALUE = "no cookies used on the site";

/**
 * Analytics denied, with the tools it does not use given as examples: "We do not use any third
 * party tracking or analytics services (ex: Google Analytics, Recaptcha, etc)." (Spam.org, whose
 * cookies read "first-party cookies or analytics (Google Analytics)" and whose third parties named
 * Google Analytics as a partner until the re-audit of 2027-01-11). The first `cookies-persistent`
 * rule and the `named-partner` rule leave such a sentence alone; "We do not use Google Analytics for
 * advertising" (a denial of one purpose, with "for") still reads.
 */
export const ANALYTICS_DENIED =
  /\b(?:do(?:es)? not|don['’]t|doesn['’]t|never) (?:use|employ|rely on) (?:any )?(?:third[- ]party )?(?:(?:tracking|advertising) (?:or|and|\/) )?(?:analytics|tracking) (?:services?|tools?|providers?|software|cookies)\b(?! (?:for|to)\b)/i;
export function analyticsDenied(s: string): boolean {
  return s.includes("analytics") && ANALYTICS_DENIED.test(s);
}

/**
 * The company enforcing its own agreements, read as a contract binding service providers: "(ii) to
 * protect our rights and property and those of our agents, customers and others, including to
 * enforce our agreements" (UCLA), "… (including, without limitation, to enforce our agreements), or
 * the rights … of our agents, independent contractors, customers, and others" (TP-Link), both
 * "shared with service providers under contract or confidentiality" until the re-audit of
 * 2027-01-11. The `service-providers` rule reads the sentence with these words taken out, as it
 * does a contract that is the legal basis of processing.
 */
const ENFORCE_AGREEMENTS =
  /\b(?:to )?enforc(?:e|es|ed|ing) (?:our|its|the|any|their|these|this|such|applicable) (?:[\w-]+ ){0,3}?(?:agreements?|terms|contracts?)\b/gi;
export function withoutEnforcedAgreements(s: string): string {
  return s.includes("enforc") ? s.replace(ENFORCE_AGREEMENTS, "") : s;
}

/**
 * One body named twice, as the free independent body and as the regulator: "you can contact the
 * relevant competent data protection authority. You can obtain the information for contacting EU
 * data protection authorities at …" (TP-Link, protective "a free independent body (EU data
 * protection authorities) and a regulator (data protection authority)" until the re-audit of
 * 2027-01-11: the rubric wants a different regulator). The disputes rating compares the two names
 * in the singular, as it compared them word for word.
 */
export function sameBodyNamed(body: string, regulator: string): boolean {
  const singular = (x: string) =>
    x
      .toLowerCase()
      .replace(/ies\b/g, "y")
      .replace(/(?<=[a-z]{3})s\b/g, "");
  return singular(body).includes(singular(regulator));
}
