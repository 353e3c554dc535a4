import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { allVersions } from "../../lib/corpus/read-history";
import { segmentPolicy } from "../../lib/seed/segment-policy";
import { LABELLING_SET } from "./labelling-set";

/*
 * Writes each chosen corpus policy as numbered clauses for a labeller (ml/work/{slug}.txt and
 * .clauses.json). Labels are stored with the clause text itself (ml/labels), so they stay valid
 * whatever later changes the segmenter sees.
 */
const ROOT = path.resolve(import.meta.dirname, "..", "..");
const CORPUS = path.resolve(ROOT, "..", "shared", "corpus", "latest");
const HISTORY = path.resolve(ROOT, "..", "shared", "corpus", "history");
const WORK = path.join(ROOT, "ml", "work");
mkdirSync(WORK, { recursive: true });
const PER_POLICY = 50;

export const clauseId = (text: string) =>
  createHash("sha256").update(text).digest("hex").slice(0, 16);

let total = 0;
/*
 * "slug" reads the latest version; "slug@2013" the last version Open Terms Archive recorded in or
 * before 2013 (the history pages show versions back to 2012, and older policies are written
 * differently). An earlier version's labels keep the service's slug as their policy, so
 * cross-validation never splits a service's versions across folds, and leave out clauses
 * already labelled for that service.
 */
function policyText(name: string): { slug: string; markdown: string } {
  const [slug, year] = name.split("@") as [string, string | undefined];
  if (!year) return { slug, markdown: readFileSync(path.join(CORPUS, `${slug}.md`), "utf8") };
  if (!/^\d{4}$/.test(year)) throw new Error(`${name}: expected slug@YEAR`);
  const versions = allVersions(readFileSync(path.join(HISTORY, `${slug}.jsonl.br`)));
  const version = versions.filter((v) => v.recordedAt < `${Number(year) + 1}`).at(-1);
  if (!version) throw new Error(`${name}: no version recorded in or before ${year}`);
  return { slug, markdown: version.text };
}

function labelledTexts(slug: string): Set<string> {
  const dir = path.join(ROOT, "ml", "labels");
  const texts = new Set<string>();
  for (const file of readdirSync(dir))
    if (file === `${slug}.jsonl` || file.startsWith(`${slug}@`))
      for (const line of readFileSync(path.join(dir, file), "utf8").split("\n"))
        if (line) texts.add((JSON.parse(line) as { text: string }).text);
  return texts;
}

for (const name of process.argv.slice(2).length ? process.argv.slice(2) : LABELLING_SET) {
  const { slug, markdown } = policyText(name);
  const already = name === slug ? new Set<string>() : labelledTexts(slug);
  const policy = segmentPolicy(markdown);
  const headings = new Set(
    policy.clauses.flatMap((c) => c.headingPath).map((h) => h.toLowerCase()),
  );
  const seen = new Set<string>();
  const clauses = policy.clauses.filter((c) => {
    const words = c.text.match(/[A-Za-z]{2,}/g) ?? [];
    // Tables of contents repeat the headings; link-only lines and dates are page furniture.
    if (words.length < 4 || headings.has(c.text.toLowerCase()) || seen.has(c.text)) return false;
    if (already.has(c.text)) return false;
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
    .map((c, i) => ({
      n: i + 1,
      id: clauseId(c.text),
      ...(name === slug ? {} : { policy: slug }),
      headingPath: c.headingPath,
      text: c.text,
    }));
  writeFileSync(path.join(WORK, `${name}.clauses.json`), JSON.stringify(rows, null, 1));
  const readable = rows
    .map(
      (r) =>
        `[${r.n}] ${r.headingPath.length ? `(${r.headingPath.join(" > ")}) ` : ""}${r.text.replace(/\n/g, " / ")}`,
    )
    .join("\n\n");
  writeFileSync(
    path.join(WORK, `${name}.txt`),
    `# ${name}: ${rows.length} clauses\n\n${readable}\n`,
  );
  total += rows.length;
  console.log(`${name}: ${rows.length}`);
}
console.log(`total: ${total}`);
