import type { Rating } from "../ratings";
import {
  PRACTICE_SLUGS,
  assignPractices,
  classifyClauses,
  withHeadingContext,
  type PracticeSlug,
} from "./classifier";
import { extractFacts, ownNames, type Fact } from "./extract-facts";
import type { StatedDate } from "../seed/parse-effective-date";
import { decodeInput } from "./decode-input";
import { readDecoded, type PolicyFormat } from "./ingest";
import { policyStatedDate } from "./policy-stated-date";
import { ReadingError } from "./reading-error";
import { sentencesOf } from "./sentences";
import { countsNotFor } from "./bare-label";
import { speaksTo } from "./speaks-to";
import { factsFor, suggestRating } from "./suggest-rating";

export type AnalysedClause = {
  text: string;
  headingPath: string[];
  /** The practices assigned at the operating threshold, with their probabilities. */
  practices: Partial<Record<PracticeSlug, number>>;
};

export type FindingFact = { kind: string; value: string; quote: string };

export type MachineFinding = {
  practice: PracticeSlug;
  rating: Rating;
  reason: string;
  confidence: number;
  facts: FindingFact[];
  evidence: Array<{ quote: string }>;
  /** Supporting clauses, best first: index into `clauses` and probability. */
  supporting: Array<{ clause: number; probability: number }>;
  /** The highest probability any clause has for the practice, above its threshold or not. */
  closest: number;
};

export type PolicyAnalysis = {
  title: string;
  format: PolicyFormat;
  /** The date the policy states for itself, read by the seed's rules; null when none is found. */
  statedDate: StatedDate | null;
  clauses: AnalysedClause[];
  findings: MachineFinding[];
};

export type AnalyzeOptions = {
  format?: PolicyFormat;
  /** Milliseconds the reading may take; checked between stages and batches of clauses. */
  timeLimitMs?: number;
};

const MAX_EVIDENCE = 5;
/** Facts listed per finding: the deciding ones first, then the rest in the policy's order. */
const MAX_FACTS = 12;
const onlyMentioned = (f: Fact) => f.kind === "do-not-track" && f.value.endsWith(": mentioned");
const MAX_EVIDENCE_CHARS = 600;
const round = (n: number) => Math.round(n * 100) / 100;

/** The opening sentences of a clause up to about 600 characters: an exact quote of it. */
export function openingOf(text: string): string {
  if (text.length <= MAX_EVIDENCE_CHARS) return text;
  const sentences = sentencesOf(text);
  let end = sentences[0] ? sentences[0].start + sentences[0].text.length : text.length;
  for (const s of sentences.slice(1)) {
    if (s.start + s.text.length > MAX_EVIDENCE_CHARS) break;
    end = s.start + s.text.length;
  }
  return text.slice(0, end);
}

/**
 * Reads a policy end to end: ingest (markdown, HTML or text) → clauses → probabilities per
 * practice → facts → a suggested rating per practice with its reason, confidence and evidence.
 * Stores nothing. Throws ReadingError for input that is not a readable policy or takes too long.
 */
