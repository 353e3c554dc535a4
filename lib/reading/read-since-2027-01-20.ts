/**
 * Rules added after the blind second reading of 2027-01-20 (210 machine findings of 15 companies,
 * already passed by the re-audits, read again by three auditors; the adjudicated wrong reasons and
 * facts). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/** A verb of giving data, not the noun "providers". */
const GIVING =
  /\b(?:share[sd]?|sharing|disclos\w*|transfer\w*|sell|sold|give|given|rent|make available|made available|provide (?:it|them|your|personal|such|this))\b/i;

/**
 * Sentences that name service providers (vendors, processors, contractors) while the company gives
 * them nothing, each read as "shared with service providers" until the second reading of 2027-01-20:
 * a table of contents ("Table of Contents : About Us …", Rubicon Project); a disclaimer of others'
 * practices ("We are not responsible for our clients’, vendors’ and/or our clients’ vendors’ use of
 * such tracking technologies", Rubicon Project; not "we remain liable … unless we prove that we are
 * not responsible for the event giving rise to the damage", the onward transfer to agents of the
 * Data Privacy Framework); where data is stored, its contractors named only
 * beside the staff who may reach it ("All data is stored on secure servers in Tier 3 and PCI DSS
 * certified data centers and is only accessible to our personnel and contractors via
 * authentication measures.", Brevo); and the company's own registration ("Registered on the unique
 * Register of intermediaries … held by the ORIAS under the number …, … agent of investment service
 * provider …", Lydia). None of them but the table of contents (whose titles may say "Disclosure")
 * when the sentence also gives data with a verb of giving.
 */
const TABLE_OF_CONTENTS = /^\W{0,4}(?:table of )?contents\s{0,3}:?\s/i;
const NOT_RESPONSIBLE =
  /(?:\b(?:not|n['’]t) (?:be )?(?:responsible|liable|accountable)|\bno (?:responsibility|liability)) for,? (?:[\w'’,/-]{1,30} ){0,8}?(?:use|uses|practices|policies|content|actions|conduct)\b/i;
const STORED_ON_SERVERS =
  /\b(?:stored|hosted|kept|housed|held) (?:on|in|at) (?:[\w-]{1,30} ){0,6}?(?:servers|data ?cent(?:er|re)s)\b/i;
const STAFF_AND_CONTRACTORS =
  /\b(?:personnel|employees|staff)(?:,? (?:and|or|and\/or) | and our )(?:contractors|agents)\b/i;
const OWN_REGISTRATION =
  /^\W{0,4}(?:[\w'’.-]{1,30} ){0,3}?(?:is |are )?(?:registered|licensed|regulated|authori[sz]ed|approved) (?:on|with|in|under|by|as|at)\b[^;]{0,200}?\b(?:register|registration|number|licen[cs]e|ORIAS|ACPR|FCA|authority)\b/i;
const REGISTRATION_WORDS = [
  "egistered",
  "icensed",
  "egulated",
  "uthorized",
  "uthorised",
  "pproved",
];
export function providersGivenNothing(s: string): boolean {
  if (s.includes("ontents") && TABLE_OF_CONTENTS.test(s)) return true;
  const said =
    ((s.includes("responsib") || s.includes("liab")) && NOT_RESPONSIBLE.test(s)) ||
    ((s.includes("servers") || s.includes("ata cent") || s.includes("atacent")) &&
      STORED_ON_SERVERS.test(s) &&
      STAFF_AND_CONTRACTORS.test(s)) ||
    (REGISTRATION_WORDS.some((w) => s.includes(w)) && OWN_REGISTRATION.test(s));
  return said && !GIVING.test(s);
}

/**
 * A count of the requests received is no opt-out offered: "We received 3,696,809 requests to opt
 * out, and these requests were completed in approximately real time." (Rubicon Project's yearly
 * figures; "an opt-out is offered" until the second reading of 2027-01-20).
 */
const REQUESTS_COUNTED =
  /\b(?:received|processed|got|handled|fulfilled|completed|denied|complied with) (?:a total of |approximately |about |over |more than )?\d[\d,.]{0,15} (?:[\w-]{1,20} ){0,3}?requests?\b/i;
export function optOutRequestsCounted(s: string): boolean {
  return /\d/.test(s) && s.includes("request") && REQUESTS_COUNTED.test(s);
}

/**
 * The names of tracker types defined are no tracking by the company: "A cookie set by the owner of
 * the web server you are visiting is called a first-party cookie and cookies set by owners of other
 * domains are called third-party cookies." (Roblox; "third-party tracking (third-party cookies)"
 * until the second reading of 2027-01-20). The definition's name is blanked; the rest of the
 * sentence is still read.
 */
const TRACKERS_DEFINED =
  /\b(?:is|are) (?:(?:generally|commonly|often|usually|also) )?(?:called|known as|referred to as|termed|named) (?:an? )?["“‘']?(?:first|third)[- ]party (?:cookies?|trackers?|tracking)\b/gi;
export function blankTrackersDefined(s: string): string {
  if (!/called|known as|referred to|termed|named/i.test(s)) return s;
  return s.replace(TRACKERS_DEFINED, " ");
}

/**
 * A contract's title is no tracker named: "These Google Ads Controller-Controller Data Protection
 * Terms (including the appendix, “Controller Terms”) are entered into by Google and Customer and
 * supplement the Agreement." (Google's terms for business customers, read as "third-party tracking
 * (Google Ads)" until the second reading of 2027-01-20). A sentence opened by the title of terms or
 * an agreement, with no word of cookies, tracking, advertising to users or data collected.
 */
const TERMS_TITLE =
  /^\W{0,4}(?:[Tt]hese|[Tt]his|[Tt]he) (?:[A-Z][\w-]{0,30} ){1,8}(?:Terms|Agreement|Addendum|Conditions)\b/;
const TRACKING_WORDS =
  /\b(?:cookies?|pixels?|beacons?|tags?|track\w*|SDKs?|collect\w*|personali[sz]ed|interest-based|targeted|retarget\w*|remarket\w*)\b/i;
export function contractTitleOnly(s: string): boolean {
  return (
    /Terms|Agreement|Addendum|Conditions/.test(s) && TERMS_TITLE.test(s) && !TRACKING_WORDS.test(s)
  );
}

/**
 * Deletion named only as a title: a numbered heading of a business customer's contract ("5.7 Data
 * Deletion on Termination.", Google's controller terms) or the same title cited in brackets
 * ("Paragraphs 5.5 (Contacting Google) to 5.7 (Data Deletion on Termination) … are additional
 * commercial clauses"), each read as "deleted when the account is closed" until the second reading
 * of 2027-01-20. The bracketed titles are blanked and a numbered heading is dropped; a sentence
 * that says the deletion outside them still reads.
 */
const NUMBERED_TITLE =
  /^\W{0,4}\(?\d{1,3}(?:\.\d{1,3}){0,3}\)?\.? (?:[A-Z][\w-]{0,30},? ?(?:(?:of|on|to|for|and|the|in|upon|after) )?){1,8}\.?$/;
const TITLE_CITED = /\d{1,3}(?:\.\d{1,3}){0,3} \([A-Z][\w-]{0,30}(?: [\w-]{1,30}){0,8}\)/g;
export function blankDeletionTitles(s: string): string {
  if (!/\d/.test(s)) return s;
  if (s.length < 100 && NUMBERED_TITLE.test(s.trim())) return "";
  return s.includes("(") ? s.replace(TITLE_CITED, " ") : s;
}
