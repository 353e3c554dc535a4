/**
 * Rules added after the re-audit of 2027-01-16 (the 201st to 225th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * A rights list's bare item said as a noun, not a verb: "You may request any of:" ⏎ "a full export
 * of your personal information" ⏎ "correction or deletion of any of your personal information" ⏎
 * "deletion of your Tildes account (and all associated personal information)" (Tildes; its access
 * read no fact, neutral, until the re-audit of 2027-01-16). The rules of 2026-12-17 ("Review your
 * data", `reviewInAList`) and 2026-12-28 ("Delete data …", `deleteInAList`) read the item by its
 * verb; these widen them to the noun. The item opens in lower case, as the continuation of a
 * lead-in does (a heading, "Deletion of your data", opens in capitals and may head a retention
 * section); not an instruction with a time ("deletion of your data after 30 days").
 */
const SEEN_IN_A_NOUN_ITEM =
  /^(?:a |the )?(?:full |complete )?(?:copy|export|correction|rectification)(?: (?:or|and) (?:deletion|erasure))? of (?:any of |all of |all )?(?:your|the) (?:personal )?(?:data|information)\b(?! (?:after|within|every|once|when|older|at)\b)/;
const DELETED_IN_A_NOUN_ITEM =
  /^(?:(?:correction|rectification) (?:or|and) )?(?:deletion|erasure) of (?:any of |all of |all )?your (?:[\w-]+ )?(?:personal (?:data|information)|data|information|account)\b(?! (?:after|within|every|once|when|older|at)\b)/;
export const SEEN_IN_A_NOUN_ITEM_WORDS =
  /^(?:a |the )?(?:full |complete )?(?:copy|export|correction|rectification)\b/;
export const DELETED_IN_A_NOUN_ITEM_WORDS =
  /^(?:(?:correction|rectification) (?:or|and) )?(?:deletion|erasure) of\b/;
/** Short: a list's item, not a sentence that goes on to other things. */
const ITEM_LENGTH = 140;
export function seenInANounItem(s: string): boolean {
  return s.length <= ITEM_LENGTH && SEEN_IN_A_NOUN_ITEM.test(s);
}
export function deletedInANounItem(s: string): boolean {
  return s.length <= ITEM_LENGTH && DELETED_IN_A_NOUN_ITEM.test(s);
}

/**
 * Access removed from a sign-in link, read as the user's access to (and removal of) data: "If you
 * no longer want to use your Google Account to sign in to your ArtStation account, you can remove
 * access through your Google Account." (ArtStation: "data can be seen and corrected" and "data can
 * be deleted on request" until the re-audit of 2027-01-16). The access lost of 2026-12-15 ("you may
 * lose access to your account", `blankNotARightToSeeOrCorrect`) in other words: blanked before every
 * `correction-right` and `deletion-right` rule reads the sentence. "remove or access your data" and
 * "request access to, or removal of, your data" are left.
 */
