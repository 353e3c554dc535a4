/**
 * Rules added after the audit of 2026-12-21 (offset 8 of the machine-read companies: access,
 * security, children, policy changes, international transfer, business transfer and legal
 * disclosure). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them).
 */

const SEE_OR_CORRECT = "access|review|see|view|obtain|correct|rectify|update|amend|edit|modify";
const DELETE = "delete|erase";
/** A list of one to four verbs of seeing, correcting or deleting: "rectify or delete", "access and delete". */
const ANY_RIGHT_VERB = `(?:${SEE_OR_CORRECT}|${DELETE}|remove|export|download)`;
const RIGHT_VERBS = `${ANY_RIGHT_VERB}(?:(?:,? (?:and|or|and/or) (?:to )?|, |/)${ANY_RIGHT_VERB}){0,3}`;
/** What the right is about: the user's data, account or profile ("your personal information", "your Lyft account"). */
const USERS_OWN = String.raw`(?:your|their) (?:[\w-]+ ){0,2}(?:data|information|account|profile)\b`;
/**
 * A right to see, correct or delete one's data said without "you may … your data":
 * - a right listed with the company named, "The right to request for Xandrie to rectify or delete
 *   your personal information." (Qobuz's list of rights);
 * - a way that is the user's, "Lyft provides ways for you to access and delete your personal
 *   information";
 * - a wish the policy answers, "If you would like to delete your Lyft account, please visit here."
 * Until the audit of 2026-12-21 Qobuz's access read "no fact found" and Lyft's "users can see and
 * correct their data" (both protective now: seeing or correcting, and deletion).
 */
const RIGHT_WITHOUT_YOU_MAY = String.raw`(?:\bright to (?:request|ask)(?: for| that)? (?:us|we|[\w&.'’-]{2,30})(?: to)? |\b(?:ways?|tools?|options?|means|the ability) for you to |\bif you (?:would like|wish|want) to )`;
const rightWithout = (verb: string) =>
  new RegExp(
    `${RIGHT_WITHOUT_YOU_MAY}(?=(?:(?:${ANY_RIGHT_VERB}|and|or|and/or|to)[,/]? ){0,6}?(?:${verb})\\b)${RIGHT_VERBS} ${USERS_OWN}`,
    "i",
  );
/**
 * A wish sent elsewhere is no right here: "if you would like to access and review your Personal
 * Data, you should contact our Client with any such requests" (Code 42, whose clients hold the
 * data; the curated access is neutral).
 */
export const ASKED_OF_ANOTHER =
  /\b(?:contact|ask|reach out to|direct (?:your|such|any such) requests? to) (?:our|the|your|that) (?:[\w-]+ )?(?:client|customer|employer|organi[sz]ation|administrator|controller|school)s?\b/i;
export const DELETION_WITHOUT_YOU_MAY = rightWithout(DELETE);
export const CORRECTION_WITHOUT_YOU_MAY = rightWithout(SEE_OR_CORRECT);

/**
 * Users told ahead of a business transfer in other words: "Should this happen, Urban Dictionary
 * will provide advance notice of the transfer and of resulting changes to these terms on the Urban
 * Dictionary website and, where possible, by email." (after "If Urban Dictionary is acquired by or
 * merged with another company, we will transfer your information …"; concerning until the audit of
 * 2026-12-21). "provide notice" was read, "provide advance notice" not.
 */
export const ADVANCE_NOTICE =
  /\b(?:provide|provides|give|gives|send|sends|post|posts) (?:you |users |affected users )?(?:with )?(?:an? )?(?:advance|prior|reasonable advance) (?:notice|notification)\b/i;

/**
 * The buyer held to the policy's uses by "only as described": "If another company acquires Yelp,
 * or all or substantially all our assets, that company will possess the same information, and will
 * collect, use, and disclose the information only as described in this Privacy Policy." (Yelp;
 * "no fact found" until the audit of 2026-12-21). Not a description alone, "your information may be
 * transferred as described in this Privacy Policy": "only" and a verb of use. Since the second
 * reading of 2027-01-19 also "only in the ways outlined here, in the Privacy Policy" (Tumblr).
 */
export const USED_ONLY_AS_DESCRIBED =
  /\b(?:collect|use|uses|process|processes|treat|treats|handle|handles)\b[^.;]{0,60}?\bonly (?:as|in the (?:manner|ways?)(?: that are| as)?) (?:described|set out|set forth|stated|outlined|provided|explained) (?:here,? )?in (?:this|our|the) (?:privacy )?(?:policy|notice|statement)\b/i;

/**
 * A notice of a business transfer is no notice of the policy's changes, though the sentence names
 * changes: "Should this happen, Urban Dictionary will provide advance notice of the transfer and
 * of resulting changes to these terms …" (its policy changes read "users are notified directly"
 * from it until the audit of 2026-12-21; its own change clause posts a notice on the site).
 */
const NOTICE_OF_A_TRANSFER =
  /\b(?:notice|notification|notify \w+|inform \w+) of (?:the|such|this|that|any such) (?:transfer|sale|merger|acquisition|transaction|change of (?:ownership|control))\b/i;
