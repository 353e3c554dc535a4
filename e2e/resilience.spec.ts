import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { startEmbeddedPostgres, ensureDatabase } from "../lib/db/embedded-postgres";
import { readEnv } from "../lib/env";
import { releaseDatabase } from "../lib/release/release-database";
import { ROOT, isAlive, postmasterPid, startApp, waitFor } from "../scripts/app-process";
import { E2E_DIST_DIR } from "./build-dir";
import { expect, test } from "./fixtures";

// The apps started here serve the suite's own build (startApp passes this process's variables on).
process.env.NEXT_DIST_DIR = E2E_DIST_DIR;

// These tests start their own app processes (on the production build the suite made) and their
// own PostgreSQL, on ports of their own, so they run one at a time.
test.describe.configure({ mode: "serial", timeout: 180_000 });

const PG_PORT = 54361;
// The apps started here load only the curated five (SEED_CORPUS=off): these tests are about
// processes and PostgreSQL, and seeding 302 machine-read companies would dominate their time.

test("with PostgreSQL stopped, pages and the health check answer 503, and the app recovers when it returns", async ({
  page,
  consoleErrors,
}) => {
  const dataDir = path.join(ROOT, ".data", "e2e-outage-pg");
  let pg = await startEmbeddedPostgres({ dataDir, port: PG_PORT });
  await ensureDatabase(pg.url("postgres"), "outage");
  // With DATABASE_URL the app only serves: the release (migrate and seed) comes first.
  await releaseDatabase(
    pg.url("outage"),
    // The five curated companies suffice here; the corpus only makes the release slower.
    readEnv({ ...process.env, SEED_DIR: "seeds", SEED_CORPUS: "off" }),
    () => undefined,
  );
  const app = await startApp({ port: 3151, env: { DATABASE_URL: pg.url("outage") } });
  try {
    expect((await fetch(`${app.url}/`)).status).toBe(200);

    await pg.stop();
    await waitFor(
      async () => (await fetch(`${app.url}/`)).status === 503,
      20_000,
      () => "pages never answered 503",
    );
    const health = await fetch(`${app.url}/api/health`);
    expect(health.status).toBe(503);
    expect(await health.json()).toMatchObject({ status: "unavailable", database: "down" });
    const api = await fetch(`${app.url}/api/matrix`);
    expect(api.status).toBe(503);
    expect(await api.json()).toHaveProperty("error");

    const response = await page.goto(`${app.url}/companies/mozy`);
    expect(response?.status()).toBe(503);
    await expect(page.getByRole("heading", { name: "Temporarily unavailable" })).toBeVisible();
    expect(await page.content()).not.toMatch(/at Object\.|node_modules|ECONNREFUSED|prisma/i);
    expect(consoleErrors.filter((e) => /status of 503/.test(e))).toHaveLength(1);
    consoleErrors.length = 0;

    pg = await startEmbeddedPostgres({ dataDir, port: PG_PORT });
    await waitFor(
      async () => (await fetch(`${app.url}/api/health`)).status === 200,
      30_000,
      () => "health never recovered",
    );
    await waitFor(
      async () => (await fetch(`${app.url}/companies/mozy`)).status === 200,
      30_000,
      () => "pages never recovered",
    );
    const companies = (await (await fetch(`${app.url}/api/companies`)).json()) as {
      companies: unknown[];
    };
    expect(companies.companies).toHaveLength(5);
  } finally {
    app.child.kill("SIGTERM");
    await app.exited;
    await pg.stop();
  }
});

test("SIGTERM stops the app and its embedded PostgreSQL cleanly", async () => {
  const dataDir = ".data/e2e-lifecycle-pg";
  const app = await startApp({
    port: 3152,
    env: {
      DATABASE_URL: undefined,
      EMBEDDED_PG_DIR: dataDir,
      EMBEDDED_PG_PORT: String(PG_PORT + 1),
      SEED_CORPUS: "off",
    },
  });
  const pgPid = postmasterPid(dataDir);
  expect(pgPid).not.toBeNull();
  expect(isAlive(pgPid!)).toBe(true);

  app.child.kill("SIGTERM");
  expect(await app.exited).toBe(0);
  expect(isAlive(pgPid!)).toBe(false);
  expect(postmasterPid(dataDir)).toBeNull();
  expect(
    await fetch(`${app.url}/`).then(
      () => "open",
      () => "closed",
    ),
  ).toBe("closed");
});

