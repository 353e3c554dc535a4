/**
 * Rules added after the re-audit of 2027-01-07 (the 101st to 125th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */

/**
 * A device's settings said in other words: "You may disable the collection and use of your location
 * data through device-level settings." (WeChat), "you can manage or disable the collection of
 * precise geolocation data for all applications in the settings menu of your device" (Alibaba.com),
 * "Your device configuration settings allow you to disable location tracking." (Watch.Hockey). Each
 * read "in account settings" until the re-audit of 2027-01-07: the rule of 2026-12-04 reads "your
 * device's settings", "the privacy settings of your … device". Not the account's settings.
 */
const DEVICE_SETTINGS_REWORDED =
  /\b(?:device|phone)[- ](?:level|configuration|system) settings\b|\bsettings (?:menu|app|application|page|section) (?:of|on|in) (?:your |the )?(?:mobile )?(?:device|phone)s?\b/gi;
const mentionsDeviceSettings = (s: string) =>
  s.includes("settings") && (s.includes("device") || s.includes("phone"));
export function deviceSettingsReworded(s: string): boolean {
  if (!mentionsDeviceSettings(s)) return false;
  DEVICE_SETTINGS_REWORDED.lastIndex = 0;
  return DEVICE_SETTINGS_REWORDED.test(s);
}
export function withoutDeviceSettingsReworded(s: string): string {
  return mentionsDeviceSettings(s) ? s.replace(DEVICE_SETTINGS_REWORDED, "") : s;
}

/**
 * A switch the user flips, logged as data, is no opt-out: "Mozilla receives data about your
 * interactions with FPN, such as when you enable and disable the proxy and the amount of bandwidth
 * you use when the proxy is enabled." (Firefox Private Network: its choice neutral on "an opt-out
 * is offered" until the re-audit of 2027-01-07, though it offers none). The words "when (whether,
 * how often) you enable and (or) disable" are read out before the opt-out rules read the sentence;
 * not "you can disable …", which stays an opt-out.
 */
const SWITCHING_LOGGED =
  /\b(?:when|whether|how often|times) you (?:enable|turn on|activate|switch on) (?:and|or|and\/or) (?:disable|turn off|deactivate|switch off)\b/gi;
export function withoutSwitchingLogged(s: string): string {
  return s.includes("you enable") ||
    s.includes("you turn on") ||
    s.includes("you activate") ||
    s.includes("you switch on")
    ? s.replace(SWITCHING_LOGGED, "")
    : s;
}

/**
 * A cookie table's row, whose cookie may be named "optout": "criteo.com — optout, uid, uid3pd —
 * Third Party" (Zoosk: read as "an opt-out is offered" until the re-audit of 2027-01-07). A row
 * that opens on a domain and ends on "First (Third) Party" names cookies, and offers nothing.
 */
const COOKIE_TABLE_ROW =
  /^\W{0,3}[\w.-]{1,80}\.[a-z]{2,6} [—–-] [^—–]{1,200} [—–-] (?:first|third)[- ]party\W{0,3}$/i;
export function cookieTableRow(s: string): boolean {
  return /party\W{0,3}$/i.test(s) && COOKIE_TABLE_ROW.test(s.trim());
}

/**
 * Recipients forbidden to use the data for themselves: "These service providers and data
 * processors are contractually required to use it only to provide their service to us, and are
 * contractually prohibited from using it for their own purposes." (Nextdoor: read as "shared for
 * others' marketing or advertising" until the re-audit of 2027-01-07). The words "prohibited
 * (forbidden, barred, restricted) from using (disclosing, sharing, selling) it … for their own
 * purposes" are read out before the advertising rules read the sentence, as "cannot use it for
 * their own purposes" is a denial.
 */
const OWN_USE_FORBIDDEN =
  /\b(?:prohibited|forbidden|barred|restricted|precluded|not permitted|not allowed) from (?:using|disclosing|sharing|selling|processing)\b[^.;]{0,80}?\bfor (?:their|its) own\b/gi;
export function withoutOwnUseForbidden(s: string): string {
  return s.includes(" from ") && s.includes(" own") ? s.replace(OWN_USE_FORBIDDEN, "") : s;
}

/**
 * A list item of recipients that opens on advertising recipients and goes on to others:
 * "Advertising networks and technology companies, including Google, Facebook, and Twitter, and
 * companies that measure advertising performance and attribution." (Zoosk, under "4. Disclosures of
 * your personal data", after "We may share your personal data with the parties set out below …":
 * third parties neutral until the re-audit of 2027-01-07). The rule of 2026-12-03 reads a lead that
 * ends on advertising recipients ("Marketing and advertising partners, such as …", AliExpress);
 * this one a lead that begins on them, "advertising networks (partners, companies) and …".
 */
