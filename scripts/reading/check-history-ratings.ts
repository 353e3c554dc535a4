/*
 * Checks that the policy history rates each company's latest version as its company page does:
 * for every Nth corpus history, the ratings buildCompanyHistory gives its last version against
 * the findings the corpus seed stores for the same text (readMachinePolicy). Prints the pairs
 * that differ; exits 1 on any. About two minutes of CPU for the whole corpus.
 *
 *   npx tsx scripts/reading/check-history-ratings.ts [EVERY_NTH_SERVICE=1]
 */
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readMachinePolicy } from "../../lib/corpus/machine-reading";
import { allVersions } from "../../lib/corpus/read-history";
import {
  buildCompanyHistory,
  type ClauseStore,
  type KnownClause,
} from "../../lib/history/build-company-history";

const step = Number(process.argv[2] ?? 1);
const historyDir = path.resolve(import.meta.dirname, "..", "..", "seeds", "corpus", "history");

/** One store for the whole run, as a load shares one among companies. */
const known = new Map<string, KnownClause>();
const store: ClauseStore = {
  get: (key) => known.get(key),
  add: async (clauses) => {
    const added = new Map<string, KnownClause>();
    for (const c of clauses) {
      const k = { id: known.size + 1, practices: c.practices };
      known.set(c.hash, k);
      added.set(c.hash, k);
    }
    return added;
  },
};

const files = readdirSync(historyDir)
  .filter((f) => f.endsWith(".jsonl.br"))
  .sort()
  .filter((_, i) => i % step === 0);
let pairs = 0;
const differences: string[] = [];
for (const file of files) {
  const versions = allVersions(readFileSync(path.join(historyDir, file)));
  const page = readMachinePolicy(versions.at(-1)!.text).findings;
  const history = (await buildCompanyHistory(versions, store)).at(-1)!.ratings!;
  for (const f of page) {
    pairs++;
    if (history[f.practice] !== f.rating)
      differences.push(
        `${file.replace(/\.jsonl\.br$/, "")}/${f.practice}: history ${history[f.practice]}, company page ${f.rating}`,
      );
  }
}
console.log(
  `${files.length} services, ${pairs} (company, practice) pairs: ${differences.length} where the history's latest version is rated otherwise than the company page.`,
);
for (const d of differences) console.log(`  ${d}`);
process.exitCode = differences.length ? 1 : 0;
