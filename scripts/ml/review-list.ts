/*
 * `npm run labels:review -- PRACTICE [--candidates REGEX]`: prints, for a person to read, every
 * clause of ml/labels/ that carries PRACTICE, or with --candidates the clauses that do not carry
 * it but whose text matches REGEX (case-insensitive) — the clauses a change of convention may
 * touch. One block per clause: policy, id, heading path, current practices, text.
 */
import path from "node:path";
import { isPracticeSlug } from "../../lib/reading/practice-slugs";
import { readLabelDir } from "../../lib/reading/training/labels";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const [practice, flag, pattern] = process.argv.slice(2);
if (!practice || !isPracticeSlug(practice) || (flag && (flag !== "--candidates" || !pattern))) {
  console.error("usage: npm run labels:review -- PRACTICE [--candidates REGEX]");
  process.exit(1);
}
const re = pattern ? new RegExp(pattern, "i") : null;
const clauses = readLabelDir(path.join(ROOT, "ml", "labels")).filter((c) =>
  re ? !c.practices.includes(practice) && re.test(c.text) : c.practices.includes(practice),
);
for (const c of clauses)
  console.log(
    `## ${c.policy} ${c.id} [${c.practices.join(" ")}]\n` +
      (c.headingPath.length ? `> ${c.headingPath.join(" › ")}\n` : "") +
      `${c.text}\n`,
  );
console.error(`${clauses.length} clauses`);
