/**
 * Rules added after the audit of 2026-12-22 (offset 1 of the machine-read companies: collection,
 * security, children, policy changes, international transfer, business transfer and legal
 * disclosure). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * Notice of changes named as what a purpose will include, its items lettered: "To manage our
 * relationship with you which will include: (a) Notifying you about changes to our terms or privacy
 * policy (b) Communicating with you — (a) Profile Data …" (Zoosk's table of purposes; "users are
 * notified directly" until the audit of 2026-12-22, while its change clause posts the policy). As
 * "which may include notifying you" is read since the audit of 2026-12-17 (noticeOnlyAsAPurpose).
 */
const NOTICE_AS_A_PURPOSE_LISTED =
  /^to (?:[\w-]+ ){1,6}?(?:which|that|this) (?:may |will |shall |can |might |would )?(?:include|includes|including):? (?:\(?[a-z0-9]{1,2}\) |[a-z0-9]{1,2}\. )?(?:notifying|informing|contacting|telling|alerting) (?:you|users|customers)\b/i;
export function noticeAsAPurposeListed(s: string): boolean {
  return s.includes("nclud") && NOTICE_AS_A_PURPOSE_LISTED.test(s);
}

/**
 * Changes posted "here": "We will post change here and update the “Last Updated” date at the top of
 * this document." (Vanco; "no fact found" until the audit of 2026-12-22). Read only in a sentence
 * about changing the policy (the caller's gate).
 */
const CHANGE_POSTED_HERE =
  /\b(?:post|posts|publish|publishes) (?:the |any |all |such )?(?:changes?|updates?|revisions?|amendments?) (?:here|on this (?:page|site|website))\b/i;
export function changePostedHere(s: string): boolean {
  return s.includes("here") || s.includes("this ") ? CHANGE_POSTED_HERE.test(s) : false;
}

/**
 * Everyone told directly: "If we modify this privacy policy in any significant way, we will notify
 * all users via email." (PrivacySpy; not read until the audit of 2026-12-22, its direct notice then
 * quoted from the terms of service beside it). "notify you" and "notify users" were read, "notify
 * all users" not.
 */
const ALL_USERS_NOTIFIED =
  /\b(?:notify|inform|e-?mail|alert) (?:all|all of our|all our|every|each|affected|registered|our) (?:users|members|customers|subscribers|account holders)\b/i;
export function allUsersNotified(s: string): boolean {
  return s.includes("ll") || s.includes("ffected") || s.includes("our ")
    ? ALL_USERS_NOTIFIED.test(s)
    : false;
}

/**
 * A change of the terms of service, not of the policy: "PrivacySpy (Politiwatch, Inc.) may revise
 * these terms of service for its website at any time, though users will be notified of any
 * substantial modifications." (a page that holds both; its privacy policy's own change clause
 * says how the policy changes). The terms must be what is changed, not a reference: "we will
 * notify you (using one of the notification methods set forth in Section 15.3 of the Terms of Use)"
 * (Wix) stays a notice of the policy's changes; nor a sentence that also names the policy.
 */
const TERMS_CHANGED =
  /\b(?:revis|chang|modif|amend|updat)\w{0,4} (?:these|our|the|this|its) (?:terms of (?:service|use)|terms and conditions|conditions of use|user agreement)\b/i;
const THE_POLICY_NAMED = /\b(?:polic(?:y|ies)|privacy|notice|statement|this document)\b/i;
export function changeOfTheTermsOnly(s: string): boolean {
  return (
    (s.includes("erms") || s.includes("onditions") || s.includes("greement")) &&
    TERMS_CHANGED.test(s) &&
    !THE_POLICY_NAMED.test(s)
  );
}

/**
 * A question is no commitment: "How do we notify you of changes to this Notice?" (Bolt's heading,
 * read as about the policy once "this Notice" in the sentence itself names it, audit of 2026-12-22).
 */
const A_QUESTION = /^(?:how|when|will|do|does|what|where|why|can)\b[^?]{0,160}\?\s*$/i;
export function questionOnly(s: string): boolean {
  return s.trimEnd().endsWith("?") && A_QUESTION.test(s);
}

/**
 * Legal disclosure at the company's discretion where the sentence has no verb of giving:
 * - a listed occasion whose verb is in the lead-in several items before, "to, in our discretion,
 *   (i) satisfy any applicable law, regulation, subpoena/court order, legal process or other
 *   government request, (ii) enforce our Terms of Use Agreement, …" (Zoosk);
 * - cooperation with the authorities, "We may also use Device Identifiers to identify users, and
 *   may do so in cooperation with copyright owners, Internet service providers, wireless service
 *   providers or law enforcement agencies, in our discretion." (Sony).
 * Both read "no fact found" or legal process only until the audit of 2026-12-22. Not discretion to
 * refuse or challenge a request, nor to notify the user of one.
 */
