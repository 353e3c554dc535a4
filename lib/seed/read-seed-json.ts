import { readFileSync } from "node:fs";
import type { z } from "zod";
import { SeedError } from "./seed-error";

function formatIssue(issue: z.core.$ZodIssue): { field: string; problem: string } {
  const field = issue.path
    .map((p) => (typeof p === "number" ? `[${p}]` : `.${String(p)}`))
    .join("")
    .replace(/^\./, "");
  return { field: field || "(top level)", problem: issue.message };
}

/** Reads a JSON seed file; a missing or malformed file is a SeedError naming it. */
export function readJson(file: string, label: string): unknown {
  let raw: string;
  try {
    raw = readFileSync(file, "utf8");
  } catch {
    throw new SeedError(label, "", "cannot be read");
  }
  try {
    return JSON.parse(raw);
  } catch (e) {
    throw new SeedError(label, "", notJsonProblem(raw, e as Error));
  }
}

// `npm run analyze -- … > file` (without --silent) puts npm's own lines above the JSON.
const NPM_BANNER = /^\s*> [^\s@]+@\S+ (\S+)\n/;

/** Why a file is not JSON, naming npm's banner when that is the cause. */
export function notJsonProblem(raw: string, error: Error): string {
  const banner = NPM_BANNER.exec(raw);
  if (banner)
    return `is not valid JSON: it opens with npm's "> …@… ${banner[1]}" lines, which \`npm run\` prints before a script's output. Delete them, or write the file again with \`npm run ${banner[1]} -- … --out FILE\` (or \`npm run --silent ${banner[1]}\`).`;
  return `is not valid JSON (${error.message})`;
}

/** Validates with zod; the first problem becomes a SeedError with its field path. */
export function parseWith<T>(schema: z.ZodType<T>, value: unknown, label: string): T {
  const result = schema.safeParse(value);
  if (!result.success) {
    const { field, problem } = formatIssue(result.error.issues[0]!);
    throw new SeedError(label, field, problem);
  }
  return result.data;
}
