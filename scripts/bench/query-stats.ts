import pg from "pg";

export type StatementStats = { query: string; calls: number; rows: number; totalMs: number };

/*
 * Readings from pg_stat_statements, which the bench loads into its own PostgreSQL
 * (shared_preload_libraries), to count the statements a page runs and the rows they return.
 */

/** Runs `fn` on a client of its own, closed afterwards. */
export async function withClient<T>(url: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return await fn(client);
  } finally {
    await client.end();
  }
}

/** Creates the extension in this database (a no-op when present) and zeroes the cluster's counters. */
export async function resetStatementStats(url: string): Promise<void> {
  await withClient(url, async (c) => {
    await c.query("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
    await c.query("SELECT pg_stat_statements_reset()");
  });
}

/** The statements run against this database since the last reset, leaving out these readings themselves. */
export async function readStatementStats(url: string): Promise<StatementStats[]> {
  return withClient(url, async (c) => {
    const { rows } = await c.query<{
      query: string;
      calls: string;
      rows: string;
      total_ms: number;
    }>(
      `SELECT query, calls, rows, total_exec_time AS total_ms
         FROM pg_stat_statements
        WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
          AND query NOT ILIKE '%pg_stat_statements%'
        ORDER BY calls DESC, total_exec_time DESC`,
    );
    return rows.map((r) => ({
      query: r.query,
      calls: Number(r.calls),
      rows: Number(r.rows),
      totalMs: Number(r.total_ms),
    }));
  });
}

/** Drops and recreates a database, so a load starts from nothing. */
export async function recreateDatabase(adminUrl: string, name: string): Promise<void> {
  await withClient(adminUrl, async (c) => {
    const quoted = `"${name.replace(/"/g, '""')}"`;
    await c.query(`DROP DATABASE IF EXISTS ${quoted} WITH (FORCE)`);
    await c.query(`CREATE DATABASE ${quoted}`);
  });
}
