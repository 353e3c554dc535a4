/**
 * Rules added after the blind double reading of 2027-02-14 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */

/**
 * A sentence that opens on the region it speaks for: "In the EEA, the UK, and Switzerland, you also
 * have the right to lodge a complaint with a supervisory authority." (Cloudflare: "a free
 * independent body (TRUSTe) and a regulator (supervisory authority) are named", protective, until
 * the double reading of 2027-02-14). The regulator is those places' people's, as "if you are in the
 * EEA" makes it (read-since-2027-02-06.ts).
 */
const REGION = String.raw`(?:the )?(?:eea|eu|e\.u\.|european economic area|european union|europe|uk|u\.k\.|united kingdom|switzerland|brazil|california)`;
// … and since the double reading of 2027-02-15 "If you reside or are located in the EEA, UK,
// Switzerland, or other region that offers similar protections, you may also make a complaint to
// your local supervisory authority" (Coursera), which the rule of 2027-02-05 did not read.
const OPENS_ON_A_REGION = new RegExp(
  String.raw`^\W{0,3}(?:in|within|for (?:users|residents|individuals|people) in|if you (?:reside|live|are located|are based|are)(?: or (?:reside|live|are located|are based))? (?:in|within)) ${REGION}(?:,? ${REGION}){0,3}(?:,? (?:and|or) (?:${REGION}|(?:an)?other (?:region|countr(?:y|ies)|jurisdiction)s?\b[^,]{0,60}))?,`,
  "i",
);
export const opensOnARegion = (s: string) => OPENS_ON_A_REGION.test(s);

/**
 * A named state's attorney general: "For further information, you may also contact the Office of the
 * Nevada Attorney General, Bureau of Consumer Protection at:" (Allstate, under "Nevada residents:";
 * "a regulator is named (Attorney General)", neutral, until the double reading of 2027-02-14). The
 * state's people's recourse, as "the Attorney General of your state" is (read-since-2027-02-12.ts).
 */
const STATES =
  "alabama|alaska|arizona|arkansas|california|colorado|connecticut|delaware|florida|georgia|hawaii|idaho|illinois|indiana|iowa|kansas|kentucky|louisiana|maine|maryland|massachusetts|michigan|minnesota|mississippi|missouri|montana|nebraska|nevada|new hampshire|new jersey|new mexico|new york|north carolina|north dakota|ohio|oklahoma|oregon|pennsylvania|rhode island|south carolina|south dakota|tennessee|texas|utah|vermont|virginia|washington|west virginia|wisconsin|wyoming";
const NAMED_STATE_ATTORNEY_GENERAL = new RegExp(
  String.raw`\b(?:${STATES})(?:['’]s)? attorney general\b|\battorney general (?:of|for) (?:the state of |the commonwealth of )?(?:${STATES})\b`,
  "i",
);
export const namedStateAttorneyGeneral = (s: string) =>
  /attorney general/i.test(s) && NAMED_STATE_ATTORNEY_GENERAL.test(s);

/**
 * The row of a US financial privacy notice's table that says the company shares for others'
 * marketing: "For our nonaffiliates to market to you — Yes — Yes" (PayPal: third parties and use
 * neutral until the double reading of 2027-02-14). The form's question ("Reasons we can share your
 * personal information … Does PayPal share?") answered yes is the rubric's sharing for others'
 * marketing. "— No" or "We don't share" answers it otherwise.
 */
const NONAFFILIATES_MARKET_YES =
  /^\W{0,3}for (?:our )?non-?affiliates to market to you\s*[—–|:-]+\s*yes\b/i;
export const NONAFFILIATES_WORDS = /affiliates to market/i;
export const nonaffiliatesMarketToYou = (s: string) => NONAFFILIATES_MARKET_YES.test(s);

/**
 * Data that stays behind in backups, said as residue: "It may not always be possible to completely
 * remove or delete all of your information from our databases without some residual data because of
 * backups and other reasons." (Toyota Connected Services: "data is kept as long as your account is
 * active", neutral, until the double reading of 2027-02-14). Backups kept with no limit stated, the
 * rubric's concerning, as "may remain in backups" reads. Not a residue the sentence says is deleted.
 */
const RESIDUE_IN_BACKUPS =
  /\bresidual (?:data|information|copies|records)\b[^.;]{0,40}?\b(?:because of|due to|in|on|within|from) (?:our |the )?(?:backups?|back-?up (?:copies|systems|media|files|tapes))\b|\b(?:backups?|back-?up (?:copies|systems|media))\b[^.;]{0,40}?\bresidual (?:data|information|copies)\b/i;
export const RESIDUE_WORDS = /\bresidual\b/i;
export const residueInBackups = (s: string) =>
  RESIDUE_WORDS.test(s) &&
  RESIDUE_IN_BACKUPS.test(s) &&
  !/\b(?:deleted|erased|purged|overwritten|removed) (?:from|within|after)\b/i.test(s);

