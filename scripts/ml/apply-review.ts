import { readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";

/*
 * Applies a reviewer's label changes to ml/labels and records each one in a review file that
 * `npm run eval` undoes to measure agreement on the first pass as labelled.
 * Usage: tsx scripts/ml/apply-review.ts --into ml/guide-2026-12-03-review.jsonl CHANGES.jsonl…
 * Each line of CHANGES: {"file": "zillow@2014.jsonl", "id", "before": [...], "after": [...],
 * "reason"}. Nothing is written unless every change names a labelled clause whose practices are
 * still exactly `before`: a review made against other labels is refused, not merged.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const LABELS = path.join(ROOT, "ml", "labels");
const slugs = z.array(z.enum(PRACTICE_SLUGS));
const Change = z.object({
  file: z.string().regex(/^[a-z0-9-]+(@\d{4})?\.jsonl$/),
  id: z.string(),
  before: slugs,
  after: slugs,
  reason: z.string().min(10),
});
const Label = z.looseObject({ id: z.string(), policy: z.string(), practices: slugs });

const args = process.argv.slice(2);
const into = args[args.indexOf("--into") + 1];
if (!args.includes("--into") || !into?.endsWith(".jsonl"))
  throw new Error("give --into ml/NAME-review.jsonl");
const inputs = args.filter((a, i) => a !== "--into" && args[i - 1] !== "--into");

const problems: string[] = [];
const changes = inputs.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      const parsed = Change.safeParse(JSON.parse(line));
      if (!parsed.success) {
        problems.push(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
        return [];
      }
      return [{ ...parsed.data, where: `${file}:${i + 1}` }];
    }),
);

const files = new Map<string, Array<z.infer<typeof Label>>>();
const same = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join() === [...b].sort().join();
const records: string[] = [];
const seen = new Set<string>();
for (const c of changes) {
  let rows = files.get(c.file);
  if (!rows) {
    try {
      rows = readFileSync(path.join(LABELS, c.file), "utf8")
        .split("\n")
        .filter((l) => l.trim())
        // Validated, but the line's own object is kept, so its keys stay in their order.
        .map((l) => {
          const raw = JSON.parse(l) as z.infer<typeof Label>;
          Label.parse(raw);
          return raw;
        });
    } catch {
      problems.push(`${c.where}: no label file ml/labels/${c.file}`);
      continue;
    }
    files.set(c.file, rows);
  }
  const row = rows.find((r) => r.id === c.id);
  if (!row) problems.push(`${c.where}: no clause ${c.id} in ${c.file}`);
  else if (seen.has(`${c.file}/${c.id}`)) problems.push(`${c.where}: clause changed twice`);
  else if (!same(row.practices, c.before))
    problems.push(
      `${c.where}: ${c.id} is labelled ${row.practices.join(" ")}, not ${c.before.join(" ")}`,
    );
  else if (same(c.before, c.after)) problems.push(`${c.where}: no change`);
  else {
    seen.add(`${c.file}/${c.id}`);
    row.practices = c.after;
    records.push(
      JSON.stringify({
        policy: row.policy,
        id: c.id,
        before: c.before,
        after: c.after,
        reason: c.reason,
      }),
    );
  }
}
if (problems.length) {
  console.error(problems.join("\n"));
  console.error(`${problems.length} problem(s); nothing written`);
  process.exit(1);
}
for (const [file, rows] of files)
  writeFileSync(path.join(LABELS, file), rows.map((r) => JSON.stringify(r)).join("\n") + "\n");
const target = path.resolve(ROOT, into);
let existing = "";
try {
  existing = readFileSync(target, "utf8");
} catch {
  // a new review file
}
writeFileSync(target, existing + records.map((r) => r + "\n").join(""));
console.log(`${records.length} labels changed in ${files.size} files; recorded in ${into}`);
