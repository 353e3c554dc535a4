/**
 * Rules added after the blind double reading of 2027-02-10 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence or heading path, each gated on plain
 * words before its pattern runs; every repetition is bounded.
 */

/**
 * A section for some jurisdictions by its heading, with no people named: "Additional Information
 * for Certain Jurisdictions › Brazil" (Amazon Web Services, whose every regulator — Brazil's ANPD,
 * Luxembourg's CNPD, Peru's and Nigeria's authorities — stands under it), "European Data Protection
 * Specific Information" (Zoom, whose data protection authorities and FTC stand under it). Until the
 * double reading of 2027-02-10 such regulators read as recourse for everyone ("a regulator is
 * named", neutral), though everyone else is left only the company: the reading of 2027-02-05
 * (regionPeopleHeading) found only headings that name the people ("… for EEA Residents"). Not a
 * transfer framework's heading, which regionPeopleHeading leaves to its own rule.
 */
const JURISDICTIONS_HEADING =
  /\b(?:certain|specific|particular|select|selected) (?:jurisdictions|countries|regions|states)\b|\b(?:jurisdiction|country|region|state)[- ]specific\b|\b(?:eea|eu|european|uk|swiss|brazil(?:ian)?)\b[^›]{0,40}?\bspecific\b/i;
const FRAMEWORK_HEADING = /privacy shield|safe harbou?r|data privacy framework|\bDPF\b/i;
export const JURISDICTIONS_HEADING_WORDS = /jurisdiction|countr|region|state|specific/i;
export function jurisdictionsHeading(path: readonly string[] | undefined): boolean {
  if (!path || path.length === 0) return false;
  const heading = path.join(" › ").slice(0, 400);
  return (
    JURISDICTIONS_HEADING_WORDS.test(heading) &&
    JURISDICTIONS_HEADING.test(heading) &&
    !FRAMEWORK_HEADING.test(heading)
  );
}

/**
 * "Service providers" or "processors" named where nothing is given to anyone: the user's own
 * provider, "your Internet Protocol (“IP”) address, which identifies the computer or service
 * provider that you use to access our website" (Vanco); the company's neighbours, "servers …
 * owned and operated by SourceHut and colocated in a secured facility alongside other service
 * providers" (sourcehut); a definition, "The terms “Personal Data,” … “Data Processor” and
 * “Processing” used in the present Privacy Policy shall have the same meaning as defined in the
 * General Data Protection Regulation" and the company as the user's processor, "Dailymotion is Your
 * Data Processor", or as one of the law's providers, "the legal obligations imposed on on-line
 * service providers" (Dailymotion); a certification's name, "the Global Privacy Recognition for
 * Processors (PRP) System", and a pointer, "To exercise your privacy rights and choices, including
 * where a third-party service provider is acting on Apple’s behalf, visit …" (Apple), "Please
 * refer to the list of Third Party Service Providers below." (Hugging Face); an advertised product,
 * "you may hear an ad for a food processor" (Spotify). Each was "shared with service providers,
 * limits not stated" until the double reading of 2027-02-10. Not where the sentence gives data too.
 */
const PROVIDERS_NO_RECIPIENT = new RegExp(
  [
    String.raw`\b(?:computer|device|network|browser) or (?:internet )?service provider (?:that |which )?you use\b`,
    String.raw`\balongside (?:other )?(?:service )?providers\b`,
    String.raw`\bterms?\b[^.;]{0,300}?\b(?:shall |will |do |does )?ha(?:ve|s) the (?:same )?meanings?\b`,
    String.raw`\b(?:is|acts as|act as|are) (?:your|the user['’]s) (?:data )?processors?\b`,
    String.raw`\b(?:obligations|requirements|rules) (?:imposed |placed )?(?:on|upon) (?:on-?line |internet |digital )?service providers\b`,
    String.raw`\bRecognition for Processors\b`,
    String.raw`\bincluding where (?:a |an )?(?:third[- ]party )?service provider is acting on\b`,
    String.raw`\b(?:refer to|see) (?:the )?(?:list|table) of (?:our )?(?:third[- ]party )?(?:service providers|processors|sub-?processors|vendors)\b(?: (?:below|above|here))?\W{0,3}$`,
    String.raw`\bfood processors?\b`,
  ].join("|"),
  "i",
);
export const PROVIDERS_NO_RECIPIENT_WORDS = /provider|processor/i;
/** A verb of giving anywhere in the sentence keeps the fact. */
const GIVING =
  /\b(?:share[sd]?|sharing|disclos(?:e|es|ed|ing)|transfer(?:s|red|ring)?|sell|sold|provide (?:it|them|your|personal|such|this)|give|make available|made available)\b/i;
export function providersNamedNoRecipient(s: string): boolean {
  return PROVIDERS_NO_RECIPIENT_WORDS.test(s) && PROVIDERS_NO_RECIPIENT.test(s) && !GIVING.test(s);
}