export function noticeOfABusinessTransfer(s: string): boolean {
  return NOTICE_OF_A_TRANSFER.test(s);
}

/**
 * Changes announced only where everyone reads them: "We will make reasonable efforts to inform you
 * if material changes are made to this policy (such as announcing the changes on the Tildes blog
 * and/or in an official announcement location on the site)." (Tildes; "users are notified
 * directly" until the audit of 2026-12-21). Posted, as "via public announcements on our blog" is,
 * unless a direct channel is named too (the caller tests that).
 */
const ANNOUNCED_FOR_ALL =
  /\b(?:announc(?:e|es|ed|ing)|publish(?:es|ed|ing)?|post(?:s|ed|ing)?) (?:the |these |such |any )?(?:changes|updates|revisions) (?:on|in|via|through) (?:the|our|this) (?:[\w-]+ ){0,2}(?:blog|site|website|forum|page|homepage)\b/i;
export function changesAnnouncedForAll(s: string): boolean {
  return ANNOUNCED_FOR_ALL.test(s);
}

/**
 * Notice of changes named as what a legal basis covers: "We also rely on performance of a contract
 * to manage our relationship with you, which includes responding to your support requests or
 * general inquiries, and notifying you about changes to our applicable terms or policies."
 * (ArtStation, whose change clause only posts the revised policy; "users are notified directly"
 * until the audit of 2026-12-21). A basis of processing is no commitment to notify, as a purpose
 * is not (noticeOnlyAsAPurpose, read-since-2026-12-17.ts).
 */
const NOTICE_AS_A_BASIS =
  /\b(?:rely|relies|relying) on\b[^.;]{0,120}?\bwhich (?:may |can |might )?(?:include|includes|including)\b[^.;]{0,120}?\b(?:notifying|informing|contacting|telling|alerting) (?:you|users|customers)\b/i;
export function noticeOnlyAsABasis(s: string): boolean {
  return NOTICE_AS_A_BASIS.test(s);
}

/**
 * No change without telling users, a promise of notice: "We will not make any significant changes
 * to the Statement without informing you." (Energia; "no fact found" until the audit of
 * 2026-12-21, the words "without informing" having been read as a notice left out).
 */
const NOT_CHANGED_UNTOLD =
  /\b(?:not|never)\b[^.;]{0,40}?\b(?:make|makes|introduce|apply)\b[^.;]{0,30}?\bchanges?\b[^.;]{0,60}?\bwithout (?:first )?(?:informing|notifying|telling) (?:you|users|our users)\b/i;
export function notChangedUntold(s: string): boolean {
  return NOT_CHANGED_UNTOLD.test(s);
}

/**
 * The policy called "this Notice" (a capital N, the policy's own name for itself), in the sentence
 * before one about changes: "We may revise this Notice from time to time. If we make a change that
 * is in our sole discretion material, we will notify you by sending you an e-mail …" (Myspace; "no
 * fact found" until the audit of 2026-12-21: only "privacy notice" named the policy).
 */
const THIS_NOTICE_CHANGED =
  /\b(?:chang\w*|updat\w*|modif\w*|revis\w*|amend\w*) (?:[a-z]+ ){0,2}(?:this|our) Notice\b|\b(?:This|this|Our|our) Notice (?:[a-z]+ ){0,3}(?:chang\w*|updat\w*|modif\w*|revis\w*|amend\w*)\b/;
export function thisNoticeChanged(s: string): boolean {
  return THIS_NOTICE_CHANGED.test(s);
}

/**
 * Disclosure at the company's judgement said with the noun: "… when we consider disclosure to be
 * necessary or appropriate to prevent physical harm or financial loss or in connection with an
 * investigation of suspected or actual illegal activity; …" (Philip Morris International, the
 * item of a list whose verb opens the sentence some 250 characters before; "no fact found" until
 * the audit of 2026-12-21). As "when we believe release is appropriate" is read.
 */
const DISCLOSURE_DEEMED_APPROPRIATE =
  /\b(?:we|it|they) (?:reasonably )?(?:believe|believes|deem|deems|consider|considers|determine|determines|judge|judges) (?:that )?(?:such |the |this |any )?(?:disclosure|release)(?: of [\w ]{1,40}?)? (?:is|to be|would be|as|will be) (?:\w+ ){0,3}?(?:appropriate|advisable)\b/i;
export function disclosureDeemedAppropriate(s: string): boolean {
  return DISCLOSURE_DEEMED_APPROPRIATE.test(s);
}

/**
 * Children who may use the service when a parent registers them: "Any students under the age of 18
 * wishing to use the Website must be registered by a parent, legal guardian, or school official."
 * (VocabularySpellingCity; "not meant for children under 18" until the audit of 2026-12-21).
 */
const REGISTERED_BY_A_PARENT =
  /\bmust be (?:registered|enrolled|signed up)\b[^.;]{0,30}?\bby (?:a |their |his or her |the )?(?:parents?|legal guardians?|guardians?)\b/i;
export function registeredByAParent(s: string): boolean {
  return REGISTERED_BY_A_PARENT.test(s);
}
