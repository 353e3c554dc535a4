/**
 * Rules added after the re-audit of 2027-01-22 (the 251st to 275th machine-read companies by the
 * SHA-1 digest of their slug: collection, use, access, security, international transfer, business
 * transfer and legal disclosure). Each is a pure test on one sentence, kept in its own file so that
 * the rules in `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * Safeguards named in two more words (the rule of 2026-12-05, `safeguardsStated` in
 * `safeguards.ts`, reads them with its guards: a verb of applying before the phrase, a word of
 * protecting after it, not a user's precautions nor a transfer's safeguards): "logical" measures
 * ("We use reasonable administrative, logical, physical, and managerial measures to safeguard your
 * personal information against loss, theft, and unauthorized access, use and modification.",
 * Netflix) and "necessary" ones ("The Licensor takes all necessary measures to ensure the End
 * User's personal data is protected from unauthorized access, …", Lingualeo), and "procedures"
 * ("We believe we have in place the appropriate physical, electronic, and managerial procedures to
 * safeguard and help prevent unauthorized access, …", Shockwave.com). Each "no fact found" until
 * the re-audit of 2027-01-22 (neutral either way). Not "necessary measures to verify your identity"
 * (no protecting), nor "appropriate procedures to respond to your request".
 */
export const MORE_SAFEGUARD_KINDS = "logical|necessary";
/**
 * Another's safeguards the company asks for, said with "agree": "Each Service Provider must agree
 * to use reasonable security procedures and practices as required by law …" (Thryv); read as the
 * company's own once "procedures" were a word of safeguards.
 */
export const AGREED_BY_OTHERS = /\b(?:must|shall|will|to) agree to\b/i;
export const MORE_SAFEGUARD_NOUNS = "procedures";

/**
 * Where data is stored, said in three more ways (the rule of 2027-01-10, `placeOfServersSaid`,
 * reads them through `placesOfStorageSaid` of 2027-01-12, with its guards: not the user's place,
 * job applicants' or staff's data, another company's servers): data transferred (sent) to the
 * company's servers (facilities and servers) in a place ("By using our Services, you understand
 * and acknowledge that your Personal Information will be transferred from your location to our
 * facilities and servers in the United States.", Y Combinator; "To provide the Services, we may
 * transfer your information to servers operated by Flickr or our service providers in the United
 * States or other countries.", Flickr); the company storing "only" (with its providers) "within"
 * places ("No. We only store and process your personal data within the EU/EEA.", Mullvad; "We and
 * our third-party service providers and business partners store and process your personal data in
 * the European Union, Australia, the United Kingdom, the United States of America and elsewhere in
 * the world.", Kraken); and data stored as "it" after other verbs ("… we may collect your personal
 * information from, transfer it to and store and process it in the United States or other
 * countries outside where you live.", Snapchat). Each "no fact found" until the re-audit of
 * 2027-01-22 (neutral either way). Not a vendor's servers ("to our vendors' servers in …"), nor
 * data another company stores ("Our partners store your data in …": no "we").
 */
export function storagePlacesInFurtherWords(place: string): RegExp[] {
  return [
    new RegExp(
      `\\b(?:transfer|transferred|transmit|transmitted|sent|send)\\b[^.;]{0,60}? to (?:our |its )?(?:own )?(?:facilities and |offices and )?servers(?: operated by (?:[\\w-]+ ){0,5}?[\\w-]+)? (?:located )?in ${place}`,
    ),
    new RegExp(
      `\\b[Ww]e(?: and our(?: [\\w-]+){1,6}?| only| also| may| will| can){0,2} (?:store and process|process and store|store|host|keep) (?:your |all |the )?(?:personal )?(?:data|information) (?:only )?(?:in|within) ${place}`,
    ),
    new RegExp(`\\b[Ww]e\\b[^.;]{0,100}? store(?: and process)? it (?:in|within) ${place}`),
  ];
}
export const STORAGE_FURTHER_WORDS =
  /servers in|servers operated|store and process|store it|only store|and our/;

