/**
 * Rules added after the re-audit of 2027-01-21 (175 machine findings of 25 companies, the 251st to
 * 275th by the SHA-1 digest of their slug; cookies, retention, disputes, third parties, children,
 * policy changes and choice). Each is a pure test on one sentence, kept in its own file so that the
 * rules in `extract-facts.ts` change by a line each. Every quantifier is bounded, and each rule is
 * gated on a plain word before its pattern runs.
 */

import { providersOwnPracticesNamed } from "./read-since-2027-01-27";
import { providersAskedToDelete, providersOnlyAsSources } from "./read-since-2027-02-02";

/**
 * Service providers (processors, vendors, contractors, agents) named where the company gives them
 * nothing, each read as "shared with service providers" until the re-audit of 2027-01-21:
 *
 * - data the company collects from them, as "receive … from" already reads: "Depending on your use
 *   of the Services, we may collect data about you from third-party service providers which you
 *   have linked …" (Streamable), "we may collect personal data from service providers who carry
 *   out vehicle and driver compliance checks" (Bolt Drivers), "We might also collect personal data
 *   about you from our business partners, payment processors, service providers …" (Zillow); not
 *   "we collect it from you", nor a sentence that also transfers (shares, discloses) data;
 * - the company or the user in the capacity of a provider, said with the user's (customer's)
 *   possessive, in quotation marks, as "independent", or as a processor of its customers: "We
 *   process a user’s Photographer Personal Data as the user’s “processor” …", "Flickr is a “service
 *   provider” for such data" (Flickr), "whether acting on their own behalf as an independent service
 *   provider" (Bolt Drivers), "We process such Personal Information as a data processor of our
 *   commercial customers", "As a data processor, we process …" (Buffer);
 * - providers among those whose rights or safety are protected: "To safeguard the rights,
 *   property, or safety of ASUS, our service providers, customers, or the public" (ASUS), "protect
 *   or defend our or your legal rights or property or those of our affiliates, employees, agents
 *   and contractors" (Myspace);
 * - the user's own provider: "please contact your service provider or device manufacturer"
 *   (Shockwave), "Allow third parties to change your service provider" (Windstream); a copyright
 *   takedown request sent "to a service provider" (XNXX); the vendor the user is told to contact
 *   ("contact the responsible third-party vendor", Exponential);
 * - providers as people whose data is held, or relationships managed: "the privacy of our
 *   customers, service providers and website users", "— Customers and Service Providers —"
 *   (Binance's table), "manage our customer, service provider and partner relationships;" (Buffer),
 *   "your relationship with us (whether it be as a customer, partner, supplier, contractor …)"
 *   (Logitech); not "customer relationship management" (a provider's service, illumin's, SHEIN's);
 * - a definition: the company's name defined to include its vendors ("the terms "Aetna," "our,"
 *   "we," or "us" include … vendors and suppliers", Aetna), an affiliate defined ("An affiliate is
 *   an entity that belongs to the Google group of companies, including the following companies
 *   that provide consumer services …", YouTube), a buyer's agents ("prospective or actual buyers
 *   (including their agents or advisors)", Paradox Interactive), features governed by the
 *   policies "of the companies that provide them" (ProtonVPN).
 *
 * Read only where the sentence gives providers nothing (`PROVIDERS_GIVEN` in extract-facts.ts).
 */
/** A verb of giving data: data collected from providers is read only where none is said. */
const GIVING =
  /\b(?:share[sd]?|sharing|disclos\w{0,4}|transfer\w{0,4}|sell|sold|rent|give|given)\b/i;
const COLLECTED_FROM =
  /\bwe (?:[\w-]{1,15} ){0,3}?collect\w{0,3}\b[^.;]{0,160}?\bfrom (?!you\b|your\b|users?\b|individuals?\b)/i;
