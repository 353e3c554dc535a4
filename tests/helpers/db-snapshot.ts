import { SEED_TABLES } from "../../lib/db/planner-statistics";
import type { TestDatabase } from "./test-database";

/** Every application table plus the migration history; a seed must never touch anything else. */
export const TABLES = [...SEED_TABLES, "app_meta", "seed_history", "_prisma_migrations"] as const;

export type DbSnapshot = Record<(typeof TABLES)[number], { rows: number; checksum: string }>;

/** Row count and an order-independent checksum of the full contents of each table. */
export async function snapshot(db: TestDatabase): Promise<DbSnapshot> {
  const out = {} as DbSnapshot;
  for (const table of TABLES) {
    const [row] = await db.query<{ rows: string; checksum: string | null }>(
      `SELECT count(*) AS rows, md5(coalesce(string_agg(t::text, E'\\n' ORDER BY t::text), '')) AS checksum FROM "${table}" t`,
    );
    out[table] = { rows: Number(row!.rows), checksum: row!.checksum ?? "" };
  }
  return out;
}
