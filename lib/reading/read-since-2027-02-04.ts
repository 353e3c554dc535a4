/**
 * Rules added after the blind double reading of 2027-02-03 (126 machine findings, 9 companies;
 * docs/machine-reading-rules.md): data the company says it never deletes, authorities given data on
 * request, on a suspicion or at the company's judgement, messages refused by telling the company,
 * periods "another" after the account's end, and Do Not Track described or answered by others. Pure
 * tests on one sentence (and the lead-in of its list), every quantifier bounded, gated on a plain
 * word before their pattern runs.
 */

/**
 * Data the company says it does not delete at all: "Please note that VocabularySpellingCity does
 * not delete any information that children have contributed to VocabularySpellingCity."
 * (VocabularySpellingCity; its retention read "kept as long as needed" until the double reading
 * of 2027-02-03). "Any" is what makes it no deletion ever; the words after it name what is kept.
 * The subject is "we" or a name opening its clause, not a thing the user does or removes
 * ("Uninstalling the App does not delete any data", "Closing Your Account does not delete any
 * data"), and no case opens the sentence before it ("When you close your account, we do not
 * delete any information you posted"). Not a deletion put off,
 * conditioned or left to a request ("until 30 days after you close your account", "unless you ask
 * us to", "without your consent", "automatically; you must request deletion", "before", "except",
 * "when", "if", "after"), nor what the user deletes ("You do not delete any information").
 */
const NEVER_DELETED =
  /(?<=^\W{0,3}|[,;:(]\s{1,3}|\b(?:that|note|but|and|so)\s)(?!\w{1,30}ing\b)(?<who>we|[A-Z][\w.&'’-]{1,40}(?: [A-Z][\w.&'’-]{1,40}){0,3}) (?:does not|do not|doesn['’]t|don['’]t) (?:ever )?(?:delete|erase|remove|destroy) any (?<what>(?:(?:of )?(?:the |your )?)(?:personal )?(?:information|data|content|materials?|records)(?: (?:that|which|you|children|users|students|members|they)\b[^.;,!?]{0,80})?)/;
const PUT_OFF_OR_CONDITIONED =
  /\b(?:until|unless|without|before|except|when|whenever|if|after|automatically|request|for (?:a|the|at least|up to|\d+)|within)\b/i;
