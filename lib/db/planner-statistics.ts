/*
 * PostgreSQL plans from per-table statistics that only ANALYZE gathers. After a seed into a new
 * database there are none until autovacuum gets round to it (a minute or more; the bench saw
 * none after 90 s), and without them it guessed 2 machine-read companies for 302 and answered
 * `cookies` among machine-read clauses by testing every clause's words (33 ms instead of 6).
 * So whatever writes many rows gathers them itself, right after it commits.
 */

/** The tables the seed writes (curated and corpus companies, clauses, tags, findings). */
export const SEED_TABLES = [
  "company",
  "policy",
  "clause",
  "practice",
  "clause_practice",
  "finding",
  "finding_evidence",
] as const;

/** The tables the history load writes. */
export const HISTORY_TABLES = ["policy_version", "history_clause"] as const;

type Runs = { query: (sql: string) => Promise<unknown> };

/** ANALYZE on these tables (names from the lists above, never user input). */
export async function refreshPlannerStatistics(db: Runs, tables: readonly string[]): Promise<void> {
  await db.query(`ANALYZE ${tables.map((t) => `"${t}"`).join(", ")}`);
}