/**
 * Data said to be stored securely: "In these cases, your personal data is stored securely and
 * isolated from further processing until deletion or de-identification is possible." (Zillow, of its
 * backups: security "no clause found" until the double reading of 2027-02-14). A general statement
 * of security, the rubric's neutral. The company's storing, not the user's ("store your password
 * securely").
 */
const STORED_SECURELY =
  /\b(?:data|information|it|they|copies|records|details)\b (?:is|are|will be|shall be|remains?) (?:stored|kept|held|maintained|retained) securely\b|\bwe (?:will )?(?:securely (?:store|keep|hold|retain)|(?:store|keep|hold|retain) (?:your |the |all |any |such )?(?:personal )?(?:data|information) securely)\b/i;
export const STORED_SECURELY_WORDS = /\bsecurely\b/i;
export const storedSecurely = (s: string) =>
  STORED_SECURELY_WORDS.test(s) && STORED_SECURELY.test(s) && !/\b(?:not|never)\b/i.test(s);

/**
 * A message in the service telling users of a change: "System message to users notifying them of
 * changes to the Privacy Policy; and" (Waze, an item of "Substantial changes will take effect 30
 * days after Waze has posted a:"; no fact until the double reading of 2027-02-14). A message of the
 * user's own channel, as an in-app notification is: direct notice.
 */
const MESSAGE_TO_USERS_OF_CHANGES =
  /\b(?:system|in-app|in-product|app|push|pop-up) (?:messages?|notifications?|notices?|alerts?) to (?:users|you|members|customers|subscribers)\b[^.;]{0,40}?\bchanges?\b/i;
// Not a purpose in a list of them ("To manage our relationship with customers, such as … notifying
// them of changes to our terms", Starlink), which the rules of 2027-02-11 leave unread.
export const messageToUsersOfChanges = (s: string) =>
  MESSAGE_TO_USERS_OF_CHANGES.test(s) && !/^\W{0,3}to\b/i.test(s);

/**
 * A change that takes effect a time after it is announced: "Substantial changes will take effect 30
 * days after Waze has posted a:" (Waze; no notice period read until the double reading of
 * 2027-02-14). The time between the notice and the change is a notice period, as "30 days' notice"
 * is. Not a change that takes effect when posted.
 */
const EFFECT_AFTER_NOTICE =
  /\b(?:take|takes|taking|become|becomes|will be|are|is) (?:effect|effective|in effect) (\d{1,3}|seven|ten|fourteen|fifteen|thirty|sixty|ninety) (days?|weeks?|months?) (?:after|following|from)\b[^.;]{0,60}?\b(?:post\w*|notif\w*|notice|publish\w*|announc\w*|sent|sending|informed)\b/i;
export function noticePeriodAsEffectAfter(s: string): string | null {
  const m = EFFECT_AFTER_NOTICE.exec(s);
  return m ? `${m[1]!.toLowerCase()} ${m[2]!.toLowerCase()} before` : null;
}

/**
 * Disclosure to the authorities where the company believes a user broke its terms or the law: "If
 * Waze reasonably believes that you have breached the Terms of Use …, or performed any act or
 * omission that Waze reasonably believes to be violating any applicable law, rules, or regulations.
 * Waze may share your information in these cases, with law enforcement agencies and other competent
 * authorities …" (Waze: "disclosure in response to legal process", neutral, until the double reading
 * of 2027-02-14). The company's belief, not a legal demand, decides: its own judgement, as Vinted's
 * "reasonable grounds to suspect" is (the audit of 2026-12-28). The belief in the sentence, or in the
 * one before it that "these cases" points to. Not a denial.
 */
const ON_BELIEF_OF_A_BREACH =
  /\b(?:reasonably |in good faith )?(?:believes?|suspects?|determines?|concludes?)\b (?:that )?(?:you|a user|the user|users|a member|an account holder)\b[^.;]{0,40}?\b(?:breached|violated|violating|abused|breaching|broken|infring\w*|committed)\b/i;
const SHARED_WITH_AUTHORITIES =
  /\b(?:share|shares|disclose|discloses|provide|provides|report|reports|pass|passes)\b[^.;]{0,80}?\b(?:law enforcement|police|(?:competent|public|governmental|government|judicial|regulatory) authorit(?:y|ies))\b/i;