test("after kill -9 of the app, and even of its PostgreSQL, the next start recovers with all data intact", async () => {
  const dataDir = ".data/e2e-lifecycle-pg";
  const env = {
    DATABASE_URL: undefined,
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(PG_PORT + 1),
    SEED_CORPUS: "off",
  };
  const first = await startApp({ port: 3153, env });
  // The seeded data, less each company's readVersion: the version page it names appears when the
  // policy history has loaded, which may happen between two of these starts.
  const seeded = async (url: string) =>
    (await (await fetch(`${url}/api/matrix`)).text()).replace(
      /"readVersion":(?:null|"[^"]*")/g,
      '"readVersion":null',
    );
  const before = await seeded(first.url);
  expect(before).toContain('"readVersion":null');
  const orphan = postmasterPid(dataDir)!;

  // 1. The app dies without cleaning up: its PostgreSQL is left running.
  first.child.kill("SIGKILL");
  await first.exited;
  expect(isAlive(orphan)).toBe(true);
  const second = await startApp({ port: 3153, env });
  expect(second.output()).toContain("left running by an earlier run");
  expect(await seeded(second.url)).toBe(before);

  // 2. A crash takes PostgreSQL down too: a stale postmaster.pid stays behind.
  const pgPid = postmasterPid(dataDir)!;
  second.child.kill("SIGKILL");
  process.kill(pgPid, "SIGKILL");
  await second.exited;
  await waitFor(
    async () => !isAlive(pgPid),
    10_000,
    () => "postgres did not die",
  );
  expect(postmasterPid(dataDir)).toBe(pgPid);
  const third = await startApp({ port: 3153, env });
  expect(await seeded(third.url)).toBe(before);
  third.child.kill("SIGTERM");
  expect(await third.exited).toBe(0);
});

test("running the seed again refreshes cached pages without a restart", async () => {
  const seedDir = mkdtempSync(path.join(tmpdir(), "atlas-seeds-"));
  cpSync(path.join(ROOT, "seeds"), seedDir, { recursive: true });
  const dataDir = ".data/e2e-lifecycle-pg";
  const port = PG_PORT + 1;
  const env = {
    DATABASE_URL: undefined,
    EMBEDDED_PG_DIR: dataDir,
    EMBEDDED_PG_PORT: String(port),
    SEED_DIR: seedDir,
    SEED_CORPUS: "off",
  };
  const app = await startApp({ port: 3154, env });
  try {
    const first = await fetch(`${app.url}/companies/mozy`);
    expect(await first.text()).not.toContain("Edited for the cache test");
    expect((await fetch(`${app.url}/companies/mozy`)).headers.get("x-cache")).toBe("hit");

    const file = path.join(seedDir, "annotations", "mozy.json");
    const annotation = JSON.parse(readFileSync(file, "utf8")) as {
      findings: Array<{ summary: string }>;
    };
    // Unique per run: files loaded once are refused later as replaced (lib/seed/run-seed.ts).
    annotation.findings[0]!.summary = `Edited for the cache test: a summary that only this test writes (${Date.now()}).`;
    writeFileSync(file, JSON.stringify(annotation, null, 2));
    const seed = spawnSync(process.execPath, ["--import", "tsx", "scripts/seed.ts"], {
      cwd: ROOT,
      env: {
        ...process.env,
        DATABASE_URL: `postgresql://postgres:policy-atlas@127.0.0.1:${port}/policy_atlas`,
        SEED_DIR: seedDir,
        SEED_CORPUS: "off",
      },
      encoding: "utf8",
    });
    expect(seed.status, seed.stderr).toBe(0);
    await waitFor(
      async () =>
        (await (await fetch(`${app.url}/companies/mozy`)).text()).includes(
          "Edited for the cache test",
        ),
      10_000,
      () => "page was not refreshed",
    );
  } finally {
    app.child.kill("SIGTERM");
    await app.exited;
    rmSync(seedDir, { recursive: true, force: true });
  }
});
