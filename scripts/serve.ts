/*
 * `npm start` serves the app: `next start` on a private port behind the front server
 * (lib/server/front-server.ts) on PORT. SIGINT/SIGTERM stop the front server, then Next, then
 * the embedded PostgreSQL.
 *  - With DATABASE_URL it only serves: migrating, seeding and building are the release's
 *    (`npm run release`), run once per deployment; it refuses to start on an unmigrated
 *    database or without a build (docs/decisions/0006-serving-and-releasing.md).
 *  - Without it (the zero-config path) it starts the embedded PostgreSQL and does everything
 *    itself: migrates, seeds when the files changed, builds when the build is missing or older
 *    than the source (`--build` forces a build).
 * `--dev` runs Next's dev server instead, on a database prepared as in the zero-config path.
 */
import { spawn } from "node:child_process";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { takeOverShutdownSignals } from "../lib/db/embedded-postgres";
import { pendingMigrations } from "../lib/db/migrate";
import { readEnv, type Env } from "../lib/env";
import { queryParamsOf } from "../lib/params/route-params";
import { buildExists, buildIsStale, runBuild } from "../lib/release/production-build";
import { prepareOwnDatabase } from "../lib/release/release-database";
import { DataVersionWatcher } from "../lib/server/data-version-watcher";
import { createFrontServer } from "../lib/server/front-server";
import { warmUp } from "../lib/server/warm-up";

