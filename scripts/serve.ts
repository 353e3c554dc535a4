/*
 * `npm start`: one command from a fresh clone to a running app. Starts (or connects to) PostgreSQL,
 * migrates, seeds when needed, builds when the build is missing or older than the source, runs
 * `next start` on a private port and the front server (lib/server/front-server.ts) on PORT.
 * SIGINT/SIGTERM stop the front server, then Next, then the embedded PostgreSQL.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import net from "node:net";
import { createRequire } from "node:module";
import path from "node:path";
import { takeOverShutdownSignals } from "../lib/db/embedded-postgres";
import { prepareDatabase } from "../lib/db/prepare-database";
import { readEnv } from "../lib/env";
import { DataVersionWatcher } from "../lib/server/data-version";
import { createFrontServer } from "../lib/server/front-server";

const ROOT = path.resolve(import.meta.dirname, "..");
const dev = process.argv.includes("--dev");
const forceBuild = process.argv.includes("--build");
const log = (m: string) => console.log(`[policy-atlas] ${m}`);
const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");

function newestSourceTime(): number {
  let newest = 0;
  const visit = (p: string) => {
    if (!existsSync(p)) return;
    const st = statSync(p);
    if (st.isDirectory()) {
      for (const e of readdirSync(p))
        if (e !== "generated" && e !== "node_modules") visit(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  [
    "app",
    "components",
    "lib",
    "public",
    "next.config.js",
    "postcss.config.mjs",
    "package-lock.json",
    "tsconfig.json",
  ].forEach((p) => visit(path.join(ROOT, p)));
  return newest;
}

function buildIsStale(): boolean {
  const id = path.join(ROOT, ".next", "BUILD_ID");
  return !existsSync(id) || statSync(id).mtimeMs < newestSourceTime();
}

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

takeOverShutdownSignals();

let env;
try {
  env = readEnv();
} catch (e) {
  console.error((e as Error).message);
  process.exit(1);
}

const db = await prepareDatabase(env, log).catch((e: Error) => {
  console.error(`[policy-atlas] Could not prepare the database: ${e.message}`);
  process.exit(1);
});
const childEnv = { ...process.env, DATABASE_URL: db.url, NEXT_TELEMETRY_DISABLED: "1" };

if (!dev && (forceBuild || buildIsStale())) {
  log("Building the production bundle (next build) …");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    env: childEnv,
    stdio: "inherit",
  });
  if (build.status !== 0) {
    await db.stop();
    process.exit(build.status ?? 1);
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

const nextPort = await freePort();
const next = spawn(
  process.execPath,
  [
    path.join(ROOT, "scripts", "next-child.mjs"),
    "start",
    "-p",
    String(nextPort),
    "-H",
    "127.0.0.1",
  ],
  {
    cwd: ROOT,
    env: childEnv,
    stdio: ["pipe", "ignore", "inherit"],
  },
);
const watcher = new DataVersionWatcher(
  db.url,
  (s) => {
    front.cache.clear();
    void s;
  },
  log,
);
const front = createFrontServer({
  nextPort,
  dev: false,
  cacheBytes: 256 * 1024 * 1024,
  state: () => watcher.state,
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
  if (next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((r) => next.once("exit", r));
  }
  await watcher.stop();
  await db.stop();
  process.exit(code);
}
for (const signal of ["SIGINT", "SIGTERM", "SIGHUP"] as const)
  process.on(signal, () => void shutdown(signal));
next.on("exit", (code) => {
  if (!stopping) void shutdown(`next exited (${code})`, code ?? 1);
});

try {
  await Promise.all([watcher.start(), waitForPort(nextPort, next)]);
} catch (e) {
  console.error(`[policy-atlas] ${(e as Error).message}`);
  await shutdown("start-up failure", 1);
}
front.server.listen(env.PORT, () => log(`Serving on http://localhost:${env.PORT}`));

// The policy history (docs/history.md) loads in the background, in its own processes, while the
// app serves: pages say how far it has got. A second start with unchanged files skips it.
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