export function analyzePolicy(
  input: Uint8Array | string,
  options: AnalyzeOptions = {},
): PolicyAnalysis {
  const started = performance.now();
  const checkTime = () => {
    if (options.timeLimitMs !== undefined && performance.now() - started > options.timeLimitMs)
      throw new ReadingError(
        "timeout",
        `Reading this policy took longer than ${Math.round(options.timeLimitMs / 1000)} seconds, so it was stopped. Try the policy's text alone, without the rest of the page.`,
      );
  };
  // Decoded once: the stated date reads the same text as the clauses.
  const text = decodeInput(input);
  const policy = readDecoded(text, options.format);
  checkTime();

  const texts = policy.clauses.map((c) => c.text);
  // Each clause is classified with its nearest heading in front: a list item such as "to comply
  // with the law" is retention under one heading and use under another (docs/machine-reading.md).
  const inputs = policy.clauses.map((c) => withHeadingContext(c.text, c.headingPath));
  const probs: Array<Record<PracticeSlug, number>> = [];
  for (let i = 0; i < inputs.length; i += 200) {
    probs.push(...classifyClauses(inputs.slice(i, i + 200)));
    checkTime();
  }
  const assigned = probs.map((p) => assignPractices(p));
  const clauses: AnalysedClause[] = policy.clauses.map((c, i) => ({
    text: c.text,
    headingPath: c.headingPath,
    practices: Object.fromEntries(assigned[i]!.map((s) => [s, probs[i]![s]])),
  }));

  const facts = extractFacts(
    texts,
    checkTime,
    ownNames(policy.title, texts),
    policy.clauses.map((c) => c.headingPath),
  );
  checkTime();

  const findings = PRACTICE_SLUGS.map((practice): MachineFinding => {
    const supporting = clauses
      .map((c, clause) => ({ clause, probability: c.practices[practice] }))
      .filter((s): s is { clause: number; probability: number } => s.probability !== undefined)
      .sort((a, b) => b.probability - a.probability || a.clause - b.clause);
    const own: Fact[] = factsFor(practice, facts);
    // A menu entry of a few words ("Store Locator") names a topic; it is not the policy speaking.
    const counted = supporting.filter((s) => !countsNotFor(practice, texts[s.clause]!)).length;
    const suggestion = suggestRating(practice, own, counted);
    const top = supporting.slice(0, 3).map((s) => s.probability);
    const grounding = top.length ? top.reduce((a, b) => a + b, 0) / top.length : 0.75;
    const closest = Math.max(0, ...probs.map((p) => p[practice]));
    const confidence =
      suggestion.rating === "not-addressed" ? 1 - closest : suggestion.strength * grounding;

    // Evidence: the sentences the rating rests on, then the best supporting clauses.
    const evidence: string[] = [];
    const usedClauses = new Set<number>();
    for (const f of suggestion.decisive) {
      const at = (f as Fact & { clause?: number }).clause ?? -1;
      // The same words said twice (Atlassian repeats its retention paragraph among its U.S.
      // disclosures) are quoted once.
      if (evidence.length < MAX_EVIDENCE && !usedClauses.has(at) && !evidence.includes(f.quote)) {
        usedClauses.add(at);
        evidence.push(f.quote);
      }
    }
    // A heading alone ("Cookie Notice") or a clause that does not speak to the practice is
    // evidence only where nothing else is: it still shows what the classifier read, so the
    // rating keeps the clause it rests on (and the history, which counts tagged clauses, agrees).
    const speaking = supporting.filter((s) => speaksTo(practice, clauses[s.clause]!.text));
    for (const s of evidence.length || speaking.length ? speaking : supporting) {
      if (evidence.length >= MAX_EVIDENCE) break;
      if (usedClauses.has(s.clause)) continue;
      usedClauses.add(s.clause);
      const opening = openingOf(clauses[s.clause]!.text);
      if (!evidence.includes(opening)) evidence.push(opening);
    }
    // The facts that decided the rating come first, so the cap never hides them (Vinted's sale was
    // its 43rd third-party fact of 44); then the first of each other kind, so a kind is not hidden
    // behind a dozen of another (Proctorio's breach notice after twelve statements of encryption);
    // the rest follow in the policy's order.
    const seenFacts = new Set<string>();
    const unseen = (f: Fact) => {
      const key = `${f.kind}|${f.value}|${f.quote}`;
      if (seenFacts.has(key)) return false;
      seenFacts.add(key);
      return true;
    };
    const decisive = suggestion.decisive.filter(unseen);
    const kindsShown = new Set(decisive.map((f) => f.kind));
    const firstOfKind = own
      .filter((f) => !kindsShown.has(f.kind) && kindsShown.add(f.kind))
      // A signal's answer says more than its mention: "Do Not Track: not honoured" stands for the
      // kind before a "mentioned" that came first (Shockwave.com's law on the signal).
      .map((f) =>
        onlyMentioned(f) ? (own.find((g) => g.kind === f.kind && !onlyMentioned(g)) ?? f) : f,
      )
      .filter(unseen);
    const shownFacts = [...decisive, ...firstOfKind, ...own.filter(unseen)];
    return {
      practice,
      rating: suggestion.rating,
      reason: suggestion.reason,
      confidence: round(confidence),
      facts: shownFacts
        .slice(0, MAX_FACTS)
        .map(({ kind, value, quote }) => ({ kind, value, quote })),
      evidence: suggestion.rating === "not-addressed" ? [] : evidence.map((quote) => ({ quote })),
      supporting,
      closest,
    };
  });
  return {
    title: policy.title,
    format: policy.format,
    statedDate: policyStatedDate(text, policy),
    clauses,
    findings,
  };
}
