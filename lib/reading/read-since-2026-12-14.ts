/**
 * Rules added after the audit of 2026-12-14 (offset 10 of the machine-read companies: cookies,
 * retention, disputes, third parties, collection, use and choice). Each is a pure test on one
 * sentence (or a clause's heading), kept in its own file so that the rules in `extract-facts.ts`
 * and `retention-period.ts` change by a line each. Every quantifier is bounded (the suite's
 * adversarial inputs run over them).
 */

import { anotherPeriodAfterAccountEnd } from "./read-since-2027-02-04";

/**
 * The start of a period said in further words than `FROM_END` reads, in the policy's words:
 * - after it, "for a further 12 months after any account closure" (IndieGala), "retain the
 *   following for a period (e.g., 5 years) after our business relationship with you has ended"
 *   (Kraken: the period in brackets), "kept for a maximum of 5 years from the last email sent"
 *   (Open Terms Archive);
 * - before it, "for the life of the account + 2 years" (Starlink), as "the duration of the
 *   relationship plus a period of 10 years" already reads;
 * - at the sentence's opening, "After you close your account we still keep some or all of your
 *   information for up to 9 months" (ASKfm, protective until the audit of 2026-12-14: a period
 *   counted from the account's end is the rubric's neutral "deletion on cancellation within a
 *   stated time"). Not "If you close your account, …" (a case, not a start), nor "After 60 days".
 * Until the audit each read as a period from now ("account information kept for 2 years").
 */
const AFTER_ANY_END =
  /^\s{0,3}\)?\s{0,3}(after (?:any|each|every) (?:account |user )?(?:closure|closing|deletion|termination|cancell?ation)(?: of (?:the |your |an? )?account)?)\b/i;
const AFTER_RELATIONSHIP_ENDED =
  /^\s{0,3}\)?\s{0,3}(after (?:the |your |our )(?:business |contractual |customer |commercial )?relationship(?: with (?:you|us))? (?:has )?(?:ended|ends|terminated|is terminated|has been terminated|comes to an end))\b/i;
const FROM_LAST_MESSAGE =
  /^\s{0,3}\)?\s{0,3}(?:after|from|following) (the (?:last|most recent) (?:e-?mail|message|newsletter|communication)s? (?:sent|received|opened))\b/i;
const LIFE_OF_ACCOUNT_PLUS =
  /\b(?:life|lifetime|duration|term) of (?:the|your|our) (account|relationship|contract|subscription|membership) ?(?:\+|plus) ?(?:a (?:further )?period of |a further )?$/i;
const OPENS_AFTER_CLOSING =
  /^\W{0,3}(?:after|once|following) (you (?:close|delete|cancel|terminate|deactivate) your account|your account (?:is|has been) (?:closed|deleted|terminated|cancell?ed|deactivated)|(?:the )?(?:closure|deletion|termination|cancell?ation) of your account)\b/i;

export function periodStartSaidOtherwise(before: string, tail: string): string | null {
  const after = AFTER_ANY_END.exec(tail) ?? AFTER_RELATIONSHIP_ENDED.exec(tail);
  if (after) return after[1]!;
  const message = FROM_LAST_MESSAGE.exec(tail);
  if (message) return `after ${message[1]!}`;
  const life = LIFE_OF_ACCOUNT_PLUS.exec(before.slice(-60));
  if (life) return `after the ${life[1]!.toLowerCase()} ends`;
  // The opening counts only when no other period stands before this one in the sentence.
  const opening = OPENS_AFTER_CLOSING.exec(before);
  if (opening && !/\d|\b(?:days?|weeks?|months?|years?)\b/i.test(before.slice(opening[0].length)))
    return `after ${opening[1]!}`;
  // "… deleted right after account deletion, but we keep … for another 4 years" (the double
  // reading of 2027-02-03, read-since-2027-02-04.ts).
  return anotherPeriodAfterAccountEnd(before);
}

