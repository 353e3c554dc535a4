/**
 * Rules added after the review of 2027-01-02 of the findings earlier audits left as they were
 * ("Left as they are: …" in docs/machine-reading-rules.md). Each is a pure test on one sentence,
 * kept in its own file so that the rules in `extract-facts.ts` change by a line each. Every
 * quantifier is bounded (the suite's adversarial inputs run over them), and each rule is gated on
 * a plain word before its pattern runs.
 */

/**
 * Where the company's servers or the user's data are, said as a place: "All servers used in
 * connection with the provisioning of the Services are located in Switzerland and Germany and
 * wholly owned and operated by the Company." (ProtonMail, whose international transfer was "no
 * clause found": no clause was tagged, and no rule read a place). The place is a capitalised name
 * after "in" ("in Switzerland and Germany", "in the United States", "in data centers in the
 * Netherlands"); not a kind of place ("located in a secured, locked and monitored environment"),
 * nor a manner ("stored in accordance with this policy", "processed in a way that …"), nor the
 * user ("if you are located in California"). The value names the places as written
 * ("Switzerland and Germany"). International transfer has no other fact, so it decides the
 * rating there: neutral, "where data is stored is stated (…)" (suggest-rating.ts).
 */
const DATA_OR_SERVERS =
  /\b(?:[Ss]ervers?|[Dd]ata|(?:[Pp]ersonal |[Yy]our )?[Ii]nformation|[Dd]ata cent(?:er|re)s?|[Dd]atabases?)\b(?:[^.;:]{0,80}?)\b(?:is|are|will be|remain|reside)(?: (?:exclusively|only|solely|all|physically|currently|primarily))? (?:located|stored|hosted|housed|kept|based|held)(?: (?:exclusively|only|solely|primarily))?(?: (?:on servers|in data cent(?:er|re)s))? in (?!accordance\b|a |an |our |the form\b|the manner\b|line\b|connection\b|order\b|compliance\b)((?:the )?[A-Z][\w.-]{1,30}(?:(?:,| and| or|,? and| &)? (?:the )?[A-Z][\w.-]{1,30}){0,6})/;
const PLACE_WORDS = ["located", "stored", "hosted", "housed", "kept", "based", "held"];
/** Not a place of the data: a user's, or a condition ("If you are located in …"). */
const USER_LOCATED =
  /\b(?:you|users?|individuals?|residents?|subjects?|visitors?|customers?)\b(?:[^.;:]{0,30}?)\b(?:are|is|were) (?:located|based)\b/i;
export function dataLocationStated(s: string): string | null {
  if (!PLACE_WORDS.some((w) => s.includes(w))) return null;
  const m = DATA_OR_SERVERS.exec(s);
  if (!m || USER_LOCATED.test(s.slice(0, m.index + m[0].length))) return null;
  // Another's servers ("The servers of the social media services are located in the US").
  if (/\b[Ss]ervers? of (?!ours\b)/.test(m[0])) return null;
  const place = m[1]!.replace(/[.,]+$/, "").trim();
  // A capitalised word that is no place: "in Article 6", "in Section 4", "in This Policy".
  if (
    /^(?:the )?(?:Article|Section|Chapter|Annex|Appendix|This|These|Our|Your|Privacy|Cookie|Terms)\b/.test(
      place,
    )
  )
    return null;
  return place;
}

/**
 * The policy's change reserved "at any time", under the policy's name in German-origin English:
 * "We reserve the right to change this data protection declaration at any time with effect for
 * the future." (The Reach Group, whose policy changes were "no clause found": "data protection
 * declaration", the usual English for "Datenschutzerklärung", was none of the names the rules
 * knew, and "at any time" alone said nothing they read). A reservation of the right to change
 * (modify, amend, update, revise) this (our) policy, statement, notice, declaration or data
 * protection information "at any time". It decides the rating only where nothing else about
 * changes is read (neutral: "no notice of changes found"); the rubric's concerning is a change
 * "without notice", said so, and a notice said elsewhere is read as before. Not the terms' or a list's
 * change ("to make changes to this list at any time"), nor the user's ("you may change your
 * settings at any time").
 */
const CHANGE_RESERVED =
  /\breserves? the right,?(?: [\w,]{1,20}){0,5}? to (?:(?:review|change|modify|amend|update|revise|add|remove)(?:,| and| or|,? and\/or|,? or|,? and)? ){1,5}(?:portions (?:from|of) )?(?:this|our|the|its) (?:(?:privacy|data protection|data privacy|cookie) )?(?:policy|statement|notice|declaration|information)\b(?:[^.;]{0,60}?)\bat any time\b/i;
export function changeReservedAtAnyTime(s: string): boolean {
  const m = s.includes("at any time") && s.includes("right") ? CHANGE_RESERVED.exec(s) : null;
  // Another policy's change: "We reserve the right to modify this Cookie Policy at any time."
  return m !== null && !/\bcookie\b/i.test(m[0]);
}

/**
 * Others' marketing said as a purpose clause: "To share information with our Content Providers
 * and other business partners so they can inform you about their products and services that may
 * be of interest to you …" (Coursera, whose use was neutral, "no fact found"). "so (that) they can
 * (may) inform you about (send you offers about, contact you about, market) their products
 * (services, offers)" is the partners' own marketing, as "for their own marketing purposes" reads
 * since the first rules; the sentence is read again with those words in its place, so every
 * limit of those rules (a denial, the user's own sharing, a right to ask) still holds. Not the
 * company's own products ("so they can help us tell you about our products"). Since the double
 * reading of 2027-01-29 the partners may also email (text, call, message) the user, and about
 * their promotions: "sharing information with Starbucks business partners so that they may email
 * you about their promotions, products and initiatives" (Starbucks, whose use read neutral).
 */
const SO_THEY_CAN_MARKET =
  /\bso(?: that)? (?:they|these (?:companies|partners|third parties)|such (?:companies|partners|third parties)) (?:can|may|could|are able to) (?:(?:inform|tell|contact|send|offer|market|promote|advertise|e-?mail|text|call|message)\w{0,3}(?: you)?(?:,| and| or)? ){1,3}(?:(?:offers|promotions|information|messages|details)(?: and (?:offers|promotions|information))? )?(?:about |of |for |on |to you about )?(?:their|its) (?:own )?(?:products?|services?|offers?|offerings?|promotions?)\b[^.;—]{0,120}/i;
export function theirMarketingAsPurpose(s: string): string | null {
  if (!s.includes("so ") || !(s.includes("their") || s.includes("its"))) return null;
  const m = SO_THEY_CAN_MARKET.exec(s);
  if (!m) return null;
  return `${s.slice(0, m.index)}for their own marketing purposes${s.slice(m.index + m[0].length)}`;
}

/**
 * A line that sends the reader to the vendor, "Contact the vendor for additional information."
 * (App Store, whose third parties' only fact, "shared with service providers", quoted it beside
 * an unread sentence of sharing): no data given. Only a sentence that opens on "(Please) contact
 * the (your) vendor (provider, supplier)" and names no giving of data.
 */
const CONTACT_THE_VENDOR =
  /^(?:please )?contact (?:the|your|that|this) (?:vendor|supplier|provider|service provider|third[- ]party (?:vendor|provider))s?\b/i;
const GIVING =
  /\b(?:shar\w*|disclos\w*|provid\w* (?:it|them|your|the data|information)|transfer\w*|sell\w*|sold)\b/i;
export function contactTheVendorOnly(s: string): boolean {
  return /^\W*(?:please )?contact/i.test(s) && CONTACT_THE_VENDOR.test(s.trim()) && !GIVING.test(s);
}
