import { existsSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import {
  applyLabelChanges,
  labelChangeSchema,
  labelLineSchema,
  type LabelChange,
  type LabelLine,
} from "../../lib/reading/training/label-review";

/*
 * Applies a reviewer's label changes to ml/labels and records each one in a review file that
 * `npm run eval` undoes to measure agreement on the first pass as labelled.
 * Usage: tsx scripts/ml/apply-review.ts --into ml/NAME-review.jsonl CHANGES.jsonl…
 * Each line of CHANGES: {"file": "zillow@2014.jsonl", "id", "before": [...], "after": [...],
 * "reason"}. Nothing is written unless every change is sound (lib/reading/training/label-review).
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const LABELS = path.join(ROOT, "ml", "labels");

const args = process.argv.slice(2);
const into = args[args.indexOf("--into") + 1];
if (!args.includes("--into") || !into?.endsWith(".jsonl"))
  throw new Error("give --into ml/NAME-review.jsonl");
const inputs = args.filter((a, i) => a !== "--into" && args[i - 1] !== "--into");

const problems: string[] = [];
const changes: LabelChange[] = inputs.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => {
      if (!line.trim()) return [];
      let json: unknown;
      try {
        json = JSON.parse(line);
      } catch {
        problems.push(`${file}:${i + 1}: not JSON`);
        return [];
      }
      const parsed = labelChangeSchema.safeParse(json);
      if (!parsed.success) {
        problems.push(`${file}:${i + 1}: ${parsed.error.issues[0]?.message}`);
        return [];
      }
      return [{ ...parsed.data, where: `${file}:${i + 1}` }];
    }),
);

const files = new Map<string, LabelLine[]>();
for (const name of new Set(changes.map((c) => c.file))) {
  const file = path.join(LABELS, name);
  if (!existsSync(file)) continue; // reported by applyLabelChanges
  files.set(
    name,
    readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trim())
      .map((l, i) => {
        // Validated, but the line's own object is kept, so its keys stay in their order.
        const raw = JSON.parse(l) as LabelLine;
        const ok = labelLineSchema.safeParse(raw);
        if (!ok.success)
          problems.push(`ml/labels/${name}:${i + 1}: ${ok.error.issues[0]?.message}`);
        return raw;
      }),
  );
}

const result = problems.length ? { problems, records: [] } : applyLabelChanges(changes, files);
if (result.problems.length) {
  console.error(result.problems.join("\n"));
  console.error(`${result.problems.length} problem(s); nothing written`);
  process.exit(1);
}
const changed = new Set(changes.map((c) => c.file));
for (const name of changed)
  writeFileSync(
    path.join(LABELS, name),
    files
      .get(name)!
      .map((r) => JSON.stringify(r))
      .join("\n") + "\n",
  );
const target = path.resolve(ROOT, into);
const existing = existsSync(target) ? readFileSync(target, "utf8") : "";
writeFileSync(target, existing + result.records.map((r) => JSON.stringify(r) + "\n").join(""));
console.log(
  `${result.records.length} labels changed in ${changed.size} files; recorded in ${into}`,
);
