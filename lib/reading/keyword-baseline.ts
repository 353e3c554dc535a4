import { PRACTICE_SLUGS, withImplied, type PracticeSlug } from "./practice-slugs";

/*
 * The keyword-rule baseline `npm run eval` sets beside the model: a practice is assigned when
 * the clause contains one of the phrases a careful reader would search for. Written from the
 * labelling guide (docs/labelling.md), not fitted to any labels. Every pattern is a plain
 * alternation of literals with bounded gaps, so it runs in linear time.
 */
export const KEYWORD_RULES: Record<PracticeSlug, RegExp> = {
  cookies:
    /\bcookies?\b|web ?beacons?|pixel tags?|tracking pixels?|clear gifs?|\bpixels?\b|local storage|tracking technolog|do[- ]not[- ]track|global privacy control|advertising identifiers?|\bsdks?\b/i,
  retention:
    /\bretain|\bretention\b|\bkeep (?:your|personal|the|this|such|it|data|information)|as long as (?:necessary|needed|required|your account|you)|\bstored? for\b|\barchives?\b|\bbackups?\b|\bindefinitely\b|\bdelete[sd]? (?:it |them |your \w+ )?(?:after|within)\b/i,
  disputes:
    /arbitrat|\bdisputes?\b|\bcomplaints?\b|\btruste\b|better business bureau|\bjams\b|supervisory authority|data protection authorit|class[- ]action|governing law|\bombudsman\b/i,
  "third-parties":
    /third[- ]part|\bshare[sd]?\b|\bsharing\b|\bdisclos|service providers?|\bpartners?\b|\baffiliates?\b|\badvertisers?\b|\bsell\b|\bsold\b|\bsale of (?:your )?(?:personal )?(?:data|information)|\bvendors?\b|\bprocessors?\b/i,
  collection:
    /\bcollect|\bwe (?:may )?(?:receive|obtain|gather|record)|information (?:that )?you (?:give|provide|submit)|\bautomatically\b|\bip address|\blog (?:files|data|information)|device (?:information|identifiers?)/i,
  use: /\bwe (?:may )?use\b|\buse (?:your|this|the|such|that) (?:personal )?(?:information|data)|\bto (?:provide|improve|personali[sz]e|operate|communicate|send you)\b|\bpurposes?\b|\blegal basis|legitimate interests?/i,
  choice:
    /opt[- ]?(?:out|in)\b|\bunsubscribe|\bconsent|\bpreferences\b|you (?:may|can) (?:choose|decline|refuse|disable)|\bchoices?\b|\bwithdraw|\bobject to\b|browser settings|privacy settings/i,
  access:
    /\baccess (?:to )?(?:your|the|any|personal)|\bcorrect\b|\bupdate (?:your|or)|\bdelete your|\bdeletion\b|\brectif|\berasure\b|\bportability\b|(?:request|obtain) a copy|\bexport your|close your account/i,
  security:
    /\bsecur|\bencrypt|\bssl\b|\btls\b|\bsafeguards?\b|\bprotect (?:your|the|personal|against)|unauthori[sz]ed (?:access|disclosure)|\bfirewalls?\b|\bbreach/i,
  children:
    /\bchild|\bminors?\b|\bunder (?:the age of )?1[3-8]\b|\bcoppa\b|\bparents?\b|\bparental\b|\bteens?\b|\bkids?\b/i,
  "policy-changes":
    /changes? (?:to|in) (?:this|our|the) (?:privacy )?(?:policy|statement|notice)|(?:update|modify|change|revise|amend)[sd]? (?:this|our|the) (?:privacy )?(?:policy|statement|notice)|\bmaterial changes?\b/i,
  international:
    /\btransferr?(?:ed|ing)? (?:to|outside|across)|other countries|\bsafe harbou?r\b|privacy shield|standard contractual|\badequacy\b|european economic area|\beea\b|cross[- ]border|\binternational(?:ly)? transfer|countries other than/i,
  "business-transfer":
    /\bmergers?\b|\bacqui(?:sition|red)|\bbankruptcy\b|\binsolvency\b|sale of (?:all|substantially|assets|the company|our business)|\breorgani[sz]ation|change (?:of|in) control|\bdivestiture/i,
  "law-enforcement":
    /\bsubpoenas?\b|court orders?|law enforcement|legal process|required by law|comply with (?:the |any |applicable )?(?:law|legal)|government(?:al)? (?:request|authorit)|\bwarrants?\b|public authorities|legal (?:obligation|requirement)s?/i,
};

/** The practices whose keywords the clause contains, with the practices they imply. */
export function keywordPractices(text: string): PracticeSlug[] {
  return withImplied(PRACTICE_SLUGS.filter((s) => KEYWORD_RULES[s].test(text)));
}
