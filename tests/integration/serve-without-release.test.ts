import { spawnSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
const NAME = `serve_${process.pid}`;
let url = "";

async function admin(sql: string) {
  const client = new pg.Client({ connectionString: inject("adminDatabaseUrl") });
  await client.connect();
  await client.query(sql);
  await client.end();
}

beforeAll(async () => {
  await admin(`CREATE DATABASE "${NAME}"`);
  const u = new URL(inject("adminDatabaseUrl"));
  u.pathname = `/${NAME}`;
  url = u.toString();
});
afterAll(() => admin(`DROP DATABASE IF EXISTS "${NAME}" WITH (FORCE)`));

/** `npm start` with DATABASE_URL, on a port nothing else uses; it must exit before serving. */
const start = (databaseUrl: string) =>
  spawnSync(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, PORT: "1" },
    encoding: "utf8",
    timeout: 60_000,
  });

describe("npm start with DATABASE_URL only serves", () => {
  it("refuses an unmigrated database, naming the release command, and changes nothing", async () => {
    const run = start(url);
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/not migrated \(pending: 20261125000000_init.*npm run release/);
    const client = new pg.Client({ connectionString: url });
    await client.connect();
    const { rows } = await client.query(`SELECT to_regclass('"_prisma_migrations"') AS t`);
    await client.end();
    expect(rows[0].t).toBeNull();
  });

  it("says so when the database cannot be reached", () => {
    const run = start("postgresql://nobody:x@127.0.0.1:1/none");
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/Cannot reach the database at DATABASE_URL/);
  });
});