/**
 * Disclosure only on the request of a court or the authorities, said in the passive: "Personal data
 * provided by the user can only be disclosed through a request by a court, law enforcement agency,
 * or in other cases provided for by the law." (Lingualeo; neutral, "disclosure in response to
 * legal process (request by a court)", until the re-audit of 2027-01-22). The rule of 2026-12-28
 * (`onlyWhenCompelled`) reads "we will only disclose … when compelled by law"; data that "can only
 * be disclosed" on a court's request is the same limit. Not another ground beside it ("or to
 * protect our rights", the guards of that rule), nor a request of anyone else ("only be disclosed
 * at your request").
 */
const ONLY_ON_AN_AUTHORITYS_REQUEST =
  /\b(?:can|may|will|shall|is|are) only be (?:disclosed|shared|provided|released|transferred|handed over|given)\b[^.;]{0,60}?\b(?:through|upon|on|in response to|following|pursuant to|at|by) (?:a |an |the )?(?:request|order|warrant|subpoena|demand)s? (?:by|from|of) (?:a |an |the )?(?:courts?|judges?|law enforcement|police|(?:competent |public |judicial )?authorit(?:y|ies))\b/i;
const ANOTHER_GROUND =
  /\bor (?:to |if |when |where |as |in order to )(?:\w+ ){0,4}?(?:protect|prevent|fraud|harm|safety|emergenc|defend|enforc|investigat)/i;
export const ONLY_BE_DISCLOSED_WORDS = /only be/;
export function onlyOnAnAuthoritysRequest(s: string): boolean {
  if (!s.includes("only be")) return false;
  const m = ONLY_ON_AN_AUTHORITYS_REQUEST.exec(s);
  return m !== null && !ANOTHER_GROUND.test(s.slice(m.index + m[0].length));
}

/**
 * Disclosure the company believes "helpful": "We may investigate and disclose your information if
 * we have a good faith belief that such investigation or disclosure: (i) is reasonably necessary to
 * comply with legal, regulatory or law enforcement processes, …; (ii) is helpful to identify,
 * investigate or prevent possible wrongdoing related to our Site or Partners; or (iii) is necessary
 * to protect our rights, or reputation." (Exponential; neutral, "disclosure in response to legal
 * process", until the re-audit of 2027-01-22). The rule of 2026-12-06 (`DISCLOSED_AT_DISCRETION`)
 * reads a belief that disclosure is "appropriate"; one that it is "helpful" (useful, advisable,
 * desirable) is the same judgement, beyond what the law requires. Not "necessary" alone (as
 * before), nor a disclosure denied ("we do not disclose … even if we believe it helpful").
 */
const GIVING = /\b(?:disclose|share|release|provide|hand over|turn over)\b/i;
const BELIEF =
  /\b(?:believe|believes|belief|deem|deems|consider|considers|determine|determines)\b/i;
// The double reading of 2027-01-29: the verb as the noun, "if we believe that the disclosure will
// help us protect the rights, property, safety of Starbucks or others" (Starbucks), said of the
// disclosure itself, not of those who help ("service providers who help us protect").
const HELPFUL =
  /\b(?:is|are|be) (?:helpful|useful|advisable|desirable)\b|\b(?:disclosure|disclosing|sharing|release|it) (?:will |would |may |might |could |can )?helps? (?:us )?(?:to )?(?:protect|identify|investigate|prevent|detect|enforce|defend)\b/i;
const OF_WRONGDOING_OR_LAW =
  /\b(?:wrongdoing|illegal|unlawful|fraud|law enforcement|authorit\w*|legal|rights|safety)\b/i;
const DENIED = /\b(?:not|never)\b(?: \w+){0,2} (?:disclose|share|release|provide)\b/i;
export const HELPFUL_WORDS = /help|useful|advisable|desirable/;
/** A verb of giving, then within 160 characters a belief, then within 300 a disclosure "helpful", in one sentence. */
export function disclosedAsItBelievesHelpful(s: string): boolean {
  if (!HELPFUL_WORDS.test(s)) return false;
  const giving = GIVING.exec(s);
  if (!giving) return false;
  const afterGiving = s.slice(giving.index, giving.index + 200);
  const belief = BELIEF.exec(afterGiving);
  if (!belief) return false;
  const start = giving.index + belief.index;
  const helpful = HELPFUL.exec(s.slice(start, start + 320));
  return helpful !== null && OF_WRONGDOING_OR_LAW.test(s) && !DENIED.test(s);
}
