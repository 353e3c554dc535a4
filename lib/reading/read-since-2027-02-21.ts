/**
 * Rules added after the blind double reading of 2027-02-20 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence or heading, each gated on plain words
 * before its pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * An exception to "only when compelled" that is the company's own judgement: "LibraryThing will not
 * cooperate with non-US law enforcement unless compelled, or if we are convinced the law is at least
 * as just, and applied as justly, as US standards." (LibraryThing: "disclosed to authorities only
 * under legal process", protective, until the double reading of 2027-02-20). Cooperation where
 * nothing compels it, on what the company is convinced of: disclosure on its own judgement.
 */
const UNLESS_COMPELLED_OR_CONVINCED =
  /\bunless (?:we are |it is )?(?:compelled|required|obliged|legally required)\b[^.;]{0,40}?,? or (?:if|where|when) we (?:are convinced|believe|determine|decide|consider|conclude|judge|find)\b/i;
export const CONVINCED_WORDS =
  /\b(?:convinced|believe|determine|decide|consider|conclude|judge|find)\b/i;
export const compelledOrAtOurJudgement = (s: string) =>
  /\bunless\b/i.test(s) && UNLESS_COMPELLED_OR_CONVINCED.test(s);

/**
 * A new owner bound to honour what the company gives: "You can't hand your rights under these terms
 * to someone else, but we may transfer ours—for instance, if the company is ever sold—as long as the
 * new owner honors them." (LibraryThing: business transfer "no clause found" until the double
 * reading of 2027-02-20). The buyer bound to the company's promises: the rubric's neutral.
 */
const NEW_OWNER_HONOURS =
  /\b(?:if|when|where) (?:the|our) (?:company|business|service) is (?:ever )?(?:sold|acquired|merged)\b[^.;]{0,40}?\b(?:as long as|provided (?:that )?|on condition that) (?:the )?(?:new owner|buyer|purchaser|acquirer|successor)s? (?:honou?rs?|respects?|abides? by|keeps?|is bound by)\b/i;
export const NEW_OWNER_WORDS = /\b(?:new owner|buyer|purchaser|acquirer|successor)/i;
export const newOwnerHonoursThem = (s: string) =>
  NEW_OWNER_WORDS.test(s) && NEW_OWNER_HONOURS.test(s);

/**
 * Analytics the company runs itself: "Visiting our website: We employ a local installation of
 * open-source analytics tools. Analytics are anonymized whenever possible and stored locally (and not
 * on the cloud)." (ProtonMail; Proton Mail's "self-developed analytics tools": cookies "no clause
 * found" until the double reading of 2027-02-20, as the audit of 2026-12-21 had left Proton Mail's).
 * First-party analytics: the rubric's neutral. Not a denial, nor another company's tools.
 */
const OWN_ANALYTICS =
  /\b(?:employ|use|run|host|operate)s? (?:a |an )?(?:local installation of|self-hosted|locally hosted|our own|in-house) (?:open-source |self-developed |self-hosted |privacy-friendly )?(?:web )?analytics (?:tools?|software|services?|platform)\b/i;
export const OWN_ANALYTICS_WORDS = /\banalytics\b/i;
export const ownAnalytics = (s: string) =>
  OWN_ANALYTICS.test(s) && !NEGATED.test(s) ? "first-party analytics" : null;

/**
 * A heading for one country's or state's residents: "Data Subjects Rights › United States
 * Residents" and "Canada Residents" (Spark, whose Federal Trade Commission and Privacy Commissioner
 * stand under them, beside "For UK residents" and "For EEA residents": "a regulator is named",
 * neutral, until the double reading of 2027-02-20). The recourse under it is those people's, as
 * under "What if I am a European resident?" since 2027-02-05.
 */
const COUNTRY_PEOPLE_HEADING =
  /\b(?:united states|u\.s\.|usa|us|canada|canadian|australia|australian|japan|california|nevada|virginia|colorado|texas|new york)\b(?: (?:and|or) [A-Z][\w.]{1,20})? (?:residents?|users?|consumers?|individuals?|customers?)\b/i;
export const countryPeopleHeading = (path: readonly string[] | undefined) =>
  !!path &&
  path.length > 0 &&
  path.some((h) => h.length <= 80 && COUNTRY_PEOPLE_HEADING.test(h)) &&
  !path.some((h) => /\b(?:all|other|every|non-)\w*\b/i.test(h));
