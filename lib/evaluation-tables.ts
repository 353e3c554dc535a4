import "server-only";
import { readEvaluationMarkdown } from "./evaluation-figures";

export type AccuracyTable = { heading: string; header: string[]; rows: string[][] };

/**
 * The accuracy tables of docs/evaluation.md (written by `npm run eval`), read when the
 * methodology page renders so the page always states the figures of the committed model.
 * Returns null when the file is absent.
 */
export function readEvaluationTables(): AccuracyTable[] | null {
  const markdown = readEvaluationMarkdown();
  return markdown === null ? null : parseEvaluationTables(markdown);
}

/** Every markdown table under a "##" or "###" heading becomes one table. */
export function parseEvaluationTables(text: string): AccuracyTable[] {
  const tables: AccuracyTable[] = [];
  let heading = "";
  let current: AccuracyTable | null = null;
  const cells = (line: string) =>
    line
      .trim()
      .replace(/^\||\|$/g, "")
      .split("|")
      .map((c) => c.trim().replace(/\*\*|`/g, ""));
  for (const line of text.split("\n")) {
    const h = /^#{2,3} (.+)$/.exec(line);
    if (h) {
      heading = h[1]!.trim();
      current = null;
      continue;
    }
    if (!line.trim().startsWith("|")) {
      current = null;
      continue;
    }
    if (/^\s*\|[\s:|-]+\|\s*$/.test(line)) continue;
    if (!current) {
      current = { heading, header: cells(line), rows: [] };
      tables.push(current);
    } else current.rows.push(cells(line));
  }
  return tables;
}

/**
 * OPP-115 has one category, First Party Collection/Use, for what our Data collection and Use of
 * data split in two; the evaluation counts a prediction of either as it.
 */
export const FIRST_PARTY_NAME = "Data collection or use (OPP-115’s First Party Collection/Use)";

/**
 * The tables as the methodology page shows them to readers: each practice by the name the site
 * gives it everywhere else (the file keys rows by slug), and without the summary table, whose
 * rows the page already shows beside its account of machine reading.
 */
export function tablesForReaders(
  tables: readonly AccuracyTable[],
  practiceNames: ReadonlyMap<string, string>,
): AccuracyTable[] {
  const name = (cell: string) =>
    cell === "first-party" ? FIRST_PARTY_NAME : (practiceNames.get(cell) ?? cell);
  return tables
    .filter((t) => t.heading !== "Summary")
    .map((t) => ({
      ...t,
      rows: t.rows.map(([first, ...rest]) => (first === undefined ? [] : [name(first), ...rest])),
    }));
}
