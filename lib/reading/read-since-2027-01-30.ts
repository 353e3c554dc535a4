/**
 * Rules added after the blind double reading of 2027-01-29 (140 machine findings, 10 companies;
 * docs/machine-reading-rules.md): cookies, legal disclosure, disputes. Pure tests on one sentence
 * or clause, every quantifier bounded, gated on a plain word before their pattern runs.
 */
import { OPT_OUT_SITE } from "./read-since-2027-02-01";

/**
 * A clause that only gives a contact for questions about the policy: "If you have any questions
 * about this privacy statement, the practices of this website, or your dealings with this website,
 * please contact:" (timeanddate.com; neutral, "the policy speaks to this practice", until the
 * double reading of 2027-01-29). Asking the company a question names no complaint route, no
 * regulator, no arbitration and no court: the clause does not count as the policy speaking to
 * disputes (its tag is kept). Not a clause that names a complaint, a concern, a dispute or anyone
 * beyond the company ("… please contact us. You may also lodge a complaint with …"), nor a long one.
 */
const QUESTIONS_CONTACT =
  /^\W{0,4}(?:if|should) you have (?:any )?(?:further |other |additional )?(?:questions?|queries|query|comments?|inquiries|enquiries)\b[^.;!?]{0,200}?\b(?:please )?(?:contact|write to|email|e-mail|reach)\b/i;
const RECOURSE_WORDS =
  /\b(?:complain\w*|concerns?|disputes?|grievances?|resol\w*|authorit\w*|regulat\w*|supervisory|commissioner|ombudsm[ae]n|arbitrat\w*|courts?|tribunal|mediat\w*|escalat\w*|lodge|remed\w*|redress|recourse|rights?)\b/i;
export const QUESTIONS_CONTACT_WORDS = /question|quer|comment|nquir/i;
export function onlyAContactForQuestions(clause: string): boolean {
  const text = clause.trim();
  if (text.length > 300 || !QUESTIONS_CONTACT_WORDS.test(text)) return false;
  return QUESTIONS_CONTACT.test(text) && !RECOURSE_WORDS.test(text);
}

/**
 * Preferences that name a link are the link's, not the account's preferences. A link or button
 * named "… Preferences": "… or making a selection using the Cookie Preferences link" (Starbucks;
 * its opt-out of cookies read "through a link or in account settings" until the double reading of
 * 2027-01-29). Since the double reading of 2027-01-31 also preferences managed through a link,
 * where the sentence names no account, profile or settings: "… you can manage your marketing
 * preferences or withdraw your consent via a link at the end of our emails." (Finnair). The words
 * are taken out before the opt-out's way is read; "your preferences in your account" keeps its way.
 */
