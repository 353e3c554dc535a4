/**
 * Rules added after the re-audit of 2027-01-23 (the 276th to 302nd machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * Complaints the company asks to hear "in the first instance": "In the event that you wish to make
 * a complaint about how we process your personal information, please contact us in the first
 * instance at dataprotection@tencent.com and we will endeavour to deal with your request as soon as
 * possible." (Tencent; concerning until the re-audit of 2027-01-23, "complaints and appeals go only
 * to the company"). A first step says there are further ones without naming them, as LinkedIn's "If
 * contacting us does not resolve your complaint, you have more options." (`recourseElsewhere`'s
 * "further options are mentioned, not named", neutral). Only a complaint or concern the user brings
 * to "us" ("contact us … in the first instance"), in a sentence that names no next step: not "We
 * would, however, appreciate the chance to deal with your concerns before you approach your
 * supervisory authority, so please contact us in the first instance" (Forbes, Zoosk …: the
 * authority is named, and read as a regulator), nor "please contact the controller party in the
 * first instance to address your rights", nor "the reason we collected the personal data in the
 * first instance".
 */
export const FIRST_INSTANCE_WORDS = /first instance/;
const COMPLAINT_OR_CONCERN = /\b(?:complain\w*|concerns?|disputes?|grievances?)\b/i;
const TO_US_FIRST =
  /\b(?:contact(?:ing)?|write to|writing to|reach(?:ing)?|e-?mail(?:ing)?|call(?:ing)?) us\b[^.;]{0,80}?\bin the first instance\b/i;
/** The next step named in the sentence itself, which its own rules read. */
const NEXT_STEP_NAMED =
  /\b(?:authorit(?:y|ies)|regulators?|commission(?:er)?|ombuds\w*|DPC|ICO|Data Protection Office)\b/i;
export function complaintToUsFirst(s: string): boolean {
  return (
    s.includes("first instance") &&
    COMPLAINT_OR_CONCERN.test(s) &&
    TO_US_FIRST.test(s) &&
    !NEXT_STEP_NAMED.test(s)
  );
}

/**
 * Data deleted once the need for it ends, said from the other side: "When we have no ongoing
 * legitimate business need to process your information, we will either delete it or take steps to
 * de-identify or anonymize it in accordance with applicable law." (Meetup; "no fact found" until the
 * re-audit of 2027-01-23). The rule of 2026-12-26 (`keptWhileRelationship`) reads "as long as we
 * have an ongoing legitimate business need"; this is the same limit, read as "kept until we have no
 * ongoing legitimate business need". A verb of deleting (erasing, anonymising) after it; not "When
 * we have a legitimate business need, we may share …".
 */
export const NO_BUSINESS_NEED_WORDS = /\bneed\b/;
const DELETED_WHEN_NO_NEED =
  /\bwhen (we (?:have|no longer have) (?:no |an? )?(?:(?:ongoing|continuing|legitimate|business) ){1,3}need)\b[^.;]{0,60}?,? (?:we|it|your (?:[\w-]+ ){0,2}?(?:data|information)) (?:will|shall|may|would|is|are)?(?: be)? ?(?:either )?(?:delete|deleted|erase|erased|destroy|destroyed|anonymi[sz]e|anonymi[sz]ed|de-identify|de-identified)\b/i;
export function keptUntilNoBusinessNeed(s: string): string | null {
  if (!s.includes(" need")) return null;
  const m = DELETED_WHEN_NO_NEED.exec(s);
  if (!m) return null;
  const need = m[1]!.toLowerCase();
  // "we have no ongoing … need" or "we no longer have an ongoing … need": kept until then.
  return need.includes(" no ") ? `until ${need}` : null;
}

/**
 * Ad-serving providers' cookies on the company's service: "Further, Our Services may deliver
 * targeted advertisements using cookies, ad identifiers, etc., from the servers of ad-serving
 * providers contracted by us. In such cases, the ad-serving provider will manage such Cookies etc.
 * in accordance with its own privacy policy." (pixiv; neutral until the re-audit of 2027-01-23,
 * "first-party cookies or analytics … no third-party tracking found"). Third parties' cookies that
 * serve ads are the rubric's third-party tracking. A sentence with cookies (or ad identifiers) and
 * a verb of serving, setting or managing them; not the company's own ad server ("our ad-serving
 * platform"), nor a denial ("We do not work with ad-serving providers").
 */
export const AD_SERVING_WORDS = /erving/;
const AD_SERVERS = /\bad[- ]serving (providers?|compan(?:y|ies)|networks?|partners?|vendors?)\b/i;
const COOKIES_SERVED = /\b(?:cookies?|ad identifiers?|advertising identifiers?)\b/i;
const SERVED_OR_MANAGED =
  /\b(?:deliver\w*|serv(?:e|es|ed)|plac(?:e|es|ed)|set(?:s)?|manag(?:e|es|ed)|collect\w*|stor(?:e|es|ed)|read(?:s)?|access(?:es|ed)?)\b/i;
const OWN_OR_DENIED =
  /\b(?:our|its) (?:own )?ad[- ]serving\b|\b(?:not|never|no)\b[^.;]{0,40}?\bad[- ]serving\b/i;
export function adServingProvidersCookies(s: string): string | null {
  if (!s.includes("erving")) return null;
  const m = AD_SERVERS.exec(s);
  if (!m || !COOKIES_SERVED.test(s) || !SERVED_OR_MANAGED.test(s) || OWN_OR_DENIED.test(s))
    return null;
  return `ad-serving ${m[1]!.toLowerCase()}`;
}

/**
 * A period counted from the user's last interaction, said with the user named: "We retain User
 * Information, which is directly collected for purposes of serving ads, for at most thirteen (13)
 * months from the User’s last interaction with our Services …" (Taboola; until the re-audit of
 * 2027-01-23 "User Information is kept for up to 13 months", a period from now). The retention
 * period's start (`retention-period.ts`) reads "from the last interaction", "after your last
 * activity"; this lets "the User’s (customer's, member's, visitor's) last …" in.
 */
export const A_USERS = "(?:(?:user|customer|member|visitor|player|client)['’]s )";
