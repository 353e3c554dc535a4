import { defineConfig, devices } from "@playwright/test";
import { E2E_DIST_DIR } from "./e2e/build-dir";

const PORT = Number(process.env.E2E_PORT ?? 3100);
const PG_PORT = Number(process.env.E2E_PG_PORT ?? 54349);
/** A second server, on seed files full of markup (e2e/fixtures/hostile-seeds), for the script-injection spec. */
const HOSTILE_PORT = Number(process.env.E2E_HOSTILE_PORT ?? PORT + 1);
const HOSTILE_PG_PORT = Number(process.env.E2E_HOSTILE_PG_PORT ?? PG_PORT + 1);
const INJECTION_SPEC = /script-injection\.spec\.ts$/;

/*
 * End-to-end tests drive the production build in Debian's Chromium (never a downloaded
 * browser), against the app's own embedded PostgreSQL in a separate data directory.
 */
export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: false,
  workers: 1,
  retries: process.env.CI ? 1 : 0,
  timeout: 30_000,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${PORT}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    {
      name: "desktop",
      testIgnore: INJECTION_SPEC,
      use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } },
    },
    {
      name: "hostile-seeds",
      testMatch: INJECTION_SPEC,
      use: {
        ...devices["Desktop Chrome"],
        viewport: { width: 1280, height: 900 },
        baseURL: `http://localhost:${HOSTILE_PORT}`,
      },
    },
  ],
  webServer: [
    {
      command: "node --import tsx scripts/serve.ts --build",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      url: `http://localhost:${PORT}/api/practices`,
      // A fresh database loads the 302 machine-read policies of the corpus before serving.
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(PORT),
        EMBEDDED_PG_DIR: ".data/e2e-postgres",
        EMBEDDED_PG_PORT: String(PG_PORT),
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: E2E_DIST_DIR,
      },
    },
    {
      // Started after the first server has built, so it serves the same build: no --build here.
      command: "node --import tsx scripts/serve.ts",
      gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
      url: `http://localhost:${HOSTILE_PORT}/api/practices`,
      timeout: 120_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(HOSTILE_PORT),
        EMBEDDED_PG_DIR: ".data/e2e-hostile-postgres",
        EMBEDDED_PG_PORT: String(HOSTILE_PG_PORT),
        SEED_DIR: "e2e/fixtures/hostile-seeds",
        NEXT_TELEMETRY_DISABLED: "1",
        NEXT_DIST_DIR: E2E_DIST_DIR,
      },
    },
  ],
});
