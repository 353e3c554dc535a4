import { asWritten, shouting } from "./as-written";
import { orList } from "../or-list";

/** What a sentence says about selling data, in its own words. */
export type SaleStatement = {
  /** A negation before the verb: "we will not sell", "we neither rent nor sell". */
  negated: boolean;
  /** The verbs of sale the sentence uses, as base forms in its order: ["sell", "rent"]. */
  verbs: string[];
  /** "may", "will", … before the verb, or null. */
  modal: string | null;
  /** "we have sold": a sale in the past. */
  perfect: boolean;
  /** What is sold, as the policy words it, without a leading determiner: "aggregated data". */
  object: string;
  /** Only aggregated, de-identified or anonymous data is named, nothing that identifies a person. */
  aggregateOnly: boolean;
  /**
   * A denial confined to some data, people, purposes or senses of the word ("minors", "sensitive
   * data", "for money"), or null: it says nothing of the rest of the data.
   */
  scope: string | null;
};

type Token = { text: string; word: string; index: number };

const set = (words: string) => new Set(words.split(" "));
const SALE = set(
  "sell sells selling sold rent rents renting rented lease leases leasing leased trade trades traded",
);
/** Words that sit in a list of verbs around a verb of sale ("may use, share, license, or sell"). */
const RUN = set(
  "share shares shared sharing disclosing transferring disclose discloses disclosed transfer transfers transferred give gives given away profit market loan license licence use process exchange provide purchase buy distribute otherwise or and and/or nor either neither also further knowingly currently ever directly has have had not never",
);
const MODAL = set("may might can could will would shall");
const SUBJECT = set(
  "we we'll we've we'd may might can could will would shall do does did don't doesn't didn't won't wouldn't never not have has had to cannot can't neither nor",
);
const NEGATION = set(
  "not never neither nor no don't doesn't didn't won't wouldn't cannot can't shouldn't isn't aren't wasn't weren't haven't hasn't hadn't shan't",
);
const BE = set("be been being is are was were");
const DATA_NOUN = set(
  "data information info list lists address addresses details records profiles numbers identifiers pii",
);
/** Words that end the object before any data is named: the verb was about something else. */
const STOP = set(
  "to with for in if when unless because as by that which who whom whether then what how except than from through without on at under where while so but you it them products services",
);
/** Before the data a passive verb is said of, these make it a question or a condition, not a statement. */
const NOT_STATED = set("whether if whom which what how then when");
const DETERMINER = set(
  "the your our any all such their its his her my some certain of this these those a an no following",
);
const PARTICIPLES = set("sold rented leased traded");
/**
 * Before a verb of sale, words that make it something other than a sale the company states: a
 * denial elsewhere in the sentence ("we do not have actual knowledge that we sell"), a condition
 * ("should we sell"), or a user's right or request ("the right to know how we sell", "ask us to
 * stop selling"). A sale is only claimed when the sentence states it outright.
 */
const NOT_ASSERTED = set(
  "not never no neither nor don't doesn't didn't won't wouldn't cannot can't isn't aren't haven't hasn't stop stops stopped if whether should unless ever extent opt opt-out opt-outs request requests rights",
);
const RIGHT_OF_USERS = set("know request opt access delete limit ask receive obtain");
/** Words between a verb's subject and the verb: modals, auxiliaries, negations, adverbs. */
const AUX = set(
  "may might can could will would shall should must do does did have has had not never also further currently knowingly directly ever only then sometimes already still don't doesn't didn't won't wouldn't cannot can't",
);
/**
 * A subject that is someone else: "data brokers who may further sell or share your personal
 * data", "the third parties to whom it has sold" (a law's words about "a business", Verizon).
 */
