/**
 * Rules added after the blind double reading of 2027-02-25 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */
import { NEGATED } from "./read-since-2027-02-18";

/**
 * Data the company uses to market others' products, said of its own use with nothing given to
 * anyone: "Personal data of employer customer contact persons may be used for marketing Epassi’s
 * services and/or the services of its partners." (Epassi), "Communicate with you about products,
 * services, and events offered by Solana and others" (Solana), "To market and advertise Bolt
 * services and those of partners" (Bolt), "Marketing our services and those of selected third
 * parties" (Stack Overflow), "marketing and advertising for our own and others' products and
 * services" (Xfinity). Use neutral until the double reading of 2027-02-25, which read these as the
 * rubric's "used for others' marketing or advertising" (the reading of 2027-02-24 had read happn's
 * the same way and left it, the rules then reading others' marketing only through data given to
 * them). Since the double reading of 2027-02-27 also in other words (Open Collective's longer
 * list, Substack's, IPinfo's, Yahoo's). Not a denial, nor ads that are not personalised.
 */
const FOR_OTHERS_PRODUCTS = new RegExp(
  [
    // "marketing Epassi's services and/or the services of its partners", "those of partners"
    String.raw`\b(?:market\w*|advertis\w*|promot\w*)\b (?:[\w’'-]+ ){0,3}?(?:products|services|offers)\b,? (?:and|or|and/or|as well as) (?:those|the (?:products|services|offers)) of (?:selected |our |its |trusted |carefully selected )?(?:business )?(?:partners|third parties|other companies)\b`,
    // "for our own and others' products"
    String.raw`\bour own and (?:others|third parties)['’]? (?:products|services)\b`,
    // "about products, services, and events offered by Solana and others"; since the double reading
    // of 2027-02-27 a longer list, "about products, services, offers, promotions, rewards, and
    // events offered by Open Collective and others"
    String.raw`\b(?:communicate with|contact|inform|send|market to) you\b[^.;]{0,20}?\babout (?:[\w-]+,? (?:and |or )?){0,4}?(?:products|services|offers|events)\b[^.;]{0,80}?\boffered by [\w.&'’ -]{1,40}? and (?:others|third parties|(?:our |its )?partners|other companies)\b`,
    // Since the double reading of 2027-02-27: "direct marketing communication in relation to our
    // relevant services, or other services provided by us, our affiliates and carefully selected
    // partners" (Substack)
    String.raw`\b(?:marketing|promotional|advertising)\b[^.;]{0,80}?\b(?:services|products|offers)\b (?:provided|offered|sold) by (?:us,? )?(?:our affiliates,? )?(?:and |or )?(?:our |its |selected |carefully selected |trusted )?(?:business )?(?:partners|third parties)\b`,
    // "for limited marketing purposes, namely, … to send you information about us or our partners"
    // (IPinfo)
    String.raw`\b(?:marketing|promotional)\b[^.;]{0,120}?\b(?:send|provide|give) you (?:information|news|offers|updates) about (?:us|our (?:products|services)) (?:or|and) (?:our |selected )?(?:partners|third parties)\b`,
    // "about offers from Yahoo and our marketing partners" (Yahoo)
    String.raw`\boffers (?:from|of) [\w.&'’ -]{1,30}? and (?:our |its )?(?:marketing |business |advertising )?partners\b`,
    // Since the double reading of 2027-03-01: "… personalized and relevant offers from the partner
    // companies" (Lydia)
    String.raw`\b(?:personali[sz]ed|tailored|targeted|relevant)(?: and (?:personali[sz]ed|tailored|targeted|relevant))? offers from (?:the |our |its |selected )?partner(?:s| companies| merchants| brands)\b`,
    // "personalized advertisements … with regard to third-party products and services"
    String.raw`\b(?:personali[sz]ed|targeted|tailored|interest-based) (?:ads|advertisements|advertising|offers)\b[^.;]{0,60}?\b(?:for|with regard to|regarding|about|of|on) (?:the )?third[- ]party (?:products|services|brands)\b`,
  ].join("|"),
  "i",
);
export const OTHERS_PRODUCTS_WORDS =
  /\b(?:partners?|third parties|third-party|third party|others|other companies)\b/i;
export const usedToMarketOthersProducts = (s: string) =>
  FOR_OTHERS_PRODUCTS.test(s) && !NEGATED.test(s) && !/\bnon-?personali[sz]ed\b/i.test(s);

/**
 * Cookies that aim ads at the user on other sites: "in some cases, cookies may be set to
 * personalize the content and ads you receive, including on other sites" (Overleaf: cookies
 * neutral, "no fact found", until the double reading of 2027-02-25). Ads that follow the user
 * beyond the site are the rubric's cross-site tracking. Not a denial, nor the company's ads placed
 * on other sites with nothing about the user ("we advertise on other sites").
 */
const ADS_AIMED_ON_OTHER_SITES =
  /\b(?:personali[sz]\w*|target\w*|tailor\w*|customi[sz]\w*)\b (?:[\w’'-]+ ){0,5}?(?:ads|advertis\w*)\b[^.;]{0,40}?\bon (?:other|third[- ]party|non-affiliated|unaffiliated) (?:web ?)?sites\b/i;
export const adsAimedOnOtherSites = (s: string) =>
  ADS_AIMED_ON_OTHER_SITES.test(s) && !NEGATED.test(s)
    ? "advertising tracking across websites"
    : null;

/**
 * Data shared where the company believes the user broke the law: "We may share personal information
 * if we believe that your actions are inconsistent with our user agreements or policies, if we
 * believe that you have violated the law, or …" (Solana: legal disclosure neutral until the double
 * reading of 2027-02-25), or that ground as an item under a lead-in of sharing (Teads). The
 * company's suspicion, not a legal demand, decides: its own judgement, as Waze's sharing "in these
 * cases" is (the double reading of 2027-02-14). Not a denial, nor a user who believes their own
 * rights were violated ("if you believe your privacy rights have been violated").
 */
const ON_BELIEF_OF_UNLAWFULNESS =
  /\bif we (?:reasonably |in good faith )?believe (?:that )?(?:you|a user|the user|users) (?:have|has) (?:violated|broken|breached) (?:the|any|an?|applicable) (?:applicable )?laws?\b/i;
const SHARING =
  /\b(?:share|shares|disclose|discloses|provide|provides|release|releases|transfer|transfers)\b[^.;]{0,160}?\bif we\b/i;
export const BELIEF_OF_UNLAWFULNESS_WORDS =
  /\bbelieve (?:that )?(?:you|a user|the user|users) (?:have|has) (?:violated|broken|breached)\b/i;
export const sharedOnBeliefOfUnlawfulness = (s: string, leadIn = "") =>
  ON_BELIEF_OF_UNLAWFULNESS.test(s) && !NEGATED.test(s) && (SHARING.test(s) || leadIn !== "");