/**
 * An opt-out denied with a word between "not" and the verb: "You may not, however, opt out of the
 * Service-related emails, as described above." (Vanco; "an opt-out is offered" until the double
 * reading of 2027-02-10, where "You cannot opt out" already read as none).
 */
const OPT_OUT_DENIED_ASIDE =
  /\b(?:may|can|could|will|are|is|do|does)\s+not,?\s+(?:however|though|therefore|also|otherwise|currently|at this time)\b,?\s+(?:be able to\s+)?(?:opt[- ]?out|unsubscribe)\b/i;
/**
 * Refusing cookies that leaves the whole service unusable: "If you do not wish to accept these
 * cookies and you decide to disable them, you will not be able to access and use the Services."
 * (Hugging Face; "an opt-out of cookies is also offered" until 2027-02-10) warns, it offers no way
 * out. Not a loss of some features ("some features of the Services may not work", "you may not be
 * able to use all of the Services"), which leaves the service and the choice.
 */
const REFUSAL_ENDS_THE_SERVICE =
  /\b(?:disable|refuse|reject|decline|block|turn off|delete)\w*\b[^.;]{0,100}?\byou (?:will|would|may|might) not be able to (?:access|use)(?: (?:and|or) (?:access|use))? (?:the|our) (?:services?|site|website|platform|apps?|application)\W{0,3}$/i;
/**
 * A named company disabling access to content: "Dailymotion may disable access to such video."
 * (after a data controller's silence; "an opt-out offered" until 2027-02-10). The re-audit of
 * 2026-12-31 read "we … disable access to … Content"; the company may call itself by name. Not
 * "You may disable access".
 */
const NAMED_COMPANY_DISABLES_ACCESS =
  /\b(?!You\b)[A-Z][\w.&-]{1,30} (?:may|will|can|shall|might) disable access to (?:any |the |such |certain |that )?(?:hosted |illegal |illicit )?(?:content|material|posts?|videos?|accounts?)\b/;
export const NO_OPT_OUT_WORDS = /\bnot\b|disable access/i;
export function noOptOutAfterAll(s: string): boolean {
  return (
    NO_OPT_OUT_WORDS.test(s) &&
    (OPT_OUT_DENIED_ASIDE.test(s) ||
      REFUSAL_ENDS_THE_SERVICE.test(s.trim()) ||
      NAMED_COMPANY_DISABLES_ACCESS.test(s))
  );
}

/**
 * Another's request to delete, passed on: "if we receive a request to delete Your video because it
 * contains Third-Party Personal Data … we will forward it to You", "… a request to delete a video
 * showing Your Personal Data … we will forward it to the User who has uploaded that video"
 * (Dailymotion; "data can be deleted on request" until 2027-02-10). The company deletes nothing on
 * it: the user's right is read from the sentences that grant it.
 */
const DELETION_REQUEST_FORWARDED =
  /\brequests? to (?:delete|remove|erase)\b[^.;]{0,240}?\bwe (?:will|may|shall|would) (?:forward|pass|send|refer|transmit) (?:it|them|the request|such (?:a )?requests?|this request)\b/i;
export const deletionRequestForwarded = (s: string) =>
  /forward|pass|refer|transmit/i.test(s) && DELETION_REQUEST_FORWARDED.test(s);

/**
 * Closing an account made to wait on something else, not data deleted when it closes: "If You are
 * a Member of our Partner Program, deletion of Your account will require a prior termination of
 * that Program." (Dailymotion; "deleted when the account is closed" until 2027-02-10).
 */
const ACCOUNT_DELETION_REQUIRES =
  /\bdeletion of (?:your|the|a|their) account (?:will |shall |may |would )?(?:requires?|needs?|is subject to|depends on)\b/i;
export const accountDeletionRequires = (s: string) =>
  s.includes("requir") || s.includes("need") || s.includes("subject") || s.includes("depend")
    ? ACCOUNT_DELETION_REQUIRES.test(s)
    : false;

/**
 * Telling users of changes as one of the purposes data is used for: "We may use Your Data to send
 * You newsletters and marketing communications, communicate with You about the Dailymotion Service
 * and inform You about changes of our Service legal terms and policies." (Dailymotion; "direct
 * notice" until 2027-02-10) — as Dune's "to notify you about changes to our Services" reads since
 * 2027-02-08, a purpose, no promise to notify.
 */
const INFORM_OF_CHANGES_AS_A_PURPOSE =
  /\b(?:use|process)\w*\s+(?:your|the|such|this|personal)\s+(?:personal\s+)?(?:data|information)\b[^.;]{0,30}?\bto\b[^.;]{0,240}?\b(?:inform|notify|tell|advise)\s+(?:you|users)\s+(?:about|of)\s+changes\b/i;
export const informOfChangesAsAPurpose = (s: string) =>
  /changes/i.test(s) && INFORM_OF_CHANGES_AS_A_PURPOSE.test(s);

