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
