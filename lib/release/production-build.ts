import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const ROOT = path.resolve(import.meta.dirname, "..", "..");
// The folder next.config.js builds into: the e2e suite keeps its own (NEXT_DIST_DIR).
const BUILD_ID = path.join(ROOT, process.env.NEXT_DIST_DIR || ".next", "BUILD_ID");
/** What a production build is made from. */
const SOURCES = [
  "app",
  "components",
  "lib",
  "public",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
];

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
  SOURCES.forEach((p) => visit(path.join(ROOT, p)));
  return newest;
}

export function buildExists(): boolean {
  return existsSync(BUILD_ID);
}

export function buildIsStale(): boolean {
  return !buildExists() || statSync(BUILD_ID).mtimeMs < newestSourceTime();
}

/** Runs `next build` with the given database (pages read it while prerendering). Returns its exit code. */
export function runBuild(databaseUrl: string): number {
  const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
  const build = spawnSync(process.execPath, [nextBin, "build"], {
    cwd: ROOT,
    env: { ...process.env, DATABASE_URL: databaseUrl, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: "inherit",
  });
  return build.status ?? 1;
}
