/**
 * Rules added after the blind double reading of 2027-02-22 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */

import { NEGATED } from "./read-since-2027-02-18";

/**
 * An account of a region's: "If you have a UK or EU Member account and wish to raise a concern about
 * our use of your information …, you have the right to do so with your local supervisory authority
 * or Nextdoor’s lead supervisory authority, the Irish Data Protection Commission." and "If you have
 * an Australian or Canadian Member account, …" (Nextdoor: "a regulator is named", neutral, until the
 * double reading of 2027-02-22). The authority is those accounts' people's.
 */
const REGION_ACCOUNT =
  /^\W{0,3}if you have an? (?:uk|u\.k\.|eu|eea|european|british|swiss|australian|canadian|brazilian|japanese|us|u\.s\.|american|californian)(?: (?:or|and) (?:uk|u\.k\.|eu|eea|european|british|swiss|australian|canadian|brazilian|japanese|us|u\.s\.|american|californian))? (?:member |user |customer )?account\b/i;
// … and the authority a bracket gives a region's members: "the Office of the Australian Information
// Commissioner (for Australian Members) or the Office of the Privacy Commission of Canada (for
// Canadian Members)" (Nextdoor).
const FOR_A_REGIONS_MEMBERS =
  /\(for (?:uk|u\.k\.|eu|eea|european|british|swiss|australian|canadian|brazilian|japanese|us|u\.s\.|american|californian) (?:members|users|residents|customers|account holders)\)/i;
export const opensOnARegionsAccount = (s: string) =>
  REGION_ACCOUNT.test(s) || FOR_A_REGIONS_MEMBERS.test(s);

/**
 * A belief that "this will help" protect rights or safety: "Wix may share any categories of your
 * Personal Information … if we believe in good faith that this will help protect the rights,
 * property or personal safety of Wix, any of our Users, …, with or without notice to you." (Wix:
 * "disclosure in response to legal process", neutral, until the double reading of 2027-02-22). The
 * company's belief that disclosure helps, as "will help us protect" reads since 2027-01-29.
 */
const BELIEVES_THIS_HELPS =
  /\b(?:disclose|share|release|provide)\b[^.;]{0,160}?\b(?:believe|believes|deem|deems|consider|considers)\b[^.;]{0,40}?\b(?:this|that|doing so|such (?:disclosure|sharing|action)) (?:will|would|may|might|could|can) helps? (?:us )?(?:to )?(?:protect|identify|investigate|prevent|detect|enforce|defend)\b/i;
export const HELP_WORDS = /\bhelp/i;
export const sharedAsItBelievesThisHelps = (s: string) =>
  HELP_WORDS.test(s) &&
  BELIEVES_THIS_HELPS.test(s) &&
  !/\b(?:not|never)\b(?: \w+){0,2} (?:disclose|share|release|provide)\b/i.test(s);

/**
 * The user's own profile information changed at any time: "… you have choices about whether to
 * display or hide this information, and you can change this information at any time …" (MouthShut,
 * under "Your Personal Profile Pages": access neutral on deletion alone until the double reading of
 * 2027-02-22). Correction of the user's data.
 */
const CHANGE_IT_AT_ANY_TIME =
  /\byou (?:can|may) (?:change|edit|update|correct|modify) (?:this|that|such|your|the) (?:personal )?(?:information|data|details)(?: at any time)\b/i;
export const CHANGE_AT_ANY_TIME_WORDS = /\bat any time\b/i;
export const changeItAtAnyTime = (s: string, heading = "") =>
  CHANGE_AT_ANY_TIME_WORDS.test(s) &&
  CHANGE_IT_AT_ANY_TIME.test(s) &&
  (/\b(?:your|personal)\b/i.test(s.slice(0, 40)) ||
    /\bprofile|account|personal information\b/i.test(heading) ||
    /\bpersonal (?:information|data)\b/i.test(s));

/**
 * Data the trackers on the site collect, used by others to target ads on other sites: "This
 * information may be used by Couchsurfing and others to, among other things, analyze and track data,
 * determine the popularity of certain content, deliver advertising and content targeted to your
 * interests on our Services and other websites …" (Couchsurfing: third parties protective, use
 * neutral, until the double reading of 2027-02-22). Others' advertising beyond the site, as "target
 * you with advertising … on the Site and other websites" reads since 2027-02-20.
 */
const USED_BY_OTHERS_FOR_ADS_ELSEWHERE =
  /\b(?:used|use) by (?:[A-Z][\w.&-]{1,30} )?(?:and |or )?others\b[^.;]{0,160}?\b(?:deliver|serve|show|display|target)\w* (?:you )?(?:advertising|ads|advertisements)\b[^.;]{0,80}?\bother (?:websites|sites|apps|services)\b/i;
export const BY_OTHERS_WORDS = /\bothers\b/i;
export const usedByOthersForAdsElsewhere = (s: string) =>
  BY_OTHERS_WORDS.test(s) && USED_BY_OTHERS_FOR_ADS_ELSEWHERE.test(s) && !NEGATED.test(s);

/**
 * A free body offered for "such an unresolved complaint, under the recourse mechanism": "If you have
 * such an unresolved complaint, under the recourse mechanism you may contact the applicable EU Data
 * Protection Authorities (free of charge)." (Wix, after its Data Privacy Framework complaints: "a
 * free independent body … and a regulator … are named", protective, until the double reading of
 * 2027-02-22). "Such" points back to the framework's complaints, whose recourse mechanism it is:
 * the framework's people's only.
 */
const SUCH_A_COMPLAINT = /\bsuch an? (?:unresolved )?(?:complaint|concern|dispute)\b/i;
export const frameworksComplaintPointedBack = (s: string) =>
  SUCH_A_COMPLAINT.test(s) && /\brecourse mechanism\b/i.test(s);
