import { extractFacts, type FactKind } from "./extract-facts";
import { factsFor, suggestRating } from "./suggest-rating";

/*
 * How the audits' tests (audit-*.test.ts) read a policy's own sentences: the facts of one kind,
 * and the rating a practice gets from them, as the corpus reading does (factsFor gives a practice
 * the facts of others its rules name).
 */
const asClauses = (text: string | string[]) => (typeof text === "string" ? [text] : text);

export const factsOf = (
  text: string | string[],
  kind: FactKind,
  headings?: string[][],
  own?: ReadonlySet<string>,
) => extractFacts(asClauses(text), undefined, own, headings).filter((f) => f.kind === kind);

export const valuesOf = (text: string | string[], kind: FactKind, headings?: string[][]) =>
  factsOf(text, kind, headings).map((f) => f.value);

export const rate = (
  practice: Parameters<typeof suggestRating>[0],
  text: string | string[],
  headings?: string[][],
  clauses = 1,
) =>
  suggestRating(
    practice,
    factsFor(practice, extractFacts(asClauses(text), undefined, undefined, headings)),
    clauses,
  );