/**
 * Beacons said without anyone else: "Apple’s websites, online services, interactive applications,
 * and advertisements may use “cookies” and other technologies such as web beacons." (Apple), "Our
 * website may use web beacons …" (Vanco). The rubric counts beacons among the concerning trackers
 * (DESIGN.md: "ad networks, Flash cookies, beacons"), so the rating stands, as the third readings
 * held for Sony's and Apple's; but until the double reading of 2027-02-10 the reason called them
 * "third-party tracking", which these words do not say (the wording question left since
 * 2027-02-03). A tracker whose every fact is a beacon's generic name, in sentences that name no
 * one else, now reads "tracking by web beacons" (or pixel tags, clear GIFs), and its facts'
 * label "Tracking technology".
 */
const BEACON_NAME =
  /^(?:web beacons?|pixel tags?|clear gifs?|web bugs?|tracking pixels?|pixels?|tags?|beacons?|single-pixel gifs?|clear pixels?)$/i;
const SOMEONE_ELSE =
  /\bthird[- ]?part(?:y|ies)|\bpartners?\b|\badvertisers?\b|\badvertising (?:partners|networks?|companies|providers|vendors)\b|\bad networks?\b|\bvendors?\b|\bproviders?\b|\bnetworks?\b|\bplatforms?\b|\bcompanies\b|\bservices? like\b|\b(?:google|facebook|meta|twitter|linkedin|microsoft|tiktok|amazon|doubleclick|criteo|adobe)\b/i;
export const isBeaconName = (value: string) => BEACON_NAME.test(value.trim());
/** A beacon's generic name in a sentence that names no one else: the company's own. */
export const ownBeacon = (f: { value: string; quote: string }) =>
  isBeaconName(f.value) && !SOMEONE_ELSE.test(f.quote.slice(0, 1000));
export const beaconsAlone = (facts: ReadonlyArray<{ value: string; quote: string }>) =>
  facts.length > 0 && facts.every(ownBeacon);

/**
 * A run-in heading in title case before a dash names a topic, not a tracker: "Third-Party Tracking
 * and Online Advertising – Vanco does not allow marketing within its Service platforms." (Vanco;
 * "third-party tracking (Third-Party Tracking)" until 2027-02-10, left then as "a tracker read from
 * a denial's heading" since 2027-02-08). The sentence after the dash is read on its own.
 */
const RUN_IN_HEADING_BEFORE_DASH =
  /^\W{0,3}(?:[A-Z][\w’'-]*|and|or|of|for|the|to|&)(?: (?:[A-Z][\w’'-]*|and|or|of|for|the|to|&)){0,9} [–—] (?=[A-Z])/;
/** What follows the dash is a sentence, not a table's next cell ("Google Ads — Advertising Information", ipinfo). */
const A_SENTENCE =
  /\b(?:we|you|our|it|they|is|are|was|were|may|will|does|do|can|has|have|allows?|uses?)\b/i;
export function blankRunInHeading(s: string): string {
  if (!s.includes(" – ") && !s.includes(" — ")) return s;
  const m = RUN_IN_HEADING_BEFORE_DASH.exec(s);
  return m && A_SENTENCE.test(s.slice(m[0].length)) ? s.slice(m[0].length) : s;
}

/**
 * What cookies keep, said as a kind of information collected: "information from cookies,
 * especially your login information, your preferences," (Hugging Face, in its list of what it
 * collects; "no fact found on the cookies or trackers used" until 2027-02-10). First-party cookies
 * for login and preferences: the rubric's neutral. Not a password kept in them, which the
 * credentials rule reads.
 */
const INFORMATION_FROM_COOKIES =
  /\b(?:information|data) (?:from|in|stored in|collected (?:through|by|via)|through|via) (?:our |these |such )?cookies\b[^.;]{0,60}?\b(?:login|log-in|sign-in|preferences|settings|language)\b/i;
export const informationFromCookies = (s: string) =>
  /cookies/i.test(s) && !/password|credential/i.test(s) && INFORMATION_FROM_COOKIES.test(s);

/**
 * A bare heading that names beacons: "Web Beacons, Pixels and other Trackers" (Dailymotion's section
 * title, a fact of tracking until 2027-02-10). The rule of 2027-02-06 (headingsOnly) drops a
 * run-in title with its full stop; this one has none. Only beacons' generic names in words that
 * are all capitalised or joining words: "Google Ads", a list's item, still names a tracker.
 */
/**
 * A line of title-case words only (capitalised words, joined by "and", "of", "other" and the like):
 * a heading, not a sentence. Shared by the rules that drop headings read as facts (here and in
 * read-since-2027-02-12.ts).
 */
const TITLE_WORDS =
  /^(?:[A-Z][\w’'-]*|and|or|other|of|the|to|for|a|an|&|similar|related)(?:,? (?:[A-Z][\w’'-]*|and|or|other|of|the|to|for|a|an|&|similar|related)){0,8}$/;
export const titleWordsOnly = (s: string) => TITLE_WORDS.test(s.trim());
export const beaconsHeading = (s: string) =>
  titleWordsOnly(s) && /beacon|pixel|gif|tracker/i.test(s);