/**
 * Data the company gives to partners it names for advertising together with another purpose:
 * "Therefore, we share the information about how you use our website with our advertising and
 * analysis partners, namely Google and Tiscali Media." (Uschovna, after "We also use cookies to
 * collect statistical data and personalise ads"; until the audit of 2026-12-14 its cookies, third
 * parties and use read neutral, "advertising and analysis partners" not being read as advertising
 * partners). The company gives ("we share / disclose / provide / transfer / pass"), not denied
 * before its verb; the partners are advertising or marketing partners joined by "and" or "/" to
 * analytics, measurement, social media or business partners, either way round.
 */
const AD_AND_OTHER_PARTNERS =
  "(?:(?:advertising|marketing)(?: and |/| & )(?:analysis|analytics|measurement|social media|business)|(?:analysis|analytics|measurement|social media|business)(?: and |/| & )(?:advertising|marketing)) partners";
const SHARED_WITH_AD_AND_OTHER_PARTNERS = new RegExp(
  `\\bwe ((?:[\\w'’]+ ){0,3}?)(?:share|disclose|provide|transfer|pass|make available)\\b[^.;]{0,80}?\\b(?:data|information|identifiers|details)\\b[^.;]{0,80}?\\b(?:with|to) (?:our |selected |certain |trusted |third[- ]party )?(${AD_AND_OTHER_PARTNERS})\\b`,
  "i",
);
const DENIED = /\b(?:not|never|n['’]t|no longer)\b/i;
/** The partners as written ("advertising and analysis partners"), or null. */
export function sharedWithAdvertisingAndOtherPartners(s: string): string | null {
  const m = SHARED_WITH_AD_AND_OTHER_PARTNERS.exec(s);
  if (!m || DENIED.test(m[1]!)) return null;
  return m[2]!;
}

/**
 * A section about a transfer framework, or about data transferred from Europe, confines the
 * recourse it offers to the people whose data it covers, as such a sentence does: "If you have an
 * unresolved privacy or data use concern that we have not addressed satisfactorily, please contact
 * our U.S.-based third party dispute resolution provider (free of charge) at
 * https://feedback-form.truste.com/watchdog/request." under "10. CROSS-BORDER TRANSFERS FROM
 * EUROPE", the Privacy Shield section (Simpli.fi; until the audit of 2026-12-14 "a free independent
 * body (TRUSTe)", protective). A sentence that opens its recourse to everyone still does.
 */
const CONFINING_HEADING =
  /\b(?:privacy shield|safe harbou?r|data privacy frameworks?|dpf|(?:cross[- ]border |international )?(?:data )?transfers? (?:of (?:personal )?(?:data|information) )?from (?:europe|the eu|the eea|the european (?:union|economic area)|the uk|the united kingdom|switzerland))\b/i;
/**
 * The heading confines only a body the protective rule counts, one free to the user: an
 * arbitration provider under a Safe Harbor heading ("… it will mediate such said conflict in front
 * of a panel of the American Arbitration Association", dotCloud, which a person read as neutral) is
 * the rubric's "independent mechanism that may cost the user" either way, and a heading is weaker
 * evidence than the sentence's own words: it withholds the top rating, never adds a concern.
 */
const ARBITRATION_PROVIDER =
  /^(?:jams|american arbitration association|icdr|international centre for dispute resolution|mediation)$/i;
export const OPEN_TO_EVERYONE =
  /\b(?:(?:any|all|every) (?:users?|individuals?|persons?|customers?|visitors?)|everyone|anyone|regardless of (?:where|your))\b/i;
export const freeBodyConfinedByHeading = (body: string, sentence: string) =>
  !ARBITRATION_PROVIDER.test(body) && !OPEN_TO_EVERYONE.test(sentence);
export const recourseConfinedByHeading = (path: readonly string[] | undefined) =>
  !!path && path.length > 0 && CONFINING_HEADING.test(path.join(" › ").slice(0, 400));

/**
 * A data protection authority by a title of its own: "In addition, you have the right to lodge a
 * complaint with the Office of the Data Protection Ombudsman." (VR, ePassi: Finland's authority,
 * until the audit of 2026-12-14 read as an independent ombudsman, so both were "a free independent
 * body … and a regulator", protective); "(h) The right to file a complaint with the Office for
 * Personal Data Protection, Pplk. Sochora 27," (Uschovna, the Czech one; "no fact found"). A
 * regulator, not an independent body.
 */
export const DATA_PROTECTION_AUTHORITY_TITLE =
  /\b(?:data protection ombudsman|office for (?:the )?(?:personal data protection|protection of personal data)|personal data protection (?:office|authority|commission))\b/i;

/**
 * Kept while needed, said with "need to": "We keep your personal data for only as long as we need
 * to." (The Guardian; until the audit of 2026-12-14 "no fact found"), as "as long as we need it"
 * already reads. A verb of keeping leads to it; not a keeping denied.
 */
const KEPT_AS_LONG_AS_WE_NEED_TO =
  /\b(?:keep|keeps|kept|retain|retains|retained|store|stores|stored|hold|holds|held)\b[^.;]{0,60}?\b(?:only )?as long as we (?:reasonably |really |actually )?need to\b/i;
export function keptAsLongAsWeNeedTo(s: string): boolean {
  const m = KEPT_AS_LONG_AS_WE_NEED_TO.exec(s);
  return (
    !!m &&
    !/\b(?:not|never|no)\b(?:\s+\S+){0,2}\s*$/i.test(s.slice(Math.max(0, m.index - 30), m.index))
  );
}

/**
 * First-party cookies for preferences, said as what they remember: "Provide you with a
 * customizable experience, such as using cookies to know your language preference, to remember
 * the user preferences you set …" (Wikimedia; until the audit of 2026-12-14 "no fact found on the
 * cookies or trackers used"), "cookies that remember your settings". Not denied.
 */
const COOKIES_REMEMBER_PREFERENCES =
  /\bcookies?\b[^.;]{0,40}?\b(?:to|that|which) (?:know|remember|recall|recognise|recognize)s? (?:the |your |user |users['’] )?(?:language |display |site |user )?(?:preferences?|settings|choices)\b/i;
export function cookiesRememberPreferences(s: string): boolean {
  const m = COOKIES_REMEMBER_PREFERENCES.exec(s);
  return (
    !!m &&
    !/\b(?:not|never|no)\b|n['’]t\b/i.test(
      s.slice(Math.max(0, m.index - 30), m.index + m[0].length),
    )
  );
}

/**
 * An opt-out made by logging into one's account is made in its settings: "You can withdraw your
 * consent by logging into your account either on our website or in the VR Matkalla app." (VR;
 * until the audit of 2026-12-14 "the policy does not say how").
 */
export const LOG_INTO_ACCOUNT_WAY =
  /\b(?:by |through |after )?(?:logging|signing) (?:in|into|on)(?: to)? (?:your|the) (?:[\w-]+ )?account\b/i;

/**
 * A browser the opt-out is confined to, in further words: "Please note that your opt out is
 * limited to the browser and device used …" (IndieGala; until the audit of 2026-12-14 read as
 * "in browser settings"), as "only applies to the device and browser that you use" already reads.
 */
export const BROWSER_CONFINED =
  /\b(?:limited|confined|specific|restricted|only appl(?:y|ies)) to (?:the|this|that|your) (?:web |internet )?browser(?:,? and (?:the |that |your )?device)?\b/gi;

/**
 * Names given as the sources of data the company receives, in a sentence that gives nothing: "We
 * also receive information from advertisers or service providers about your experiences or
 * interactions with them and public sites on the internet like Twitch, Instagram, and YouTube—to
 * name a few." (Blizzard, whose third parties read "partners are named as examples (Instagram,
 * YouTube)" until the audit of 2026-12-14), "personal information we receive from Facebook or
 * Apple". The company is the one receiving ("we … receive / obtain … from"); a sentence that also
 * shares, discloses, provides or sends keeps its names.
 */
const WE_RECEIVE_FROM =
  /\b(?:we|us)\b[^.;]{0,30}?\b(?:receive|receives|received|obtain|obtains|obtained)\b[^.;]{0,80}?\bfrom\b/i;
const GIVES =
  /\b(?:share[sd]?|sharing|disclos\w*|provid(?:e|es|ed|ing)|sen[dt]s?|sending|transfer\w*|sell\w*|sold|pass(?:es|ed)? on|make available|made available)\b/i;
export const namedAsSourceOnly = (s: string) => WE_RECEIVE_FROM.test(s) && !GIVES.test(s);
