/**
 * Rules added for the facts the double reading of 2027-01-31 left (docs/machine-reading-rules.md):
 * service providers named where the company gives them nothing, an opt-out's subject read across
 * two sentences run together, a disclaimer of others' opt-outs. Pure tests on one sentence, every
 * quantifier bounded, gated on a plain word before their pattern runs.
 */

/**
 * Providers the user may ask (or the company directs) to delete data, a right described, no data
 * given: "The CCPA generally permits you to request that we and our direct service providers
 * delete your personal information." (Exponential), "we will direct our service providers to
 * delete your personal information". Read "shared with service providers, limits not stated"
 * until 2027-02-02. A clause of `providersNamedNotGiven` (read-since-2027-01-21.ts), read only
 * where the sentence gives providers nothing.
 */
const PROVIDER_NOUN = "(?:service providers?|contractors|vendors|processors|sub-?processors)";
const PROVIDERS_ASKED_TO_DELETE = new RegExp(
  `\\b(?:request|ask|require|direct|instruct)\\w{0,3} (?:that )?(?:we|us)(?:,| and| or| and/or) (?:our |its |any )?(?:[\\w-]{1,20} ){0,2}?${PROVIDER_NOUN}\\b[^.;]{0,30}?\\bdelete\\b|\\b(?:direct|instruct|notify|require)\\w{0,3} (?:our |its |any |all )?(?:[\\w-]{1,20} ){0,2}?${PROVIDER_NOUN} to (?:also )?delete\\b`,
  "i",
);
export function providersAskedToDelete(s: string): boolean {
  return (
    s.includes("delete") &&
    (s.includes("equest") || s.includes("irect") || s.includes("equire") || s.includes("ask")) &&
    PROVIDERS_ASKED_TO_DELETE.test(s)
  );
}

/**
 * Providers as sources of the company's data: "Service Providers: Our service providers, like
 * payment processors and marketing providers, collect personal data and often share some or all of
 * this information with us." (Zillow), "Partners or their agents (e.g., information that our
 * Partners give to us related to the services for which they engage us); and" (Exponential), "we
 * may also collect certain information through our business partners, service providers, and
 * other third parties that collect it on our behalf …" (Zillow, read "under contract or
 * confidentiality"). Widens the data collected from providers of 2027-01-21 (`COLLECTED_FROM`):
 * what passes to the company ("with us", "to us", "through" the providers) is taken out, and the
 * rest of the sentence must give nothing. Not services provided to the company ("perform functions
 * and provide services to us", Badoo), nor data given "to us and our service providers", nor what the user gives us ("the identifiers you
 * provide to us", Pornhub).
 */
const GIVEN_TO_US =
  /\b(?:share[sd]?|sharing|give[sn]?|giving|provide[sd]?|send|sends|sent|disclose[sd]?|pass(?:es|ed)?|transfer(?:s|red)?)\b(?! (?:[\w-]{1,20} ){0,4}?(?:services?|functions?|support|assistance|solutions)\b)(?:(?!\b(?:with|to)\b)[^.;]){0,60}?\b(?:with|to) us\b(?!,? (?:and|or|&|as well as) )/gi;
/** What the user gives the company is not the providers'. */
const USER_BEFORE = /\b(?:you|users?|customers?)(?: [\w-]{1,15}){0,2} $/i;
const COLLECTED_THROUGH = new RegExp(
  `\\bwe (?:[\\w-]{1,15} ){0,3}?collect\\w{0,3}\\b[^.;]{0,120}?\\bthrough (?:our |its |the )?(?:[\\w-]{1,20},? ){0,3}?(?:and )?${PROVIDER_NOUN}\\b`,
  "gi",
);
const GIVING =
  /\b(?:share[sd]?|sharing|disclos\w{0,4}|transfer\w{0,4}|sell|sold|rent|give|given|provide (?:it|them|your|personal|such|this|the))\b/i;
export function providersOnlyAsSources(s: string): boolean {
  const us = s.includes("o us") || s.includes("h us");
  if (!us && !s.includes("through")) return false;
  let rest = s;
  if (us)
    rest = rest.replace(GIVEN_TO_US, (m: string, at: number) =>
      USER_BEFORE.test(s.slice(Math.max(0, at - 40), at)) ? m : " ",
    );
  if (s.includes("through") && s.includes("collect")) rest = rest.replace(COLLECTED_THROUGH, " ");
  return rest !== s && !GIVING.test(rest);
}

/**
 * Two sentences run together without a space ("… for the purpose of targeted advertising.We may
 * request your consent …", Zillow): what an opt-out is of is read in the verb's own sentence. The
 * start and end of the piece around `at`; the whole sentence where none is run together.
 */
const lower = (c: number) => (c >= 97 && c <= 122) || c === 41; // a-z or ")"
const upper = (c: number) => c >= 65 && c <= 90;
/** Where a full stop after two lower-case letters runs into a capitalised word, or -1. */
function runTogetherAfter(s: string, from: number): number {
  for (let i = s.indexOf(".", from); i !== -1 && i < s.length - 2; i = s.indexOf(".", i + 1))
    if (
      i >= 2 &&
      lower(s.charCodeAt(i - 1)) &&
      lower(s.charCodeAt(i - 2)) &&
      upper(s.charCodeAt(i + 1)) &&
      lower(s.charCodeAt(i + 2))
    )
      return i + 1;
  return -1;
}
export function runTogetherPiece(s: string, at: number): [number, number] {
  let start = 0;
  for (let cut = runTogetherAfter(s, 0); cut !== -1; cut = runTogetherAfter(s, cut)) {
    if (cut > at) return [start, cut];
    start = cut;
  }
  return [start, s.length];
}

/**
 * A disclaimer of others' opt-outs offers none: "We are not responsible for the effectiveness of,
 * or compliance with, any third parties' opt-out options or programs or the accuracy of their
 * statements regarding their programs." (Kick; "offered, how not stated" until 2027-02-02). The
 * opt-out named after "not responsible (liable) for"; not where the sentence offers one to the
 * user ("you can opt out …"). Widens the caveats of 2027-02-01 (`optOutOnlyAsCaveat`).
 */
const DISCLAIMED_BEFORE =
  /\b(?:not|n['’]t) (?:be )?(?:responsible|liable)\b(?:(?!\byou (?:can|may)\b)[^.;]){0,120}$/i;
export function optOutOnlyDisclaimed(before: string): boolean {
  return (
    (before.includes("responsib") || before.includes("liab")) &&
    DISCLAIMED_BEFORE.test(before.slice(-160))
  );
}
