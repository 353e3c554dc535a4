/**
 * Rules added after the blind double reading of 2027-02-18 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * A sentence that opens on "certain countries" and names the regions it means: "In certain
 * countries, including in the European Economic Area and the United Kingdom, you have a right to a
 * judicial remedy and to lodge a complaint with the appropriate data protection authority …"
 * (Tinder: "a regulator is named", neutral, until the double reading of 2027-02-18). The authority
 * is those countries' people's, as "In the EEA, the UK, and Switzerland, …" makes it
 * (read-since-2027-02-15.ts).
 */
const OPENS_ON_CERTAIN_COUNTRIES =
  /^\W{0,3}(?:in|for (?:users|residents|individuals|people) in) (?:certain|some) (?:countries|jurisdictions|regions)\b(?:,? (?:including|such as|like) (?:in )?(?:the )?[A-Z][^,;.]{1,80})?,/i;
export const opensOnCertainCountries = (s: string) => OPENS_ON_CERTAIN_COUNTRIES.test(s);

/**
 * The attorney general "for your state": "If you have concerns about the result of your appeal, you
 * may contact the attorney general for your state." (Tinder, after an appeal offered to the
 * residents of seventeen US states). Some users' recourse, as "the Attorney General of your state"
 * is (read-since-2027-02-12.ts).
 */
// … and since the double reading of 2027-02-20 "the attorney general in the state where you
// reside" (Magnite, the Rubicon Project's policy, after an appeal).
const ATTORNEY_GENERAL_FOR_YOUR_STATE =
  /\battorney general (?:for|of) your (?:state|jurisdiction)\b|\battorney general (?:in|of|for) the state (?:where|in which) you (?:reside|live|are located)\b/i;
export const attorneyGeneralForYourState = (s: string) =>
  /attorney general/i.test(s) && ATTORNEY_GENERAL_FOR_YOUR_STATE.test(s);

/**
 * Authorities' investigations as a ground of disclosure of its own: "We may disclose information
 * when required by law or legal process for the administration of justice, to protect your vital
 * interest, for investigations by law enforcement or regulatory bodies, to protect and defend
 * Energia's property and legal rights or by order of a valid order from a court or law enforcement
 * agency." (Energia: "disclosure in response to legal process", neutral, until the double reading
 * of 2027-02-18). Data given to help an investigation no legal process compels is the company's
 * own judgement; only a ground of a list (after a comma or "or"), so "when required by law for
 * investigations by …" stays at law.
 */
const FOR_INVESTIGATIONS_BY_AUTHORITIES =
  /(?:,|\bor) (?:for|to assist(?: with)?|to support|to help with) (?:the purposes? of )?(?:criminal )?investigations? (?:by|of|conducted by) (?:the )?(?:law enforcement|police|regulatory|governmental|government|public|competent) ?(?:or (?:regulatory|governmental|government) )?(?:authorit(?:y|ies)|agenc(?:y|ies)|bodies)?\b/i;
export const INVESTIGATIONS_WORDS = /\binvestigations?\b/i;
export const disclosedForInvestigations = (s: string) =>
  INVESTIGATIONS_WORDS.test(s) &&
  /\b(?:disclos|shar|provid|releas|pass)\w*/i.test(s) &&
  FOR_INVESTIGATIONS_BY_AUTHORITIES.test(s) &&
  !NEGATED.test(s);

/**
 * Partners given data so that they may contact the user with offers: "Where you have consented for
 * us to do so we may share your information with our sponsorship partners for the purpose of
 * them/us contacting you to provide you with offers." (Energia: third parties and use neutral until
 * the double reading of 2027-02-18). The partners' offers: others' marketing, consent or not.
 */
const PARTNERS_CONTACT_YOU_WITH_OFFERS =
  /\b(?:share|shares|disclose|discloses|provide|provides|pass|passes)\b (?:your |the |such )?(?:personal )?(?:information|data|details)\b (?:with|to) (?:our |the )?(?:[\w-]+ )?partners\b for the purposes? of them(?:\/us| or us)? (?:can |may )?(?:contacting|contact) you\b[^.;]{0,40}?\b(?:offers|promotions|products|marketing)\b/i;
export const CONTACTING_WORDS = /\bcontact(?:ing)? you\b/i;
export const partnersContactYouWithOffers = (s: string) =>
  CONTACTING_WORDS.test(s) && PARTNERS_CONTACT_YOU_WITH_OFFERS.test(s) && !NEGATED.test(s);

/**
 * Marketing partners given data only to measure the company's own campaigns: "Firefox also shares
 * information with our marketing partners to measure and improve these campaigns; …" (Firefox,
 * under "To market our services": "shared for others' marketing or advertising", concerning, until
 * the double reading of 2027-02-18). The company's own marketing, as "to market our products and
 * services to you" is (read-since-2027-02-15.ts). Not where the partners' own use is said.
 */
const TO_MEASURE_OUR_CAMPAIGNS =
  /\bto (?:measure|evaluate|assess|analy[sz]e)(?: (?:and|or) (?:improve|optimi[sz]e|understand))? (?:the (?:effectiveness|performance|success) of )?(?:these|our|its) (?:own )?(?:marketing |advertising |ad )?(?:campaigns|marketing efforts)\b/i;
const PARTNERS_OWN_USE =
  /\b(?:their own|for their|its own (?:marketing|advertising|purposes)|their (?:advertisements|ads|advertising|products))\b/i;
export const sharedToMeasureOurCampaigns = (s: string) =>
  TO_MEASURE_OUR_CAMPAIGNS.test(s) && !PARTNERS_OWN_USE.test(s);
