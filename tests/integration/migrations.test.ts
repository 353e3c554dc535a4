import { createHash, randomBytes } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { inject } from "vitest";
import { migrate } from "../../lib/db/migrate";
import { TABLES } from "../helpers/db-snapshot";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "..", "..", "prisma", "migrations");
const migrationNames = readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .map((d) => d.name)
  .sort();

const admin = () => inject("adminDatabaseUrl");
const created: string[] = [];

/** A brand-new database with nothing in it: not even the migrations table. */
async function emptyDatabase(): Promise<string> {
  const name = `test_mig_${randomBytes(6).toString("hex")}`;
  const c = new pg.Client({ connectionString: admin() });
  await c.connect();
  await c.query(`CREATE DATABASE "${name}"`);
  await c.end();
  created.push(name);
  const u = new URL(admin());
  u.pathname = `/${name}`;
  return u.toString();
}

async function query<T extends pg.QueryResultRow>(
  url: string,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  try {
    return (await c.query<T>(sql, params)).rows;
  } finally {
    await c.end();
  }
}

const tablesIn = async (url: string) =>
  (
    await query<{ table_name: string }>(
      url,
      `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY table_name`,
    )
  ).map((r) => r.table_name);

afterAll(async () => {
  const c = new pg.Client({ connectionString: admin() });
  await c.connect();
  for (const name of created) await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await c.end();
});

describe("migrate on an empty database", () => {
  let url: string;
  let applied: string[];

  beforeAll(async () => {
    url = await emptyDatabase();
    expect(await tablesIn(url)).toEqual([]);
    applied = await migrate(url);
  });

  it("applies every migration folder, in order", () => {
    expect(migrationNames.length).toBeGreaterThan(0);
    expect(applied).toEqual(migrationNames);
  });

  it("creates every table the app uses", async () => {
    const tables = await tablesIn(url);
    for (const t of TABLES) {
      expect(tables).toContain(t);
    }
  });

  it("creates the rating enum with the four ratings", async () => {
    const rows = await query<{ label: string }>(
      url,
      `SELECT e.enumlabel AS label FROM pg_enum e JOIN pg_type t ON t.oid = e.enumtypid WHERE t.typname = 'rating' ORDER BY e.enumsortorder`,
    );
    expect(rows.map((r) => r.label)).toEqual([
      "protective",
      "neutral",
      "concerning",
      "not-addressed",
    ]);
  });

  it("creates the full-text search column on clauses and fills it from heading and text", async () => {
    await query(
      url,
      `INSERT INTO company (slug, name, legal_name, website) VALUES ('acme', 'Acme', 'Acme Inc.', 'https://acme.test')`,
    );
    await query(
      url,
      `INSERT INTO policy (company_id, title, text, content_hash) SELECT id, 'P', 'text', 'h' FROM company WHERE slug = 'acme'`,
    );
    await query(
      url,
      `INSERT INTO clause (policy_id, position, anchor, heading_path, text) SELECT id, 1, 'a-1', ARRAY['Cookies'], 'We retain backups.' FROM policy`,
    );
    const hits = await query<{ anchor: string }>(
      url,
      `SELECT anchor FROM clause WHERE search @@ to_tsquery('english', 'cookie & backup')`,
    );
    expect(hits.map((h) => h.anchor)).toEqual(["a-1"]);
  });

  it("records each migration in _prisma_migrations with Prisma's sha256 checksum and a finish time", async () => {
    const rows = await query<{
      migration_name: string;
      checksum: string;
      finished_at: Date | null;
      rolled_back_at: Date | null;
      applied_steps_count: number;
    }>(
      url,
      `SELECT migration_name, checksum, finished_at, rolled_back_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    expect(rows.map((r) => r.migration_name)).toEqual(migrationNames);
    for (const r of rows) {
      const sql = readFileSync(
        path.join(MIGRATIONS_DIR, r.migration_name, "migration.sql"),
        "utf8",
      );
      expect(r.checksum).toBe(createHash("sha256").update(sql).digest("hex"));
      expect(r.finished_at).toBeInstanceOf(Date);
      expect(r.rolled_back_at).toBeNull();
      expect(r.applied_steps_count).toBe(1);
    }
  });

  it("applies nothing and records nothing when run again", async () => {
    const before = await query<{ id: string }>(
      url,
      `SELECT id FROM "_prisma_migrations" ORDER BY id`,
    );
    expect(await migrate(url)).toEqual([]);
    const after = await query<{ id: string }>(
      url,
      `SELECT id FROM "_prisma_migrations" ORDER BY id`,
    );
    expect(after).toEqual(before);
  });
});

describe("migrate run concurrently", () => {
  it("applies each migration exactly once when two processes migrate the same empty database at the same time", async () => {
    const url = await emptyDatabase();
    const [a, b] = await Promise.all([migrate(url), migrate(url)]);
    expect([...a, ...b].sort()).toEqual(migrationNames);
    const rows = await query<{ migration_name: string }>(
      url,
      `SELECT migration_name FROM "_prisma_migrations"`,
    );
    expect(rows).toHaveLength(migrationNames.length);
  });
});

describe("migrate with a failing migration", () => {
  it("rolls the failed migration back and leaves no record of it", async () => {
    const url = await emptyDatabase();
    // A table the first migration will try to create makes it fail part-way.
    await query(url, `CREATE TABLE "clause" (id INT)`);
    await expect(migrate(url)).rejects.toThrow(new RegExp(`Migration ${migrationNames[0]} failed`));
    expect(await query(url, `SELECT 1 FROM "_prisma_migrations"`)).toEqual([]);
    const tables = await tablesIn(url);
    expect(tables).not.toContain("company");
  });
});
