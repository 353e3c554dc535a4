/**
 * Rules added after the second reading of 2027-01-25 (140 machine findings of 10 companies read
 * again, blind, after the re-audits of 2027-01-23 and 2027-01-24). Each widens a rule that already
 * read its kind; each is a pure test on one sentence, every quantifier bounded (the suite's
 * adversarial inputs run over them), and each gated on a plain word before its pattern runs.
 */

/**
 * A dispute resolution provider described as a third party's rather than titled: "If you have an
 * unresolved privacy or data use concern that we have not addressed satisfactorily, please contact
 * our U.S.-based third-party dispute resolution provider (free of charge) here." (Cloudant, whose
 * provider is named only behind the link; disputes neutral on the regulator alone until the second
 * reading of 2027-01-25). The rule of INDEPENDENT_BODY reads "independent dispute resolution
 * provider"; a third party's is the same outside body, read where the sentence names no body, with
 * its guards (recourse in the sentence); one confined to some users, by a framework or a place, is
 * left unread (it names no one the rest may turn to).
 */
const THIRD_PARTY_DISPUTE_BODY =
  /\bthird[- ]party (?:dispute resolution|recourse)(?: mechanism| body| provider| service)?\b/i;
export function thirdPartyDisputeBody(s: string): RegExpExecArray | null {
  return /third/i.test(s) ? THIRD_PARTY_DISPUTE_BODY.exec(s) : null;
}

/**
 * An outside body the policy says hears the user free: "(free of charge)", "at no cost to you".
 * The rubric's protective asks for a free independent body; the named ones (TRUSTe, the BBB, the
 * DPA panel) are known to be free, and a body the policy itself calls free is free whatever its
 * name. Read from the body's own sentence, not from "free" in another sense ("feel free to").
 */
const FREE_OF_CHARGE =
  /\b(?:free of charge|at no (?:cost|charge)(?: to you)?|without charge|for free)\b/i;
export function saidFreeOfCharge(quote: string): boolean {
  return /free|no c|charge/i.test(quote) && FREE_OF_CHARGE.test(quote);
}

/**
 * Personal data disclosed to third parties "including for marketing and advertising purposes":
 * "We may disclose personal information to third parties, including for marketing and advertising
 * purposes, which you can control through opt-in or opt-out settings, …" (Xfinity: third parties
 * and use neutral until the second reading of 2027-01-25, on an aggregated sale). The rules of
 * `advertisingSharing` want the advertising to be the recipients' ("for their own marketing") or
 * targeted ("interest-based ads"); data given to third parties for advertising purposes is given
 * for advertising that is not the company's alone. Not a denial ("we do not disclose … for
 * advertising purposes"), not marketing alone (the company's own marketing through a mailing
 * house), not data that identifies no one, and not the user's right to ask.
 */
const DISCLOSED_FOR_ADVERTISING =
  /\b(?:disclose|share|provide|transfer|make available)s? (?:your |the |certain )?(?:personal )?(?:information|data)\b[^.;]{0,40}? (?:to|with) (?:(?:other |unaffiliated |non-affiliated )?third parties|other companies|partners)(?: and [\w -]{1,30}?)?,? (?:including |also |such as )?for (?:(?:marketing|promotional),? (?:and|or|and\/or) )?advertising purposes\b/i;