/** A case the sentence opens before the denial: "When you close your account, we do not delete …". */
const CONDITION_BEFORE = /\b(?:when|whenever|if|after|upon|once|until|unless|before)\b/i;
export const NEVER_DELETED_WORDS =
  /(?:\bnot|n['’]t) (?:ever )?(?:delete|erase|remove|destroy) any\b/i;
export function neverDeleted(s: string): string | null {
  if (!NEVER_DELETED_WORDS.test(s)) return null;
  const m = NEVER_DELETED.exec(s);
  if (!m || /^you$/i.test(m.groups!.who!)) return null;
  const what = m.groups!.what!.trim();
  if (
    PUT_OFF_OR_CONDITIONED.test(what) ||
    PUT_OFF_OR_CONDITIONED.test(s.slice(m.index + m[0].length)) ||
    CONDITION_BEFORE.test(s.slice(0, m.index))
  )
    return null;
  return what.replace(/^of /, "");
}

/** Authorities a company discloses data to. */
export const AUTHORITIES =
  /\b(?:(?:legal|regulatory|law enforcement|government(?:al)?|public|tax|judicial|competent|relevant) (?:and (?:regulatory|legal|law enforcement|government(?:al)?) )?(?:authorit(?:y|ies)|agenc(?:y|ies)|bodies)|law enforcement(?: agencies| officials)?|police)\b/i;
export const AUTHORITIES_WORDS = /uthorit|enforcement|police|agenc/i;

/**
 * Authorities an item of a list of recipients names, where the list's lead-in gives data at the
 * company's judgement of its own needs: "We share certain data with the following groups of
 * recipients to the extent we deem it necessary to be able to perform our operations or are
 * compelled to do by law:" ⏎ "Government authorities;" (XVideos; "no fact found" until the double
 * reading of 2027-02-03). The lead-in's judgement is of what the company's operations need, not of
 * what the law requires: "as we deem necessary to comply with applicable law" and "if we believe
 * in good faith that disclosure is necessary to comply with a legal obligation" stay the usual
 * limit (debatable, neutral). Only a short item that names authorities and nothing given at law.
 */
const LEAD_IN_AT_JUDGEMENT =
  /\b(?:as|to the extent|where|when|if|insofar as) (?:we|it) (?:reasonably )?(?:deem|deems|consider|considers|think|thinks|determine|determines|judge|judges) (?:it |them |this )?(?:to be )?(?:necessary|appropriate|useful|advisable|fit)(?: (?:or|and|and\/or) (?:necessary|appropriate|useful|advisable))?\b(?! (?:(?:in order )?to|for) (?:comply|meet|satisfy|fulfil|fulfill|respond to)\b| (?:under|by) (?:applicable )?law)/i;
/** An item that gives at law: "Law enforcement, to comply with a court order;", "… if we are legally required to;". */
const ITEM_AT_LAW =
  /\b(?:required|compelled|obliged|obligated|legally|lawful|comply|compliance)\b|\blegal (?:process|obligations?|requests?)\b|\bvalid (?:legal )?requests?\b|\blaws? requires?\b|\bcourt orders?\b|\bsubpoenas?\b|\bwarrants?\b/i;
export function authoritiesListedAtJudgement(item: string, leadIn: string): boolean {
  return (
    !!leadIn &&
    item.length <= 120 &&
    AUTHORITIES.test(item) &&
    LEAD_IN_AT_JUDGEMENT.test(leadIn) &&
    !ITEM_AT_LAW.test(item)
  );
}

/**
 * Disclosure to authorities on their mere request, or to report suspected breaches of the law:
 * "legal and regulatory authorities, upon request, or for the purposes of reporting any actual or
 * suspected breach of applicable law or regulation;" (IndieGala, an item under "In addition, we may
 * disclose your User Information to:"; "disclosure in response to legal process" until the double
 * reading of 2027-02-03). A request no legal process makes binding, and a report the company
 * chooses to make, are its own judgement, as the audit of 2026-12-28 read Vinted's "reasonable
 * grounds to suspect". Not a lawful, legal, valid or binding request, nor one the sentence or its
 * list's lead-in says the law requires or permits ("Where required by law, we may disclose your
 * information to:" ⏎ "law enforcement authorities, upon request;"; VR's "to the extent permitted
 * by law, … upon request, to other authorities" stays debatable); nor a report the law requires
 * ("required to report", "as required by law"), nor a breach of the company's own security
 * reported to a regulator ("notify the supervisory authority of a personal data breach").
 */
const ON_REQUEST =
  /\b(?:authorit(?:y|ies)|law enforcement(?: agencies| officials)?|police|agencies),? (?:upon|on|at) (?:their |its )?request\b/i;
const ON_SUSPICION =
  /\b(?:report|reporting|notify|notifying)\b[^.;]{0,40}?\b(?:actual or )?suspected (?:breach(?:es)? of (?:applicable |the )?(?:law|laws|regulation)|violations? of (?:applicable |the )?(?:law|laws)|crimes?|criminal|illegal|unlawful|offen[cs]es?)\b/i;
/** A request the law makes binding, said in the sentence or its list's lead-in. */
const AT_LAW = String.raw`\b(?:permitted|required|authori[sz]ed|compelled|obliged|obligated|mandated)\b[^.;]{0,20}?\b(?:by|under) (?:applicable |the |local |relevant |any )?laws?\b|\blegally (?:required|compelled|obliged|obligated)\b|\b(?:the|applicable) laws? (?:requires?|obliges?|compels?)\b|\bto comply with (?:[\w-]{1,20} ){0,3}?(?:laws?|legal obligations?|court orders?|subpoenas?|legal process)\b`;
const REQUEST_AT_LAW = new RegExp(
  String.raw`\b(?:lawful|legal|valid|binding|legally (?:binding|valid))\b[^.;]{0,20}?\brequests?\b|${AT_LAW}`,
  "i",
);
/** A report the law requires ("we report … as required by law"), or a breach of the company's own security. */
const REPORT_AT_LAW =
  /\b(?:required|obliged|obligated|compelled|mandated)\b[^.;]{0,20}?\bto (?:report|notify)\b|\b(?:report|notify)\w{0,3}\b[^.;]{0,60}?\b(?:as|where|when|if) (?:required|mandated|permitted) (?:by|under) (?:applicable |the |local |relevant )?laws?\b|\bdata (?:security )?breach\b|\bbreach of (?:our |the )?security\b/i;
export const LEAD_IN_AT_LAW = new RegExp(AT_LAW, "i");
export function disclosedOnRequestOrSuspicion(s: string, leadIn: string): boolean {
  if (!AUTHORITIES.test(s)) return false;
  const onRequest = ON_REQUEST.test(s) && !REQUEST_AT_LAW.test(s) && !REQUEST_AT_LAW.test(leadIn);
  // The report itself required, or a lead-in that gives the whole list at law; other grounds of
  // the same sentence ("to comply with laws", Binance's (a)) leave its report the company's choice.
  const onSuspicion =
    ON_SUSPICION.test(s) && !REPORT_AT_LAW.test(s) && !LEAD_IN_AT_LAW.test(leadIn);
  if (!onRequest && !onSuspicion) return false;
  // The item's own words give nothing: the lead-in of sharing does.
  return !!leadIn || /\b(?:disclos|shar|provid|releas|report|notif|pass)\w*/i.test(s);
}

/**
 * Messages from the company refused by telling it: "If you do not want to receive communications
 * from us, please indicate your preference by contacting us at support@guilded.gg." (Guilded, after
 * "we may send you promotional email offers on behalf of other businesses"; its choice said "the
 * policy does not say how" until the double reading of 2027-02-03). The messages are the company's
 * own ("from us", or no sender named), and the way is to tell it (contact, email, write to, let
 * us know, indicate a preference). Not messages from other users ("messages from other members"),
 * nor a consequence ("If you do not want to receive emails, you may not be able to use the
 * Services"). Read as the opt-out of marketing messages, its way said by the sentence (an address,
 * or "by contacting the company").
 */
const MESSAGES_REFUSED_BY_TELLING =
  /\bif you (?:do not|don['’]t|no longer) (?:want|wish|like) to receive (?:any )?(?:further |more |these |such |our )?(?:(?:marketing|promotional) )?(?:communications?|e-?mails?|messages|newsletters?|offers|promotions)(?: from us)?\b,? (?:(?:please|simply|you (?:can|may|should)|just) )?(?:(?:indicate your preference (?:by contacting|to)|contact(?:ing)?|e-?mail(?:ing)?|write to|notify|inform) (?:us|our)\b|let us know\b|tell us\b)/i;
export const MESSAGES_REFUSED_WORDS = /receive/i;
export function messagesRefusedByTelling(s: string): boolean {
  return s.includes("receive") && MESSAGES_REFUSED_BY_TELLING.test(s);
}

/**
 * A period said as "another" (a further, an additional) one after the account's end named before
 * it in the sentence: "Most of the data are deleted right after account deletion, but we keep some
 * information such as (email / login) for another 4 years and IP address for six months, …"
 * (XVideos; "some information kept for 4 years", a period from now, until the double reading of
 * 2027-02-03), and a period coordinated after it ("and IP address for six months"). The start is
 * said in the policy's words ("after account deletion"). Not "another" with no end named before
 * it ("we keep backups for another 30 days"), nor an end named after the period.
 */
const FOR_ANOTHER =
  /\bfor (?:another|a further|an additional) (?:(?:\d{1,3}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) (?:days?|weeks?|months?|years?),? (?:and|or) [^.;]{0,40}?\bfor )?$/i;
const ACCOUNT_END_BEFORE =
  /\b(?:after|following|upon|once) (account (?:deletion|closure|termination|cancell?ation)|(?:the )?(?:deletion|closure|termination|cancell?ation) of (?:your|the) account|you (?:close|delete|cancel|terminate) your account|your account (?:is|has been) (?:closed|deleted|terminated|cancell?ed))\b/i;
export function anotherPeriodAfterAccountEnd(before: string): string | null {
  if (!FOR_ANOTHER.test(before.slice(-100))) return null;
  const end = ACCOUNT_END_BEFORE.exec(before);
  return end ? `after ${end[1]!}` : null;
}

/**
 * Do Not Track described, not answered: "Your browser may offer you a “Do Not Track” option, which
 * allows you to signal to operators of websites and web applications and services (including
 * behavioral advertising services) that you do not wish such operators to track certain of your
 * online activities over time and across different websites." (Guilded; read as third-party
 * tracking, "behavioral advertising", until the double reading of 2027-02-03). What the signal
 * lets the user say is no tracker on the site.
 */
const SIGNAL_DESCRIBED =
  /\b(?:do[- ]not[- ]track|dnt|global privacy control|gpc)\b["”’']?\)?(?: \([^()]{1,12}\))?,? (?:option|signal|setting|feature|preference|function|mechanism)s?,? (?:which|that) (?:allows|lets|enables|permits) (?:you|users)\b/i;
/** A sentence that only describes the signal: one that turns to trackers after it ("…, but our advertising partners use cookies to track you") is read. */
const TURNS_TO_TRACKERS =
  /\b(?:but|however|although|though|regardless|nevertheless|while|whereas)\b|, and (?:our|some|certain|third|other|these|those)\b/i;
export function onlySignalDescribed(s: string): boolean {
  return SIGNAL_DESCRIBED.test(s) && !TURNS_TO_TRACKERS.test(s);
}

/**
 * Third parties that may not honour Do Not Track, said of them, not of the company: "… and those
 * third parties may not honor “Do Not Track” requests you have set using your browser or device."
 * (Guilded, which honours the signal itself; "Do Not Track: not honoured" until the double reading
 * of 2027-02-03). Their refusal is taken out before the company's answer is read, so "Guilded does
 * not respond to Do Not Track signals, and third parties may not honor them" and "We and third
 * parties do not respond to Do Not Track" stay "not honoured", as does "… and neither do we".
 */
const OTHERS_NOT_HONOURING =
  /(?<!\b(?:we|us|our company|our (?:sites?|services?|websites?|apps?)) (?:and|or|nor|&) (?:our |some |certain |these |those |other |its )?)\b(?:those |these |such |some |other )?(?:third[- ]part(?:y|ies)|advertis(?:ers|ing (?:networks|partners|companies))|other (?:websites|sites|companies|services))(?: [\w’'-]{1,20}){0,3} (?:may|might|do|does|will|can|could)(?: not|n['’]t) (?:honou?r|respond to|recogni[sz]e|support)\b/gi;
const NEITHER_DO_WE =
  /\b(?:neither|nor) (?:do|does|will) (?:we|us)\b|\bwe (?:do|does|will|can)(?: not|n['’]t) (?:\w{1,15} )?either\b/i;
export const OTHERS_REFUSAL_WORDS = /third|advertis|other (?:websites|sites|companies|services)/i;
/** The sentence with others' refusal taken out, and whether the company says it refuses too. */
export function withoutOthersRefusal(s: string): { own: string; weRefuseToo: boolean } {
  if (!OTHERS_REFUSAL_WORDS.test(s)) return { own: s, weRefuseToo: false };
  const own = s.replace(OTHERS_NOT_HONOURING, " ");
  return { own, weRefuseToo: own !== s && NEITHER_DO_WE.test(own) };
}

/**
 * Do Not Track honoured by stopping collection: "When you turn on the Do Not Track function in
 * your browser, we stop collecting the information from your browser that allows us to tailor
 * advertisements …" (Guilded; "Do Not Track: mentioned" until the double reading of 2027-02-03).
 */
export const STOPS_COLLECTING = /\bwe (?:will |then )?(?:stop|cease) (?:collecting|tracking)\b/i;
