/**
 * Rules added after the blind double reading of 2027-02-06 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence and its list's lead-in, each gated on
 * a plain word before its pattern runs.
 */
import { AUTHORITIES, LEAD_IN_AT_LAW } from "./read-since-2027-02-04";
import { opensBeside, REGION_WORDS } from "./read-since-2027-02-06";

/**
 * Sharing for others' promotion said by the opt-out from it: "If you do not want us to share your
 * personal information with unaffiliated or non-agent third-parties for promotional purposes, you
 * can opt-out by sending us an email …" (The Mirror, under "Disclosure of Your Information for
 * Third-Party Advertising."). The audit of 2026-12-06 read no sharing from an opt-out of it, and
 * left this sentence so; the double reading of 2027-02-06 (both readers, and the third) read the
 * sharing it offers to stop, which consent or an opt-out does not make less concerning (the review
 * of 2027-01-02). Only third parties named as others ("unaffiliated", "non-agent", "third
 * parties", "partners", "other companies"), for their promotional, marketing or advertising
 * purposes; not the company's own affiliates, nor its own marketing ("to send you our offers").
 */
const OPTED_OUT_OF_SHARING_FOR_PROMOTION =
  /\bif you (?:do not|don['’]t|no longer) (?:want|wish) (?:us )?to (?:share|disclose|provide|sell|transfer) (?:your |any )?(?:personal |contact )?(?:information|data|details)\s(?:with|to)\s(?:(?:unaffiliated|non-agent|non-affiliated|selected|other|certain|our)\s|or\s){0,4}(?:third[- ]part(?:y|ies)|partners|companies|businesses|advertisers)\b[^.;]{0,30}?\bfor (?:their (?:own )?)?(?:promotional|marketing|advertising|direct marketing) purposes\b/i;
export const OPTED_OUT_OF_SHARING_WORDS = /\bwant|\bwish/i;
export const optedOutOfSharingForPromotion = (s: string) =>
  OPTED_OUT_OF_SHARING_FOR_PROMOTION.test(s);

/**
 * Authorities given data to help prevent or detect crime: "Law enforcement authorities — We may
 * disclose your data to: (i) comply with a legal process …; (ii) assist in the prevention or
 * detection of crime; (iii) protect the safety of any person; …" (Match: "disclosure in response to
 * legal process", neutral, until the double reading of 2027-02-06). Help the company chooses to
 * give, as reporting a suspicion is read since 2027-02-04 (Binance's "to assist law enforcement in
 * the investigation of suspected illegal … activity"): **concerning**. The sentence's other grounds
 * ("comply with a legal process") leave it the company's choice; not help the law requires of it
 * ("we are required to assist", "as required by law"), nor help given by a lead-in at law.
 */
const ASSIST_AGAINST_CRIME =
  /\b(?:assist|help|aid|support)\w{0,3}\b[^.;]{0,20}?\b(?:in |with )?(?:the )?(?:prevention|detection|investigation|prosecution)(?: (?:or|and|,) (?:the )?(?:prevention|detection|investigation|prosecution)){0,2} of (?:crimes?|criminal|offen[cs]es|fraud)\b/i;
const ASSIST_REQUIRED =
  /\b(?:required|obliged|obligated|compelled|mandated)\b[^.;]{0,20}?\bto (?:assist|help|aid|support|cooperate)\b|\b(?:assist|help)\w{0,3}\b[^.;]{0,80}?\b(?:as|where|when|if) (?:required|mandated) (?:by|under) (?:applicable |the |local )?laws?\b/i;
export const ASSIST_WORDS = /prevention|detection|investigation|prosecution/i;
export function givenToHelpAgainstCrime(s: string, leadIn: string): boolean {
  if (!AUTHORITIES.test(s) && !AUTHORITIES.test(leadIn)) return false;
  if (!ASSIST_AGAINST_CRIME.test(s) || ASSIST_REQUIRED.test(s) || LEAD_IN_AT_LAW.test(leadIn))
    return false;
  return !!leadIn || /\b(?:disclos|shar|provid|releas|pass)\w*/i.test(s);
}

/**
 * Partners' cookies said to collect information about the user: "We and our partners use cookies
 * and other similar technologies on our Sites to collect information about you." (Deliveroo:
 * "no fact found", neutral, until the double reading of 2027-02-06), as Viaplay's "Third party
 * entities placing their cookie files … allowing them to collect specific information about your
 * use" reads since 2026-12-24. Partners (advertising partners, third parties) using the cookies,
 * and information about the user collected; not the company's own cookies alone ("We use cookies to
 * collect information about you"), nor partners who only receive a report.
 */
const PARTNERS_USE_COOKIES_TO_COLLECT =
  /\b(?:we and |and )?(?:our |certain |selected )?(?:advertising |marketing |analytics )?(?:partners|third[- ]part(?:y|ies)(?: partners| providers)?|advertisers|vendors)\s(?:may\s)?(?:use|place|set|deploy)\s(?:cookies|tracking technologies|pixels|web beacons)\b[^.;]{0,80}?\bto collect\b[^.;]{0,40}?\b(?:information|data)\b[^.;]{0,20}?\babout (?:you|your|users?|visitors?)\b/i;
export const PARTNERS_USE_COOKIES_WORDS =
  /\bpartners\b|\bthird[- ]part|\badvertisers\b|\bvendors\b/i;
export const partnersUseCookiesToCollect = (s: string) =>
  !/\b(?:not|never|no)\b/i.test(s) && PARTNERS_USE_COOKIES_TO_COLLECT.test(s);

/*
 * Below: findings the double readings of 2027-02-05 and 2027-02-06 confirmed as misread reasons or
 * facts and left for a later stop (docs/machine-reading-rules.md), read since 2027-02-07.
 */

/**
 * Children kept from the service only until a parent agrees, said as a refusal: "Children under 13
 * are not allowed to use this service without permission from a legal guardian." (SponsorBlock);
 * "we do not allow individuals under the age of 13 … (“Minor”) to use WeChat without first
 * obtaining parental/guardian consent" (WeChat). Both read "not meant for children under 13"; the
 * words let them use it with a parent's consent, as "may use … only with the involvement of a
 * parent" reads since 2026-12-21. Not a refusal with no parent in it ("We do not allow children
 * under 13 to use the service"), nor data collected without consent ("we do not knowingly collect
 * … from children under 13 without parental consent": no use of the service is allowed by it).
 */
const NOT_ALLOWED_WITHOUT_A_PARENT = new RegExp(
  String.raw`(?:(?:\b(?:are|is) not|\baren['’]t|\bisn['’]t) (?:allowed|permitted) to (?:use|access|register|sign up|join|create)\b|\b(?:do|does|will) not (?:allow|permit)\b[^.;]{0,140}?\bto (?:use|access|register|sign up|join|create)\b|\b(?:may not|must not|cannot|can ?not|should not) (?:use|access|register|sign up|join|create)\b)` +
    // No other subject between: "… to register for an account, and we will not share their data
    // without parental consent" is consent to sharing, not to use.
    String.raw`(?:(?!\bwe\b|\bthey\b|\bit\b)[^.;]){0,80}?\bwithout (?:first )?(?:obtaining |getting |having |receiving )?(?:the |their |a )?(?:explicit |prior |express |verifiable |written )?(?:(?:permission|consent|approval) (?:from|of) [^.;]{0,50}?\b(?:parents?|guardians?)\b|(?:parental|parents?['’]?s?|guardians?['’]?s?)(?:\/guardian)? (?:consent|permission|approval))`,
  "i",
);
export const notAllowedWithoutAParent = (s: string) =>
  /parent|guardian/i.test(s) && NOT_ALLOWED_WITHOUT_A_PARENT.test(s);

/**
 * Children named among everyone the company does not collect from: "As described above, we do not
 * knowingly collect personal information from anyone, including children under 13, except to
 * support the operations of the website." (Coolmath4Kids, a site for children of all ages, read
 * "not meant for children under 13"). The age is an example of anyone, not a limit on who may use
 * the site. Not "from children under 13" alone.
 */
export const childrenAmongAnyone = (s: string) =>
  /\bfrom anyone,? (?:including|especially|particularly|and in particular) (?:from )?(?:children|kids|minors)\b/i.test(
    s,
  );

/**
 * Backups the user need not rely on: "We store messages, photos, videos and documents from your
 * cloud chats on our servers so that you can access your data from any of your devices anytime
 * without having to rely on third-party backups." (Telegram: "kept in backups or archives, no
 * limit stated"). Storage that spares the user backups keeps nothing in one.
 */
export const backupsNotReliedOn = (s: string) =>
  /\bwithout (?:having to |needing to |the need to )?rel(?:y|ying) on\b[^.;]{0,40}?\bback-?ups?\b/i.test(
    s,
  );

/**
 * Words that look like a right to see data and are none: the service syncing the user's own chats
 * "so that you can access your data from any of your devices" (Telegram), and the user choosing
 * "which third parties have access to your information" (WeChat). Both read "data can be seen and
 * corrected"; they are blanked before the rules of that right read the sentence, so a right said
 * beside them still counts.
 */
const NOT_A_RIGHT_TO_SEE =
  /\bso (?:that )?you can access (?:your|the) (?:data|content|messages|files|information)\b[^.;]{0,30}?\bfrom (?:any|all|multiple|each|every|other) (?:of )?(?:your )?devices?\b|\byou (?:can|may) (?:control|choose|decide|manage|select) (?:which|what|whether|who) (?:(?:third[- ]part(?:y|ies)|apps|applications|partners|others|other users|people|services)\b )?(?:can )?(?:have|has|get|gets|gain|access)\b(?: access)?/gi;
export const blankNotARightToSee = (s: string) =>
  /\baccess/i.test(s) ? s.replace(NOT_A_RIGHT_TO_SEE, (m) => " ".repeat(m.length)) : s;

/**
 * Where data is stored said only for the users of some regions: "If you signed up for Telegram
 * from the UK or the EEA, your data is stored in data centers in the Netherlands." (Telegram: "where
 * data is stored is stated (the Netherlands)"). The place is given as theirs. A condition that
 * opens the sentence; not a region named elsewhere in it, nor one opened to others ("If you live in
 * the EU or elsewhere, …").
 */
const FOR_SOME_REGIONS_FIRST = new RegExp(
  String.raw`^(?:if|where|when) you (?:have )?(?:signed up|sign up|registered|register|are (?:a )?(?:resident|located|based|living)?|reside|live|access\w*)\b[^,;]{0,60}?\b(?:from|in|within|of) ${REGION_WORDS}|^for (?:residents?|users?|individuals|customers|people) (?:of|in|from|located in|based in) ${REGION_WORDS}`,
  "i",
);
export const storedForSomeRegionsOnly = (s: string) =>
  FOR_SOME_REGIONS_FIRST.test(s.trimStart()) && !opensBeside(s);
export const FOR_SOME_USERS_ONLY = ", for some users only";

/** A promise of notice said beside it: "we will notify you by email, and …". */
export const NOTICE_PROMISED =
  /\bwe(?: will|['’]ll| shall)\b[^.;]{0,40}?\b(?:notify|inform|email|e-mail|tell|alert|contact|send)\b/i;
/**
 * Notice of changes the company gives only where it thinks fit: "Where appropriate, we may notify
 * you of changes, for example by email or in-app notification." (Deliveroo: "users are notified
 * directly of changes"). A possibility, no promise of direct notice. Not "we will notify you by
 * email", nor a sentence that promises notice beside it ("we will notify you by email 30 days in
 * advance, and where appropriate we may also notify you in the app").
 */
export const noticeOnlyWhereTheCompanyThinksFit = (s: string) =>
  !NOTICE_PROMISED.test(s) &&
  /\b(?:where|when|if|as) (?:we (?:consider|deem|think|judge) (?:it )?)?(?:appropriate|necessary|we see fit)\b[^.;]{0,30}?\bwe (?:may|might|can|could) (?:also )?(?:notify|inform|tell|email|contact) you\b|\bwe (?:may|might|can|could) (?:also )?(?:notify|inform|tell|email|contact) you\b[^.;]{0,60}?\b(?:where|when|if|as) (?:we (?:consider|deem|think|judge) (?:it )?)?(?:appropriate|we see fit)\b/i.test(
    s,
  );

/**
 * Rights given as a numbered list inside one sentence: "You have a right to: (1) request a copy of
 * all your personal data that we store …; (2) delete (see section 10 below) or amend your personal
 * data; (3) restrict, or object to, the processing …; (4) correct any inaccurate or incomplete
 * personal data we hold on you; and (5) lodge a complaint …" (Telegram). No rule read its items,
 * so Telegram's access rested on its cloud sync (above) alone. Each item after the list's opening
 * is read on its own: one that opens on a verb of getting a copy, seeing or correcting the user's
 * data is a right to see and correct it; one that opens on deleting or erasing is a deletion right.
 * Not items of what the company does ("we may (1) use …"), nor a list with no opening to the user.
 */
const RIGHTS_LIST_OPENS =
  /\b(?:you|users?) (?:have|has|will have|may have|are entitled to) (?:a |the |these |the following |certain )?(?:\w+ )?rights?(?: to)?:\s*/i;
const ITEM_MARK = /\(\s*(?:\d{1,2}|[a-h]|[ivx]{1,4})\s*\)/i;
const ITEM_SEE =
  /^(?:to )?(?:request|obtain|receive|get|have)? ?(?:a copy|copies|access|confirmation)\b[^;]{0,80}?\b(?:data|information)\b|^(?:to )?(?:access|review|see|correct|rectify|amend|update)\b[^;]{0,80}?\b(?:data|information)\b|^(?:to )?(?:delete|erase)\b[^;]{0,40}?\bor (?:amend|correct|rectify|update)\b[^;]{0,40}?\b(?:data|information)\b/i;
const ITEM_DELETE =
  /^(?:to )?(?:delete|erase|request (?:the )?(?:deletion|erasure))\b|^(?:to )?(?:have|get) (?:\w+ ){0,4}(?:deleted|erased)\b/i;
function rightsListItems(s: string): string[] {
  if (!s.includes(":") || !s.includes("(")) return [];
  const open = RIGHTS_LIST_OPENS.exec(s);
  if (!open) return [];
  const rest = s.slice(open.index + open[0].length, open.index + open[0].length + 1200);
  if (!ITEM_MARK.test(rest.slice(0, 8))) return [];
  return rest
    .split(ITEM_MARK)
    .map((x) => x.trim().replace(/^(?:and|or)\s+/i, ""))
    .filter((x) => x.length > 0);
}
export const RIGHTS_LIST_WORDS = /rights? to:|rights:/i;
export const seeOrCorrectInANumberedList = (s: string) =>
  rightsListItems(s).some((x) => ITEM_SEE.test(x));
export const deletionInANumberedList = (s: string) =>
  rightsListItems(s).some((x) => ITEM_DELETE.test(x));
