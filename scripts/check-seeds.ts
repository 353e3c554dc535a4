/* Validates seed files without a database: `npm run seed:check [-- --clauses slug]`. */
import path from "node:path";
import { readEnv } from "../lib/env";
import { buildSeedPlan } from "../lib/seed/build-seed-plan";
import { SeedError } from "../lib/seed/seed-error";

// The folder `npm run seed` loads, so a draft can be checked in a copy of the seeds.
const seedDir = path.resolve(import.meta.dirname, "..", readEnv().SEED_DIR);
try {
  const plan = buildSeedPlan(seedDir);
  const show = process.argv.indexOf("--clauses");
  if (show >= 0) {
    const company = plan.companies.find((c) => c.slug === process.argv[show + 1]);
    for (const c of company?.clauses ?? [])
      console.log(
        `[${c.position}] #${c.anchor} {${c.practices.join(", ")}}\n  ${c.headingPath.join(" > ")}\n  ${c.text}\n`,
      );
  }
  for (const c of plan.companies) {
    const untagged = c.clauses.filter((cl) => cl.practices.length === 0).length;
    console.log(
      `${c.slug}: ${c.clauses.length} clauses (${untagged} untagged), ${c.findings.length} findings, effective ${c.policy.effectiveDate ?? "—"}`,
    );
  }
  console.log("seed files OK");
} catch (e) {
  if (e instanceof SeedError) {
    console.error(`Seed check failed: ${e.message}`);
    process.exit(1);
  }
  throw e;
}
