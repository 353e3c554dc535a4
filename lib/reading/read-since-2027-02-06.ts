/**
 * Rules added after the blind double reading of 2027-02-05 (112 machine findings, 8 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, every quantifier bounded, gated on a
 * plain word before their pattern runs.
 */

/**
 * Authorities refused data unless the law obliges it: "Wire will not disclose your data to public
 * authorities unless Wire is obliged to do so under Swiss law." (Wire: "disclosure in response to
 * legal process", neutral, until the double reading of 2027-02-05). The rules of 2026-12-28 and
 * 2027-01-08 read "only disclose … if we are legally compelled" and "will not cooperate with law
 * enforcement unless compelled"; a refusal to disclose to authorities, save under an obligation of
 * law, is the same promise. Not a refusal with another ground beside the law ("unless we believe
 * it necessary", "unless required by law or to protect our rights"), nor one to others than
 * authorities ("will not disclose your data to advertisers unless required by law" is about
 * advertisers).
 */
const NOT_DISCLOSED_TO_AUTHORITIES_UNLESS_OBLIGED =
  /\b(?:will not|won['’]t|does not|do not|shall not|never|would not)\s+(?:voluntarily\s+)?(?:disclose|share|provide|release|hand over|give|transfer|pass on|make available)\s+(?:[\w’'-]+\s+){0,4}?to\s+(?:[\w-]+\s+){0,3}?(?:law enforcement(?: agencies| authorities)?|police|government(?:al)?(?: authorities| agencies| bodies)?|authorities|agencies)\b[^.;]{0,40}?\b(?:unless|except (?:when|where|if|as))\s+(?:(?:we|it|they|[A-Z][\w.&-]{1,30})\s+(?:is|are)\s+)?(?:legally\s+|lawfully\s+)?(?:compelled|obliged|obligated|required|ordered)\b(?<after>[^.;]{0,120})/i;
/** Another ground beside the law's: "… unless required by law or to protect our rights". */
const ANOTHER_GROUND =
  /\b(?:or|and)\b[^.;]{0,40}?\b(?:protect\w*|prevent\w*|fraud\w*|harm|safety|emergenc\w*|defen[cd]\w*|enforc\w*|investigat\w*|rights|property|believe|deem|consider|appropriate|necessary)\b/i;
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
 * Framework is oversight of the company, whoever complains (read as before).
 */
const REGION_WORDS = String.raw`(?:the )?(?:eea|eu|e\.u\.|european economic area|european union|europe|uk|u\.k\.|united kingdom|switzerland|brazil)(?![\w.])`;
const PLACE_PEOPLE = String.raw`(?:residents?|users?|individuals?|consumers?|data subjects?|citizens?|people|persons)`;
const CONFINED_TO_REGION = new RegExp(
  String.raw`\bif you (?:are|reside|live)\b(?: (?:a|an))?(?: (?:resident|located|based|living|citizen|national|individual|user|consumer)s?)?(?: (?:of|in|from|within))? ${REGION_WORDS}|\b${PLACE_PEOPLE} (?:of|in|from|located in|based in|within) ${REGION_WORDS}|\b(?:eu|eea|e\.u\.|uk|european|swiss|brazilian) ${PLACE_PEOPLE}\b`,
  "i",
);
/** The region given as an example of the user's country: "for example if you live in the UK" (ASKfm). */
const AN_EXAMPLE = /\b(?:for example|for instance|e\.g\.|such as),?\s{0,3}$/i;
export function confinedToRegion(s: string): boolean {
  if (
    !s.includes("you") &&
    !/resident|user|individual|consumer|subject|citizen|people|person/i.test(s)
  )
    return false;
  const m = CONFINED_TO_REGION.exec(s);
  return m !== null && !AN_EXAMPLE.test(s.slice(Math.max(0, m.index - 20), m.index));
}

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
  /(?<!\bin)\bactive (?:customers?|accounts?|users?|members?|subscribers?|subscriptions?)\b|\bwhile (?:your|the) account is (?:active|open)\b/i;
const PAST_THE_ACCOUNT =
  /\b(?:after|even|beyond|once|following|closed?|deleted?|terminat\w*|cancel\w*)\b/i;
