/**
 * Rules added after the blind double reading of 2027-02-26 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { GROUND_AFTER, GROUND_BEFORE } from "./read-since-2027-01-06";
import { NEGATED } from "./read-since-2027-02-18";

/**
 * A list's item that says partners are given data to aim ads at the user, its lead-in a sentence
 * the list completes: "We share information with our authorized partners to" ⏎ "personalize
 * offers, ads, and other sponsored or commercial content;" (TP-Link: third parties and use neutral
 * until the double reading of 2027-02-26). The partners' ads, sponsored content: others'
 * advertising. Not a lead-in that gives data to service providers only, nor an item that is not
 * about ads ("develop and provide features and integrations;").
 */
const ITEM_AIMS_ADS =
  /^\W{0,3}(?:to )?(?:personali[sz]e|target|tailor|customi[sz]e|serve|deliver|show|display)\b (?:[\w-]+,? ){0,3}?(?:ads|advertisements|advertising|sponsored content)\b/i;
const PARTNERS_GIVEN =
  /\b(?:partners|third parties|advertisers|other companies|affiliates and partners)\b/i;
export const AIMED_ITEM_WORDS = /\b(?:ads|advertisements|advertising|sponsored)\b/i;
export const partnersListedToAimAds = (item: string, leadIn: string) =>
  leadIn !== "" &&
  PARTNERS_GIVEN.test(leadIn) &&
  !/\bservice providers?\b/i.test(leadIn) &&
  ITEM_AIMS_ADS.test(item) &&
  !NEGATED.test(item);

/**
 * Disclosure only when the company is obliged to: "We only pass your personal data on to third
 * parties when this is required to fulfil our business purposes (…), when you have given your
 * consent to this (…), or when we are obliged to on legal grounds, by court order, or at the
 * request of another official authority." (XING: legal disclosure neutral until the double reading
 * of 2027-02-26). The only ground of disclosure to authorities is an obligation, as Deutsche Bahn's
 * "only disclose … where we are under a statutory obligation" (read since 2027-01-06, whose guards
 * against other grounds it keeps): protective.
 */
const ONLY_WHEN_OBLIGED =
  /\bonly (?:pass|passes|disclose|discloses|share|shares|provide|provides|release|releases|transmit|transmits|transfer|transfers|hand|hands|give|gives)\b[^;]{0,320}?\b(?:if|when|where) we are (?:legally )?(?:obliged|obligated|required|compelled) (?:to )?(?:do so )?(?:on legal grounds|by law|by (?:a )?court order|under (?:the |applicable )?law)\b/i;
export const OBLIGED_WORDS = /\b(?:obliged|obligated)\b/i;
export const onlyWhenObligedByLaw = (s: string) => {
  const m = ONLY_WHEN_OBLIGED.exec(s);
  return (
    m !== null &&
    !GROUND_BEFORE.test(m[0]) &&
    !GROUND_AFTER.test(s.slice(m.index + m[0].length)) &&
    !NEGATED.test(m[0])
  );
};

/**
 * Third parties let collect through the service's cookies, under a label that names them
 * advertisers: "Advertisers: We allow third parties to use Cookies through the Service to collect
 * the same type of information for the same purposes as we do. In doing so, we adhere to the
 * Digital Advertising Alliance’s Self-Regulatory Principles for Online Behavioral Advertising."
 * (Yelp: third parties and use neutral until the double reading of 2027-02-26, which read it as ad
 * companies collecting for their own behavioural advertising). Not analytics providers ("We allow
 * third parties to use analytics cookies", GitHub's table row under "Analytics").
 */
const ADVERTISERS_LET_COLLECT =
  /^\W{0,3}(?:online behaviou?ral advertising partners|advertisers|advertising partners|ad(?:vertising)? networks|advertising companies)\W{0,3}\s*[:–—-]\s*[^.;]{0,30}?\ballows? (?:certain |some |selected )?third[- ]part(?:y|ies)(?: companies| advertisers)? to (?:use|place|set|collect)\b[^.;]{0,60}?\b(?:cookies|collect)/i;
export const LET_COLLECT_WORDS = /\ballows? (?:certain |some |selected )?third[- ]part/i;
export const advertisersLetCollect = (s: string) =>
  ADVERTISERS_LET_COLLECT.test(s) && !NEGATED.test(s);
