import { readFileSync } from "node:fs";
import path from "node:path";

export type EvaluationRow = {
  label: string;
  microF1: number;
  macroF1: number;
  lowestF1: number | null;
  keywordsMicroF1: number | null;
  keywordsMacroF1: number | null;
};
export type EvaluationFigures = {
  writtenOn: string | null;
  crossValidation: EvaluationRow | null;
  /** The same cross-validation with each clause read under its heading, as /analyze reads it. */
  crossValidationWithHeadings: EvaluationRow | null;
  opp115: EvaluationRow | null;
};

const num = (cell: string | undefined) => {
  const n = Number((cell ?? "").replace(/\*/g, "").trim());
  return Number.isFinite(n) && (cell ?? "").trim() !== "" ? n : null;
};

function row(markdown: string, marker: string): EvaluationRow | null {
  const line = markdown.split("\n").find((l) => l.startsWith(`| ${marker}`));
  if (!line) return null;
  const cells = line.split("|").slice(1, -1);
  const micro = num(cells[1]);
  const macro = num(cells[2]);
  if (micro === null || macro === null) return null;
  return {
    label: cells[0]!
      .replace(/^\s*\([a-z]\)/, "")
      .replace(/`/g, "")
      .trim(),
    microF1: micro,
    macroF1: macro,
    lowestF1: num(cells[3]),
    keywordsMicroF1: num(cells[4]),
    keywordsMacroF1: num(cells[5]),
  };
}

/**
 * The measured accuracy of machine reading, from the summary table `npm run eval` writes to
 * docs/evaluation.md (one source of figures for the docs and the methodology page). Rows it
 * cannot read are null, so the page shows a dash rather than a wrong number.
 */
export function parseEvaluationFigures(markdown: string): EvaluationFigures {
  return {
    writtenOn: /Written by `npm run eval` on (\d{4}-\d{2}-\d{2})/.exec(markdown)?.[1] ?? null,
    crossValidation: row(markdown, "(a) our labels"),
    crossValidationWithHeadings: row(markdown, "(a) the same"),
    opp115: row(markdown, "(b)"),
  };
}

/**
 * The text of docs/evaluation.md, or null when it is absent. The path is spelled out in full so
 * the build traces this one file into the server bundle (a path built at run time makes the
 * bundler trace the whole project).
 */
export function readEvaluationMarkdown(): string | null {
  try {
    return readFileSync(path.join(process.cwd(), "docs", "evaluation.md"), "utf8");
  } catch {
    return null;
  }
}

let cached: EvaluationFigures | null = null;

/** Read once per process: the file changes only with a new commit. */
export function evaluationFigures(): EvaluationFigures {
  if (cached) return cached;
  const markdown = readEvaluationMarkdown();
  cached = markdown
    ? parseEvaluationFigures(markdown)
    : { writtenOn: null, crossValidation: null, crossValidationWithHeadings: null, opp115: null };
  return cached;
}
