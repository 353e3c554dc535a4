/*
 * Patterns the history audit of 2026-12-16 (alerts recorded up to 2018) added to the reading rules
 * (docs/machine-reading-rules.md §3). Bounded quantifiers only: read over every sentence with a
 * rights word.
 */

/**
 * Access and correction offered as the company's aim, or named by their nouns: "we aim to provide
 * you with access to your personal information. If that information is wrong, we strive to give
 * you ways to update it quickly or to delete it" and "Where we can provide information access and
 * correction, we will do so for free" (Google's and YouTube's policies, 2012–2015). Read not at
 * all, their access rating rested on deletion alone until a later version added a pointer ("how
 * you can access, manage or delete information …"), and moved with it.
 */
const WAYS_TO_CORRECT =
  "\\b(?:we|they) (?:aim|strive|try|seek|work|endeavou?r) to (?:give|provide|offer) (?:you )?(?:with )?(?:ways?|means|tools?|the ability) to (?:update|correct|edit|amend|fix|rectify) (?:it|them|that information|your (?:[\\w-]+ ){0,2}(?:data|information))\\b";
const ACCESS_AND_CORRECTION_PROVIDED =
  "\\bprovide (?:you with )?(?:(?:information|data|personal information) )?access (?:to (?:and )?|and )correction\\b";
export const CORRECTION_REWORDED_2026_12_16 = new RegExp(
  `${WAYS_TO_CORRECT}|${ACCESS_AND_CORRECTION_PROVIDED}`,
  "i",
);

/**
 * Data said to pass in a sale of part of a business, its subject a pronoun for the data of the
 * sentence before: "It may also be shared in connection with the sale, transfer or financing of a
 * significant part of a GM business." (ACDelco, until 2013). Its next version's "in connection with
 * the sale, transfer or financing of a significant part of a GM business or its assets" was read
 * (by "assets"), this one not, and the business-transfer rating moved between the two.
 */
export const PRONOUN_PASSES_IN_A_SALE =
  /\b(?:it|they|this information|such information) (?:may|might|will|could|can) (?:also )?be (?:shared|transferred|sold|disclosed|assigned) (?:in connection with|as part of|in the course of) (?:the|a|any) (?:sale|transfer|divestiture)\b[^.;]{0,40}? of (?:all or )?(?:a |any )?(?:significant |substantial |material )?(?:part|portion) of (?:a |the |our |its |any )?(?:[\w-]+ ){0,2}business(?:es)?\b/i;

/**
 * Deletion offered in the same words: "we strive to give you ways to update it quickly or to
 * delete it" (Google and YouTube, 2012–2015). Unread, their access rating moved to protective in
 * Apr 2014, when an example was added ("you can delete … your entire Google account").
 */
export const DELETION_REWORDED_2026_12_16 =
  /\b(?:we|they) (?:aim|strive|try|seek|work|endeavou?r) to (?:give|provide|offer) (?:you )?(?:with )?(?:ways?|means|tools?|the ability) to (?:[\w-]+ ){0,6}?(?:delete|erase|remove) (?:it|them|that information|your (?:[\w-]+ ){0,2}(?:data|information))\b/i;
