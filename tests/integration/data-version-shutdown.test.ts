import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DataVersionWatcher } from "@/lib/server/data-version-watcher";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

let db: TestDatabase;

beforeAll(async () => {
  db = await createTestDatabase();
});

afterAll(async () => {
  await db.drop();
});

describe("DataVersionWatcher", () => {
  it("stops quietly: a normal shutdown does not read as the database going away", async () => {
    const logged: string[] = [];
    const states: boolean[] = [];
    const watcher = new DataVersionWatcher(
      db.url,
      (s) => states.push(s.up),
      (m) => logged.push(m),
    );
    await watcher.start();
    expect(watcher.state.up).toBe(true);
    await watcher.stop();
    await new Promise((r) => setTimeout(r, 200));
    expect(logged).toEqual([]);
    expect(states).toEqual([true]);
  });

  it("still says so when the database does go away", async () => {
    const logged: string[] = [];
    const watcher = new DataVersionWatcher(
      db.url,
      () => undefined,
      (m) => logged.push(m),
    );
    await watcher.start();
    await db.query(
      // The suite's pool holds one connection (this one); every other is the watcher's.
      "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()",
    );
    await expect.poll(() => logged.join(" "), { timeout: 5_000 }).toMatch(/Database unavailable/);
    await watcher.stop();
  });
});