const OTHERS = set(
  "they it he she who whom which that parties partners brokers advertisers vendors providers companies business businesses networks publishers platforms",
);
/** The words a policy calls itself by, besides "we": "NOTICE: We may sell …" is the company's. */
const SELF = set("we we'll we've we'd i us our company");
/** A sale of the business with the data in it is the business-transfer practice, not a sale of data. */
const BUSINESS_TRANSFER =
  /\b(mergers?|acquisitions?|acquired|bankruptcy|receivership|reorgani[sz]ation|divestitures?|business transactions?|change of (control|ownership)|sale of (the |our |all or |some or all |substantially all )*(assets|business|company|services))\b/i;
const AGGREGATE =
  /\b(aggregat\w*|de-?identified|deidentified|anonymi[sz]ed|anonymous|non-?personal(ly identifiable)?|non-?identifiable|non-?identifying|statistical)\b/gi;
const IDENTIFYING = /\b(personal\w*|identifiable|identifying|identifies)\b/i;

/*
 * A denial confined to some people, data, purposes or senses of the word: "We do not knowingly
 * sell the personal information of minors under the age of 16" (Vinted, beside "We may have sold
 * … to online advertising service and analytics providers"), "We DO NOT “sell” personal data …
 * for monetary consideration", "as that term is traditionally understood". Each a flat
 * alternation, tried in this order on the denial's own clause.
 */
const PLACES =
  "California|Nevada|Virginia|Colorado|Connecticut|Utah|Texas|Oregon|Rhode Island|Delaware|Montana|Iowa|Indiana|Tennessee|New Jersey|EU|EEA|UK|European|Europe|United States|U\\.S\\.|US|Canada|Canadian|Brazil";
