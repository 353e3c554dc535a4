/**
 * A rule added after the second reading of 2027-01-25 had left one wrong rating standing
 * (Meetup's third parties, neutral where it is concerning; docs/machine-reading-rules.md). The
 * rules read one sentence at a time, and Meetup says it gives data for targeted advertising
 * only as an item of a list whose lead-in does the giving. A pure test on one sentence, every
 * quantifier bounded, gated on a plain word before its pattern runs.
 */

/**
 * An item of a lead-in's list of sharing ("We may disclose personal information about you,
 * including:") that names third parties and advertising aimed at the user: "when we work with
 * third parties for analytics and to deliver targeted advertising to you on and off the
 * Platform." (Meetup). The lead-in gives the data; the item says to whom and what for. Not an
 * item that names only the company's service providers ("our service providers who help us
 * deliver our ads"), nor one that names no advertising aimed at anyone ("third parties for
 * analytics"), nor a denial ("we never allow third parties to deliver targeted ads").
 */
const THIRD_PARTIES_NAMED =
  /\b(?:third[- ]part(?:y|ies)(?! (?:service|hosting|payment|technology) providers?\b)|(?:advertising|marketing|ad|business) partners|advertisers|ad(?:vertising)? networks)\b/i;
const AIMED_ADVERTISING =
  /\b(?:targeted|personali[sz]ed|interest[- ]based|behaviou?ral|tailored|relevant|cross[- ]context behaviou?ral) (?:advertising|ads|advertisements)\b|\b(?:deliver|serve|show|display)(?:s|ing)? (?:targeted |personali[sz]ed |relevant |interest[- ]based )?(?:advertising|ads|advertisements) (?:to you|about|based on|that)\b/i;
const DENIED = /\b(?:not|never|no)\b/i;
export const LISTED_FOR_ADVERTISING_WORDS = /advertis|\bads\b/i;
export function listedForAimedAdvertising(item: string): boolean {
  return THIRD_PARTIES_NAMED.test(item) && AIMED_ADVERTISING.test(item) && !DENIED.test(item);
}
