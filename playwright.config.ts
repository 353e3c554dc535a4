import { defineConfig, devices } from "@playwright/test";

const PORT = Number(process.env.E2E_PORT ?? 3100);

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
  projects: [{ name: "desktop", use: { ...devices["Desktop Chrome"], viewport: { width: 1280, height: 900 } } }],
  webServer: {
    command: "node --import tsx scripts/serve.ts --build",
    gracefulShutdown: { signal: "SIGTERM", timeout: 15_000 },
    url: `http://localhost:${PORT}/api/practices`,
    timeout: 300_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(PORT),
      EMBEDDED_PG_DIR: ".data/e2e-postgres",
      EMBEDDED_PG_PORT: process.env.E2E_PG_PORT ?? "54349",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
