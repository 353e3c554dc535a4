/**
 * Rules added after the blind double reading of 2027-02-16 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence, each gated on plain words before its
 * pattern runs; every repetition is bounded.
 */

/**
 * Providers held to the company's instructions or to the policy: "The service providers work in
 * accordance with our instructions and this is verified by technical and organisational actions."
 * (Deutsche Bahn), "… may only process … in accordance with our instructions" (Arweave), "ASUS
 * guarantees that all our service providers and partners strictly adhere to the Privacy Policy."
 * (ASUS). Each was "shared with service providers, limits not stated" until the double reading of
 * 2027-02-16: a limit on the recipients, as "not permitted to" is.
 */
const HELD_TO_INSTRUCTIONS =
  /\b(?:in accordance with|according to|pursuant to|under|following|on|subject to) (?:our|the company['’]s|[A-Z][\w&.-]{1,20}['’]s) (?:documented |written |express )?instructions\b|\b(?:adhere|adheres|comply|complies|abide|abides)\b (?:strictly )?(?:to|with|by) (?:this|the|our) (?:privacy )?(?:policy|notice|statement)\b/i;
export const INSTRUCTIONS_WORDS = /instructions|adhere|comply|complies|abide/i;
export const providersHeldToInstructions = (s: string) =>
  INSTRUCTIONS_WORDS.test(s) && HELD_TO_INSTRUCTIONS.test(s);

/**
 * An affiliate marketing network the company works with: "If you make a booking on an external
 * partner website after clicking a DB affiliate advertisement, the business partner's cookies on
 * that website are read. … We work with the Awin network for the purposes of affiliate marketing."
 * (Deutsche Bahn: "no third-party tracking found", neutral, until the double reading of 2027-02-16).
 * An ad network's tracking of the user across sites, the rubric's concerning. Not a denial.
 */
const AFFILIATE_NETWORK =
  /\b(?:work|works|working|partner|partners|cooperate|cooperates|cooperating)\b (?:together )?with (?:the )?([A-Z][\w.&-]{1,30}(?: [A-Z][\w.&-]{1,30})?) (?:network|platform)\b[^.;]{0,40}?\baffiliate (?:marketing|advertising|programs?|tracking)\b|\b(?:the )?([A-Z][\w.&-]{1,30}) affiliate (?:network|program|platform)\b/;
export const AFFILIATE_WORDS =
  /affiliate (?:marketing|advertising|program|network|platform|tracking)/i;
export function affiliateNetwork(s: string): string | null {
  if (/\b(?:not|never)\b|n['’]t\b/i.test(s)) return null;
  const m = AFFILIATE_NETWORK.exec(s);
  const name = m?.[1] ?? m?.[2];
  return name ? `${name} affiliate network` : null;
}

/**
 * Some data kept past the account's end, with no bound: "We may retain some data about you
 * internally even where you close your account." (npm: "the policy speaks to this practice",
 * neutral, until the double reading of 2027-02-16; its policy states no period for its own data).
 * The rubric's concerning "no limit stated", read only where the policy states no period and the
 * sentence bounds the keeping by nothing (need, the law, a purpose).
 */
const KEPT_PAST_CLOSING =
  /\b(?:retain|keep|store|hold|maintain)\b (?:some|certain|a portion of|parts of)? ?(?:of )?(?:your |the )?(?:data|information|personal data|personal information)\b[^.;]{0,40}?\beven (?:where|when|after|if|once) you (?:close|delete|deactivate|cancel|terminate)\b (?:your|the) account\b/i;
const BOUNDED =
  /\b(?:necessary|required|requires?|law|laws|legal|legally|needed|need|purposes?|period|until|days?|months?|years?|anonymi[sz]\w*|aggregat\w*|de-?identif\w*)\b/i;
export const KEPT_PAST_CLOSING_VALUE =
  "some data kept after the account is closed, no limit stated";
export const KEPT_PAST_CLOSING_WORDS = /\beven (?:where|when|after|if|once) you\b/i;
export const keptPastClosing = (s: string) =>
  KEPT_PAST_CLOSING_WORDS.test(s) && KEPT_PAST_CLOSING.test(s) && !BOUNDED.test(s);

/**
 * Any personal data said to pass in a business transfer listed under a heading of it: "Depending
 * on the situation, this can include any personal information discussed in this Policy that we have
 * related to you." under "Our Business Transfers", after "merger", "acquisition by another
 * company", "sale of all or a part of its assets" (Bumble: "the policy speaks to this practice",
 * neutral, until the double reading of 2027-02-16). Data passing with the business, and nothing
 * binding a buyer: the rubric's concerning, unless another fact binds one.
 */
const ANY_DATA_INCLUDED =
  /\b(?:this|it|that|such (?:a )?(?:transfer|transition|transaction))\b (?:can|may|will|could|might) (?:also )?include (?:any|all)(?: of)? (?:the )?(?:your )?(?:personal )?(?:information|data)\b/i;
const TRANSFER_HEADING =
  /\bbusiness (?:transfers?|transitions?|transactions?)\b|\bmergers?\b|\bacquisitions?\b|\bchange of (?:ownership|control)\b/i;
export const INCLUDED_WORDS = /\binclude\b/i;
export const anyDataInATransfer = (s: string, heading: string) =>
  TRANSFER_HEADING.test(heading) && ANY_DATA_INCLUDED.test(s);

/**
 * Consent withdrawn as a ground of erasure, in the words of a rights list: "To request the deletion
 * of your personal data if it is no longer necessary for the purposes for which it was collected or
 * if you withdraw consent and no other legal basis for processing exists." (CoinDesk), "ask us to
 * erase data … (2) you withdraw consent …" (npm). Each was "an opt-out … offered" until the double
 * reading of 2027-02-16, as BankID's and Wordfeud's were until 2027-02-13 (read-since-2027-02-14.ts).
 */
const WITHDRAWAL_AS_AN_ERASURE_GROUND =
  /\b(?:delet\w*|eras\w*|remov\w*)\b[^.;]{0,160}?(?:\b(?:if|where|when|because)|\(\d\)|\d\)) (?:you |the data subject )?(?:have )?withdraw\w* (?:your |their |the )?consent\b/i;
export const withdrawalAsAnErasureGround = (s: string) =>
  /withdr/i.test(s) && WITHDRAWAL_AS_AN_ERASURE_GROUND.test(s);
