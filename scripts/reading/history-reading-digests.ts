/*
 * Reads every version of every Nth corpus history with the history's segmenter and prints, per
 * version, a digest of its clauses (text and heading path) — run before and after a change to
 * the reading code and `diff` the outputs: any line that differs is a version read differently.
 * The last line (on standard error) gives the CPU time the reading took.
 *
 *   npx tsx scripts/reading/history-reading-digests.ts [EVERY=1] [OFFSET=0] > digests.txt
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { allVersions } from "../../lib/corpus/read-history";
import { HistorySegmenter } from "../../lib/history/segment-history";

const every = Number(process.argv[2] ?? 1);
const offset = Number(process.argv[3] ?? 0);
const dir = path.resolve(import.meta.dirname, "..", "..", "..", "shared", "corpus", "history");
const files = readdirSync(dir)
  .filter((f) => f.endsWith(".jsonl.br"))
  .sort()
  .filter((_, i) => i % every === offset);

let cpu = 0;
let versions = 0;
for (const file of files) {
  const all = allVersions(readFileSync(path.join(dir, file)));
  const segmenter = new HistorySegmenter();
  const seen = new Map<string, string>();
  const start = process.cpuUsage();
  const lines: string[] = [];
  for (const v of all) {
    let digest = seen.get(v.sha256);
    if (!digest) {
      const read = segmenter.segment(v.text);
      digest = createHash("sha256")
        .update(JSON.stringify([read.clauses, read.unreadable]))
        .digest("hex")
        .slice(0, 16);
      seen.set(v.sha256, digest);
    }
    lines.push(`${file} ${v.sha256.slice(0, 12)} ${digest}`);
  }
  const used = process.cpuUsage(start);
  cpu += (used.user + used.system) / 1e6;
  versions += all.length;
  process.stdout.write(lines.join("\n") + "\n");
}
process.stderr.write(
  `${files.length} histories, ${versions} versions, reading CPU ${cpu.toFixed(1)} s\n`,
);
