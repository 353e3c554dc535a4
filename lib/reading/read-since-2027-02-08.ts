/**
 * Rules added after the blind double reading of 2027-02-07 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence (and, where said, the clauses before
 * it), each gated on plain words before its pattern runs.
 */
import { NAMED_PARTNERS } from "./named-partners";
import { confinedToRegion, opensBeside, REGION_WORDS } from "./read-since-2027-02-06";
import { NOTICE_PROMISED } from "./read-since-2027-02-07";
import type { Sentence } from "./sentences";

/**
 * The user's activity collected across other companies' sites, the rubric's "cross-site tracking",
 * said with "collect … about your activities": "In addition, we and our service providers
 * (partners) may automatically collect certain information through automated means about your
 * activities over time across the browsers and devices you use to access the Site as well as
 * across third-party sites, apps or other media." (Hearst: "no third-party tracking found",
 * neutral, until the double reading of 2027-02-07). "Track … across different websites" reads
 * since the first audits; the same said with a verb of collecting. Not across the company's own
 * sites or the user's devices alone, nor a denial.
 */
const COLLECTED_ACROSS_SITES =
  /\b(?:collect|gather|obtain|receive|record|log)\w*\b[^.;]{0,120}?\b(?:about|regarding|concerning|on) (?:you and )?(?:your|users['’]?|visitors['’]?|their) (?:online |browsing |web |internet )?(?:activit(?:y|ies)|behaviou?r|browsing(?: activity)?|usage|interactions)\b[^.;]{0,160}?\bacross (?:the (?:web|internet)\b|(?:(?!our\b|its\b)[\w-]+ ){0,2}?(?:third[- ]party|other|different|multiple|non-affiliated|unaffiliated|various) (?:sites|websites|web sites|apps|applications|online services|services|platforms|domains|media)\b(?![^.;]{0,40}\b(?:(?:that|which) we (?:own|operate|control)|(?:in|of|within) our (?:network|family|group|brands?|properties)|owned (?:or|and|by)\b)))/i;
export const COLLECTED_ACROSS_WORDS = /\bacross\b/i;
/**
 * What a browser signal lets the user ask for, what a law requires the policy to say, or what a
 * browser lets the user limit — not what the site does: "… enabling consumers to express their
 * preferences concerning collecting personal data about their online activities over time and
 * across third-party websites or online services." (Spark, on opt-out signals); "… requires us to
 * disclose whether third parties may collect …" (the CalOPPA line); "Some browsers allow you to
 * limit the collection of …".
 */
const NOT_WHAT_THE_SITE_DOES =
  /\b(?:signals?|do[- ]not[- ]track|global privacy control|preferences? (?:concerning|regarding|about|on|as to)|whether|requires? us to disclose|(?:limit|block|prevent|restrict)\w* (?:the )?collection)\b/i;
