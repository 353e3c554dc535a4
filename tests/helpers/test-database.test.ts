import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, endPool, type TestDatabase } from "./test-database";

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(async () => {
  await db?.drop();
});

describe("endPool", () => {
  it("returns only once every connection of the pool has closed, so a forced DROP cannot reach one", async () => {
    const pool = new pg.Pool({ connectionString: db.url, max: 3 });
    const ended = new Set<pg.Client>();
    pool.on("connect", (client) => client.on("end", () => ended.add(client)));
    await Promise.all([1, 2, 3].map((n) => pool.query("SELECT $1::int, pg_sleep(0.05)", [n])));
    expect(pool.totalCount).toBe(3);
    await endPool(pool);
    expect(ended.size).toBe(3);
  });

  it("returns at once for a pool that never connected", async () => {
    await endPool(new pg.Pool({ connectionString: db.url }));
  });
});