const AD_RECIPIENTS_FIRST =
  /^(?:advertisers|ad networks|advertising (?:partners|networks|companies|providers|platforms)) (?:and|or|&) [\w'’ -]{1,40}$/i;
export function advertisingRecipientsFirst(lead: string): boolean {
  return /^(?:ad|advert)/i.test(lead) && AD_RECIPIENTS_FIRST.test(lead);
}

/**
 * A retention period set by the time the data is needed: "We calculate the retention period based
 * upon the time the personal information is needed to fulfill the purposes described in this
 * Privacy Statement; …" (Thomson Reuters: "no fact found" until the re-audit of 2027-01-07). Read
 * as "as long as needed"; not a period based on the law alone ("retention periods are based on
 * legal requirements").
 */
const PERIOD_BY_NEED =
  /\bretention periods? (?:is |are )?(?:based|calculated|determined|set) (?:up)?on (?:the time|the period|how long) (?:that )?(?:the |your |such )?(?:personal )?(?:data|information) (?:is|are) (?:needed|necessary|required)\b/i;
export const PERIOD_BY_NEED_WORDS = /retention period/i;
export function retentionPeriodByNeed(s: string): boolean {
  return s.includes("retention period") && PERIOD_BY_NEED.test(s);
}

/**
 * Cookies the user may refuse by setting up a device: "You have the option to set up your device
 * to accept or refuse these cookies, and know when a cookie is being sent to your device."
 * (LibraryThing: "no fact found" until the re-audit of 2027-01-07), as the rule of 2026-12-29
 * reads "you can edit your browser's options to block cookies". The way is the user's ("you have
 * the option to", "you can (may)"), the verb refuses cookies. Not a device the company sets.
 */
const COOKIES_REFUSED_ON_DEVICE =
  /\byou (?:have the (?:option|ability|choice) to|can|may|are able to)(?: also)? (?:set up|set|configure|adjust) (?:your |the )(?:mobile )?(?:device|computer|phone)s? (?:\w+ ){0,3}?to (?:accept or |either accept or )?(?:block|refuse|reject|decline)(?: all| some| certain| any| these| our)? cookies\b/i;
export const COOKIES_REFUSED_ON_DEVICE_WORDS = /refuse|reject|block|decline/;
export function cookiesRefusedOnDevice(s: string): boolean {
  return s.includes("cookies") && COOKIES_REFUSED_ON_DEVICE.test(s);
}

/**
 * Recipients held by a contract to protect the data: "Mozilla has written agreements in place with
 * these companies contractually obligating them to protect your information." (Firefox Private
 * Network, after "FPN shares data with certain third parties in order to provide the service to
 * you": "no fact found" until the re-audit of 2027-01-07). Agreements (contracts) with these
 * (such, our) companies (providers, vendors, partners, third parties) obligating (requiring,
 * binding) them to protect (safeguard, secure) the data. Not a contract with the user.
 */
const CONTRACT_TO_PROTECT =
  /\b(?:agreements?|contracts?) (?:in place )?with (?:these|those|such|our|the|all) (?:\w+ )?(?:companies|providers|vendors|partners|third parties|processors|recipients)\b[^.;]{0,40}?\b(?:obligat|requir|bind)\w* them to (?:protect|safeguard|secure|keep)\b/i;
export const CONTRACT_TO_PROTECT_WORDS = /agreement|contract/;
export function contractedToProtect(s: string): boolean {
  return s.includes(" them to ") && CONTRACT_TO_PROTECT.test(s);
}

/**
 * Preferences a sentence only points to: "For more information on exercising your preferences in
 * relation to cookies and similar technologies, including how we process opt-out preference
 * signals, please see the section of this Notice titled “Your Privacy Choices & Rights.”"
 * (Starbucks: read "of cookies, in account settings" until the re-audit of 2027-01-07). The words
 * "for more information on (about) [exercising, managing] your preferences" name a subject, not a
 * place to make them: they are read out before the way is looked for. Not "manage your preferences
 * in your account settings", which still names the account.
 */
const PREFERENCES_POINTED_TO =
  /\bfor (?:more |further )?information (?:on|about|regarding) (?:(?:how to )?(?:exercis|manag|sett|chang|updat)\w* )?(?:your )?(?:\w+ )?preferences\b/gi;
export function withoutPreferencesPointedTo(s: string): string {
  return s.includes("information") && s.includes("preferences")
    ? s.replace(PREFERENCES_POINTED_TO, "")
    : s;
}
