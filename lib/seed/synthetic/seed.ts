import path from "node:path";
import { refreshPlannerStatistics, SEED_TABLES } from "../../db/planner-statistics";
import { createPrismaClient } from "../../db/create-prisma-client";
import { migrate } from "../../db/migrate";
import { buildSeedPlan } from "../build-seed-plan";
import { runSeed, SEED_DIR } from "../run-seed";
import { buildSyntheticPlan } from "./plan";
import { writeSynthetic, type SyntheticWriteSummary } from "./write";

export type SyntheticSeedResult = SyntheticWriteSummary & {
  prepareMs: number;
  planMs: number;
  writeMs: number;
  totalMs: number;
};

/** The database `npm run seed:synthetic` fills by default: beside the app's, never the app's own. */
export const SYNTHETIC_DATABASE = "policy_atlas_synthetic";

/**
 * Makes `databaseUrl` a complete app database at scale: migrations, the real seed (practices
 * and the five real companies; skipped when current), then `companies` synthetic companies
 * replacing any from an earlier run.
 */
export async function seedSynthetic(
  databaseUrl: string,
  opts: { companies: number; seed?: number; seedDir?: string },
): Promise<SyntheticSeedResult> {
  const seedDir = path.resolve(opts.seedDir ?? SEED_DIR);
  const started = performance.now();
  await migrate(databaseUrl);
  await runSeed(databaseUrl, { onlyIfStale: true, seedDir });
  const planned = performance.now();
  const plan = buildSyntheticPlan(buildSeedPlan(seedDir), {
    companies: opts.companies,
    seed: opts.seed,
  });
  const written = performance.now();
  const db = createPrismaClient(databaseUrl, 2);
  try {
    const summary = await writeSynthetic(db, plan);
    await refreshPlannerStatistics({ query: (sql) => db.$executeRawUnsafe(sql) }, SEED_TABLES);
    const done = performance.now();
    return {
      ...summary,
      prepareMs: planned - started,
      planMs: written - planned,
      writeMs: done - written,
      totalMs: done - started,
    };
  } finally {
    await db.$disconnect();
  }
}