const ROOT = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const forceBuild = process.argv.includes("--build");
const log = (m: string) => console.log(`[policy-atlas] ${m}`);
const fail = (m: string): never => {
  console.error(`[policy-atlas] ${m}`);
  process.exit(1);
};
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.once("error", reject);
    s.listen(0, "127.0.0.1", () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitForPort(port: number, child: { exitCode: number | null }): Promise<void> {
  for (let i = 0; i < 600; i++) {
    if (child.exitCode !== null) throw new Error("next start exited");
    const ok = await new Promise<boolean>((resolve) => {
      const sock = net.connect(port, "127.0.0.1", () => {
        sock.end();
        resolve(true);
      });
      sock.once("error", () => resolve(false));
    });
    if (ok) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error("next start did not open its port");
}

/** DATABASE_URL: check that the release has run, and change nothing. */
async function checkReleased(url: string): Promise<void> {
  if (forceBuild) fail("With DATABASE_URL, npm start only serves; build with `npm run release`.");
  const pending = await pendingMigrations(url).catch((e: Error) =>
    fail(`Cannot reach the database at DATABASE_URL: ${e.message}`),
  );
  if (pending.length)
    fail(
      `The database is not migrated (pending: ${pending.join(", ")}). Run \`npm run release\` (migrate, seed, build) once for this version, then start again.`,
    );
  if (!buildExists())
    fail("There is no production build. Run `npm run release` (migrate, seed, build) first.");
}

takeOverShutdownSignals();

const env: Env = (() => {
  try {
    return readEnv();
  } catch (e) {
    return fail((e as Error).message);
  }
})();

const db =
  env.DATABASE_URL && !dev
    ? await checkReleased(env.DATABASE_URL).then(() => ({
        url: env.DATABASE_URL!,
        stop: async () => undefined,
      }))
    : await prepareOwnDatabase(env, log).catch((e: Error) =>
        fail(`Could not prepare the database: ${e.message}`),
      );
const childEnv = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };

if (!dev && !env.DATABASE_URL && (forceBuild || buildIsStale())) {
  log("Building the production bundle (next build) …");
  const status = runBuild(db.url);
  if (status !== 0) {
    await db.stop();
    process.exit(status);
  }
}

if (dev) {
  // Development: Next's own server with hot reload (its websocket is not proxied); no cache.
  const devServer = spawn(process.execPath, [nextBin, "dev", "-p", String(env.PORT)], {
    cwd: ROOT,
    env: childEnv,
    stdio: "inherit",
  });
  const stop = async () => {
    devServer.kill("SIGTERM");
    await new Promise((r) => devServer.once("exit", r));
    await db.stop();
    process.exit(0);
  };
  process.on("SIGINT", () => void stop());
  process.on("SIGTERM", () => void stop());
  await new Promise(() => undefined);
}

/*
 * A young generation of 64 MB semi-spaces instead of V8's 16: a render allocates a few MB that die
 * with the response, and with 20 in flight a small young generation filled every few requests and
 * copied what the others still held, ~8 ms a time (1.1 ms per company page). Measured in
 * docs/render-speed.md; it costs ~180 MB more memory per process.
 */
const NEXT_NODE_FLAGS = ["--max-semi-space-size=64"];
const nextPorts: number[] = [];
while (nextPorts.length < env.NEXT_PROCESSES) {
  // A port just released can be handed out again before Next binds it.
  const port = await freePort();
  if (!nextPorts.includes(port)) nextPorts.push(port);
}
const nexts = nextPorts.map((port) =>
  spawn(
    process.execPath,
    [
      ...NEXT_NODE_FLAGS,
      path.join(ROOT, "scripts", "next-child.mjs"),
      "start",
      "-p",
      String(port),
      "-H",
      "127.0.0.1",
    ],
    {
      cwd: ROOT,
      env: childEnv,
      stdio: ["pipe", "ignore", "inherit"],
    },
  ),
);
// Cached entries are keyed on the data version; clearing frees the old ones at once.
const watcher = new DataVersionWatcher(db.url, () => front.cache.clear(), log);
const front = createFrontServer({
  nextPorts,
  cacheBytes: 256 * 1024 * 1024,
  state: () => watcher.state,
  queryKeys: queryParamsOf,
});

let history: ReturnType<typeof spawn> | null = null;
let stopping = false;
async function shutdown(signal: string, code = 0) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping …`);
  await new Promise((r) => {
    front.server.close(r);
    front.server.closeIdleConnections();
    setTimeout(() => front.server.closeAllConnections(), 3_000).unref();
  });
  const loader = history;
  if (loader && loader.exitCode === null && loader.signalCode === null) {
    loader.kill("SIGTERM");
    await new Promise((r) => loader.once("exit", r));
  }
  await Promise.all(
    nexts.map(async (next) => {
      if (next.exitCode !== null || next.signalCode !== null) return;
      next.kill("SIGTERM");
      await new Promise((r) => next.once("exit", r));
    }),
  );
  await watcher.stop();
  await db.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => void shutdown(signal));
for (const next of nexts)
  next.on("exit", (code) => {
    if (!stopping) void shutdown(`next exited (${code})`, code ?? 1);
  });

try {
  await Promise.all([watcher.start(), ...nexts.map((next, i) => waitForPort(nextPorts[i]!, next))]);
} catch (e) {
  console.error(`[policy-atlas] ${(e as Error).message}`);
  await shutdown("start-up failure", 1);
}
// Route code loads on first use; load the heaviest before the first visitor arrives.
const warmStarted = performance.now();
const warmed = (await Promise.all(nextPorts.map((port) => warmUp(port)))).reduce((a, b) => a + b);
log(
  `Warmed up ${warmed} pages in ${nextPorts.length} Next process${nextPorts.length > 1 ? "es" : ""} in ${((performance.now() - warmStarted) / 1000).toFixed(1)} s.`,
);
front.server.listen(env.PORT, () => log(`Serving on http://localhost:${env.PORT}`));

// Zero-config path: the policy history (docs/history.md) loads in the background, in its own
// processes, while the app serves; pages say how far it has got. A second start with unchanged
// files skips it. With DATABASE_URL the release loads it (npm run release).
if (!env.DATABASE_URL)
  history = spawn(
    process.execPath,
    ["--import", "tsx", path.join(ROOT, "scripts", "load-history.ts"), "--if-stale"],
    { cwd: ROOT, env: childEnv, stdio: ["ignore", "inherit", "inherit"] },
  );
front.server.on("error", (e) => {
  console.error(
    `[policy-atlas] Cannot listen on port ${env.PORT}: ${e.message}. Set PORT to a free port.`,
  );
  void shutdown("listen failure", 1);
});
