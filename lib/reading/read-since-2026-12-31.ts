/**
 * Rules added after the re-audit of 2026-12-31 (the 26th to 50th machine-read companies by the
 * SHA-1 digest of their slug: cookies, retention, disputes, third parties, children, policy changes
 * and choice). Each is a pure test on one sentence, kept in its own file so that the rules in
 * `extract-facts.ts` change by a line each. Every quantifier is bounded (the suite's adversarial
 * inputs run over them), and each rule is gated on a plain word before its pattern runs.
 */
import { SUPPORT_AGENTS } from "./read-since-2027-01-27";

/**
 * Words of the service-provider rule that name no recipient: software agents ("Build and deploy
 * AI agents that can interact with onchain data and smart contracts", Base's landing page, read as
 * "shared with service providers under contract" until the re-audit of 2026-12-31), and the
 * company likening itself to providers ("Log Information: Like most online service providers, we
 * collect information that web browsers … make available", UptimeRobot). A sentence that names a
 * recipient besides them ("our agents and AI agents") is left to the rule.
 */
// Since the second reading of 2027-01-27 also the company's own support agents ("support agents
// will not be able to locate the deleted account", Wix; read-since-2027-01-27.ts), and since the
// double reading of 2027-01-31 the user's own agents ("Third parties to whom you or your agents
// authorize us to disclose your PI", Wolfram's CCPA list, read "shared with service providers").
const NO_RECIPIENT = new RegExp(
  `${
    /\b(?:AI|software|autonomous|intelligent|conversational|user)[ -]agents?\b|\blike (?:most|many|other|all) (?:other )?(?:online |internet |web |digital )?service providers\b|\b(?:you (?:or|and) )?your (?:authori[sz]ed )?agents?\b/
      .source
  }|${SUPPORT_AGENTS.source}`,
  "gi",
);
const PROVIDER_WORD =
  /\b(?:service providers?|vendors?|contractors?|agents|processors?|subprocessors?|companies (?:that|who) (?:help|assist|perform|provide))\b/i;
export function providersNamedAsNoRecipient(s: string): boolean {
  if (!s.includes("agent") && !s.includes("service providers")) return false;
  const rest = s.replace(NO_RECIPIENT, " ");
  return rest !== s && !PROVIDER_WORD.test(rest);
}

/**
 * A regulator named only as a source of advice: "Please refer to the Federal Trade Commission’s
 * website at for further information on how to protect Yourself from identity theft."
 * (Dailymotion, whose disputes quoted it as "a regulator is named" until the re-audit of
 * 2026-12-31). A website to read, no recourse: not a sentence that also names a complaint, a
 * dispute, the regulator's powers or the company being subject to it.
 */
const ADVICE_ONLY =
  /\b(?:refer to|visit|see|consult)\b[^.;]{0,80}?\bwebsites?\b[^.;]{0,40}?\bfor (?:further|more|additional) (?:information|guidance|advice)\b/i;
const RECOURSE_WORDS =
  /\b(?:complain\w*|lodge|recourse|disputes?|resolv\w*|jurisdiction|enforcement|investigat\w*|subject to|appeal)\b/i;
export function regulatorForAdviceOnly(s: string): boolean {
  return s.includes("website") && ADVICE_ONLY.test(s) && !RECOURSE_WORDS.test(s);
}

/**
 * Cookies the user may refuse in the browser, said as the cookie settings or as what browsers can
 * be set to do: "Please review your web browser's "Help" file to learn the proper way to modify
 * your cookie settings." (Limitless, "no fact found" until the re-audit of 2026-12-31), "You can
 * change your cookie preferences in your browser settings." (Better Stack), "Some browsers may
 * automatically accept cookies, while some can be modified to decline cookies …" (Flutterwave,
 * "how not stated"), as "you can edit your browser's options to block cookies" reads since the
 * re-audit of 2026-12-29. The browser is the user's ("your browser", "browsers", "browser
 * settings"), not one the company makes.
 */
const COOKIE_SETTINGS_CHANGED =
  /\b(?:change|modify|adjust|manage|control|update|set)\b (?:your |the )?cookies? (?:settings|preferences)\b/i;
