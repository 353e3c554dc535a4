/*
 * Starts the app as `npm start` does (scripts/serve.ts) in a child process and waits until it
 * answers: the one way the end-to-end tests and the bench run it.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { createWriteStream, existsSync, readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "..");

export type AppProcess = {
  child: ChildProcess;
  url: string;
  /** Everything the app printed so far. */
  output: () => string;
  exited: Promise<number | null>;
  /** SIGTERM, then the whole process group if anything outlives 20 s. */
  stop: () => Promise<void>;
};

export type AppOptions = {
  port: number;
  /** Variables to set; undefined removes one inherited from this process. */
  env?: Record<string, string | undefined>;
  /** Also write the output here. */
  logFile?: string;
  args?: string[];
  timeoutMs?: number;
};

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function waitFor(
  check: () => Promise<boolean>,
  timeoutMs: number,
  message: () => string,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await sleep(200);
  }
  throw new Error(message());
}

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

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The pid of the PostgreSQL running on an embedded data directory, if any. */
export function postmasterPid(dataDir: string): number | null {
  const file = path.resolve(ROOT, dataDir, "postmaster.pid");
  return existsSync(file) ? Number(readFileSync(file, "utf8").split("\n")[0]) : null;
}

export async function startApp(opts: AppOptions): Promise<AppProcess> {
  if (await portInUse(opts.port))
    throw new Error(`Port ${opts.port} is already in use; stop what runs there or pick another.`);
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    PORT: String(opts.port),
  };
  for (const [k, v] of Object.entries(opts.env ?? {})) {
    if (v === undefined) delete env[k];
    else env[k] = v;
  }
  const child = spawn(
    process.execPath,
    ["--import", "tsx", "scripts/serve.ts", ...(opts.args ?? [])],
    // Its own process group, so stop() can end Next's workers too if serve.ts does not.
    { cwd: ROOT, env, detached: true, stdio: ["ignore", "pipe", "pipe"] },
  );
  let log = "";
  const file = opts.logFile ? createWriteStream(opts.logFile) : null;
  for (const stream of [child.stdout!, child.stderr!])
    stream.on("data", (c: Buffer) => {
      log += c;
      file?.write(c);
    });
  const exited = new Promise<number | null>((resolve) =>
    child.once("exit", (code) => {
      file?.end();
      resolve(code);
    }),
  );
  const hasExited = () => child.exitCode !== null || child.signalCode !== null;

  /*
   * serve.ts forwards SIGTERM to Next, but Next's workers can outlive it by a few seconds; wait
   * for the whole process group, and kill what is left after 20 s.
   */
  const groupAlive = () => isAlive(-child.pid!);
  const stop = async () => {
    if (!hasExited()) child.kill("SIGTERM");
    await Promise.race([exited, sleep(20_000)]);
    for (let waited = 0; groupAlive() && waited < 20_000; waited += 100) await sleep(100);
    if (groupAlive()) {
      try {
        process.kill(-child.pid!, "SIGKILL");
      } catch {
        // Gone in the meantime.
      }
    }
  };

  const url = `http://127.0.0.1:${opts.port}`;
  try {
    await waitFor(
      async () => {
        if (hasExited())
          throw new Error(`The app exited during start-up (code ${child.exitCode}):\n${log}`);
        const res = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(5_000) }).catch(
          () => null,
        );
        return res?.status === 200;
      },
      opts.timeoutMs ?? 180_000,
      () => `The app did not answer within ${(opts.timeoutMs ?? 180_000) / 1000} s:\n${log}`,
    );
  } catch (e) {
    await stop();
    throw e;
  }
  return { child, url, output: () => log, exited, stop };
}
