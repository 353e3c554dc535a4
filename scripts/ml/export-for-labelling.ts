import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { segmentPolicy } from "../../lib/seed/segment-policy";
import { LABELLING_SET } from "./labelling-set";

/*
 * Writes each chosen corpus policy as numbered clauses for a labeller (ml/work/{slug}.txt and
 * .clauses.json). Labels are stored with the clause text itself (ml/labels), so they stay valid
 * whatever later changes the segmenter sees.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CORPUS = path.resolve(ROOT, "..", "shared", "corpus", "latest");
const WORK = path.join(ROOT, "ml", "work");
mkdirSync(WORK, { recursive: true });
const PER_POLICY = 50;

export const clauseId = (text: string) =>
  createHash("sha256").update(text).digest("hex").slice(0, 16);

let total = 0;
for (const slug of process.argv.slice(2).length ? process.argv.slice(2) : LABELLING_SET) {
  const markdown = readFileSync(path.join(CORPUS, `${slug}.md`), "utf8");
  const policy = segmentPolicy(markdown);
  const headings = new Set(
    policy.clauses.flatMap((c) => c.headingPath).map((h) => h.toLowerCase()),
  );
  const seen = new Set<string>();
  const clauses = policy.clauses.filter((c) => {
    const words = c.text.match(/[A-Za-z]{2,}/g) ?? [];
    // Tables of contents repeat the headings; link-only lines and dates are page furniture.
    if (words.length < 4 || headings.has(c.text.toLowerCase()) || seen.has(c.text)) return false;
    seen.add(c.text);
    return true;
  });
  // A fixed sample of each policy (by hash, so it is the same on every run), kept in reading order.
  const sampled = new Set(
    [...clauses]
      .sort((a, b) => clauseId(slug + a.text).localeCompare(clauseId(slug + b.text)))
      .slice(0, PER_POLICY),
  );
  const rows = clauses
    .filter((c) => sampled.has(c))
    .map((c, i) => ({ n: i + 1, id: clauseId(c.text), headingPath: c.headingPath, text: c.text }));
  writeFileSync(path.join(WORK, `${slug}.clauses.json`), JSON.stringify(rows, null, 1));
  const readable = rows
    .map(
      (r) =>
        `[${r.n}] ${r.headingPath.length ? `(${r.headingPath.join(" > ")}) ` : ""}${r.text.replace(/\n/g, " / ")}`,
    )
    .join("\n\n");
  writeFileSync(
    path.join(WORK, `${slug}.txt`),
    `# ${slug}: ${rows.length} clauses\n\n${readable}\n`,
  );
  total += rows.length;
  console.log(`${slug}: ${rows.length}`);
}
console.log(`total: ${total}`);