const USERS_BROWSER =
  /\byour (?:own )?(?:web |internet )?browser\b|\bbrowser(?:['’]s)? (?:settings|options|preferences|controls)\b/i;
const BROWSERS_SET_TO_REFUSE =
  /\b(?:browsers?|some|most|many)\b (?:can|may|could) be (?:modified|set|configured|adjusted|changed|instructed) to (?:decline|refuse|reject|block|disable) (?:all |some |certain |any )?cookies\b/i;
export function cookieSettingsInBrowser(s: string): boolean {
  if (!s.includes("cookie") || !s.includes("browser")) return false;
  return (
    (COOKIE_SETTINGS_CHANGED.test(s) && USERS_BROWSER.test(s)) || BROWSERS_SET_TO_REFUSE.test(s)
  );
}

/**
 * The sharing of the user's data controlled by a named setting: "You can control whether X shares
 * your personal information with these partners by using the “Data sharing with business partners”
 * setting." (X, whose choice read "an opt-out is offered; the policy does not say how" until the
 * re-audit of 2026-12-31). Not "you can control what you share" (the user's own posts).
 */
const SHARING_BY_SETTING =
  /\byou (?:can|may|are able to) (?:control|choose|decide) whether (?:we|[A-Z][\w.&'’-]{0,30}) (?:shares?|discloses?|sells?) (?:your )?(?:personal )?(?:information|data)\b[^.;]{0,120}?\b(?:by using|using|through|via|in) (?:the |your )?[^.;]{0,60}?\bsettings?\b/i;
export function sharingControlledBySetting(s: string): boolean {
  return s.includes("whether") && s.includes("setting") && SHARING_BY_SETTING.test(s);
}

/**
 * Kept "for as long they are needed", the policy's "as" missing: "Our policies require that we
 * retain records for as long they are needed to provide you service or for legal, tax, audit,
 * investigative, and/or security purposes and then securely delete or destroy them." (Visible,
 * "no fact found" until the re-audit of 2026-12-31). Only with a verb of keeping.
 */
const AS_LONG_THEY_ARE_NEEDED =
  /\bfor as long (?:they|it|the data|the information) (?:is|are|remains?) (?:reasonably )?(?:needed|necessary|required)\b/i;
const KEEPING = /\b(?:retain\w*|keep|keeps|kept|stor(?:e|es|ed|ing))\b/i;
export function keptAsLongTheyAreNeeded(s: string): boolean {
  return s.includes("as long") && AS_LONG_THEY_ARE_NEEDED.test(s) && KEEPING.test(s);
}

/**
 * The company disabling access to content, no choice of the user's: "Content moderation: as a
 * content hosting platform, we have a legal obligation to disable access to any hosted Content
 * reasonably believed to be illicit." (Dailymotion, an opt-out "offered, how not stated" until the
 * re-audit of 2026-12-31). Not the user's own "you may disable access to your location".
 */
const COMPANY_DISABLES_ACCESS =
  /\b(?:we|us|our|obligation|obliged|required|reserve the right)\b[^.;]{0,40}?\bdisable access to (?:any |the |such |certain )?(?:hosted |illegal |illicit )?(?:content|material|posts?|videos?|accounts?)\b/i;
export function companyDisablesAccess(s: string): boolean {
  return s.includes("disable access") && COMPANY_DISABLES_ACCESS.test(s);
}

/**
 * Names given as sources of data received, said in the passive: "Supplemented data may be received
 * about you from other sources, including social media sites like Facebook, Twitter etc. in which
 * case we combine this data with information that we already have about you, so that we can …
 * provide products and services that may be of interest to you." (123Greetings, whose third
 * parties named Facebook and Twitter as partners until the re-audit of 2026-12-31), as "we receive
 * … from" reads since the audit of 2026-12-14. A sentence that also gives data keeps its names;
 * products or services provided to the user are no data given.
 */
const PASSIVE_RECEIVED_FROM =
  /\b(?:data|information)\b[^.;]{0,40}?\b(?:may be|is|are|will be|can be|might be) (?:received|obtained)\b[^.;]{0,40}?\bfrom\b/i;
const GIVES =
  /\b(?:share[sd]?|sharing|disclos\w*|provid(?:e|es|ed|ing)|sen[dt]s?|sending|transfer\w*|sell\w*|sold|pass(?:es|ed)? on|make available|made available)\b/i;
const PRODUCTS_PROVIDED =
  /\bprovid(?:e|es|ed|ing) (?:you with )?(?:our |the |relevant |new )?(?:products|services|offers|features)\b/gi;
export function namedAsPassiveSource(s: string): boolean {
  return (
    (s.includes("received") || s.includes("obtained")) &&
    PASSIVE_RECEIVED_FROM.test(s) &&
    !GIVES.test(s.replace(PRODUCTS_PROVIDED, " "))
  );
}
