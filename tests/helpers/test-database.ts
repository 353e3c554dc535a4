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
      await pool.end();
      const c = new pg.Client({ connectionString: admin });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
      await c.end();
    },
  };
}

/** Points the app's query layer (lib/db.ts) at the given database before its first use. */
export function useDatabaseForApp(url: string): void {
  process.env.DATABASE_URL = url;
}