/** Denied near the words: "Neither we nor our partners collect …", "are prohibited from collecting", "cannot collect". */
const DENIED_NEAR = /\b(?:not|never|no|neither|nor|cannot|prohibited|forbidden|barred)\b|n['’]t\b/i;
export function activityCollectedAcrossSites(s: string): boolean {
  const m = COLLECTED_ACROSS_SITES.exec(s);
  if (!m || NOT_WHAT_THE_SITE_DOES.test(s)) return false;
  return !DENIED_NEAR.test(s.slice(Math.max(0, m.index - 80), m.index + m[0].length));
}

/**
 * A list of rights opened for some regions' people, in a clause of its own before the rights:
 * "As a resident of the European Economic Area, United Kingdom or Switzerland you have the
 * following rights in relation to your Personal Data:" then "6.1 Right of Access." … "You also have
 * the right to lodge a complaint at a supervisory authority." (Steam: "a regulator is named",
 * neutral, until the double reading of 2027-02-07). The clauses after such a lead-in, under the
 * same heading, are read as under a heading for those people (the rule of 2027-02-05), until a
 * sentence opens them to all. Only a clause that is the lead-in alone (one sentence ending on a
 * colon) and names the region's people.
 */
/** The lead-in names rights to follow: "the following rights …:", "certain rights, like the right to:", "… rights … include:". */
const RIGHTS_TO_FOLLOW =
  /\b(?:following|these|certain|some|several)(?: (?!about\b|regarding\b|on\b|of\b)[\w-]+){0,2} rights\b[^:]{0,200}:$|\bright to:$|\brights\b[^:]{0,100}\b(?:include|including|are)\s*:$/i;
export function regionRightsLeadIn(sentences: readonly Sentence[]): boolean {
  if (sentences.length !== 1) return false;
  const s = sentences[0]!.text.trim();
  if (!s.endsWith(":") || s.length > 300 || !RIGHTS_TO_FOLLOW.test(s)) return false;
  return confinedToRegion(s) && !opensBeside(s);
}
/**
 * A clause that ends the lead-in's reach: one that opens the rights to everyone ("These rights are
 * available to all users regardless of where they live."), or turns to another region's people
 * ("California residents have the right to know …", "If you are a resident of the United States
 * …", "Users in all other countries …").
 */
const OPENS_TO_ALL =
  /\b(?:(?:any|all|every) (?:users?|individuals?|persons?|customers?|visitors?)|everyone|anyone|regardless of (?:where|your)|no matter where|whatever your (?:location|country)|wherever you (?:live|are|reside))\b/i;
const ANOTHER_REGION =
  /\b(?:california|united states|u\.s\.|canad\w*|brazil\w*|australi\w*|japan\w*|korea\w*|nevada|virginia|colorado|other (?:countries|regions|jurisdictions|states))\b[^.;]{0,20}\b(?:residents?|users?|consumers?|individuals|citizens)\b|\b(?:residents?|users?|consumers?|individuals|citizens) (?:of|in|from) (?:california|the united states|the us|the u\.s\.|canada|brazil|australia|japan|korea|other countries)\b|\bif you (?:are|live|reside)\b[^.;]{0,30}\b(?:california|united states|u\.s\.|canada|brazil|australia|japan|korea)\b/i;
/** How far the lead-in reaches at most: a list of rights, not the rest of the policy. */
const LEAD_IN_REACH = 15;
/**
 * Whether each clause stands after such a lead-in under its own heading path. Read over the whole
 * policy, as the lead-ins of sharing are (sharingLeadIns), so that a caller reading a clause at a
 * time (the history's VersionRater) can pass it. The lead-in holds under a heading (a policy with
 * no headings has no section for it to hold in), for at most 15 clauses, until a clause opens the
 * rights to all or turns to another region's people.
 */
export function regionLeadIns(
  split: ReadonlyArray<readonly Sentence[]>,
  headingPaths: ReadonlyArray<readonly string[]> = [],
): boolean[] {
  let on = false;
  let key = "";
  let left = 0;
  return split.map((sentences, index) => {
    const path = headingPaths[index] ?? [];
    const k = path.join("\u0001");
    if (k !== key || left <= 0) on = false;
    if (on) {
      const text = sentences.map((x) => x.text).join(" ");
      if (OPENS_TO_ALL.test(text) || opensBeside(text) || ANOTHER_REGION.test(text)) on = false;
    }
    const current = on;
    left--;
    if (path.length > 0 && regionRightsLeadIn(sentences)) {
      on = true;
      key = k;
      left = LEAD_IN_REACH;
    }
    return current;
  });
}

/**
 * Third parties that build their own profiles of the user for advertising: "Behavioral targeting is
 * carried out by third-party companies that also advertise websites of other providers. These
 * third-party companies then create the aforementioned user profiles themselves using cookies and
 * use their respective targeting systems to select the collected data for the purpose of
 * user-oriented advertising." (The Reach Group: third parties and use neutral until the double
 * reading of 2027-02-07). Data collected on the site goes into others' profiles for their
 * advertising: shared for others' advertising. The third parties (ad companies, networks,
 * advertisers) must be the ones who build: not profiles the company builds from what third parties
 * give it ("information we receive from third parties … to create customer profiles"), with their
 * tools ("third-party analytics providers to help us build profiles"), nor a denial.
 */
const THIRD_PARTIES_BUILD_PROFILES =
  /\b(?:third[- ]part(?:y|ies)(?: (?:ad(?:vertising)? )?(?:companies|advertisers|partners|networks|providers|vendors))?|(?:advertising|ad) (?:partners|networks|companies)|advertisers)(?: (?:then|may|might|can|could|also|will|themselves|often|in turn))* (?:(?:use|uses|place|set) (?:[\w-]+ ){0,3}to )?(?:create|build|compile|generate|develop)s?\b (?:\w+ ){0,3}?(?:user |usage |interest |behaviou?ral |advertising |their own )?profiles?\b[^.;]{0,200}?\b(?:advertis\w*|ads|targeting|marketing)\b/i;
export const PROFILES_WORDS = /\bprofiles?\b/i;
/**
 * The profiles are theirs: "themselves", "their own", "their respective (targeting systems)", for
 * other advertisers. Without it ("Our third-party advertising partners may use these cookies to
 * build a profile of your interests in order to show you relevant ads on other third-party
 * websites", Starlink, the common wording of a targeting cookie) it is an ad network collecting on
 * the site for ads that may be the company's own, the rubric question left open since 2027-01-29.
 */
const PROFILES_THEIRS =
  /\b(?:themselves|their own|their respective|for their own|of other (?:providers|advertisers|companies|businesses))\b/i;
export const thirdPartiesBuildProfilesForAds = (s: string) =>
  THIRD_PARTIES_BUILD_PROFILES.test(s) &&
  PROFILES_THEIRS.test(s) &&
  !/\b(?:not|never|no)\b|n['’]t\b/i.test(s);

/**
 * Disclosure on the company's judgement as one of the numbered grounds of a long sentence: "We may
 * also disclose User Information (1) if required to do so by law, or in the good-faith belief
 * that such action is in compliance with applicable laws … ; (2) if we believe, in good faith,
 * such action is appropriate or necessary to enforce our Terms of Service …, take precautions
 * against liability, …, to assist government enforcement agencies, …" (Ubiquiti: "disclosure in
 * response to legal process", neutral, until the double reading of 2027-02-07). The ground opens
 * on the company's belief that disclosure is "appropriate" ("advisable"), as "if we believe
 * disclosure is necessary or appropriate" reads since the audit of 2026-12-21; each ground is read
 * on its own, so the distance from the verb of disclosing does not hide it. Not "necessary" alone.
 */
const NUMBERED_GROUND = /\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)/i;
const GROUND_AT_JUDGEMENT =
  /^(?:if|when|where|as) (?:(?:we|it|the company) (?:reasonably |in good faith,? |, in good faith,? )?(?:believe|believes|deem|deems|consider|considers|determine|determines|think|thinks)\b|we have a (?:good[- ]faith |reasonable )?belief that\b)[^;]{0,60}?\b(?:appropriate|advisable|desirable)\b/i;
const DISCLOSES_FIRST = /\b(?:disclose|share|provide|release|transfer|give)\b/i;
/** The list is of what is kept, not given ("We will retain your information … (ii) as we deem appropriate …"). */
const KEPT_FIRST = /\b(?:retain|keep|store|preserve|hold)\b/i;
/** The ground speaks of law, authorities or claims, as legal disclosure does; not "for our legitimate interests, such as fraud prevention". */
const LEGAL_GROUND =
  /\b(?:laws?|legal|government\w*|authorit\w*|enforcement|police|courts?|regulat\w*|claims?|liability|subpoenas?|warrants?)\b/i;
export function groundAtJudgementInANumberedList(s: string): boolean {
  const first = s.search(NUMBERED_GROUND);
  if (first < 0) return false;
  const before = s.slice(0, first);
  if (!DISCLOSES_FIRST.test(before) || KEPT_FIRST.test(before)) return false;
  return s
    .slice(first)
    .split(NUMBERED_GROUND)
    .map((ground) => ground.trim().replace(/^(?:and|or)\s+/i, ""))
    .some((ground) => GROUND_AT_JUDGEMENT.test(ground) && LEGAL_GROUND.test(ground));
}
export const GROUND_WORDS = /appropriate|advisable|desirable/i;

/**
 * Notice of changes that the company may give by email or by posting, at its choice: "IF WE MAKE
 * ANY CHANGE …, WE MAY INFORM YOU OF SUCH CHANGE VIA EMAIL OR BY POSTING A NOTICE IN THIS POLICY OR
 * ON ANY OF OUR SITES, DEPENDING UPON THE SIGNIFICANCE OF THE CHANGE." (Ubiquiti: "users are
 * notified directly"). A possibility with posting as the alternative, no promise of direct notice,
 * as "Where appropriate, we may notify you" reads since 2027-02-07: read as posted on the site.
 * Not "we will notify you by email or by a notice on the site", nor a sentence that promises notice
 * beside it.
 */
const MAY_NOTIFY_BY_EMAIL_OR_POSTING =
  /\bwe (?:may|might|can|could) (?:also )?(?:inform|notify|tell|advise|alert) you\b[^.;]{0,60}?\b(?:e-?mail|in-app)\b[^.;]{0,30}?\bor (?:by |through |via |with )?(?:posting|publishing|placing|displaying|a notice)\b/i;
export const mayNotifyByEmailOrPosting = (s: string) =>
  MAY_NOTIFY_BY_EMAIL_OR_POSTING.test(s) && !NOTICE_PROMISED.test(s);

/**
 * A purpose in a list of why data is used, not a promise of notice: "To contact you for software
 * updates or changes to this Privacy Policy or other agreements relevant for your use of the Dune
 * Product." (Dune: "users are notified directly"). An item that opens on "To" and a verb of
 * contacting, with no "we" of its own.
 */
const PURPOSE_OF_CONTACT =
  /^\W{0,4}to (?:\w+ ){0,3}?(?:contact|notify|inform|communicate with|send) you\b/i;
/** No subject of its own: "To notify you of material changes …, we send an email …" is a promise. */
export const contactAsAPurpose = (s: string) => PURPOSE_OF_CONTACT.test(s) && !/\bwe\b/i.test(s);

/**
 * A signal the site says it does not read, read as an opt-out offered: "As noted above, we do not
 * currently “sell” or “share” personal information in connection with the Site, and therefore this
 * Site does not detect opt out preferences like the Global Privacy Control (“GPC”)." (Hearst: "an
 * opt-out of the sale of personal data, in account settings"). Not a sentence that offers a way
 * beside it ("We do not honor opt-out requests made through third parties, but you can opt out of
 * targeted advertising in your account settings").
 */
export const optOutSignalNotDetected = (s: string) =>
  !/\b(?:you (?:can|may)|to opt[- ]?out of|click|link|settings|which we (?:honou?r|treat|process))\b/i.test(
    s,
  ) &&
  /\b(?:does|do|will) not (?:currently )?(?:detect|recogni[sz]e|honou?r|respond to|process)\b[^.;]{0,20}?\bopt[- ]?out (?:preference|signal|request)s?\b/i.test(
    s,
  );

/**
 * The company as another's processor is no sharing: "This Privacy Policy does not apply to the extent
 * we process personal information in the role of a processor or service provider on behalf of
 * other companies." (Alibaba.com: "shared with service providers, limits not stated"), as "As a
 * data processor, we process …" reads since 2027-02-06. Not a sentence that shares in that role
 * too ("… in our role as a service provider and share it with hosting providers under written
 * contracts").
 */
export const companyAsProcessor = (s: string) =>
  !/\b(?:share|shares|sharing|disclose|discloses|transfer|transfers|provide|provides|pass|passes|give|gives)\b[^.;]{0,60}?\b(?:with|to)\b/i.test(
    s,
  ) &&
  /\b(?:we|it) (?:process|processes|handle|handles|act|acts)\b[^.;]{0,60}?\bin (?:the|its|our) (?:role|capacity) (?:of|as) (?:a |an )?(?:data )?(?:processor|service provider|sub-?processor)\b/i.test(
    s,
  );

/**
 * Headings read as a statement: a run-in title alone, "Third Party Service Providers." (Ubiquiti,
 * before the sentence that says what they are given), or lines of a table of contents,
 * "Information Sharing and Disclosure ⏎ Third Party Advertisers" (Xanga, read as third-party
 * tracking). Each line a few capitalised words with no verb or pronoun; a single line must end on
 * its full stop (a list's item, "Google Ads", names a recipient under its heading), and no line
 * names a known company ("Facebook Pixel.", "DoubleClick.", "Google AdSense." are trackers named).
 */
const SMALL_WORDS = /^(?:of|and|or|the|to|for|with|from|in|on|by|a|an|&|—|-|\/)$/i;
function titleLine(line: string): boolean {
  const words = line.replace(/[.:]$/, "").split(/\s+/);
  if (words.length === 0 || words.length > 8) return false;
  if (/[,;!?()“”"]/.test(line)) return false;
  if (/\b(?:we|us|our|you|your|may|will|can|is|are|be|do|does)\b/i.test(line)) return false;
  return words.every((w) => SMALL_WORDS.test(w) || /^[A-Z0-9]/.test(w));
}
/** NAMED_PARTNERS without its global flag, so a test keeps no position between calls. */
const KNOWN_NAME = new RegExp(NAMED_PARTNERS.source);
export function headingsOnly(s: string): boolean {
  const lines = s
    .split(/\n/)
    .map((l) => l.trim())
    .filter((l) => l.length > 0);
  if (lines.length === 0) return false;
  // A known company's name is a tracker or recipient named, even as a title ("Facebook Pixel.").
  if (KNOWN_NAME.test(s)) return false;
  if (lines.length === 1) return lines[0]!.endsWith(".") && titleLine(lines[0]!);
  return lines.every(titleLine);
}

/**
 * A place of storage said in a section for some regions' users: "This section applies if you are
 * based in Brazil. The personal information you provided to us will be stored in Singapore."
 * (Alibaba.com: "where data is stored is stated (Singapore)", its only place read, where the
 * policy stores data by region). The sentence before says whose the section is.
 */
const SECTION_FOR_SOME_REGIONS = new RegExp(
  String.raw`\b(?:this|the following) (?:section|part|notice|paragraph|policy section) (?:only )?applies (?:only )?(?:to you )?(?:if|when|where|to) (?:you are |you['’]re )?(?:(?:a )?(?:resident|located|based|living|users?|residents|individuals|customers)s? )?(?:of |in |from |within )?${REGION_WORDS}`,
  "i",
);
export const sectionForSomeRegions = (opening: string) =>
  SECTION_FOR_SOME_REGIONS.test(opening) && !opensBeside(opening);

/**
 * A deletion that is no right of the user's own: a parent's request for a child's data, "If you are
 * a parent or guardian and discover that your child under thirteen (13) years of age has provided
 * Personally Identifiable Information to us, then you may … request that we delete your child’s
 * Personally Identifiable Information from our systems." (as the rules read such requests
 * elsewhere), and what the company keeps once asked, "When you make a request for data deletion,
 * we may retain your Personally Identifiable Information for so long as necessary …" (Ubiquiti;
 * both "data can be deleted on request"). Not "you may request that we delete your data", said
 * beside a parent's request or alone, nor a grace period before deletion ("When you submit a request
 * to delete your account, we will keep your data for 30 days before permanently deleting it").
 */
const PARENTS_REQUEST =
  /\b(?:parent|guardian)s?\b[^.]{0,240}?\b(?:delete|remove|erase)\b[^.;]{0,60}?\b(?:your|their|the|such|that) child(?:['’]s|ren['’]s|ren)?\b/i;
const KEPT_ONCE_ASKED =
  /^\W{0,4}(?:when|if|after|once) you (?:make|submit|send) (?:a |your )?(?:request|requests) (?:for|to) (?:the )?(?:data )?(?:deletion|erasure|delete|erase)\b[^.;]{0,30}?\bwe (?:may|might|can) (?:still )?(?:retain|keep|store)\b/i;
/** The user's own data deleted, said beside: "You may request that we delete your personal information, and parents …". */
const USERS_OWN_DELETION =
  /\b(?:delete|erase|remove|deletion of|erasure of|removal of) (?:all |any )?(?:of )?your (?:own )?(?:personal )?(?:data|information|account|profile)\b/i;
/** What is kept once asked, then deleted: "… we will keep your data for 30 days before permanently deleting it." */
const DELETED_AFTER_ALL =
  /\b(?:before|then|and (?:then )?|otherwise|after which we)\s*(?:permanently |fully )?(?:delet|eras|remov)\w*/i;
export const notTheUsersDeletion = (s: string) =>
  (PARENTS_REQUEST.test(s) && !USERS_OWN_DELETION.test(s)) ||
  (KEPT_ONCE_ASKED.test(s) && !DELETED_AFTER_ALL.test(s));
/**
 * The company's cooperation with a regulator is no recourse offered to the user: "We may disclose
 * information under a court order or where we cooperate with a data protection supervisory
 * authority or a licensing authority in handling complaints or investigations." (Bolt: "a
 * regulator is named (supervisory authority)", its only regulator read first). Not "you may
 * lodge a complaint with the supervisory authority", nor cooperation with a complaint the user
 * makes ("If you lodge a complaint with a supervisory authority, we will … cooperate with it").
 */
export const companyCooperatesWithRegulator = (s: string) =>
  /\bwe (?:may |will |might )?(?:also )?(?:disclose|share|provide|cooperate|co-operate)\b[^.;]{0,100}?\b(?:cooperate|co-operate|comply) with (?:a |the |any |relevant )?(?:data protection )?(?:supervisory authorit|regulator|data protection authorit)/i.test(
    s,
  ) &&
  !/\byou (?:may|can|have the right to|are entitled to|lodge|file|make|submit|bring)\b|\b(?:complaints?|claims?) you (?:file|lodge|make|submit|bring)\b/i.test(
    s,
  );
