/**
 * Rules added after the blind double reading of 2027-01-31 (112 machine findings, 8 companies:
 * third parties, use, retention, disputes, cookies and security; docs/machine-reading-rules.md).
 * Pure tests on one sentence, every quantifier bounded, gated on a plain word before their
 * pattern runs.
 */
import { USERS_TOLD_TO } from "./safeguards";

/**
 * Recipients' own marketing said as their interest: "… we may share the personal information you
 * provide online with companies not affiliated with us (i.e. third-party companies) who are
 * interested in marketing their products or services to you or in asking you questions, both
 * online and offline." (Shockwave.com, read only as "shared with third parties for marketing"
 * until the double reading of 2027-01-31). Rewritten as "for their own marketing purposes", as
 * `theirMarketingAsPurpose` rewrites "so they can inform you about their products", so that every
 * limit of those rules (a denial, the user's own sharing, a right to ask) still holds. Not the
 * company's own products ("partners who are interested in marketing our products").
 */
const INTERESTED_IN_MARKETING =
  /\b(?:who|that|which) (?:are|is|may be|might be|would be) interested in (?:marketing|promoting|advertising|offering|selling) (?:their|its) (?:own )?(?:products?|services?|offers?|offerings?)\b[^.;—]{0,120}/i;
export function theirInterestInMarketing(s: string): string | null {
  if (!s.includes("interested in") || !(s.includes("their") || s.includes("its"))) return null;
  const m = INTERESTED_IN_MARKETING.exec(s);
  if (!m) return null;
  return `${s.slice(0, m.index)}for their own marketing purposes${s.slice(m.index + m[0].length)}`;
}

/**
 * A regulator named only as the author of guidance: "… note that the French Data Protection
 * Authority (CNIL) adopted guidance on best practices for protection of personal data within the
 * mobile environment that may be helpful for you to refer to." (Google Play, whose disputes read
 * "a regulator is named" until the double reading of 2027-01-31). Guidance to read names no body
 * the user may turn to; not a sentence that also names a complaint, a dispute, the regulator's
 * powers or the company being subject to it.
 */
const GUIDANCE_AUTHORED =
  /\b(?:adopted|issued|published|released|developed|produced|prepared|drafted)\b[^.;]{0,40}?\b(?:guidance|guidelines|recommendations|best practices|codes? of (?:practice|conduct))\b/i;
const RECOURSE_WORDS =
  /\b(?:complain\w*|lodge|recourse|disputes?|resolv\w*|jurisdiction|enforcement|investigat\w*|subject to|appeal|supervis\w*|oversee\w*|regulated by|contact)\b/i;
export function regulatorAsGuidanceAuthor(s: string): boolean {
  return (
    (s.includes("guidance") ||
      s.includes("guideline") ||
      s.includes("ecommendations") ||
      s.includes("best practice") ||
      s.includes("ode of")) &&
    GUIDANCE_AUTHORED.test(s) &&
    !RECOURSE_WORDS.test(s)
  );
}

/**
 * Providers named beside a denial of giving them anything: "We do not share the information that
 * you provide to Sony with these third parties, but ad network providers, the advertisers, the
 * sponsors, and/or analytics service providers may set and access their own cookies, web beacons
 * and embedded scripts on your Device from our Website." (Sony). Or named only as where something
 * comes from: "The code is temporarily downloaded onto your Device from our server or a
 * third-party service provider …" (Sony). Both read "shared with service providers, limits not
 * stated" until the double reading of 2027-01-31. Not where the sentence gives them data after
 * the "but" ("… but we share it with our service providers"), nor a denial with an exception.
 */
const DENIAL_BEFORE_BUT =
  /^[^.;]{0,40}?\b(?:do|does|will|shall) not (?:share|transfer|disclose|give|provide|sell|pass)\b[^.;]{0,120}?,? but\b/i;
const GIVING =
  /\b(?:share[sd]?|sharing|disclos\w{0,4}|transfer\w{0,4}|sell|sold|rent|give|given|provide (?:it|them|your|personal|such|this|the)|pass\w{0,3} (?:on|it|them|your))\b/i;
const FROM_A_PROVIDER =
  /\b(?:downloaded|delivered|served|loaded|retrieved|streamed|hosted|sent) (?:[\w-]{1,15} ){0,4}?from (?:[\w-]{1,15} ){0,4}?(?:(?:a|an|the|our) )?(?:third[- ]party )?(?:service providers?|vendors?)\b/i;