const ACCESS_REMOVED =
  /\b(?:remove|removes|removed|removing|revoke|revokes|revoked|revoking) (?:its |their |the |this |that |[A-Z][\w-]{1,20}['’]s )?access\b/g;
export function blankAccessRemoved(s: string): string {
  if (!s.includes("access") || !(s.includes("remov") || s.includes("revok"))) return s;
  return s.replace(ACCESS_REMOVED, (m) => " ".repeat(m.length));
}

/**
 * Where data is stored, said two more ways (the rule of 2027-01-10, `placeOfServersSaid`, reads
 * them with its guards): the service running "on dedicated servers located in" a place ("Tildes
 * runs on dedicated servers located in Canada and rented exclusively to Spectria.", Tildes), and
 * storing "all categories of your personal data on our computers located globally, including in"
 * places ("Depending on the territory from which you use our Services, we may store and process all
 * categories of your personal data on our computers located globally, including in the United
 * States, Asia, Europe, Russia, Australia and Brazil.", Viber). Each "no fact found" until the
 * re-audit of 2027-01-16 (neutral either way). `place` is the capitalised place pattern of
 * 2027-01-10, its first group the place.
 */
export function morePlacesOfStorageSaid(place: string): RegExp[] {
  return [
    new RegExp(
      `\\b(?:[Ww]e|[A-Z][A-Za-z]{1,20}) (?:runs?|operates?|is hosted|are hosted) on (?:[\\w-]+ ){0,2}?(?:servers|data cent(?:er|re)s) (?:that are |which are )?located in ${place}`,
    ),
    new RegExp(
      `\\b(?:[Ww]e|[A-Z][A-Za-z]{1,20}) (?:may |will |can )?(?:process and store|store and process|store) (?:all (?:categories|types|kinds) of )?(?:your |the )?(?:personal )?(?:information|data) on (?:our )?(?:computers|servers|systems) located (?:globally|worldwide|around the world),? including in ${place}`,
    ),
  ];
}
export const MORE_PLACES_OF_STORAGE_WORDS = / on (?:[\w-]+ ){0,2}?(?:servers|data cent|computers)/;

/**
 * The business sold and the data given to its new owner, in plain verbs: "And if we sell or
 * transfer all or part of our business to someone else, in some cases we’ll give the new owner your
 * information as part of that transaction, but only as the law allows." (Instagram; neutral, "no
 * fact found", until the re-audit of 2027-01-16). The `transfer-as-asset` rules want a corporate
 * event by its noun ("a sale of all or part of our business", "merger") and the data "transferred",
 * "shared" or "disclosed"; "only as the law allows" is the law's limit, no commitment that the
 * policy still applies. Not data kept back ("we will not give the new owner your information").
 */
const BUSINESS_SOLD_DATA_GIVEN =
  /\b(?:sell|sells|transfer|transfers)(?: or (?:sell|transfer|merge))? (?:all or (?:a |any )?part of |all or some of |part of |all of |some of )?(?:our|its|the) (?:company|business|assets)\b[^.;]{0,80}?\b(?:give|gives|hand|hands|pass|passes|provide|provides)(?: over| on)? (?:to )?(?:the |a |any |such |that |our )?(?:new owner|buyer|purchaser|acquirer|successor)s? (?:with )?(?:your|the|such|users['’]?|customers['’]?) (?:personal )?(?:information|data)\b/i;
const DATA_NOT_GIVEN = /\b(?:not|never|won['’]t)\b(?: \w+){0,2} (?:give|hand|pass|provide)\b/i;
export const BUSINESS_SOLD_WORDS = /new owner|buyer|purchaser|acquirer|successor/i;
export function businessSoldDataGiven(s: string): boolean {
  return BUSINESS_SOLD_DATA_GIVEN.test(s) && !DATA_NOT_GIVEN.test(s);
}

/**
 * Seeing and correcting one's data said as the company's undertaking, not the user's right: "Upon
 * written request and authentication of identity, we will provide you with your other personal
 * information under our control, …" and "If you demonstrate the inaccuracy or incompleteness of
 * personal information, we will amend the information as required." (ArtStation, in the words of
 * Canada's privacy principles). Until the re-audit of 2027-01-16 ArtStation's access read these
 * rights only from "you can remove access through your Google Account" (a sign-in link, now blanked
 * by `blankAccessRemoved`). Not data provided with no request ("we will provide you with
 * information about our products"), nor amendments the company makes of itself.
 */
const YOURS_GIVEN_ON_REQUEST =
  /\b(?:upon|on|following|after) (?:your |a )?(?:written )?request\b[^.;]{0,80}?\bwe (?:will|shall) (?:provide|give|send) you (?:with )?(?:access to )?(?:your |a copy of your )?(?:[\w-]+ ){0,2}?personal (?:information|data)\b/i;
const AMENDED_WHEN_SHOWN =
  /\bif you (?:demonstrate|show|establish) (?:the )?(?:inaccuracy|incompleteness)\b[^.;]{0,80}?\bwe (?:will|shall) (?:amend|correct|update|rectify)\b/i;
export const GIVEN_OR_AMENDED_WORDS = /request|demonstrate|show|establish/;
export function yoursGivenOrAmended(s: string): string | null {
  return YOURS_GIVEN_ON_REQUEST.test(s) || AMENDED_WHEN_SHOWN.test(s)
    ? "data can be seen and corrected"
    : null;
}
