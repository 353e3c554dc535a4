import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { PRACTICE_SLUGS } from "../../lib/reading/practice-slugs";

/*
 * Turns a labeller's work file (ml/work/{slug}.labels: one line "N: slug slug" or "N: -" per
 * clause) into the reviewable label file ml/labels/{slug}.jsonl (clause text + practices).
 * Usage: tsx scripts/ml/apply-labels.ts --by A slug [slug …]
 *        tsx scripts/ml/apply-labels.ts --second --by B second-B   (double-labelled sample)
 *        tsx scripts/ml/apply-labels.ts --second --into labels-second-later --by AA second-AA
 *        (the sample of the later labels, kept apart so each sample's agreement is its own)
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const WORK = path.join(ROOT, "ml", "work");
const SLUGS = z.enum(PRACTICE_SLUGS);
const Row = z.object({
  n: z.number(),
  id: z.string(),
  policy: z.string().optional(),
  headingPath: z.array(z.string()),
  text: z.string(),
});

const args = process.argv.slice(2);
const second = args.includes("--second");
const by = args[args.indexOf("--by") + 1];
if (!args.includes("--by") || !by) throw new Error("give --by LABELLER");
const into = args.includes("--into") ? args[args.indexOf("--into") + 1] : undefined;
if (into !== undefined && !/^labels-second[a-z-]*$/.test(into))
  throw new Error("--into takes a folder of ml/ named labels-second…");
const names = args.filter(
  (a, i) => !a.startsWith("--") && args[i - 1] !== "--by" && args[i - 1] !== "--into",
);
let failed = false;
for (const name of names) {
  const rows = z
    .array(Row)
    .parse(JSON.parse(readFileSync(path.join(WORK, `${name}.clauses.json`), "utf8")));
  const labelFile = path.join(WORK, `${name}.labels`);
  if (!existsSync(labelFile)) {
    console.error(`${name}: no ${labelFile}`);
    failed = true;
    continue;
  }
  const labels = new Map<number, string[]>();
  const problems: string[] = [];
  readFileSync(labelFile, "utf8")
    .split("\n")
    .forEach((line, i) => {
      const trimmed = line.trim();
      if (!trimmed || trimmed.startsWith("#")) return;
      const m = /^\[?(\d+)\]?\s*[:=]\s*(.*)$/.exec(trimmed);
      if (!m) return problems.push(`line ${i + 1}: cannot read "${trimmed}"`);
      const n = Number(m[1]);
      const words = (m[2] ?? "").split(/[\s,]+/).filter((w) => w && w !== "-");
      const bad = words.filter((w) => !SLUGS.safeParse(w).success);
      if (bad.length) problems.push(`line ${i + 1}: unknown practice ${bad.join(", ")}`);
      if (labels.has(n)) problems.push(`line ${i + 1}: clause ${n} labelled twice`);
      labels.set(
        n,
        SLUGS.options.filter((s) => words.includes(s)),
      );
    });
  const missing = rows.filter((r) => !labels.has(r.n)).map((r) => r.n);
  if (missing.length) problems.push(`clauses without a label: ${missing.join(", ")}`);
  if (problems.length) {
    console.error(`${name}:\n  ${problems.join("\n  ")}`);
    failed = true;
    continue;
  }
  const out = rows
    .map((r) =>
      JSON.stringify({
        id: r.id,
        policy: r.policy ?? name,
        headingPath: r.headingPath,
        text: r.text,
        practices: labels.get(r.n),
        labelledBy: by,
      }),
    )
    .join("\n");
  const dir = path.join(ROOT, "ml", second ? (into ?? "labels-second") : "labels");
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, `${second ? by : name}.jsonl`), out + "\n");
  console.log(`${name}: ${rows.length} clauses written`);
}
process.exit(failed ? 1 : 0);