const SCOPES: Array<[RegExp, string]> = [
  [
    /\b(minors?|child(ren)?|children['’]s|kids|teens?|teenagers?|under (the age of |the age |age )?\d{1,2}|(younger|less) than \d{1,2}|\d{1,2} years (of age|old))\b/i,
    "minors only",
  ],
  [/\bsensitive\b/i, "sensitive data only"],
  // Not "for money or anything else", "for money or other consideration": the whole definition.
  [
    /\b(for money|in exchange for money|(for )?monetary (consideration|compensation|value)|for cash)\b(?! or (other|any|some)\w*\b)/i,
    "for money only",
  ],
  [
    /\b(as (that|the|this) (term|word) is (traditionally|commonly|generally|typically|usually|ordinarily) understood|in the (traditional|ordinary|conventional|usual|classic) sense)\b/i,
    "in the ordinary sense only",
  ],
  [/\b(for the purposes? of|to train|for training|for the training)\b/i, "for one purpose only"],
  [
    /\b((after|once|if|when) you (click|opt|ask|request|tell|submit|exercise|use)\w*|opted out|opt-out request)\b/i,
    "after an opt-out only",
  ],
  [
    new RegExp(
      `\\b(residents|consumers|users|customers) (of|in|from) (the )?(${PLACES})\\b|\\b(${PLACES}) (residents?|consumers?|users?|customers?)\\b`,
    ),
    "some places only",
  ],
];
/**
 * Where a denial's scope is read: its object and the words right after it, up to a comma, a
 * bracket, "including" or another clause — "We do not sell your personal information to third
 * parties, nor do we sell personal information from users under 16 years old" (Quora) denies a
 * sale of everyone's data; "(including Personal Information of minors)" (pixiv) widens it.
 */
const SCOPE_END = /[,;:(–—]|\b(and|but|however|whereas|although|except|including|nor|unless)\b/i;

/**
 * A denial that holds only until the user is told or offered an opt-out is a rule for selling,
 * not a denial: "The COMPANY may not sell Consumer personal information unless the Consumer has
 * been given the right, at any time, to opt-out" (Revcontent, the law's words), "will not … in
 * the future without giving you notice and an opportunity to opt out". Read on the denial's own
 * clause, so "We do not sell your personal data, and we will not do so in the future without
 * providing you with notice" still denies. ("Unless you consent" is a denial: the user decides.)
 */
const CLAUSE_AFTER_END = /[;.!?]|\b(and|but|however|whereas|although)\b/i;
const UNTIL_TOLD =
  /\b(unless|until|without)\b.{0,100}?\b(notice|notif(y|ied|ying|ication)|opt[- ]?out)\b/i;
const liftedByNotice = (after: string) =>
  UNTIL_TOLD.test(after.slice(0, CLAUSE_AFTER_END.exec(after)?.index ?? 200).slice(0, 200));

function scopeOf(object: string, after: string): string | null {
  const end = SCOPE_END.exec(after)?.index ?? after.length;
  const words = `${object} ${after.slice(0, Math.min(end, 120))}`;
  return SCOPES.find(([re]) => re.test(words))?.[1] ?? null;
}
/** The denial's object says its scope itself: "children’s personal information". */
const scopeInObject = (s: SaleStatement) =>
  SCOPES.some(([re, label]) => label === s.scope && re.test(s.object));

const isWordChar = (c: string) => /[\p{L}\p{N}]/u.test(c);

function bare(text: string): string {
  let a = 0;
  let b = text.length;
  while (a < b && !isWordChar(text[a]!)) a++;
  while (b > a && !isWordChar(text[b - 1]!)) b--;
  return text.slice(a, b);
}

const base = (w: string) =>
  w.startsWith("se") || w === "sold"
    ? "sell"
    : w.startsWith("rent")
      ? "rent"
      : w.startsWith("leas")
        ? "lease"
        : "trade";
const PARTICIPLE: Record<string, string> = {
  sell: "sold",
  rent: "rented",
  lease: "leased",
  trade: "traded",
};
const endsClause = (t: Token) => /[.;:!?]["'”’)]?$/.test(t.text);

/** The object phrase from `start` to the data noun at `end`, without leading determiners. */
function phrase(sentence: string, tokens: Token[], start: number, end: number): string | null {
  while (start < end && DETERMINER.has(tokens[start]!.word)) start++;
  const first = tokens[start]!;
  const last = tokens[end]!;
  const lastWord = bare(last.text);
  const from = first.index + first.text.indexOf(bare(first.text));
  const to = last.index + last.text.indexOf(lastWord) + lastWord.length;
  if (to <= from) return null;
  return asWritten(sentence, from, sentence.slice(from, to));
}

/**
 * What a sentence says about selling data: each verb of sale (sell, rent, lease, trade) with a
 * subject or modal before it and data as its object ("we may sell aggregated data"; passive:
 * "personal information will never be sold"). A verb whose object is not data ("sell products",
 * "assets … may be sold") is not a sale of data. Words are scanned within bounded windows.
 */
export function saleStatements(
  sentence: string,
  /** The company's own names (ownNames): a sale by anyone else named is not the company's. */
  own: ReadonlySet<string> = new Set(),
): SaleStatement[] {
  const tokens: Token[] = [];
  for (const m of sentence.matchAll(/\S+/g))
    tokens.push({ text: m[0], word: bare(m[0]).toLowerCase().replace(/’/g, "'"), index: m.index });
  const loud = shouting(sentence);
  const transfer = BUSINESS_TRANSFER.test(sentence);
  // undercut[k]: whether a word before token k keeps a sale there from being stated outright.
  const lineBreakBefore = (k: number) =>
    k > 0 &&
    sentence
      .slice(tokens[k - 1]!.index + tokens[k - 1]!.text.length, tokens[k]!.index)
      .includes("\n");
  const undercut: boolean[] = [false];
  tokens.forEach((t, k) => {
    const right =
      t.word === "right" &&
      tokens[k + 1]?.word === "to" &&
      RIGHT_OF_USERS.has(tokens[k + 2]?.word ?? "");
    undercut.push(undercut[k]! || NOT_ASSERTED.has(t.word) || right);
  });
  const out: SaleStatement[] = [];
  let consumed = -1;
  for (let i = 0; i < tokens.length && out.length < 5; i++) {
    if (i <= consumed || !SALE.has(tokens[i]!.word)) continue;
    // "Do Not Sell My Personal Information": the name of a link or a heading, not a statement.
    if (!loud && i > 0 && /^[A-Z]/.test(bare(tokens[i]!.text))) continue;
    let runStart = i;
    while (runStart > 0 && i - runStart < 8 && RUN.has(tokens[runStart - 1]!.word)) runStart--;
    let runEnd = i + 1;
    while (
      runEnd < tokens.length &&
      runEnd - i < 8 &&
      (RUN.has(tokens[runEnd]!.word) || SALE.has(tokens[runEnd]!.word))
    )
      runEnd++;
    // "never sell or profit directly from any of your personal data": the data follows "from".
    if (tokens[runEnd]?.word === "from" && /^(profit|directly)$/.test(tokens[runEnd - 1]!.word))
      runEnd++;
    consumed = runEnd - 1;
    const run = tokens.slice(runStart, runEnd);
    const verbs = [...new Set(run.filter((t) => SALE.has(t.word)).map((t) => base(t.word)))];
    // "trade" alone is as often "trade sanctions" or "trade shows" as a sale.
    if (verbs.length === 1 && verbs[0] === "trade") continue;
    const passive =
      runStart > 0 && BE.has(tokens[runStart - 1]!.word) && PARTICIPLES.has(tokens[i]!.word);

    let objectStart = -1;
    let objectEnd = -1;
    let windowStart: number;
    if (passive) {
      // "Your personal information will never be sold": the data is the subject, before.
      for (let j = runStart - 2; j >= Math.max(0, runStart - 8); j--) {
        const t = tokens[j]!;
        if (STOP.has(t.word) || (j < runStart - 2 && endsClause(t))) break;
        if (DATA_NOUN.has(t.word)) {
          objectEnd = j;
          break;
        }
      }
      if (objectEnd < 0) continue;
      objectStart = objectEnd;
      while (
        objectStart > 0 &&
        objectEnd - objectStart < 5 &&
        !STOP.has(tokens[objectStart - 1]!.word) &&
        !endsClause(tokens[objectStart - 1]!) &&
        !/,$/.test(tokens[objectStart - 1]!.text)
      )
        objectStart--;
      // "whether any information is sold", "then your information may be sold": not a statement.
      if (objectStart > 0 && NOT_STATED.has(tokens[objectStart - 1]!.word)) continue;
      windowStart = Math.max(0, objectStart - 2);
    } else {
      const before = tokens.slice(Math.max(0, runStart - 4), runStart);
      if (!before.some((t) => SUBJECT.has(t.word)) && !run.some((t) => SUBJECT.has(t.word)))
        continue;
      // "…: we sell": a run that ends its clause has no object after it.
      if (endsClause(tokens[runEnd - 1]!)) continue;
      for (let k = runEnd; k < Math.min(tokens.length, runEnd + 8); k++) {
        const t = tokens[k]!;
        // "sold or may sell personally identifiable …": the data belongs to the next verb; a
        // line break ends a table cell ("Product(s) sold" above "Rating and review data", IKEA).
        if (STOP.has(t.word) || MODAL.has(t.word) || SALE.has(t.word) || lineBreakBefore(k)) break;
        if (DATA_NOUN.has(t.word)) {
          objectEnd = k;
          break;
        }
        // "sell assets, and may share … information": the data belongs to another verb.
        if (endsClause(t) || t.text.endsWith(",")) break;
      }
      if (objectEnd < 0) continue;
      objectStart = runEnd;
      // "To submit a do not sell or share my personal information … request": a request's name.
      if (tokens[objectStart]!.word === "my") continue;
      // "the email addresses or other collected personal information": one object.
      const joined = tokens[objectEnd + 1];
      if (
        joined &&
        /^(or|and|and\/or)$/.test(joined.word) &&
        !/[,.;:]$/.test(tokens[objectEnd]!.text)
      )
        for (let k = objectEnd + 2; k < Math.min(tokens.length, objectEnd + 7); k++) {
          const t = tokens[k]!;
          if (STOP.has(t.word)) break;
          if (DATA_NOUN.has(t.word)) {
            objectEnd = k;
            break;
          }
          if (endsClause(t)) break;
        }
      windowStart = Math.max(0, runStart - 4);
    }
    const object = phrase(sentence, tokens, objectStart, objectEnd);
    const lastOf = tokens[passive ? runEnd - 1 : objectEnd]!;
    // Right after the last word, before its punctuation: "Personal Data," ends at the comma.
    const afterObject = lastOf.index + lastOf.text.replace(/[^\p{L}\p{N}]+$/u, "").length;
    if (!object) continue;
    const around = tokens.slice(windowStart, runEnd);
    const negated = around.some((t) => NEGATION.has(t.word));
    // "may constitute “selling”": a word under discussion, not something the company does.
    if (!negated && /^["'“‘]/.test(tokens[i]!.text)) continue;
    // "the right to sell": what the company may do.
    const infinitive = runStart > 0 && tokens[runStart - 1]!.word === "to";
    const modal = around.findLast((t) => MODAL.has(t.word))?.word ?? (infinitive ? "may" : null);
    if (!negated && (transfer || undercut[runStart])) continue;
    if (negated && liftedByNotice(sentence.slice(afterObject))) continue;
    if (negated && usersDirection(tokens, windowStart, runStart)) continue;
    if (negated && askedOrSupposed(tokens, windowStart, i)) continue;
    if (!passive && byOthers(tokens, runStart, own, negated)) continue;
    const rest = object.replace(AGGREGATE, "");
    out.push({
      negated,
      verbs,
      modal,
      perfect: around.some((t) => /^(has|have|had)$/.test(t.word)),
      object,
      aggregateOnly: rest !== object && !IDENTIFYING.test(rest),
      scope: negated ? scopeOf(object, sentence.slice(afterObject)) : null,
    });
  }
  return out;
}

/** Words for a user's direction or request: "direction from a consumer not to sell", "ask us not to sell". */
const DIRECTION = set(
  "direction directions directs directed direct instruct instructs instructed instruction instructions request requests requested ask asks asked tell tells told",
);

const CONSENT = set("consent authorization authorisation permission");

/**
 * A negation that is not the company's denial of selling: "not to sell" after a user's direction
 * or request is what the user asks ("once it has received direction from a consumer not to sell
 * the consumer's personal information", Revcontent, the law's words), and "has not received
 * consent to sell" denies the consent, a condition, not the sale.
 */
function usersDirection(tokens: Token[], windowStart: number, runStart: number): boolean {
  for (let k = windowStart; k < runStart; k++) {
    if (!NEGATION.has(tokens[k]!.word)) continue;
    for (let j = k + 1; j < runStart; j++) if (CONSENT.has(tokens[j]!.word)) return true;
    if (tokens[k + 1]?.word !== "to") continue;
    for (let j = k - 1; j >= Math.max(0, k - 5); j--)
      if (DIRECTION.has(tokens[j]!.word)) return true;
  }
  return false;
}

/** A request or preference whose that-clause holds the denial: "ask that we do not sell". */
const ASKED = set(
  "request requests requested ask asks asked direct directs directed instruct instructs instructed preference preferences demand demands",
);
/** Opens a condition: "If we have not sold your personal information, we will inform you". */
const SUPPOSED = set("if whether");

/**
 * A negation that is what the user asks for, or a condition, not the company's denial: a
 * that-clause after a request or preference ("Request that a business that sells a consumer's
 * personal data, not sell the consumer's personal data", a CCPA right listed; "You can ask that we
 * do not “sell” …"; "register your preference that we do not sell your data in the future"), or a
 * clause opened by "if" or "whether" just before its subject ("If we have not sold your personal
 * information, we will inform you of that fact", a list of what the user may ask for). Until the
 * audit of 2026-12-08 each read "does not sell", and Persumi's made its sharing protective.
 */
function askedOrSupposed(tokens: Token[], windowStart: number, verb: number): boolean {
  for (let k = windowStart; k < verb; k++) {
    if (!NEGATION.has(tokens[k]!.word)) continue;
    // "request that … not sell": the request's word, then "that" (or "us that"), at most 12 words back.
    for (let j = k - 1; j >= Math.max(0, k - 12); j--) {
      if (/[.;:!?]$/.test(tokens[j]!.text)) break;
      if (tokens[j]!.word !== "that") continue;
      const before = tokens[j - 1]?.word === "us" ? tokens[j - 2] : tokens[j - 1];
      if (before && ASKED.has(before.word)) return true;
    }
    // "If we have not sold": back over the auxiliaries to the subject, then "if".
    let j = k - 1;
    while (j >= 0 && k - j <= 4 && AUX.has(tokens[j]!.word)) j--;
    if (j >= 1 && SELF.has(tokens[j]!.word) && SUPPOSED.has(tokens[j - 1]!.word)) return true;
  }
  return false;
}

/**
 * Whether the subject of the verbs starting at `runStart` is someone other than the company: a
 * pronoun or noun for others ("they", "who", "data brokers", "it" in "whom it has sold"), or a
 * name none of whose words is one of the company's own names — "ID5 may sell or share this
 * information with their advertising partners" (AllRecipes) is ID5's sale, "Verizon, Verizon
 * Value, and Visible may sell …" Verizon's; a denial said of a name is the company's. The
 * subject is the word before the modals and
 * adverbs (or, for a second verb, before the first), and a name is read back to the start of its clause, at most six words.
 */
function byOthers(
  tokens: Token[],
  runStart: number,
  own: ReadonlySet<string>,
  negated: boolean,
): boolean {
  let j = runStart - 1;
  // "to whom it has sold or may sell": the second verb's subject is the first's.
  while (
    j >= 0 &&
    runStart - j <= 10 &&
    (AUX.has(tokens[j]!.word) || RUN.has(tokens[j]!.word) || SALE.has(tokens[j]!.word))
  )
    j--;
  const subject = tokens[j];
  if (!subject || SELF.has(subject.word)) return false;
  if (OTHERS.has(subject.word)) return true;
  // A denial said of a name is the company's own far more often than not ("Valve does not sell
  // Personal Data", "Xanga does not share, sell or rent …"), named in its body only: a name
  // decides only a sale stated, which would make the practice concerning.
  if (negated) return false;
  // "To sell or share personal data …" (a table's purpose): a capital that opens a sentence.
  if (!/^[A-Z]/.test(bare(subject.text)) || endsClause(subject)) return false;
  if (STOP.has(subject.word) || DETERMINER.has(subject.word)) return false;
  const words = new Set([...own].flatMap((n) => n.toLowerCase().split(/\s+/)));
  for (let k = j; k >= 0 && j - k < 6; k--) {
    if (k < j && endsClause(tokens[k]!)) break;
    if (words.has(tokens[k]!.word) || SELF.has(tokens[k]!.word)) return false;
  }
  return true;
}

export { orList };

/**
 * The statement in our words, claiming no more than the sentence: its own verbs and object
 * ("may sell aggregated data", "does not sell, rent or trade personal data", "has sold
 * categories of personal data").
 */
export function saleText(s: SaleStatement): string {
  const participles = s.verbs.map((v) => PARTICIPLE[v] ?? v);
  const verb = s.perfect
    ? `has ${s.negated ? "not " : ""}${orList(participles)}`
    : s.negated
      ? `does not ${orList(s.verbs)}`
      : s.modal
        ? `${s.modal} ${orList(s.verbs)}`
        : orList(s.verbs.map((v) => `${v}s`));
  // "does not sell sensitive personal information" says its scope in its object already.
  const said = !s.scope || scopeInObject(s);
  return `${verb} ${s.object}${said ? "" : ` (${s.scope})`}`;
}

/** A no-sale fact's value that is confined to some people, data or purposes ("… (minors only)"). */
export const SCOPED_NO_SALE =
  /\((minors|sensitive data|for money|in the ordinary sense|for one purpose|after an opt-out|some places|in the past 12 months) only\)$/;
