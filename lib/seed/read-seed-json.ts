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
    throw new SeedError(label, "", `is not valid JSON (${(e as Error).message})`);
  }
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
