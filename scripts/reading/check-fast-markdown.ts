/*
 * The exactness check of the fast markdown reader (lib/reading/fast-markdown.ts): every distinct
 * piece of every version of every corpus history (or every Nth history), and of the five seed
 * policies, is read by the fast reader and by remark, as the history and readPolicy cut and read
 * them; the two trees (without positions, which no reading uses) must be equal wherever the fast
 * reader reads a piece. Prints the counts and the first differences; exits 1 on any.
 *
 *   npx tsx scripts/reading/check-fast-markdown.ts [EVERY=1] [OFFSET=0]
 */
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { allVersions } from "../../lib/corpus/read-history";
import { fastBlocks } from "../../lib/reading/fast-markdown";
import {
  hasCrossBlockMarkup,
  needsGfm,
  parseMarkdown,
  splitBlocks,
  withoutPositions,
} from "../../lib/reading/read-markdown";

const every = Number(process.argv[2] ?? 1);
const offset = Number(process.argv[3] ?? 0);
const root = path.resolve(import.meta.dirname, "..", "..");
const historyDir = path.join(root, "seeds", "corpus", "history");
const seedDir = path.join(root, "seeds", "policies");

const seen = [new Set<string>(), new Set<string>()];
let pieces = 0;
let fastPieces = 0;
let fastBytes = 0;
let bytes = 0;
let versions = 0;
const differences: string[] = [];
const differing: string[] = [];

function check(markdown: string) {
  versions++;
  if (hasCrossBlockMarkup(markdown)) return;
  const gfm = needsGfm(markdown);
  for (const piece of splitBlocks(markdown)) {
    const set = seen[Number(gfm)]!;
    if (set.has(piece)) continue;
    set.add(piece);
    pieces++;
    bytes += piece.length;
    const fast = fastBlocks(piece, gfm);
    if (!fast) continue;
    fastPieces++;
    fastBytes += piece.length;
    const remark = withoutPositions(parseMarkdown(piece, gfm).children);
    if (!isDeepStrictEqual(fast.nodes, remark)) {
      differing.push(piece);
      differences.push(
        `${JSON.stringify(piece.slice(0, 300))} (gfm: ${gfm})\n  fast:   ${JSON.stringify(fast.nodes).slice(0, 600)}\n  remark: ${JSON.stringify(remark).slice(0, 600)}`,
      );
    }
  }
}

for (const file of readdirSync(seedDir).sort())
  check(readFileSync(path.join(seedDir, file), "utf8"));
const files = readdirSync(historyDir)
  .filter((f) => f.endsWith(".jsonl.br"))
  .sort()
  .filter((_, i) => i % every === offset);
for (const file of files) {
  const texts = new Set(allVersions(readFileSync(path.join(historyDir, file))).map((v) => v.text));
  for (const text of texts) check(text);
}
console.log(
  `${files.length} histories and 5 seed policies: ${versions} distinct versions, ${pieces} distinct pieces (${(bytes / 1e6).toFixed(1)} MB); ` +
    `the fast reader read ${fastPieces} (${(fastBytes / 1e6).toFixed(1)} MB) and differed from remark on ${differences.length}`,
);
for (const d of differences.slice(0, 30)) console.log(d);
// FAST_MARKDOWN_DIFFERENCES=file.json keeps the differing pieces whole, to study them.
if (process.env.FAST_MARKDOWN_DIFFERENCES)
  writeFileSync(process.env.FAST_MARKDOWN_DIFFERENCES, JSON.stringify(differing, null, 1));
process.exitCode = differences.length > 0 ? 1 : 0;
