/**
 * Rules added after the blind double reading of 2027-02-12 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md). Pure tests on one sentence or heading path, each gated on plain
 * words before its pattern runs; every repetition is bounded.
 */

/**
 * A recipient said to use the data for its own advertising: "The collected data are saved and
 * processed by Facebook. Facebook is able to connect the data with your Facebook account and use the
 * data for their own advertising purposes" (Watch.Hockey's conversion pixel; its third parties and
 * use neutral until the double reading of 2027-02-12). Data going to another for that other's
 * advertising is the rubric's concerning sharing, the user's permission or not. Not the company
 * ("we … for our own advertising"), a denial, nor data that identifies no one.
 */
const RECIPIENT_USES_FOR_OWN_ADS =
  /\b(?:[A-Z][\w.&-]{1,30}|they|partners|third[- ]part(?:y|ies)|advertisers|(?:advertising|ad) (?:partners|networks|companies))\b(?: (?:is|are) able to| (?:may|can|could|will|might)(?: also)?)? (?:[\w’'-]+ ){0,8}?\buse (?:the|this|that|such|your|these) (?:personal )?(?:data|information)\b[^.;]{0,30}?\bfor (?:their|its) own (?:advertising|marketing|advertisement)\b/;
const DENIED_HERE = /\b(?:not|never|no)\b/i;
const NO_ONE_IDENTIFIED =
  /\b(?:aggregated?|anonymi[sz]ed|anonymous|de-?identified|non-?personal)\b/i;
export const ADS_OF_THEIR_OWN_WORDS = /\bown (?:advertising|marketing|advertisement)/i;
export const recipientUsesForOwnAds = (s: string) =>
  ADS_OF_THEIR_OWN_WORDS.test(s) &&
  RECIPIENT_USES_FOR_OWN_ADS.test(s) &&
  !/^\W{0,3}we\b/i.test(s) &&
  !DENIED_HERE.test(s) &&
  !NO_ONE_IDENTIFIED.test(s);

/**
 * A section of rights by region, by its heading: "5. Regional Privacy Rights › 5.1.3 Your Rights
 * to Your Information" (Taboola, whose data protection authority stands under it beside Brazil's
 * ANPD and a Chinese authority; "a regulator is named", neutral, until the double reading of
 * 2027-02-12). The rule of 2027-02-11 (jurisdictionsHeading) read "certain jurisdictions" and
 * "… specific"; "regional" rights (disclosures, notices, provisions) are the same section.
 */
const REGIONAL_HEADING =
  /\bregional (?:privacy |data protection )?(?:rights|disclosures|notices?|provisions|information|supplements?|terms)\b|\b(?:supplemental|additional) (?:privacy )?(?:rights|disclosures|notices?|information) (?:by|for each) (?:region|country|jurisdiction)\b/i;
/**
 * A section named for a region's law: "Your Rights › UK or European General Data Protection
 * Regulation (GDPR)" (WordPress.com, whose supervisory authority stands under it, beside an attorney
 * general "in some US states"; "a regulator is named", neutral, until 2027-02-12). A region's word
 * must name the law: a bare "GDPR" heading may be a European company's, whose every user it covers.
 */
const REGIONS_LAW_HEADING =
  /\b(?:uk|u\.k\.|eu|e\.u\.|eea|european|swiss|brazil(?:ian)?)\b[^›]{0,30}?\b(?:general data protection regulation|gdpr|lgpd|data protection act)\b/i;
export function regionalRightsHeading(path: readonly string[] | undefined): boolean {
  if (!path || path.length === 0) return false;
  const heading = path.join(" › ").slice(0, 400);
  return (
    (/regional|region|country|jurisdiction/i.test(heading) && REGIONAL_HEADING.test(heading)) ||
    (/gdpr|general data|lgpd|data protection act/i.test(heading) &&
      REGIONS_LAW_HEADING.test(heading))
  );
}

/**
 * Direct notice the company only may give: "In some cases, we may also send you an email" beside
 * "we will notify you by revising the change log below" (WordPress.com), "We may email you" beside
 * "notice of material changes on this website" (Watch.Hockey), Dailymotion's "we may also send an
 * email" beside "we will notify You by posting a notice". Until the double reading of 2027-02-12
 * any such sentence made the reason "users are notified directly of changes", and with a notice
 * period the rating protective; a "may" promises nothing, so the notice the policy commits to is
 * the one said, and the email is said as possible.
 */
const MAY_NOTIFY =
  /\b(?:we|it|they|[A-Z][\w.&-]{1,30}) (?:may|might|can|could) (?:also |additionally |sometimes |choose to |elect to )?(?:send|e-?mail|notify|contact|inform|alert|let|tell|provide)\b/;
/** A firm notice, not one given by revising the page ("we will notify you by revising the change log"). */
const WILL_NOTIFY =
  /\b(?:will|shall|must|would) (?:also )?(?:send|e-?mail|notify|contact|inform|alert|let|tell|provide)\b(?! (?:you |users )?(?:of (?:any |such |these )?changes )?by (?:revising|updating|posting|changing|amending|publishing|modifying))/i;
export const onlyMayNotify = (quote: string) => MAY_NOTIFY.test(quote) && !WILL_NOTIFY.test(quote);

/**
 * "we will notify you here that it has been updated" (Jacksfilms) and "we will notify you by
 * revising the change log below" (WordPress.com) notify on the page: posting, not a message to the
 * user ("direct notice" until 2027-02-12). A message the same sentence says the company may add
 * ("in some cases, we may provide additional notice") promises nothing.
 */
const NOTIFIED_HERE =
  /\bnotif(?:y|ied|ication) (?:you |users )?(?:here|on this (?:page|site|website)|at this (?:page|site|address))\b/i;
const NOTIFIED_BY_REVISING =
  /\b(?:will|shall) (?:notify|inform|tell) (?:you |users )?(?:of (?:any |such |these )?changes )?by (?:revising|updating|posting|changing|amending|publishing|modifying)\b/i;
/** A message named after it, and whether only as something the company may add. */
const A_MESSAGE = /\b(?:e-?mail|sending|message|notification|push)\b/i;
/** A message promised beside it: "by revising the date … and by email". */
const AND_BY_MESSAGE =
  /\b(?:and|as well as) (?:also )?(?:by|via|through) (?:e-?mail|sending|a message|a notification|push|in-app)/i;
export function notifiedOnThePage(s: string): boolean {
  if (!/notif|inform|tell/i.test(s) || AND_BY_MESSAGE.test(s)) return false;
  if (NOTIFIED_HERE.test(s)) return true;
  const m = NOTIFIED_BY_REVISING.exec(s);
  if (!m) return false;
  // "… by posting an announcement … or sending you an email" promises the message as one of two
  // ways (direct notice, as read since 2027-02-08); "… and, in some cases, we may provide additional
  // notice (… sending you a notification)" only may add it; "… we will provide you with additional
  // notice (… sending you a notification)" promises it.
  const rest = s.slice(m.index + m[0].length);
  const message = A_MESSAGE.exec(rest);
  if (!message) return true;
  const before = rest.slice(0, message.index);
  return /\bmay\b/i.test(before) && !/\b(?:will|shall|must)\b/i.test(before);
}

/**
 * The user's own advertising or analytics account, not a tracker on the service: "For example, you
 * may be able to manage your Google ads and see your Google Analytics data directly within the
 * dashboard of your Newspack powered site." (WordPress.com: "third-party tracking (Google ads)" and
 * "Google Analytics" until the double reading of 2027-02-12).
 */
const USERS_OWN_AD_ACCOUNT =
  /\b(?:manage|see|view|connect|access|link|use) (?:your|their) (?:own )?(?:google|facebook|meta|microsoft|bing|amazon) (?:ads|ad manager|analytics|business|account)\b/i;
export const usersOwnAdAccount = (s: string) => /\byour\b/i.test(s) && USERS_OWN_AD_ACCOUNT.test(s);

/**
 * A tracker named for the company itself: "Learn more about Google ads and why you may see
 * particular ads." in Google's own policy ("third-party tracking (Google ads)"): its ads, named by
 * one of the names the policy calls the company by (ownNames).
 */
export function namedForTheCompany(value: string, own: ReadonlySet<string>): boolean {
  // Only its ads by name: its pixel on others' sites ("Meta Pixel" in Facebook's policy) is the
  // cross-site tracking the rubric names, whoever runs it.
  const m = /^([A-Z][\w&.-]*) (?:ads|adsense|ad manager)$/i.exec(value);
  return !!m && own.has(m[1]!);
}
