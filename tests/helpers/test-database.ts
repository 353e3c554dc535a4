import { randomBytes } from "node:crypto";
import pg from "pg";
import { inject } from "vitest";
import { migrate } from "../../lib/db/migrate";

export type TestDatabase = {
  url: string;
  name: string;
  drop: () => Promise<void>;
  query: <T extends pg.QueryResultRow>(sql: string, params?: unknown[]) => Promise<T[]>;
};

function withDatabase(url: string, name: string): string {
  const u = new URL(url);
  u.pathname = `/${name}`;
  return u.toString();
}

/**
 * Ends the pool and waits until every connection has closed. `pool.end()` resolves as soon as
 * it has asked its idle connections to close; a DROP DATABASE … WITH (FORCE) sent then can
 * reach a backend first, and the "terminating connection" error it sends lands on a pool
 * nobody listens to any more: an uncaught exception that fails the whole run.
 */
export async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (open === 0) resolve();
    pool.on("remove", () => {
      if (--open === 0) resolve();
    });
  });
  await pool.end();
  await closed;
}

/** A new, migrated, empty database for one test suite. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const admin = inject("adminDatabaseUrl");
  const name = `test_${randomBytes(6).toString("hex")}`;
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
  const url = withDatabase(admin, name);
  await migrate(url);
  const pool = new pg.Pool({ connectionString: url, max: 2 });
  return {
    url,
    name,
    query: async (sql, params) => (await pool.query(sql, params)).rows,
    drop: async () => {
      await endPool(pool);
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Points the app's query layer (lib/db.ts) at the given database before its first use. */
export function pointAppAtDatabase(url: string): void {
  process.env.DATABASE_URL = url;
}