const IN_A_PROVIDERS_CAPACITY =
  /\b(?:is|as) (?:the|a|an) (?:(?:(?:user|customer|client|controller)[’']s )[“"]?(?:data )?(?:processor|service provider)\b|[“"](?:data )?(?:processor|service provider)[”"]|independent service provider\b|(?:data )?processor (?:of|for|to) (?:our |the |its |their )?(?:[\w-]{1,20} )?(?:customers?|clients?|controllers?)\b)|^\W{0,4}as (?:a|an) (?:data )?(?:processor|service provider),/i;
/**
 * Since the double reading of 2027-01-29 also kept safe: "our legitimate interest to keep our
 * employees, contractors, visitors, our confidential information … safe in Palantir designated
 * spaces" (Palantir, read "shared with service providers under contract or confidentiality").
 */
const PROTECTED =
  /\b(?:protect|safeguard|defend)\w{0,3}\b[^.;]{0,120}?\b(?:rights?|property|safety)\b[^.;]{0,100}?\b(?:service providers?|contractors|agents|vendors)\b|\bkeep (?:our |the |its )?(?:[\w-]{1,20},? ){0,4}?(?:and )?(?:service providers?|contractors|agents|vendors)\b[^.;]{0,140}?\bsafe\b/i;
const USERS_OWN_PROVIDER =
  /\byour (?:[\w-]{1,20} ){0,2}?service provider\b|\btakedown (?:request|notice)\b|\bcontact(?:ing)? the (?:responsible |relevant |applicable )?(?:third[- ]party )?vendor\b/i;
const AS_PEOPLE =
  /\bprivacy of (?:our )?(?:[\w-]{1,20},? ){0,4}?(?:service providers|vendors|suppliers)\b|\bcustomers,? (?:and |or )?service providers\b|\b(?:customer|supplier|vendor|service provider),? (?:(?:and |or )?[\w-]{1,20},? ){0,3}?(?:and |or )?(?:[\w-]{1,20} )?relationships?\b(?! management)|\brelationship with us\b[^.;]{0,40}?\bas an? (?:customer|partner|supplier|contractor)\b/i;
const DEFINED =
  /\bterms? [“"][^”"]{1,40}[”"][^.;]{0,80}?\binclude\b|^\W{0,4}an? affiliates? (?:is|are|means)\b|\b(?:buyers?|purchasers?|acquirers?|successors?) \(?(?:including )?(?:their|its) agents\b|\bgoverned by the (?:privacy )?polic(?:y|ies) of the (?:companies|third parties|providers)\b/i;

const PROVIDER_WORDS = ["rovide", "rocessor", "endor", "ontractor", "agents", "upplier"];
export function providersNamedNotGiven(s: string): boolean {
  if (!PROVIDER_WORDS.some((w) => s.includes(w))) return false;
  return (
    (s.includes("collect") && s.includes("from") && COLLECTED_FROM.test(s) && !GIVING.test(s)) ||
    ((s.includes("rocessor") || s.includes("rovider")) && IN_A_PROVIDERS_CAPACITY.test(s)) ||
    ((s.includes("rights") || s.includes("property") || s.includes("safe")) && PROTECTED.test(s)) ||
    (((s.includes("your") && s.includes("rovider")) ||
      s.includes("akedown") ||
      (s.includes("ontact") && s.includes("endor"))) &&
      USERS_OWN_PROVIDER.test(s)) ||
    ((s.includes("ustomer") || s.includes("rivacy of") || s.includes("elationship")) &&
      AS_PEOPLE.test(s)) ||
    ((s.includes("include") ||
      s.includes("ffiliate") ||
      s.includes("agents") ||
      s.includes("governed")) &&
      DEFINED.test(s)) ||
    // Providers' own privacy practices or terms (the second reading of 2027-01-27).
    providersOwnPracticesNamed(s) ||
    // The double reading of 2027-01-29: the company's own collection, or the user's setting.
    collectionOrSettingOnly(s) ||
    changeLogLine(s) ||
    // Since 2027-02-02: providers asked to delete data, or only sources of the company's data
    // (Exponential, Zillow; read-since-2027-02-02.ts).
    providersAskedToDelete(s) ||
    providersOnlyAsSources(s)
  );
}

/**
 * A dated line of the policy's change log, "August 15, 2023: Updated list of sub-processors."
 * (UptimeRobot, read "shared with service providers" until the double reading of 2027-01-29): a
 * change to the policy, no sharing stated.
 */
const CHANGE_LOG_LINE =
  /^\W{0,4}(?:[A-Z][a-z]{2,8}\.? \d{1,2},? \d{4}|\d{1,2} [A-Z][a-z]{2,8}\.? \d{4}|\d{4}-\d{2}-\d{2})\s{0,2}[:–—-]\s{0,2}(?:updated|added|removed|changed|revised|amended)\b/i;
function changeLogLine(s: string): boolean {
  return s.length < 300 && CHANGE_LOG_LINE.test(s);
}

/**
 * Since the double reading of 2027-01-29, as data collected from providers: a sentence that
 * opens on the company's collection and gives providers nothing, "We may collect this location
 * information … or so that you may have certain Starbucks products delivered to you by a
 * third-party vendor." (Starbucks), "We may collect this information when you interact with
 * Palantir or Palantir employees, contractor, agents, third-party service providers and partners-
 * for example through … sharing your experiences of our products and services with us."
 * (Palantir: the user shares with the company); the user's setting, "You can turn off
 * geographical location for Freja …, except that you would not be able to find Freja agents via
 * the map anymore." (Freja eID); and relationships managed, "Managing our relationships with
 * current or prospective partners, corporate customers and vendors" (Last.fm), as AS_PEOPLE reads
 * "vendor relationships". Each read "shared with service providers" until then.
 */
const OWN_COLLECTION_OR_SETTING =
  /^\W{0,4}(?:we (?:[\w-]{1,15} ){0,2}?collect\w{0,3}\b|you (?:can|may|could) (?:turn|switch) off\b|you (?:can|may|could) disable\b|manag\w{1,3} (?:our |its |the )?relationships? with\b)/i;
const USER_SHARES_WITH_US = /\bshar\w{0,3} [^.;]{0,80}?\bwith us\b/gi;
function collectionOrSettingOnly(s: string): boolean {
  return (
    (s.includes("ollect") ||
      s.includes(" off") ||
      s.includes("isable") ||
      s.includes("elationship")) &&
    OWN_COLLECTION_OR_SETTING.test(s) &&
    !GIVING.test(s.replace(USER_SHARES_WITH_US, ""))
  );
}

/**
 * Giving data to providers denied outright: "We do not transfer your information to these
 * third-party vendors." (Exponential; "shared with service providers" until the re-audit of
 * 2027-01-21). Not a denial with an exception ("except", "unless", "other than", "only", "but").
 */
const DENIED_TO_PROVIDERS =
  /\b(?:do|does|will|shall) not (?:share|transfer|disclose|give|provide|sell|pass)\b[^.;]{0,60}?\b(?:to|with) (?:these|such|any|our|the) (?:third[- ]party )?(?:vendors?|service providers?|processors?|contractors)\b/i;
export function givingToProvidersDenied(s: string): boolean {
  return (
    s.includes(" not ") &&
    PROVIDER_WORDS.some((w) => s.includes(w)) &&
    DENIED_TO_PROVIDERS.test(s) &&
    !/\b(?:except|unless|other than|only|but)\b/i.test(s)
  );
}

/**
 * Contact details given so that a partner may send its own advertising: "If agreed , we can
 * provide an option for our riders to opt-in to receive advertising emails from our partner by
 * submitting their name and email address." (Donkey Republic, whose next sentence says "This
 * information will also be forwarded to the partner"; "named processors under contract, and data
 * not sold", protective, until the re-audit of 2027-01-21). The partner's mail needs the address,
 * so the sentence is data shared with third parties for marketing (neutral, as sharing the user
 * consents to is by design). Not mail sent by the company itself ("receive advertising emails from
 * us"), nor a partner's offers with no data of the user's submitted.
 */
const PARTNERS_MAIL_FOR_DETAILS =
  /\b(?:receive|get) (?:[\w-]{1,20} ){0,2}?(?:advertising|marketing|promotional) (?:e-?mails|messages|offers|communications|newsletters) from (?:our|a|the|selected|certain) (?:[\w-]{1,20} ){0,2}?partners?\b[^.;]{0,80}?\bby (?:submitting|providing|giving|entering|sharing) (?:their|your) (?:[\w-]{1,20} ){0,2}?(?:name|e-?mail|contact)/i;
export function detailsGivenForPartnersMail(s: string): boolean {
  return s.includes("artner") && PARTNERS_MAIL_FOR_DETAILS.test(s);
}
