/*
 * Checks that reading a policy in pieces (readPolicy's default, lib/reading/read-markdown.ts) and
 * the history's cached reading give exactly the clauses that remark on the whole text gives: for
 * the five seed policies and every Nth version of every corpus history (always its latest, the
 * corpus policy). Prints the counts and the first differences; exits 1 on any.
 *
 *   npx tsx scripts/reading/check-read-policy.ts [EVERY_NTH_VERSION=1]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { allVersions } from "../../lib/corpus/read-history";
import { HistorySegmenter } from "../../lib/history/segment-history";
import { parseMarkdown, readPolicy } from "../../lib/reading/ingest";
import { ReadingError } from "../../lib/reading/reading-error";

const step = Number(process.argv[2] ?? 1);
const root = path.resolve(import.meta.dirname, "..", "..");
const historyDir = path.join(root, "seeds", "corpus", "history");
const seedDir = path.join(root, "seeds", "policies");

/** The clauses (or the reason there are none), as remark on the whole text or the default reads them. */
function read(text: string, whole: boolean): unknown {
  try {
    const policy = whole
      ? readPolicy(text, "markdown", { parseMarkdown: (t) => parseMarkdown(t) })
      : readPolicy(text, "markdown");
    return [policy.title, policy.clauses];
  } catch (e) {
    if (e instanceof ReadingError) return e.message;
    throw e;
  }
}

let checked = 0;
let clauses = 0;
const differences: string[] = [];
function check(name: string, text: string, history?: HistorySegmenter) {
  checked++;
  const whole = read(text, true);
  if (Array.isArray(whole)) clauses += (whole[1] as unknown[]).length;
  if (!isDeepStrictEqual(read(text, false), whole)) differences.push(`${name}: readPolicy`);
  if (history) {
    const segmented = history.segment(text);
    const expected = Array.isArray(whole) ? whole[1] : [];
    if (!isDeepStrictEqual(segmented.clauses, expected)) differences.push(`${name}: history`);
  }
}

for (const file of readdirSync(seedDir).sort())
  check(`seeds/policies/${file}`, readFileSync(path.join(seedDir, file), "utf8"));
const files = readdirSync(historyDir)
  .filter((f) => f.endsWith(".jsonl.br"))
  .sort();
for (const file of files) {
  const versions = allVersions(readFileSync(path.join(historyDir, file)));
  const history = new HistorySegmenter();
  const seen = new Set<string>();
  versions.forEach((v, i) => {
    // The history reads every version in order (its cache fills as it goes); the whole-text
    // reading is compared on every Nth distinct version and the latest.
    if (seen.has(v.sha256)) return;
    seen.add(v.sha256);
    if (i % step === 0 || i === versions.length - 1) check(`${file}#${i + 1}`, v.text, history);
    else history.segment(v.text);
  });
}
console.log(
  `${checked} texts (5 seed policies, ${files.length} histories, every ${step === 1 ? "" : `${step}th `}version and the latest): ${clauses} clauses; ${differences.length} differences`,
);
for (const d of differences.slice(0, 30)) console.log(d);
process.exitCode = differences.length > 0 ? 1 : 0;
