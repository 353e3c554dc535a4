/**
 * Rules added after the audit of 2026-12-18 (offset 11 of the machine-read companies: cookies,
 * retention, disputes, third parties, collection, use and choice). Each is a pure test on one
 * sentence (or a clause's opening), kept in its own file so that the rules in `extract-facts.ts`
 * change by a line each. Every quantifier is bounded (the suite's adversarial inputs run over them).
 */

const KEEP_VERB =
  "(?:retain|retains|retained|keep|keeps|kept|store|stores|stored|hold|holds|held|maintain|maintains|maintained)";
/**
 * Data in general as the object of a verb of keeping, its categories or types included: "We
 * retain the categories of personal information above …" (Allrecipes), "We will keep your personal
 * data …" (ASUS). Not one kind of it named before "data" ("your registration data").
 */
const KEEPS_DATA = String.raw`\b${KEEP_VERB} (?:(?:the|your|all|any|such|personal|user|categories|types|kinds) (?:of )?){0,4}(?:data|information)\b`;

/**
 * Kept while needed, said with a period or "reasonably": "We will keep your personal data only for
 * the limited period needed to achieve the goals stated in this Privacy Policy" (ASUS), "We will
 * retain your personal information for the time period reasonably necessary to achieve the
 * purposes …" (Last.fm), "We retain the categories of personal information above as reasonably
 * necessary to fulfill the purposes outlined in this notice" (Allrecipes). Until the audit of
 * 2026-12-18 each read "no fact found" (Last.fm's a period of its registration information), as
 * "for the period necessary" and "for the time necessary" already read. Not "as long as
 * reasonably necessary" (read already), "such as reasonably necessary", nor a keeping denied.
 */
const FOR_THE_PERIOD_NEEDED = new RegExp(
  String.raw`${KEEPS_DATA}[^.;]{0,30}?\b(for (?:the|a|such) (?:limited |minimum |shortest |retention |time )?(?:period|length of time|duration)(?: of time)? (?:that is |as is |which is )?(?:strictly |reasonably )?(?:necessary|needed|required)|(?<!\b(?:long|such|far|much) )as (?:is )?(?:strictly |reasonably )(?:necessary|needed|required))\b`,
  "i",
);
const KEEPING_DENIED = /\b(?:not|never|no)\b(?:\s+\S+){0,2}\s*$/i;
export function keptForThePeriodNeeded(s: string): string | null {
  const m = FOR_THE_PERIOD_NEEDED.exec(s);
  if (!m || KEEPING_DENIED.test(s.slice(Math.max(0, m.index - 30), m.index))) return null;
  return m[1]!.toLowerCase();
}

/**
 * A data protection authority named by what it is responsible for: "… you have the right to file
 * a complaint with the government authorities responsible for personal data protection in your
 * country." (ASUS), "For any other claim, the Member may lodge a request with the national
 * authority responsible for data protection." (happn). Until the audit of 2026-12-18 both read
 * "no fact found" on disputes. A regulator, as "the relevant authority" is.
 */
export const AUTHORITY_RESPONSIBLE_FOR_DATA_PROTECTION =
  /\b(?:(?:national|government|governmental|public|state|local|competent) )?authorit(?:y|ies) (?:responsible|competent) for (?:the )?(?:protection of (?:personal )?data|(?:personal )?data protection|(?:data )?privacy)\b/i;

/**
 * Data the company helps partners use so that they can serve targeted ads: "We do this so that our
 * partners can serve targeted ads, measure the effectiveness of their ad campaign, perform
 * analytics …" (Foursquare, after "we may share your mobile advertising identifier …" and "We may
 * also assist our business partners in combining the data we obtain …"; until the audit of
 * 2026-12-18 its third parties and use read neutral). The partners serve ads of a personalised
 * kind; not the company's own ("so that we can show you relevant ads"), nor a denial.
 */
const SO_THAT_PARTNERS_SERVE_ADS =
  /\b(?:so that|so|in order that|to (?:enable|allow|help|let)) (?:our |its |these |such |the |those )?(?:business |advertising |marketing |third[- ]party )?partners (?:can |could |may |are able to |to |will be able to )?(?:serve|deliver|show|display|target|provide) (?:you )?(?:with )?(?:more )?(?:targeted|personali[sz]ed|interest[- ]based|tailored|relevant|customi[sz]ed) (?:ads|advertisements|advertising)\b/i;