const DISCRETION = /\bin (?:our|its) (?:sole |absolute |own )?discretion\b/i;
const ANSWERED_AT_DISCRETION =
  /^(?:and )?to,? in (?:our|its) (?:sole |absolute |own )?discretion,? (?:\(?[ivx1a]{1,3}\) )?(?:satisfy|comply|respond|meet|cooperate)\b|\bcooperat\w* with\b[^.;]{0,120}?\b(?:law enforcement|police|government(?:al)? (?:agencies|authorities|bodies)|public authorities)\b/i;
const AUTHORITIES_OR_PROCESS =
  /\b(?:law enforcement|police|subpoenas?|court orders?|legal process|government(?:al)? (?:requests?|agencies|authorities|bodies)|public authorities)\b/i;
const REFUSED_OR_TOLD = /\b(?:refus\w*|challeng\w*|object\w*|resist\w*|notify|inform|tell)\b/i;
export function disclosedToAuthoritiesAtDiscretion(s: string): boolean {
  return (
    s.includes("discretion") &&
    DISCRETION.test(s) &&
    ANSWERED_AT_DISCRETION.test(s) &&
    AUTHORITIES_OR_PROCESS.test(s) &&
    !REFUSED_OR_TOLD.test(s)
  );
}

/**
 * Disclosure to law enforcement when the company suspects a crime, beside (not only under)
 * compulsion: "We specifically reserve the right to disclose any and all information to law
 * enforcement in the event that a crime is committed or suspected or if we are compelled to do so
 * by lawful criminal, civil or administrative process, …" (Stripchat; "disclosure in response to
 * legal process" until the audit of 2026-12-22). Not disclosure only "if required by law".
 */
const DISCLOSED_ON_SUSPICION =
  /\b(?:disclos\w*|shar(?:e|es|ing)|provid\w*|releas\w*|report\w*)\b[^.;]{0,60}?\bto (?:the )?(?:law enforcement|police|(?:relevant |competent |appropriate )?authorities)\b[^.;]{0,60}?\b(?:crimes?|criminal \w+|illegal \w+|unlawful \w+)\b[^.;]{0,30}?\bsuspected\b/i;
export function disclosedOnSuspicion(s: string): boolean {
  return s.includes("suspect") && DISCLOSED_ON_SUSPICION.test(s);
}

/**
 * A business sold in part, as a listed occasion of giving: "if part of our business is sold to or
 * integrated with another business, to our advisers and any prospective purchasers (and their
 * advisers);" under "Who we share your personal data with" (Overleaf; "no fact found" until the
 * audit of 2026-12-22). Not the company buying ("we acquire part of a business").
 */
const BUSINESS_SOLD_IN_PART =
  /\b(?:all or )?(?:part|parts|some|any part|a portion|all) of (?:our|its|the) (?:business|company|group|assets)\b[^.;]{0,20}?\b(?:is|are|was|were|be|being|gets|get) (?:sold|transferred|acquired|merged|integrated)\b/i;
export function businessSoldInPart(s: string): boolean {
  return (
    (s.includes("sold") ||
      s.includes("transferred") ||
      s.includes("acquired") ||
      s.includes("merged") ||
      s.includes("integrated")) &&
    BUSINESS_SOLD_IN_PART.test(s)
  );
}

/**
 * A lead-in of sharing whose data is "the information we collect": "We may share the information
 * we collect as follows or as otherwise described in this Privacy Policy:" (Revcontent) is the
 * company giving, not receiving. Blanked before the test of a receiving company, its list's
 * business transfer ("In connection with, or during negotiations of, any merger, …;") went unread
 * until the audit of 2026-12-22.
 */
const DATA_WE_COLLECT =
  /\b(?:information|data|details|personal information|personal data) (?:that |which )?(?:we|us) (?:have )?(?:receive|collect|obtain|get|hold)\b/gi;
export function blankDataWeCollect(s: string): string {
  return s.includes(" we ") ? s.replace(DATA_WE_COLLECT, "data") : s;
}

/**
 * Encrypted or hashed data named as what is given for advertising, not a safeguard: "Encrypted
 * (hashed) email address (only to create “custom audiences”)*" (Badoo and Bumble's tables of data
 * shared), "such as encrypted or hashed forms of your email address if our clients pass these to
 * us" (Rubicon Project); until the audit of 2026-12-22 each read "safeguards are stated, including
 * encryption". Not a safeguard that hashes: "We also use measures like encryption and hashing to
 * help protect sensitive information" (Dailymotion).
 */
const FOR_ADVERTISING =
  /\b(?:custom audiences?|lookalike audiences?|advertis\w*|ads|ad identifiers?|(?:clients|partners|advertisers) pass)\b/i;
const AS_A_SAFEGUARD = /\b(?:protect\w*|secur\w*|safeguard\w*|breach\w*)\b/i;
export function hashedDataForAdvertising(s: string): boolean {
  return s.includes("hash") && FOR_ADVERTISING.test(s) && !AS_A_SAFEGUARD.test(s);
}

/** "you represent, warrant and agree that the photos …" (Facebook): the verb, no warrant served. */
const REPRESENT_WARRANT = /\brepresents?,? (?:and )?warrants?\b/i;
export function warrantAsAVerbListed(s: string): boolean {
  return s.includes("warrant") && REPRESENT_WARRANT.test(s);
}
