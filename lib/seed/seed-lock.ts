import type { PrismaClient } from "../generated/prisma/client";

export type SeedTx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

/** Any fixed number shared by every seeder; migrations take another (lib/db/migrate.ts). */
const SEED_LOCK = 727275;

/**
 * Makes seeders run one after another: the second waits here until the first commits, then
 * sees its data (so it finds nothing to change instead of colliding on unique keys). Released
 * when the transaction ends, however it ends.
 */
export async function lockSeeding(tx: SeedTx): Promise<void> {
  await tx.$executeRaw`SELECT pg_advisory_xact_lock(${SEED_LOCK}::bigint)`;
}