const DISCLOSURE_DENIED =
  /\b(?:not|never|no)\b[^.;]{0,40}?\b(?:disclose|share|provide|transfer)|n['’]t (?:disclose|share|provide|transfer)|\bright to\b|\baggregated?\b|\bde-?identified\b|\banonymi[sz]ed\b/i;
export const DISCLOSED_FOR_ADVERTISING_WORDS = /advertising purposes/i;
export function disclosedForAdvertisingPurposes(s: string): boolean {
  return (
    /advertising purposes/i.test(s) &&
    DISCLOSED_FOR_ADVERTISING.test(s) &&
    !DISCLOSURE_DENIED.test(s)
  );
}

/**
 * A list item of recipients titled by a series of kinds that names advertising partners, then a
 * full stop: "Marketing, Advertising, and Analytics Partners. We may use advertising and analytics
 * services … including for delivering advertising to you (such as interest-based, targeted, or
 * cross-context behavioral advertising)." (Miro, after "We may share Personal Data as follows:";
 * third parties neutral until the second reading of 2027-01-25). The rule of 2026-12-03
 * (`advertisingListItem`) reads a lead without commas that ends on advertising recipients and runs
 * on ("Marketing and advertising partners, such as …"); this lead is a title of its own, its
 * kinds in a series. Returns the lead; the rule's guards (a heading that gives data, not denied,
 * personal data) apply as they were.
 */
const TITLED_SERIES_LEAD =
  /^(?:[·•▪*-] *)?((?:(?:marketing|advertising|analytics|promotional)(?:,? and|,? &|,) ){1,3}(?:marketing|advertising|analytics) partners)\. /i;
export function titledAdvertisingSeriesLead(clause: string): string | null {
  if (!/^\W{0,3}(?:marketing|advertising|analytics|promotional)\b/i.test(clause)) return null;
  const m = TITLED_SERIES_LEAD.exec(clause);
  return m && /\badvertising\b/i.test(m[1]!) ? m[1]! : null;
}

/**
 * A concession that denies a sale only "in the conventional sense", then states the advertising
 * the law calls a sale or sharing: "While we do not sell your Personal Data in the conventional
 * sense, we may use advertising and analytics services … including for delivering advertising to
 * you (such as interest-based, targeted, or cross-context behavioral advertising)." (Miro, under
 * "Opt out of “Sale” and “Sharing”", beside its "Do Not Sell or Share My Personal Information"
 * page; until the second reading of 2027-01-25 read as a no-sale and as data "not shared for
 * others' marketing"). The policy's own word is that its advertising is a sale in the legal sense,
 * as "may be deemed a “sale”" is (the rule of 2026-12-26): read as that. Not a plain denial ("we do
 * not sell your data"), nor one for money only with nothing after it, nor a main clause without
 * targeted advertising.
 */
const SALE_DENIED_CONVENTIONALLY =
  /\b(?:although|though|while|whilst) (?:we|[A-Z][\w-]{1,20}) (?:do|does) not sell\b[^,;.]{0,60}? in (?:the|a) (?:conventional|traditional|ordinary|classic|typical|literal|common) sense\b[^,;.]{0,40}?, (?:but )?(?:we|it|[A-Z][\w-]{1,20}) (?:may|might|do|does|can|also)\b[^;]{0,300}?\b(?:cross[- ]context|interest[- ]based|targeted|behaviou?ral) (?:behaviou?ral )?advertising\b/i;
export const SALE_DENIED_CONVENTIONALLY_WORDS = /sense/i;
export function saleDeniedOnlyConventionally(s: string): boolean {
  return s.includes(" sense") && SALE_DENIED_CONVENTIONALLY.test(s);
}

/**
 * Trackers of others said in two more ways (the rule of `cookiesSetByOthers` reads cookies "set
 * (placed, stored) by third parties" for advertising): "tracking technologies offered (provided,
 * operated) by third parties" ("We may use cookies or other technology—including tracking
 * technologies offered by third parties—to deliver personalized advertising to you …"), and
 * partners or advertisers the company "allows" (permits) "to use cookies" ("We also allow our
 * partners, including advertisers and service providers, to use cookies and similar tracking
 * technologies when you use our Services."; both Xfinity, whose tracking facts were a list of
 * data sources, a use-list item and a bare heading until the second reading of 2027-01-25). Not
 * service providers alone ("allow our service providers to use cookies"), and not a denial.
 */
const TRACKERS_OFFERED_BY_OTHERS =
  /\b(?:tracking technolog(?:y|ies)|trackers|cookies)\b[^.;]{0,20}? (?:offered|provided|operated|supplied) by (?:\w+ ){0,2}third[- ]parties\b/i;
const PARTNERS_ALLOWED_COOKIES =
  /\b(?:allow|allows|permit|permits|enable|enables) (?:our |certain |some )?(?:(?:advertising |business |third[- ]party )?partners|advertisers|third[- ]party advertisers|ad networks)(?:,? (?:including|such as) ([^,;.]{1,60}?),)? to (?:use|place|set|collect information through) (?:their own )?(?:cookies|tracking technologies|trackers)\b/i;
export const TRACKERS_OF_OTHERS_WORDS = /third|allow|permit|enable/i;
export function trackersOfOthersInOtherWords(s: string): string | null {
  if (/\b(?:not|never)\b|n['’]t\b/i.test(s)) return null;
  if (/third/i.test(s) && TRACKERS_OFFERED_BY_OTHERS.test(s) && /\badvertis/i.test(s))
    return "tracking technologies offered by third parties";
  const m = PARTNERS_ALLOWED_COOKIES.exec(s);
  if (!m) return null;
  const among = m[1];
  // Partners "including service providers" alone are no advertising trackers.
  if (!/advertis|ad network/i.test(m[0])) return null;
  return among && /advertis/i.test(among)
    ? "cookies used by partners, including advertisers"
    : "cookies used by advertising partners";
}