export function partnersServeTargetedAds(s: string): boolean {
  const m = SO_THAT_PARTNERS_SERVE_ADS.exec(s);
  return !!m && !/\b(?:not|never|no)\b|n['’]t\b/i.test(s.slice(Math.max(0, m.index - 40), m.index));
}

/**
 * A clause that opens on a transfer framework's name as its label, with no heading over it:
 * "EU-U.S. Data Privacy Framework, the UK Extension to the Data Privacy Framework and Swiss-U.S.
 * Data Privacy Frameworks. We comply with …" (WP Engine, whose free TRUSTe recourse later in the
 * clause read as open to all, protective, until the audit of 2026-12-18; Simpli.fi's same sentence
 * under a Privacy Shield heading was neutral). The label names the framework and says nothing: no
 * verb, at most 20 words.
 */
const FRAMEWORK_NAMED = /\b(?:privacy shield|safe harbou?r|data privacy frameworks?)\b/i;
const LABEL_VERB =
  /\b(?:we|you|our|us|is|are|was|were|be|been|will|may|can|shall|has|have|had|does|do|comply|complies|participates?|certif(?:y|ies|ied)|adheres?|applies|apply)\b/i;
export function clauseOpensOnFrameworkLabel(firstSentence: string): boolean {
  const label = firstSentence.slice(0, 240);
  return (
    FRAMEWORK_NAMED.test(label) && !LABEL_VERB.test(label) && label.split(/\s+/, 22).length <= 20
  );
}

/**
 * Data kept forever, named as the subject before the verb: "Information related to account
 * restrictions and penalties are kept forever to protect our customers and business." (Blizzard;
 * until the audit of 2026-12-18 "data may be kept indefinitely"), as the object of "We retain
 * blacklists … indefinitely" (Zoosk) already reads. `before` is the sentence up to the verb of
 * keeping; the subject opens the sentence and runs at most twelve words.
 */
const PASSIVE_SUBJECT =
  /^\W{0,3}((?:[\w'’-]+,? ){1,12}?)(?:is|are|will be|may be|can be|shall be|would be|might be) (?:\w+ )?$/i;
export function keptForeverSubject(before: string): string | null {
  const m = PASSIVE_SUBJECT.exec(before.slice(-160));
  return m && before.length <= 160 ? m[1]!.trim().replace(/,$/, "") : null;
}

/**
 * The company's own capacity as a provider is no sharing with providers: "However, HAPPN, in its
 * capacity as a hosting service provider, has a legal obligation to retain certain of the Member’s
 * data …", "… to comply with its legal data retention obligations as a hosting service provider"
 * (happn; until the audit of 2026-12-18 four such sentences read "shared with service providers
 * under contract or confidentiality", its "obligation" taken for a contract), as "acts as a service
 * provider" already reads. Not "we use Stripe as a payment service provider" (a recipient). Since the
 * second reading of 2027-01-20 also the company processing "as a service provider to the Customer"
 * (Brevo: "we process your Personal Information as a service provider to the Customer").
 */
export const COMPANY_AS_PROVIDER =
  /\bin (?:its|our|their) capacity as (?:a|an|the) (?:[\w-]+ ){0,2}?(?:service provider|processor)\b|\b(?:its|our) (?:[\w-]+ ){0,3}?obligations? as (?:a|an|the) (?:[\w-]+ ){0,2}?(?:service provider|processor)\b|\b(?:we|[A-Z][\w-]{1,30}) (?:[\w-]+ ){0,2}?(?:act|acts|acting|process|processes|processing)\b[^.;]{0,60}?\bas (?:a|an|the) (?:[\w-]+ ){0,2}?(?:service provider|processor) (?:to|for|on behalf of) (?:the |our |a |an |each |its |their )?(?:customers?|clients?|business(?:es)?|controllers?)\b/i;

/**
 * An opt-out the sentence says is not possible, after its verb: "Opting out of these is not
 * possible due to their importance." (ASUS, of security notices; until the audit of 2026-12-18
 * "an opt-out is offered"), as "An option to opt out is not provided" already reads.
 */
export const NOT_POSSIBLE_AFTER =
  /^[\s"“”']*(?:(?:of|from) (?:[\w'’-]+ ){0,4}?)?(?:is|are) not (?:possible|permitted|allowed|an option)\b/i;
