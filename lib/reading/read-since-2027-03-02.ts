/**
 * Rules added after the blind double reading of 2027-03-01 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * Data given to the authorities over suspected fraud, on the company's own initiative: "We may also
 * disclose personal data to law enforcement agencies in connection with possible cases of fraud."
 * (Booking.com: legal disclosure neutral until the double reading of 2027-03-01). No request and
 * no duty: the company's suspicion decides, as a violation reported to the authorities does (read
 * since 2027-02-24). Not a request it answers, nor a denial.
 */
const DISCLOSED_OVER_POSSIBLE_FRAUD =
  /\b(?:disclose|share|provide|report|pass)\w*\b[^.;]{0,40}?\bto (?:the )?(?:law enforcement(?: agencies| authorities)?|(?:the )?police|(?:competent |public )?authorities)\b[^.;]{0,20}?\b(?:in connection with|in relation to|regarding|about|in cases? of) (?:possible|suspected|potential|alleged) (?:cases of )?(?:fraud|crimes?|criminal (?:activity|offen[cs]es)|wrongdoing)\b/i;
export const POSSIBLE_FRAUD_WORDS =
  /\b(?:possible|suspected|potential|alleged) (?:cases of )?(?:fraud|crime|criminal|wrongdoing)/i;
export const disclosedOverPossibleFraud = (s: string) =>
  DISCLOSED_OVER_POSSIBLE_FRAUD.test(s) &&
  !NEGATED.test(s) &&
  !/\b(?:request|order|subpoena)s?\b/i.test(s);

/**
 * A partner given the user's data to make them personalised offers: "Lydia may also disclose your
 * personal data to partners (such as BitPanda, PayLead and Floa). Please note that PayLead analyses
 * your bank transaction data to provide you with personalised offers based on your transaction
 * history and spending habits." (Lydia: third parties and use neutral until the double reading of
 * 2027-03-01); its "… personalized and relevant offers from the partner companies" is read by
 * `usedToMarketOthersProducts` (read-since-2027-02-26.ts). The partners' offers: others' marketing. The subject is another than the company (its
 * own names are not read); not a denial.
 */
const PARTNER_ANALYSES_FOR_OFFERS =
  /\b([A-Z][\w.&-]{1,30})\b (?:analy[sz]es|uses|processes) your (?:[\w-]+ ){0,3}?(?:data|information)\b[^.;]{0,20}?\bto (?:provide|offer|send|show|present|make) you (?:with )?(?:personali[sz]ed|tailored|targeted|relevant) (?:offers|ads|advertisements|promotions)\b/;
export const PERSONALISED_OFFERS_WORDS =
  /\b(?:personali[sz]ed|tailored|targeted|relevant) (?:and (?:personali[sz]ed|tailored|targeted|relevant) )?(?:offers|ads|advertisements|promotions)\b/i;
export function partnerAnalysesForOffers(s: string, own: ReadonlySet<string>): boolean {
  const m = PARTNER_ANALYSES_FOR_OFFERS.exec(s);
  return (
    m !== null && !own.has(m[1]!) && !/^(?:We|It|This|That|You)$/.test(m[1]!) && !NEGATED.test(s)
  );
}
/**
 * Ad servers that get the user's address for their own campaigns and ads elsewhere: "They
 * automatically receive your IP address when this occurs. These technologies are used to measure
 * the effectiveness of their advertising campaigns and/or to personalize the advertising content
 * that you see on websites that you visit." (Qiwi.gg, of "Third-party ad servers or ad networks":
 * third parties and use neutral until the double reading of 2027-03-01). Their advertising, on the
 * sites the user visits: others' advertising. Not the company's own campaigns ("our advertising
 * campaigns").
 */
const THEIR_CAMPAIGNS_AND_ADS_ELSEWHERE =
  /\beffectiveness of their (?:own )?advertising campaigns\b[^.;]{0,40}?\bpersonali[sz]e (?:the )?advertising (?:content )?(?:that )?you see on (?:other )?websites (?:that )?you visit\b/i;
export const THEIR_CAMPAIGNS_WORDS = /\beffectiveness of their\b/i;
export const theirCampaignsAndAdsElsewhere = (s: string) =>
  THEIR_CAMPAIGNS_AND_ADS_ELSEWHERE.test(s) && !NEGATED.test(s);