export function providersNamedButNotGiven(s: string): boolean {
  if (!s.includes("rovider") && !s.includes("endor")) return false;
  if (s.includes(" but ") && s.includes(" not ")) {
    const m = DENIAL_BEFORE_BUT.exec(s);
    if (
      m &&
      !/\b(?:except|unless|other than|only)\b/i.test(m[0]) &&
      !GIVING.test(s.slice(m.index + m[0].length))
    )
      return true;
  }
  return s.includes("from") && FROM_A_PROVIDER.test(s) && !GIVING.test(s);
}

/**
 * Limits to what providers get in other words: "… only provide them with the personal information
 * necessary to the service they are providing." (Badoo), "in order to fulfill the limited purposes
 * described herein" (Wolfram), "When shared with a Marketing Service Provider, hashed emails are
 * deleted after the ads are served." (Badoo), "We transfer your personal data to travel agencies,
 * ancillary service providers, authorities and ground handlers, in accordance with the services
 * requested." (Finnair: what the user asked for bounds what passes). Each read "shared with service
 * providers, limits not stated" until the double reading of 2027-01-31. Since 2027-02-02 also
 * providers the company ensures do as it does: "… we will always use appropriate personal data
 * transfer mechanisms and safeguards … We also ensure that our ICT and other service providers do
 * so …" (Finnair).
 */
const PROVIDERS_LIMITED =
  /\bonly (?:provide|share|disclose|give|transfer)\w{0,3} (?:them |it )?(?:with |to )?(?:the )?(?:personal )?(?:information|data)\b[^.;]{0,30}?\bnecessary\b|\b(?:fulfil|fulfill|carry out|serve|perform) (?:the )?limited purposes?\b|\b(?:deleted|erased|destroyed|purged) (?:[\w-]{1,15} ){0,2}?(?:after|once) (?:the )?(?:ads|advertisements|campaign|service|match\w{0,3}|purpose)\b|\bin accordance with the (?:services?|products?|bookings?) (?:you (?:have )?)?requested\b|\bensure (?:that )?(?:our |its |all )?(?:[\w-]{1,20} ){0,3}?(?:service providers?|vendors|processors|contractors) (?:also )?(?:do so|do the same|comply|adhere|follow|implement|apply|protect|safeguard)\b/i;
export function providersLimitedInOtherWords(s: string): boolean {
  return (
    ((s.includes("only") && s.includes("necessary")) ||
      s.includes("limited purpose") ||
      s.includes("requested") ||
      s.includes("ensure") ||
      ((s.includes("deleted") ||
        s.includes("erased") ||
        s.includes("destroyed") ||
        s.includes("purged")) &&
        (s.includes("after") || s.includes("once")))) &&
    PROVIDERS_LIMITED.test(s)
  );
}

/**
 * Partners named outright, not as examples: "These third-party partners, which currently are Meta
 * Platforms Ireland Limited, Google LLC and Sanoma Media Finland Oy, may act as joint controllers
 * together with us …" (Finnair, whose only named partners read "(as examples)" until the double
 * reading of 2027-01-31).
 */
const PARTNERS_ARE =
  /\b(?:partners|providers|processors|recipients|companies|third parties|vendors)\b,? (?:which|who) (?:currently |presently |at present |at the moment )?are\b/i;
/** The list after "which currently are", read as partners given data ("shared with …"), or null. */
export function partnersListedOutright(s: string): string | null {
  const m = s.includes(" are ") ? PARTNERS_ARE.exec(s) : null;
  return m ? `shared with${s.slice(m.index + m[0].length)}` : null;
}

/**
 * Users told to encrypt: "We strongly recommend Users encrypt sensitive files locally before
 * uploading for an additional layer of protection." (Gofile, read "encrypt" among its safeguards
 * until the double reading of 2027-01-31). Advice to users, read by the safeguards rule's own
 * guard for steps the user is told to take (safeguards.ts) in the words just before "encrypt";
 * not where the company says it encrypts too ("We use encryption, and recommend users …").
 */
const COMPANY_ENCRYPTS =
  /\bwe (?:(?!recommend|urge|ask|encourage|advise)[\w-]{1,15} ){0,2}?(?:use|uses|employ|employs|apply|applies|encrypt|encrypts)\b/i;
export function usersToldToEncrypt(s: string): boolean {
  const i = s.includes("ncrypt") ? s.search(/encrypt/i) : -1;
  return i > 0 && USERS_TOLD_TO.test(s.slice(Math.max(0, i - 80), i)) && !COMPANY_ENCRYPTS.test(s);
}
