/**
 * Rules added after the blind double reading of 2027-02-05 (112 machine findings, 8 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence (or a clause's two), every pattern
 * gated on a plain word before it runs; the repetitions left unbounded are over character classes
 * that cannot overlap (a word, then a space), so no input makes them backtrack.
 */

import { recourseConfinedToRegionsByHeading } from "./read-since-2026-12-24";

/**
 * Authorities refused data unless the law obliges it: "Wire will not disclose your data to public
 * authorities unless Wire is obliged to do so under Swiss law." (Wire: "disclosure in response to
 * legal process", neutral, until the double reading of 2027-02-05). The rules of 2026-12-28 and
 * 2027-01-08 read "only disclose … if we are legally compelled" and "will not cooperate with law
 * enforcement unless compelled"; a refusal to disclose to authorities, save under an obligation of
 * law, is the same promise. Not a refusal with another ground beside the law ("unless we believe
 * it necessary", "unless required by law or to protect our rights", "unless required or permitted
 * by law", "… or requested by a government authority", "(e.g. by a court order) or to protect the
 * safety of our users"), nor one to others than authorities ("will not disclose your data to
 * advertisers unless required by law" is about advertisers).
 */
const NOT_DISCLOSED_TO_AUTHORITIES_UNLESS_OBLIGED =
  /\b(?:will not|won['’]t|does not|do not|shall not|never|would not)\s+(?:voluntarily\s+)?(?:disclose|share|provide|release|hand over|give|transfer|pass on|make available)\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:[\w-]+\s+){0,3}?(?:law enforcement(?: agencies| authorities)?|police|government(?:al)?(?: authorities| agencies| bodies)?|authorities|agencies)\b[^.;]{0,40}?\b(?:unless|except (?:when|where|if|as))\s+(?:(?:we|it|they|[A-Z][\w.&-]{1,30})\s+(?:is|are)\s+)?(?:legally\s+|lawfully\s+)?(?:compelled|obliged|obligated|required|ordered)\b(?<after>[^;]{0,160})/i;
/** Another ground beside the law's: "… unless required by law or to protect our rights", "required or permitted". */
const ANOTHER_GROUND =
  /\b(?:or|and|and\/or)\b[^;]{0,60}?\b(?:protect\w*|prevent\w*|fraud\w*|harm|safety|emergenc\w*|defen[cd]\w*|enforc\w*|investigat\w*|rights|property|believe|deem|consider|appropriate|necessary|permit\w*|request\w*|ask\w*|allow\w*)\b|\brequest\w*\b/i;
export const NOT_DISCLOSED_TO_AUTHORITIES_WORDS = /\bunless\b|\bexcept\b/i;
export function notDisclosedToAuthoritiesUnlessObliged(s: string): boolean {
  if (!/authorit|police|law enforcement|government|agencies/i.test(s)) return false;
  const m = NOT_DISCLOSED_TO_AUTHORITIES_UNLESS_OBLIGED.exec(s);
  return m !== null && !ANOTHER_GROUND.test(m.groups!.after!);
}

/**
 * A regulator offered only to the people of some regions, in its own sentence: "If you are located
 * in the European Economic Area, Switzerland, the United Kingdom or Brazil, you have the right to
 * lodge a complaint with a supervisory authority …" (Academia.edu), "If you are an EU resident and
 * have any unresolved privacy concern …, you have the right to contact the appropriate EU
 * Supervisory Authority" (IndieGala). Until the double reading of 2027-02-05 such a regulator was
 * read as recourse for everyone ("a regulator is named", neutral), though everyone else is left no
 * recourse beyond the company: the rubric's concerning, as the curated Centercode reads an outside
 * body "only [for] unresolved complaints under the EU and Swiss Safe Harbor principles" ("For
 * everyone else the policy offers no recourse beyond the company"). The people of a place: "if you
 * are (a resident of, located in, based in, in) the EEA …", "residents (users, individuals …) of
 * (in) the EU …", "EU (EEA, European …) residents (users …)", in the sentence or the section's
 * heading ("What if I am a European resident?", Guilded). Not a place the company is in ("our EU
 * representative"), nor a law's name alone ("under the GDPR"): a European company's "You have the
 * right to complain to a supervisory authority" is everyone's. Nor a transfer framework's section:
 * "subject to the investigatory and enforcement powers of the FTC" under the Data Privacy
 * Framework is oversight of the company, whoever complains (read as before; since the double
 * reading of 2027-02-11 a regulator its own sentence ties to a framework is the framework's
 * people's only, read-since-2027-02-12.ts, while a framework's heading still confines nothing).
 */
export const REGION_WORDS = String.raw`(?:the )?(?:eea|eu|e\.u\.|european economic area|european union|european region|europe|uk|u\.k\.|united kingdom|switzerland|brazil)(?!\w|\.\w|-)`;
const PLACE_PEOPLE = String.raw`(?:residents?|users?|end users?|individuals?|consumers?|data subjects?|citizens?|visitors?|customers?|people|persons)`;
const CONFINED_TO_REGION = new RegExp(
  String.raw`\bif you (?:are|reside|live)\b(?: (?:a|an))?(?: (?:resident|located|based|living|citizen|national|individual|user|consumer)s?)?(?: (?:of|in|from|within))? ${REGION_WORDS}|\b${PLACE_PEOPLE} (?:of|in|from|located in|based in|within) ${REGION_WORDS}|\b(?:eu|eea|e\.u\.|uk|european|swiss|brazilian) ${PLACE_PEOPLE}\b`,
  "i",
);
/** The region given as an example of the user's country: "for example if you live in the UK" (ASKfm). */
const AN_EXAMPLE = /\b(?:for example|for instance|e\.g\.|such as),?\s{0,3}$/i;
/**
 * Words that open the recourse to others beside the region's people: "If you are in the EU or
 * elsewhere", "Users in the EU and the rest of the world", "Both EU and non-EU users", "Whether or
 * not you are a resident of the EU", "like all other users", "In addition to the rights of EU
 * residents described above, you may complain to the FTC", "…; all other users may file a
 * complaint with the FTC".
 */
const OPEN_BESIDE =
  /\b(?:elsewhere|rest of the world|everywhere|wherever|worldwide|regardless|whether or not|all other|any other (?:users?|countr\w*|region\w*)|other users|everyone|anyone|all users|in addition to|outside (?:the )?(?:eea|eu|european|uk|united kingdom))\b|\bnon-(?:eu|eea|european|uk)\b/i;
const SOMEONE = /you|resident|user|individual|consumer|subject|citizen|people|person/i;
export const opensBeside = (s: string) => OPEN_BESIDE.test(s);
export function confinedToRegion(s: string): boolean {
  if (!SOMEONE.test(s) || OPEN_BESIDE.test(s)) return false;
  const m = CONFINED_TO_REGION.exec(s);
  return m !== null && !AN_EXAMPLE.test(s.slice(Math.max(0, m.index - 20), m.index));
}
/** A heading for some regions' people, not a transfer framework's section (whose FTC oversees the company for all). */
const FRAMEWORK_HEADING = /privacy shield|safe harbou?r|data privacy framework|\bDPF\b/i;
export function regionPeopleHeading(path: readonly string[] | undefined): boolean {
  if (!path || path.length === 0) return false;
  const heading = path.join(" › ").slice(0, 400);
  return (
    !FRAMEWORK_HEADING.test(heading) &&
    !OPEN_BESIDE.test(heading) &&
    (CONFINED_TO_REGION.test(heading) ||
      REGION_THEN_PEOPLE.test(heading) ||
      recourseConfinedToRegionsByHeading(path))
  );
}
/** "Information for European Territory Residents", "Additional Disclosures for Data Subjects in the EEA". */
const REGION_THEN_PEOPLE = new RegExp(
  String.raw`\b${REGION_WORDS}[^›]{0,40}?\b${PLACE_PEOPLE}\b`,
  "i",
);

/**
 * "Indefinitely" bounded by its section's heading: "We store User Content indefinitely." under
 * "How long we retain information for active customers", beside "when you delete your Buffer
 * account you are deleting User Content from our Service" (Buffer: concerning, "User Content may
 * be kept indefinitely", until the double reading of 2027-02-05). The rule of 2026-12-20 reads
 * "Active accounts will have data retained indefinitely" as kept while the account is active; the
 * heading's "active customers (accounts, users …)" is the same bound. Not where the sentence
 * carries the data past the account's end ("even after you close your account", "after your
 * account is deleted"), nor under a heading on inactive or closed accounts.
 */
const ACTIVE_HEADING =
  /\bactive (?:customers?|accounts?|users?|members?|subscribers?|subscriptions?)\b|\bwhile (?:your|the) account is (?:active|open)\b/i;
/** A heading on accounts that are not active, beside or instead: "Inactive or active accounts", "Non-active accounts". */
const NOT_ACTIVE_HEADING =
  /\binactive\b|\bnon-?active\b|\bclosed\b|\bdeleted\b|\bterminat\w*|\bcancel\w*|\bformer\b/i;
const KEPT_VERB =
  /\b(?:store|stores|stored|keep|keeps|kept|retain|retains|retained|hold|holds|held|maintain|maintains|maintained|preserve|preserves|preserved)\b/i;
/** The data carried past the account's end, anywhere in the sentence. */
const PAST_THE_ACCOUNT =
  /\beven (?:after|if|when|once)\b|\b(?:after|once|when|if|following|upon)\b[^.;]{0,20}?\b(?:close|closes|closed|closing|delete|deletes|deleted|deleting|terminate|terminates|cancel\w*|deactivat\w*)\b[^.;]{0,20}?\b(?:account|subscription|membership)s?\b|\b(?:after|once|when|if|following|upon)\b[^.;]{0,40}?\b(?:account|subscription|contract|relationship|membership)s?\b[^.;]{0,20}?\b(?:clos|delet|terminat|cancel|end|expir|deactivat)\w*|\b(?:closed|deleted|terminated|cancell?ed|deactivated|inactive) (?:accounts?|subscriptions?)\b|\b(?:after|beyond) (?:the )?(?:end|termination|closure|deletion)\b/i;
export function indefiniteWhileActiveByHeading(s: string, heading: string): boolean {
  if (!ACTIVE_HEADING.test(heading) || NOT_ACTIVE_HEADING.test(heading)) return false;
  return (
    /\b(?:indefinitely|permanently|forever)\b/i.test(s) &&
    KEPT_VERB.test(s) &&
    !PAST_THE_ACCOUNT.test(s)
  );
}

/**
 * Trackers a named platform places, and pixels loaded from a provider's server:
 * - "Weitere Cookies: If you are logged into your Google account in the background, additional
 *   cookies may be set by Google." (Hetzner, under its chatbot's "you must accept all cookies");
 * - "We use tracking pixels for this purpose. These are loaded from the server of our newsletter
 *   provider when you open the newsletter." (Hetzner).
 * Until the double reading of 2027-02-05 Hetzner's cookies read "first-party cookies or analytics
 * …, no third-party tracking found" (neutral): the rubric's concerning names beacons and cross-site
 * tracking, and another company's cookies and a provider's pixels are both. Not Google Analytics
 * (analytics, read as before), nor cookies the platform does not set ("cookies set by us").
 */
const PLATFORM_SETS_COOKIES =
  /\b[Cc]ookies?\b[^.;]{0,60}?\b(?:set|placed|stored|dropped)\s+by\s+(?<who>Google|Facebook|Meta|Twitter|LinkedIn|Microsoft|YouTube|TikTok|Amazon)\b(?!\s+(?:Analytics|Fonts|Web Services|Cloud|reCAPTCHA|Tag Manager|Maps|Pay)\b)/;
/** A denial before the cookies' platform ("does not use cookies set by Facebook"), or cookies the service needs. */
const DENIED_BEFORE = /\b(?:not|never|no|don['’]t|doesn['’]t|won['’]t)\b/i;
const NEEDED_BY_THE_SERVICE =
  /\b(?:load[- ]balanc\w*|strictly necessary|essential|route your requests|security purposes)\b/i;
export const PLATFORM_SETS_COOKIES_WORDS =
  /\bby (?:Google|Facebook|Meta|Twitter|LinkedIn|Microsoft|YouTube|TikTok|Amazon)\b/;
export function cookiesSetByAPlatform(s: string): string | null {
  const m = PLATFORM_SETS_COOKIES.exec(s);
  if (!m || DENIED_BEFORE.test(s.slice(0, m.index + m[0].length)) || NEEDED_BY_THE_SERVICE.test(s))
    return null;
  return `cookies set by ${m.groups!.who}`;
}
const PIXEL_WORDS = /\b(?:tracking pixels?|pixel tags?|web beacons?)\b/i;
/** The next sentence: the pixels loaded from the server of a provider that sends or measures the messages. */
const LOADED_FROM_A_PROVIDER =
  /^(?:These|They|The pixels|The beacons|Pixels)\s(?:are|will be|is)\s(?:loaded|served|hosted|delivered|retrieved|downloaded)\sfrom\s(?:the\s)?servers?\sof\s(?:our|a|the|an|their)\s(?:newsletter|e-?mail|mailing|marketing|analytics|tracking|advertising|messaging)(?:\s(?:service|delivery|marketing|shipping))?\s(?:provider|partner|vendor|processor)s?\b/i;
/** A sentence and where it starts, up to its end mark (a clause is read in sentences of at most 600 characters). */
const SENTENCE = /[^.!?\s][^.!?]{0,600}[.!?]*/g;
/** The two sentences, as written, when the clause says its pixels are loaded from a provider's server. */
export function pixelsLoadedFromAProvider(clause: string): string | null {
  if (!PIXEL_WORDS.test(clause)) return null;
  const text = clause.slice(0, 20000);
  const sentences = [...text.matchAll(SENTENCE)];
  for (let k = 0; k + 1 < sentences.length; k++) {
    const [first, next] = [sentences[k]!, sentences[k + 1]!];
    if (PIXEL_WORDS.test(first[0]) && LOADED_FROM_A_PROVIDER.test(next[0]))
      return text.slice(first.index, next.index + next[0].length).trim();
  }
  return null;
}

/**
 * Safeguards said purpose first: "To increase the protection and security of your data, we use a
 * tool that automatically detects personal data." (Hetzner, whose security was "no clause found":
 * no clause was tagged; until the double reading of 2027-02-05). The rules of 2027-01-01 and
 * 2027-01-04 read means "to protect … information" after the verb; here the purpose opens the
 * sentence. Not a transfer's or children's safeguards, nor the user's ("To increase the security
 * of your account, you should use a strong password": no "we").
 */
const PURPOSE_FIRST_SAFEGUARD =
  /\bto (?:increase|improve|ensure|enhance|strengthen|maintain|guarantee) the (?:protection|security|safety|confidentiality)(?: and (?:protection|security|safety|confidentiality))? of (?:your|the|our users['’]?|all) (?:personal )?(?:data|information),\s{1,3}we (?:use|employ|implement|have implemented|deploy|apply|rely on) (?<means>(?:a |an |special |several |various )?(?:[\w-]+\s+){0,3}?(?:tool|system|software|technology|technologies|mechanisms?|filters?|programs?)(?:\s+(?:that|which)\s+[^.;,]{1,60})?)/i;
const ANOTHER_SUBJECT =
  /\b(?:transfer\w*|standard contractual clauses|adequa\w*|outside|countr(?:y|ies)|cross-border|child\w*|minors?)\b/i;
export const PURPOSE_FIRST_WORDS = /\bprotection|\bsecurity|\bsafety|\bconfidentiality/i;
/** The means protects: "a tool that automatically detects personal data", "security software", not "a third-party payment system that collects your card details". */
const PROTECTIVE_MEANS =
  /\b(?:detect\w*|protect\w*|encrypt\w*|prevent\w*|monitor\w*|secur\w*|block\w*|identif\w*|filter\w*|firewall\w*|scan\w*|anonymi[sz]\w*|pseudonymi[sz]\w*|mask\w*)\b/i;
export function safeguardsPurposeFirst(s: string): string | null {
  if (!/\bwe\b/i.test(s)) return null;
  const m = PURPOSE_FIRST_SAFEGUARD.exec(s);
  if (!m || ANOTHER_SUBJECT.test(s)) return null;
  const means = m.groups!.means!.replace(/\s+/g, " ").trim();
  return PROTECTIVE_MEANS.test(means) && !/\bpayment\b|\bcollects?\b/i.test(means) ? means : null;
}

/**
 * Sentences read as an opt-out offered that offer none:
 * - a denial: "We may send you other types of transactional and relationship e-mail
 *   communications, such as service announcements, administrative notices, and surveys, without
 *   offering you the opportunity to opt out of receiving them." (Stripchat);
 * - what happens to the data once the user has unsubscribed, the unsubscribing a condition: "If you
 *   unsubscribe or if there are technical delivery issues, your data will be kept for up to three
 *   years.", "The data is deleted as soon as you unsubscribe from the notification service."
 *   (Hetzner; how long it is kept is retention's);
 * - a condition of the right to erasure: "Right to be Forgotten / Erasure: You may request that we
 *   delete your personal information if you believe that: … b) we have requested your permission
 *   to process your personal information and you wish to withdraw your consent; …" (Stripchat).
 * Each stood as "an opt-out offered, how not stated" until the double reading of 2027-02-05. Not a
 * sentence that offers one beside ("You can unsubscribe at any time; your data is then deleted").
 */
const OPT_OUT_DENIED =
  /\bwithout (?:offering|providing|giving|affording) (?:you )?(?:the |an |any )?(?:opportunity|option|ability|choice|right) to (?:opt[- ]?out|unsubscribe|object|decline|refuse)\b/i;
/** A promise, not a denial: "We will never send you marketing emails without giving you the opportunity to opt out." */
const NEVER_WITHOUT =
  /\b(?:never|not|no)\b[^.;]{0,80}?\bwithout (?:offering|providing|giving|affording)\b/i;
const UNSUBSCRIBING_ONLY_A_CONDITION =
  /^(?:[^.;]{0,40}?\b(?:if|when|once|after|as soon as) you (?:unsubscribe|opt[- ]out|withdraw your consent)\b[^.;]{0,80}?,\s*(?:your|the|all|this|such) (?:[\w-]+ ){0,3}?(?:data|information) (?:will be|is|are|shall be|may be) (?:kept|retained|stored|deleted|erased|removed|anonymi[sz]ed)\b|(?:your|the|all|this|such) (?:[\w-]+ ){0,3}?(?:data|information) (?:will be|is|are|shall be) (?:kept|retained|stored|deleted|erased|removed|anonymi[sz]ed)\b[^.;]{0,60}?\b(?:if|when|once|after|as soon as) you (?:unsubscribe|opt[- ]out|withdraw your consent)\b)/i;
/** The way to unsubscribe said in the condition: "If you unsubscribe using the link at the bottom of any of our emails, …". */
const A_WAY =
  /\b(?:link|button|settings|clicking|click|using|by (?:e-?mail|writing|contacting))\b/i;
const ERASURE_RIGHT_OPENS =
  /^\W{0,3}(?:the )?(?:right to be forgotten|right to erasure|right of erasure|erasure|right to deletion)\b[^:.]{0,40}:/i;
/** An opt-out said beside the erasure: "Erasure and objection: You may ask us to delete your data, or object at any time …". */
const ANOTHER_CHOICE = /\b(?:object|objection|opt[- ]?out|unsubscribe)\b/i;
const OFFERED_BESIDE =
  /\byou (?:can|may) (?:always |also |at any time )?(?:unsubscribe|opt[- ]?out|withdraw|object)\b/i;
export function optOutNotOffered(s: string): boolean {
  if (OFFERED_BESIDE.test(s)) return false;
  if (OPT_OUT_DENIED.test(s)) return !NEVER_WITHOUT.test(s);
  if (UNSUBSCRIBING_ONLY_A_CONDITION.test(s)) return !A_WAY.test(s);
  return ERASURE_RIGHT_OPENS.test(s) && !ANOTHER_CHOICE.test(s);
}

/**
 * An opt-out's way said in the sentence after it: "You can unsubscribe from the newsletter at any
 * time. For this purpose there is a link in every newsletter." (Wire: "the policy does not say
 * how" until the double reading of 2027-02-05). Only a sentence that opens by pointing back to the
 * opt-out ("For this purpose", "To do so") and gives a link in the messages themselves.
 */
const WAY_IN_THE_NEXT_SENTENCE =
  /^\W{0,3}(?:for (?:this|that) purpose|to do (?:so|this)|to this end|for this),?\s{1,3}(?:there is|there's|you will find|you'll find|you can use|we include|we provide|you can click)\s{1,3}(?:an?\s{1,3})?(?:unsubscribe\s{1,3}|opt[- ]out\s{1,3})?link\s{1,3}(?:in|at the (?:bottom|end|foot) of)\s{1,3}(?:every|each|all|any|our|the)\s{1,3}(?:of our\s{1,3})?(?:newsletters?|e-?mails?|messages?|communications?)\b/i;
export function optOutWayInTheNextSentence(next: string): string | null {
  return WAY_IN_THE_NEXT_SENTENCE.test(next) ? "through a link in each message" : null;
}

/**
 * Users "notified" only as the law requires, no channel named: "If there are any material changes
 * to this Privacy Policy, we will notify you as required by applicable law." (Academia.edu: "users
 * are notified directly" until the double reading of 2027-02-05, though an earlier audit had left
 * it as neutral either way). As Zillow's "through appropriate communication channels, as required
 * by applicable law" (the audit of 2026-12-13), the direct notice the law requires is the minimum,
 * no promise of the company's. Not a channel the company names ("notify you by email, as required
 * by law"), nor a notice given and also required ("notify you, and where required by law obtain
 * your consent").
 */
const NOTIFIED_AS_THE_LAW_REQUIRES =
  /\b(?:notify|inform|tell|alert)\s(?:you|users|customers|members),?\s(?:(?:of|about) (?:such |these |the |any )?changes?,?\s)?(?:only\s)?(?:as|where|if|when|to the extent)\s(?:[\w-]+\s){0,2}?(?:required|mandated)\s(?:by|under)\s(?:applicable\s|the\s|local\s)?(?:[\w-]+\s){0,3}?(?:laws?|regulations?)\b/i;
/** A promise after the law's: "… as required by applicable law and at least 30 days before the changes take effect", "… or when the changes are material". */
const MORE_PROMISED =
  /\b(?:and|or)\b[^.;]{0,60}?\b(?:before|prior|days|at least|in advance|material|whenever|when(?! required| legally))\b/i;
const CHANNEL_NAMED =
  /\b(?:e-?mail\w*|text messages?|SMS|in-app|push notifications?|directly|banner|pop-?up|notice (?:on|in) (?:our|the))\b/i;
export function notifiedOnlyAsTheLawRequires(s: string): boolean {
  if (!s.includes("required") || CHANNEL_NAMED.test(s)) return false;
  const m = NOTIFIED_AS_THE_LAW_REQUIRES.exec(s);
  return m !== null && !MORE_PROMISED.test(s.slice(m.index + m[0].length));
}

/**
 * Providers held to their task in words the rules of their kind did not read, so read "limits not
 * stated" until the double reading of 2027-02-05:
 * - "Financial information … will only be shared with our third-party processors in order to
 *   initiate and complete any orders placed on your account." and "… third party processors who
 *   only use your financial information and personal information for that purpose." (Stripchat);
 * - "These third-party service providers have access to personal information needed to perform
 *   their functions, but may not use it for other purposes." (Amazon Advertising);
 * - "… and require our third-party service providers and partners to have appropriate safeguards
 *   as well." (Academia.edu).
 * Read "under contract or confidentiality", as "only permitted to use … and not for any other
 * purpose" is. Not the company's own use ("we only use service providers who …": the verb's
 * subject is the company, and nothing limits what they do), recipients limited only by who they are
 * ("will only be shared with service providers and other partners as described in this policy"),
 * nor advertising partners held to advertising.
 */
const PROVIDERS_HELD_TO_THEIR_TASK =
  /\bonly be (?:shared|disclosed|provided|transferred|made available)\b[^.;]{0,120}?\b(?:in order to|for the (?:sole |limited )?purposes? of|as (?:necessary|needed) to|to (?:initiate|complete|process|perform|provide|fulfil\w*|deliver))\b|\b(?:who|which|that|they) (?:will )?only use\b[^.;]{0,120}?\bfor (?:that|this|the|those|these|such) (?:purposes?|services?)\b|\bmay not use (?:it|them|this|that|such|the|your)\b[^.;]{0,60}?\bfor (?:any )?other purposes?\b|\brequir\w* (?:our |all |any |such )?(?:third[- ]party )?(?:service providers|processors|vendors)(?: and partners)? to (?:have|maintain|implement|put in place|apply) (?:appropriate |adequate |reasonable |equivalent |similar )?(?:safeguards|security measures|protections?)\b/i;
export function providersHeldToTheirTask(s: string): boolean {
  return PROVIDERS_HELD_TO_THEIR_TASK.test(s) && !/\badvertis\w*|\bmarketing\b/i.test(s);
}

/**
 * Providers named where the company gives them nothing, read as sharing until the double reading
 * of 2027-02-05:
 * - a right described: "The CCPA provides California residents with the right to know … whether
 *   Academia disclosed that personal information for a business purpose (e.g., to a service
 *   provider) in the preceding 12 months." (Academia.edu);
 * - the company as a processor for its customers: "As a data processor, we process Personal
 *   Information from the EEA, UK and Switzerland on behalf of our commercial customers …" (Buffer);
 * - data collected in the company's relationships: "We may also collect your contact details when
 *   you provide them in the context of our customer, vendor, and partner relationships." (Buffer).
 */
const PROVIDERS_GIVEN_NOTHING =
  /\bright to (?:know|request|ask)\b[^.;]{0,200}?\bwhether\b|^\W{0,3}as a (?:data )?processor,? (?:we|[A-Z][\w.&-]{1,30}) process(?:es)?\b|\bcollect\w*\b[^.;]{0,100}?\bin the context of (?:our|its|the) (?:customer|vendor|partner|supplier|business)(?:,? (?:and |or )?(?:customer|vendor|partner|supplier)){0,4} relationships?\b/i;
/** The company giving data in the same sentence: "We share your data with vendors … in the context of our business relationships". */
const SHARED_TOO =
  /\b(?:we|[A-Z][\w.&-]{1,30}) (?:may |also |will |can )?(?:share|shares|disclose|discloses|engage|engages|transfer|transfers|provide|provides|give|gives)\b/;
export function providersGivenNothingFurther(s: string): boolean {
  return PROVIDERS_GIVEN_NOTHING.test(s) && !(SHARED_TOO.test(s) && !/\bwhether\b/i.test(s));
}
