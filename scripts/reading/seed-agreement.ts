/* Prints how the suggested ratings compare with the curated ones: `npx tsx scripts/reading/seed-agreement.ts [SEED_DIR] [--all]`. */
import path from "node:path";
import { seedAgreement } from "../../lib/reading/seed-agreement";

const dir = path.resolve(process.argv.slice(2).find((a) => !a.startsWith("--")) ?? "seeds");
const a = seedAgreement(dir);
const all = process.argv.includes("--all");
for (const r of a.rows)
  if (all || r.curated !== r.machine)
    console.log(`${r.curated === r.machine ? "  " : "✗ "}${r.company.padEnd(11)} ${r.practice.padEnd(18)} curated ${r.curated.padEnd(13)} machine ${r.machine.padEnd(13)} ${r.reason}`);
console.log(
  `\n${a.exact}/${a.total} exact (${((100 * a.exact) / a.total).toFixed(1)} %), ${a.twoStepsApart} two steps apart (protective vs concerning)`,
);
