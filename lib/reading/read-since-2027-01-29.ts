/**
 * Rules added after the blind double reading of 2027-01-29 (140 machine findings of 10
 * companies: its third parties and use). Each is a pure test on one sentence, every quantifier
 * bounded (the suite's adversarial inputs run over them), and each gated on a plain word before
 * its pattern runs.
 */

/**
 * Recipients allowed to use the data for their own purposes beyond those the policy states:
 * "If you do not opt out, in some instances the recipients of the information may use it for
 * their own independent purposes in addition to those stated in X's Privacy Policy, including,
 * for example, to train their artificial intelligence models" (X, whose third parties read
 * neutral). The policy's own purposes no longer bound the data: sharing without stated limits,
 * as "for any purpose" reads. Not a denial or a bar ("service providers may not use it for
 * their own purposes other than those described"), nor "only".
 */
const OWN_PURPOSES_BEYOND_THE_POLICY =
  /\bfor (?:their|its|his|her) own (?:independent |separate )?purposes,? (?:in addition to|beyond|other than|outside(?: of)?) (?:those|the (?:purposes|ones|uses)|what is|that)? ?(?:[\w’'-]+ ){0,4}?(?:stated|described|set (?:out|forth)|listed|outlined|specified|disclosed)\b/i;
/** A bar within the five words before ("may not use your information", "only permitted to use it"). */
const BARRED =
  /(?:\b(?:not|never|no|cannot|nor|only|solely|prohibit\w*|forbid\w*|restrict\w*)\b|n['’]t\b)(?:\W{1,3}\w+){0,5}\W{0,3}$/i;
export const OWN_PURPOSES_WORDS = /\bown\b/i;
export function usedForOwnPurposesBeyondThePolicy(s: string): boolean {
  if (!s.includes("purposes")) return false;
  const m = OWN_PURPOSES_BEYOND_THE_POLICY.exec(s);
  return m !== null && !BARRED.test(s.slice(Math.max(0, m.index - 80), m.index));
}

/**
 * Ads served "on and off" the service, said as the company's own use: "We also use this
 * information to measure the effectiveness of ads and to help recognize your devices to serve you
 * ads on and off of X." (X). Ads off the service are placed on others' sites and apps through
 * their advertising systems: the data goes to advertising beyond the service, the rubric's
 * "used for others' advertising" (the rules doc lists X's "on and off" ads there since the audit
 * of 2026-12-04, but only the cookies' tracking rule, CROSS_SITE, read the sentence: every rule
 * of sharing for advertising wants a verb of giving). The same words as CROSS_SITE's first two
 * readings: not reports of how ads perform there ("how their content and ads are performing on
 * and off our Products", Instagram), nor data received about what the user does on and off the
 * site, nor a denial.
 */
const ADS_ON_AND_OFF =
  /\b(?:serv\w*|show\w*|deliver\w*|display\w*|provid\w*|personali[sz]\w*|target\w*|customi[sz]\w*|tailor\w*) (?:[\w’'-]+ ){0,4}?(?:ads|advertis\w*) (?:[\w’'-]+ ){0,4}?on and off\b|\b(?:ads|advertis\w*) (?:[\w’'-]+ ){0,2}?(?:shown|served|displayed|you see)(?: to you)? (?:[\w’'-]+ ){0,2}?on and off\b/i;
const ADS_DENIED = /\b(?:not|never|no)\b|n['’]t\b/i;
/**
 * The user's control of it, a right and not a statement of what is done: "You can control how we
 * use this information to personalize the Services and ads on and off Reddit for you", "You may
 * opt out of us using information … to personalize the ads you see on and off Reddit" (Reddit).
 */
const USERS_CONTROL =
  /\byou (?:can|may|could|have the right to) (?:[\w-]+ ){0,2}?(?:control|opt[- ]out|opt out|choose|limit|manage|turn off|disable|object)\b/i;
export const ON_AND_OFF_WORDS = /on and off/i;
export function adsServedOnAndOff(s: string): boolean {
  const m = ADS_ON_AND_OFF.exec(s);
  return (
    m !== null &&
    !ADS_DENIED.test(s.slice(Math.max(0, m.index - 60), m.index + m[0].length)) &&
    !USERS_CONTROL.test(s)
  );
}

/**
 * Third parties that collect data on the site for themselves: "These analytics providers may set
 * tracking technologies (like cookies) to collect information about your use of our Services and
 * across other websites and online services", "This information allows us and other companies to,
 * among other things, analyze and track usage", "this Privacy Policy … does not cover the
 * collection of information by any third party advertisers or analytics providers" (UptimeRobot,
 * whose third parties read protective, "only named processors under contract"). They are no
 * processors working for the company, so the practice is not protective; whether such collection
 * is concerning is left to the rubric. Not the company's own collection across its services, nor
 * a denial ("we do not allow third parties to collect …").
 */
const OTHERS_COLLECT_ACROSS_SITES =
  /\b(?:third[- ]part(?:y|ies)(?! (?:service )?providers?\b)|(?:analytics|advertising) (?:providers|partners|companies)|advertisers|ad networks|other (?:parties|companies))\b.{0,120}?\b(?:collect\w*|track\w*|gather\w*)\b.{0,100}?\bacross (?:other|different|third[- ]party|non-affiliated|unaffiliated) (?:websites|web sites|sites|apps|online services)\b/i;
const OTHER_COMPANIES_TRACK =
  /\b(?:allows?|enables?|lets?|permits?) (?:us and )?(?:other companies|third parties|these third parties|our partners) to\b[\s,]{1,2}(?:[\w-]+[\s,]{1,2}){0,8}?(?:track|collect)\w*/i;
const COLLECTION_NOT_COVERED =
  /\b(?:does|do|will) not (?:cover|apply to|address|govern) the (?:collection|use) of (?:your )?(?:information|data|personal data) by (?:any )?(?:third[- ]party|other) (?:advertisers|analytics providers|ad networks|advertising (?:partners|providers|companies))\b/i;
const COLLECTION_DENIED =
  /\b(?:not|never|no)\b(?: [\w’'-]+){0,4} (?:allow|permit|let|authori[sz]e)\b|\bnor\b/i;
/**
 * Not third parties reached through links or connections the user follows ("Clicking on those
 * links … may allow third parties to collect or share data about you"), nor data that identifies
 * no one ("to collect non-personal information").
 */
const NOT_ON_THE_SITE =
  /\b(?:links?|clicking|connections)\b|\bnon-?personal\w*|\bnot personally identif\w*|\b(?:aggregated?|anonymi[sz]ed|de-?identified)\b/i;
export const OTHERS_COLLECT_WORDS =
  /\bacross\b|other companies to|third parties to|partners to|not (?:cover|apply to|address|govern) the (?:collection|use)\b/i;
export const OTHERS_COLLECT_VALUE = "third parties also collect data on the site for their own use";
export function othersCollectOnTheSite(s: string): boolean {
  if (s.includes("not ") && COLLECTION_NOT_COVERED.test(s)) return true;
  if (COLLECTION_DENIED.test(s) || NOT_ON_THE_SITE.test(s)) return false;
  return (
    (s.includes("across") && OTHERS_COLLECT_ACROSS_SITES.test(s)) ||
    (s.includes(" to") && OTHER_COMPANIES_TRACK.test(s))
  );
}

/**
 * A denial of sharing for others' marketing that holds for some users only, or only once the user
 * has opted out: "Additionally, we do not knowingly sell or share information of our customers
 * under the age of 18 for targeted advertising.", "If you are a California resident, we will not
 * disclose your personal information to third parties for the third parties’ direct marketing
 * purposes, if you have exercised your option to prevent such disclosures." (Starbucks, whose
 * third parties listed both as "not shared for others' marketing"). The first says nothing of
 * adults; the second promises only what the user asks for. Since 2027-02-02 also a denial only of
 * sensitive data: "… we do not process or otherwise share sensitive information for the purpose of
 * targeted advertising." (Zillow) says nothing of the rest; nor "individuals we know to be less
 * than 18 years of age" (Zillow), as "under 18" already read.
 */
export const DENIED_FOR_SOME_OR_ON_REQUEST =
  /\b(?:under|less than|younger than) (?:the age of )?\d{1,2}\b|\bof (?:minors|children)\b|\bif (?:you|they) (?:have )?(?:exercised|opted|chosen|elected|asked|requested)\b|\b(?:share|sell|disclose|process)\w{0,3} (?:your |any |such )?sensitive (?:personal )?(?:information|data)\b/;
