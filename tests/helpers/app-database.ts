import { runSeed, type SeedOptions } from "../../lib/seed/run-seed";
import { createTestDatabase, pointAppAtDatabase, type TestDatabase } from "./test-database";

/**
 * A new database seeded as `options` say (the curated five by default), with the app's query
 * layer pointed at it: what most suites that call the app's routes or queries start from.
 */
export async function createSeededAppDatabase(
  options?: SeedOptions,
): Promise<{ db: TestDatabase; outcome: Awaited<ReturnType<typeof runSeed>> }> {
  const db = await createTestDatabase();
  const outcome = await runSeed(db.url, options);
  pointAppAtDatabase(db.url);
  return { db, outcome };
}

/**
 * Closes the app's connection to the suite's database and drops it. The cached client is
 * forgotten too, so a later suite in the same process gets its own.
 */
export async function dropAppDatabase(db: TestDatabase | undefined): Promise<void> {
  const { getDb } = await import("../../lib/db");
  await getDb().$disconnect();
  delete (globalThis as { policyAtlasDb?: unknown }).policyAtlasDb;
  await db?.drop();
}
