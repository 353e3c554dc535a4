// `prisma generate` needs no schema engine, but the CLI insists one exists; on machines where
// it cannot be downloaded we point it at any existing file (see docs/decisions/0001).
import { execFileSync } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

const env = { ...process.env, PRISMA_HIDE_UPDATE_MESSAGE: "1", CHECKPOINT_DISABLE: "1" };
if (!env.PRISMA_SCHEMA_ENGINE_BINARY) {
  const placeholder = fileURLToPath(import.meta.url);
  if (existsSync(placeholder)) env.PRISMA_SCHEMA_ENGINE_BINARY = placeholder;
}
execFileSync(process.execPath, ["node_modules/prisma/build/index.js", "generate"], {
  stdio: "inherit",
  env,
});
