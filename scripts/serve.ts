/*
 * `npm start`: one command from a fresh clone to a running app. Starts (or connects to) PostgreSQL,
 * migrates, seeds when needed, builds when the build is missing or older than the source, then
 * serves it (scripts/next-server.ts). SIGINT/SIGTERM stop Next first, then the embedded PostgreSQL.
 */
import { spawn, spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { prepareDatabase } from "../lib/db/prepare-database";
import { readEnv } from "../lib/env";

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
      for (const e of readdirSync(p)) if (e !== "generated" && e !== "node_modules") visit(path.join(p, e));
    } else newest = Math.max(newest, st.mtimeMs);
  };
  ["app", "components", "lib", "public", "next.config.js", "postcss.config.mjs", "package-lock.json", "tsconfig.json"].forEach((p) => visit(path.join(ROOT, p)));
  return newest;
}

function buildIsStale(): boolean {
  const id = path.join(ROOT, ".next", "BUILD_ID");
  return !existsSync(id) || statSync(id).mtimeMs < newestSourceTime();
}

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
  const build = spawnSync(process.execPath, [nextBin, "build"], { cwd: ROOT, env: childEnv, stdio: "inherit" });
  if (build.status !== 0) {
    await db.stop();
    process.exit(build.status ?? 1);
  }
}

// Production runs Next behind our request guard (scripts/next-server.ts); dev runs `next dev` as is.
const nextArgs = dev ? [nextBin, "dev", "-p", String(env.PORT)] : ["--import", "tsx", path.join(ROOT, "scripts", "next-server.ts")];
const next = spawn(process.execPath, nextArgs, { cwd: ROOT, env: { ...childEnv, PORT: String(env.PORT), ...(dev ? {} : { NODE_ENV: "production" }) }, stdio: "inherit" });
log(`Serving on http://localhost:${env.PORT}`);

let stopping = false;
async function shutdown(signal: NodeJS.Signals) {
  if (stopping) return;
  stopping = true;
  log(`${signal}: stopping …`);
  if (next.exitCode === null) {
    next.kill("SIGTERM");
    await new Promise((r) => next.once("exit", r));
  }
  await db.stop();
  process.exit(0);
}
process.on("SIGINT", () => void shutdown("SIGINT"));
process.on("SIGTERM", () => void shutdown("SIGTERM"));
next.on("exit", async (code) => {
  if (stopping) return;
  await db.stop();
  process.exit(code ?? 1);
});