const THESE_CASES = /\bin (?:these|those|such|this|that|each such|any such) cases?\b/i;
export const sharedOnBeliefOfABreach = (s: string, before = "") =>
  SHARED_WITH_AUTHORITIES.test(s) &&
  !/\b(?:not|never)\b|n['’]t\b/i.test(s) &&
  (ON_BELIEF_OF_A_BREACH.test(s) || (THESE_CASES.test(s) && ON_BELIEF_OF_A_BREACH.test(before)));

/**
 * A login kept so the user need not type the password again, not the password kept: "Waze may use
 * cookies for various purposes, such as to save you the need to re-enter your username and password
 * each time you log in" (Waze: "login credentials are stored in cookies", concerning, until the
 * double reading of 2027-02-14). A first-party login cookie, as sourcehut's "without prompting you
 * for your password again" was read by the audit of 2026-12-21: neutral by the rubric.
 */
const SPARED_RETYPING =
  /\b(?:save|saves|spare|spares|saving|sparing) (?:you|users|visitors) (?:the need |from having |the trouble of having |the effort )?(?:to )?(?:re-?enter|re-?type|enter|type)\w*\b|\b(?:so (?:that )?you (?:do not|don['’]t|won['’]t) (?:have|need) to|without (?:having|needing) to|without (?:prompting|asking) you (?:for|to))\b[^.;]{0,30}?\b(?:re-?enter|enter|type|provide|password)\w*\b/i;
// Not where the cookie is said to keep the credentials themselves: "Cookies can remember your sign-in
// credentials so you do not have to enter them each time" (Samsung) stays.
const KEEPS_THE_CREDENTIALS =
  /\b(?:remember|store|save|keep|hold|contain)\w* (?:your |the )?(?:[\w-]+ )?(?:credentials|passwords?)\b/i;
export const sparedRetyping = (s: string) =>
  SPARED_RETYPING.test(s) && !KEEPS_THE_CREDENTIALS.test(s);

/**
 * A signal the company may not always answer, not one it honours: "Although we do our best to honor
 * the privacy preferences of our visitors, we may not be able to respond to all “Do Not Track”
 * signals from your browser." (Allstate: "Do Not Track: honoured" until the double reading of
 * 2027-02-14). Said as mentioned: it promises neither.
 */
const NOT_ALWAYS_ANSWERED =
  /\b(?:may|might) not (?:be able to )?(?:respond|honou?r|recogni[sz]e|react)\w* to (?:all|every|each)\b|\b(?:cannot|can['’]t|(?:are|is) (?:not )?unable to) (?:always )?(?:respond|honou?r|recogni[sz]e)\w* to (?:all|every|each)\b/i;
export const signalNotAlwaysAnswered = (s: string) => NOT_ALWAYS_ANSWERED.test(s);

/**
 * A breach at the user's other accounts that a feature of the service reports: "notify you of known
 * security breaches related to those accounts" (Allstate's Digital Footprint, which watches the
 * user's accounts with other companies: "users are told of a breach" until the double reading of
 * 2027-02-14). No promise about a breach of the company's own systems.
 */
const OTHERS_BREACHES =
  /\bbreach\w*\b[^.;]{0,30}?\b(?:related to|of|at|involving|affecting) (?:those|these|your other|your online|other|third[- ]party|external) (?:accounts|services|companies|websites|sites|providers)\b/i;
export const breachesOfOtherAccounts = (s: string) => OTHERS_BREACHES.test(s);

/**
 * Data given to ad and marketing partners only so they market the company's own services: "Our
 * marketing and advertising partners may collect or receive personal information about you … in
 * order to gain insights that may help us market and advertise our services to you." and, after
 * it, "In addition, we may also provide these marketing and advertising partners with your email
 * address" (Cloudflare); "We coordinate and share your personal data … with our marketing partners,
 * including advertising networks, … in order to communicate with you about our products and
 * services and market our products and services to you." (Zillow). Each was "shared for others'
 * marketing or advertising" until the double reading of 2027-02-14: the company's own marketing, as
 * the marketing rule reads it ("to market its own products"). Not where the partners' own use is
 * said too.
 */
const FOR_OUR_OWN_MARKETING =
  /\b(?:to|in order to|so (?:that )?(?:we|they) can|(?:that|which) (?:may |will |can )?help us)\b[^.;]{0,60}?\b(?:market|advertise|promote|communicate with you about|tell you about)\b[^.;]{0,30}?\b(?:our|its) (?:own )?(?:products|services|offerings|brands?|platforms?)\b/i;
const THEIR_OWN_USE =
  /\b(?:their own|for their|its own (?:marketing|advertising|purposes)|third parties['’] (?:own )?(?:products|marketing|purposes)|other (?:companies|businesses|advertisers)['’]? (?:products|services|ads)|(?:to|for) other (?:companies|businesses|advertisers|brands)|their (?:advertisements|ads|advertising))\b/i;
const forOurOwnMarketing = (s: string) => FOR_OUR_OWN_MARKETING.test(s) && !THEIR_OWN_USE.test(s);
export const sharedForOurOwnMarketing = (s: string, before = "") =>
  forOurOwnMarketing(s) ||
  (/\bthese (?:[\w-]+ ){0,3}partners\b/i.test(s) &&
    !THEIR_OWN_USE.test(s) &&
    forOurOwnMarketing(before));

/**
 * Ways to opt out the rules did not read (each "how not stated" until the double reading of
 * 2027-02-14): the instructions in the emails, said without the determiner the rule of 2027-02-10
 * needs ("by following the instructions provided in emails", Evernote; "following the instructions
 * in those emails", UCLA; "following the opt out instructions provided in the e-mail", Toyota
 * Connected Services); a keyword texted ("text UCLASTOP", UCLA); a device's or browser's settings in
 * one phrase ("in your mobile device or browser settings", Zillow); a named button or link ("the
 * “Your Privacy Choices (Opt Out of Sale/Targeted Advertising)” button", Woman's Day).
 */
const INSTRUCTIONS_IN_EMAILS =
  /\bfollow(?:ing)? (?:the )?(?:opt[- ]?out |unsubscribe )?(?:instructions|directions|steps) (?:contained |included |provided |given |found )?(?:in|within|at the (?:bottom|end) of) (?:those |these |the |each |any |that |every |such |our |your )?(?:notifications?|e-?mails?|messages?|newsletters?|communications?|texts?)\b/i;
export const instructionsInEmails = (s: string) => INSTRUCTIONS_IN_EMAILS.test(s);
const TEXT_A_KEYWORD = /\btext(?:ing)? (?:the word )?["“]?[A-Z][A-Z0-9]{1,19}["”]?(?=[\s.,;)]|$)/;
export const TEXT_KEYWORD_WAY = "by text message";
export const textAKeyword = (s: string) => TEXT_A_KEYWORD.test(s);
const DEVICE_OR_BROWSER_SETTINGS =
  /\b(?:mobile )?device(?:['’]s)? (?:or|and|and\/or) (?:web )?browser(?:['’]s)? settings\b/i;
export const deviceOrBrowserSettings = (s: string) => DEVICE_OR_BROWSER_SETTINGS.test(s);
const NAMED_BUTTON = /["“][^"”]{3,80}["”] (?:button|link|toggle|icon)\b/i;
export const namedButton = (s: string) => NAMED_BUTTON.test(s);

/**
 * Words about an opt-out that offer none (each "an opt-out … offered" until the double reading of
 * 2027-02-14): having to opt out again ("if you buy a new device, use a different browser, or clear
 * all your cookies, you will have to opt out all over again", Zillow); a selection erased ("clearing
 * cookies … will erase your opt-out selection", Allstate); choices confined to a browser ("Opt-out
 * choices may be browser, device and/or website specific", Allstate); a heading ("Right to Opt Out of
 * the Sale and Sharing of Your Personal Information", Cloudflare; "7. ADVERTISING/BEHAVIORAL
 * TARGETING; HOW TO OPT OUT.", Toyota Connected Services).
 */
const OPT_OUT_AGAIN =
  /\b(?:have|need|needs|required) to opt[- ]?out (?:(?:all )?over )?again\b|\bopt[- ]?out (?:all over )?again\b/i;
const SELECTION_ERASED =
  /\b(?:erase|erases|delete|deletes|remove|removes|clear|clears|undo|undoes|reset|resets|invalidate|invalidates)\b (?:your |the |any )?opt[- ]?out (?:selections?|choices?|preferences?|cookies?|settings?)\b/i;
const CHOICES_CONFINED =
  /\bopt[- ]?out (?:choices|preferences|selections) (?:may|will|are|is|might) (?:be )?(?:browser|device|website)\b[^.;]{0,40}?\bspecific\b/i;
const SMALL_WORDS = new Set([
  "to",
  "of",
  "the",
  "and",
  "or",
  "a",
  "an",
  "for",
  "in",
  "on",
  "your",
  "my",
  "our",
  "how",
  "with",
  "by",
]);
/** A line of capitalised words (small words aside), no sentence: a heading. */
export function headingLine(s: string): boolean {
  const line = s
    .trim()
    .replace(/^[\d.()\s]+/, "")
    .replace(/[.:]$/, "");
  if (line.length === 0 || line.length > 120) return false;
  const words = line.split(/[\s/;,–—-]+/).filter(Boolean);
  return (
    words.length >= 2 &&
    words.some((w) => /^[A-Z]/.test(w)) &&
    words.every((w) => /^[A-Z0-9“"(]/.test(w) || SMALL_WORDS.has(w.toLowerCase()))
  );
}
export const noOptOutOffered = (s: string) =>
  OPT_OUT_AGAIN.test(s) || SELECTION_ERASED.test(s) || CHOICES_CONFINED.test(s) || headingLine(s);
