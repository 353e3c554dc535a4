import "server-only";
import type { PrismaClient } from "./generated/prisma/client";
import { createPrismaClient } from "./db/create-prisma-client";
import { readEnv } from "./env";

const globalForDb = globalThis as unknown as { policyAtlasDb?: PrismaClient };

/** The app's one Prisma client, created on first use so tests can choose the database first. */
export function getDb(): PrismaClient {
  if (!globalForDb.policyAtlasDb) {
    const env = readEnv();
    if (!env.DATABASE_URL)
      throw new Error(
        "DATABASE_URL is not set: start the app with `npm start`, which provides one.",
      );
    globalForDb.policyAtlasDb = createPrismaClient(env.DATABASE_URL, env.DB_POOL_SIZE);
  }
  return globalForDb.policyAtlasDb;
}