const PREFERENCES_LINK = /\bpreferences["”’']?\s(?:link|button)s?\b/gi;
const PREFERENCES_BY_LINK =
  /\bpreferences\b[^.;]{0,60}?\b(?:via|through|using|by (?:clicking|following)) (?:a|the) (?:[\w-]{1,20} )?link\b/i;
const ACCOUNT_OR_SETTINGS = /\b(?:account|profile|settings|preference cent(?:er|re)|dashboard)\b/i;
export function withoutPreferencesLink(s: string): string {
  const named =
    s.includes("references") && (s.includes("link") || s.includes("button"))
      ? s.replace(PREFERENCES_LINK, "")
      : s;
  return named.includes("preferences") &&
    named.includes("link") &&
    PREFERENCES_BY_LINK.test(named) &&
    !ACCOUNT_OR_SETTINGS.test(named)
    ? named.replace(/\bpreferences\b/g, "")
    : named;
}

/**
 * Websites where people opt out are the way: "… the Digital Advertising Alliance (DAA) or the
 * Network Advertising Initiative (NAI), both of which maintain websites where people can opt out of
 * interest-based advertising from their members." (Starbucks; "how not stated" until the double
 * reading of 2027-01-29). Read as the opt-out's way "through a link", as the portals' addresses are.
 */
const OPT_OUT_WEBSITES =
  /\b(?:websites?|web pages?|sites) (?:where|on which|through which|at which) (?:people|you|users|consumers|individuals|visitors) (?:can|may|are able to) (?:choose to )?opt[- ]?out\b/i;
// Widened at the double reading of 2027-01-31 (read-since-2027-02-01.ts): an opt-out site named,
// "… Consumer Opt Out website here" (Wolfram), "… Consumer Opt-out Program" (Shockwave.com).
export function optOutWebsitesNamed(s: string): boolean {
  return /opt/i.test(s) && (OPT_OUT_WEBSITES.test(s) || OPT_OUT_SITE.test(s));
}

/**
 * Location services turned off on the device are its settings: "For most mobile devices, you can
 * disable the collection of geolocation information by turning off location services on your
 * device." (Starbucks; "how not stated" until the double reading of 2027-01-29).
 */
const LOCATION_SERVICES_OFF =
  /\b(?:turn|turns|turning|switch|switching|disable|disabling) off (?:the )?location services\b|\b(?:turn|turning|switch|switching) (?:the )?location services off\b|\bdisabl(?:e|ing) (?:the )?location services\b/i;
export function locationServicesOff(s: string): boolean {
  return s.includes("ocation services") && LOCATION_SERVICES_OFF.test(s);
}

/**
 * A list's lead-in label, short, with no one acting and ending in a colon: "Requests to Know,
 * Delete, Correct, Obtain a copy or Opt-out of Sharing:" (Palantir; read "an opt-out offered"
 * until the double reading of 2027-01-29). It names the requests the list below explains, and
 * offers nothing itself; "To opt out, email us at:" names who acts and keeps its opt-out.
 */
const ENDS_IN_COLON = /:[\s*_]{0,4}$/;
const SOMEONE_ACTS =
  /\b(?:you|your|we|us|our|users?|customers?|individuals|residents|consumers|click|email|e-mail|visit|contact|call|write)\b/i;
export function labelBeforeAList(s: string): boolean {
  return (
    s.length <= 120 &&
    ENDS_IN_COLON.test(s) &&
    s.trim().split(/\s+/).length <= 15 &&
    !SOMEONE_ACTS.test(s)
  );
}

/**
 * Data erased on a cycle with no figure: "The troubleshooting log gets securely erased every few
 * hours." (hide.me; its retention read "no period is stated" until the double reading of
 * 2027-01-29). Read as what the policy says of the data named, "troubleshooting log erased every
 * few hours", a deletion that is not the specific short period protective needs (no figure):
 * suggest-rating says it beside the other deletion and never counts it as the account's.
 */
const ERASED_EVERY_FEW =
  /\b(?:(?:the|our|your|all|any) )?(?<what>(?:[\w-]{1,30} ){0,2}(?:logs?|log files|log data|records|data|information))\b (?:gets|get|is|are|will be)(?: \w{1,15}ly)? (?<verb>erased|deleted|purged|destroyed|wiped|overwritten|removed) every (?<few>few|several|couple of|couple) (?<unit>minutes|hours|days|weeks)\b/i;
export const ERASED_EVERY_FEW_WORDS = /every (?:few|several|couple)/i;
export const ERASED_ON_A_CYCLE = / every (?:few|several|couple of) (?:minutes|hours|days|weeks)$/;
export function erasedEveryFew(s: string): string | null {
  if (!ERASED_EVERY_FEW_WORDS.test(s)) return null;
  const m = ERASED_EVERY_FEW.exec(s);
  if (!m) return null;
  const g = m.groups!;
  const few = g.few!.toLowerCase() === "couple" ? "couple of" : g.few!.toLowerCase();
  return `${g.what!.toLowerCase()} ${g.verb!.toLowerCase()} every ${few} ${g.unit!.toLowerCase()}`;
}