export function indefiniteWhileActiveByHeading(s: string, heading: string): boolean {
  if (!ACTIVE_HEADING.test(heading)) return false;
  const m = /\b(?:indefinitely|permanently|forever)\b/i.exec(s);
  return m !== null && !PAST_THE_ACCOUNT.test(s.slice(m.index, m.index + 80));
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
  /\bcookies?\b[^.;]{0,60}?\b(?:set|placed|stored|dropped)\s+by\s+(?<who>Google|Facebook|Meta|Twitter|LinkedIn|Microsoft|YouTube|TikTok|Amazon)\b(?!\s+Analytics)/;
export const PLATFORM_SETS_COOKIES_WORDS =
  /\bby (?:Google|Facebook|Meta|Twitter|LinkedIn|Microsoft|YouTube|TikTok|Amazon)\b/;
export function cookiesSetByAPlatform(s: string): string | null {
  const m = PLATFORM_SETS_COOKIES.exec(s);
  return m ? `cookies set by ${m.groups!.who}` : null;
}
const PIXELS_LOADED_FROM_A_PROVIDER =
  /[^.!?]{0,200}\b(?:tracking pixels?|pixel tags?|web beacons?)\b[^.!?]{0,120}[.!?]\s{1,3}(?:These|They|The pixels|The beacons|Pixels)\s(?:are|will be|is)\s(?:loaded|served|hosted|delivered|retrieved|downloaded)\sfrom\s(?:the\s)?servers?\sof\s(?:our|a|the|an|their)\s(?:[\w-]+\s){0,3}?(?:provider|service provider|partner|vendor|processor)\b[^.!?]{0,160}[.!?]?/i;
/** The two sentences, as written, when the clause says its pixels are loaded from a provider's server. */
export function pixelsLoadedFromAProvider(clause: string): string | null {
  if (!clause.includes("pixel") && !clause.includes("beacon")) return null;
  const m = PIXELS_LOADED_FROM_A_PROVIDER.exec(clause.slice(0, 20000));
  return m ? m[0].trim() : null;
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
export function safeguardsPurposeFirst(s: string): string | null {
  if (!/\bwe\b/i.test(s)) return null;
  const m = PURPOSE_FIRST_SAFEGUARD.exec(s);
  if (!m || ANOTHER_SUBJECT.test(s)) return null;
  return m.groups!.means!.replace(/\s+/g, " ").trim();
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
const UNSUBSCRIBING_ONLY_A_CONDITION =
  /^(?:[^.;]{0,40}?\b(?:if|when|once|after|as soon as) you (?:unsubscribe|opt[- ]out|withdraw your consent)\b[^.;]{0,80}?,\s*(?:your|the|all|this|such) (?:[\w-]+ ){0,3}?(?:data|information) (?:will be|is|are|shall be|may be) (?:kept|retained|stored|deleted|erased|removed|anonymi[sz]ed)\b|(?:your|the|all|this|such) (?:[\w-]+ ){0,3}?(?:data|information) (?:will be|is|are|shall be) (?:kept|retained|stored|deleted|erased|removed|anonymi[sz]ed)\b[^.;]{0,60}?\b(?:if|when|once|after|as soon as) you (?:unsubscribe|opt[- ]out|withdraw your consent)\b)/i;
const ERASURE_RIGHT_OPENS =
  /^\W{0,3}(?:the )?(?:right to be forgotten|right to erasure|right of erasure|erasure|right to deletion)\b[^:.]{0,40}:|\brequest that we (?:delete|erase)\b[^.;]{0,80}?\bif\b/i;
const OFFERED_BESIDE =
  /\byou (?:can|may) (?:always |at any time )?(?:unsubscribe|opt[- ]?out|withdraw)\b/i;
export function optOutNotOffered(s: string): boolean {
  if (OPT_OUT_DENIED.test(s)) return true;
  if (OFFERED_BESIDE.test(s)) return false;
  return UNSUBSCRIBING_ONLY_A_CONDITION.test(s) || ERASURE_RIGHT_OPENS.test(s);
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
  /\b(?:notify|inform|tell|alert)\s(?:you|users|customers|members)\s(?:(?:of|about) (?:such |these |the |any )?changes?\s)?(?:only\s)?(?:as|where|if|when|to the extent)\s(?:[\w-]+\s){0,2}?(?:required|mandated)\s(?:by|under)\s(?:applicable\s|the\s|local\s)?(?:[\w-]+\s){0,3}?(?:laws?|regulations?)\b/i;
const CHANNEL_NAMED =
  /\b(?:e-?mail\w*|text messages?|SMS|in-app|push notifications?|directly|banner|pop-?up|notice (?:on|in) (?:our|the))\b/i;
export const notifiedOnlyAsTheLawRequires = (s: string) =>
  s.includes("required") && NOTIFIED_AS_THE_LAW_REQUIRES.test(s) && !CHANNEL_NAMED.test(s);

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
 * subject is the company, and nothing limits what they do).
 */
const PROVIDERS_HELD_TO_THEIR_TASK =
  /\bonly be (?:shared|disclosed|provided|transferred|made available)\b|\b(?:who|which|that|they) (?:will )?only use\b[^.;]{0,120}?\bfor (?:that|this|the|those|these|such) (?:purposes?|services?)\b|\bmay not use (?:it|them|this|that|such|the|your)\b[^.;]{0,60}?\bfor (?:any )?other purposes?\b|\brequir\w* (?:our |all |any |such )?(?:third[- ]party )?(?:service providers|processors|vendors)(?: and partners)? to (?:have|maintain|implement|put in place|apply) (?:appropriate |adequate |reasonable |equivalent |similar )?(?:safeguards|security measures|protections?)\b/i;
export function providersHeldToTheirTask(s: string): boolean {
  return PROVIDERS_HELD_TO_THEIR_TASK.test(s);
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
  /\bright to (?:know|request|ask)\b[^.;]{0,200}?\bwhether\b|^\W{0,3}as a (?:data )?processor,? (?:we|[A-Z][\w.&-]{1,30})\b|\bin the context of (?:our|its|the) (?:customer|vendor|partner|supplier|business)(?:,? (?:and |or )?(?:customer|vendor|partner|supplier))* relationships?\b/i;
export function providersGivenNothingFurther(s: string): boolean {
  return PROVIDERS_GIVEN_NOTHING.test(s);
}
