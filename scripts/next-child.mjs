// Runs `next start` as a child that exits when its parent dies: the parent holds our stdin
// open, and even a SIGKILL of the parent closes it. Keeps a killed app from leaving Next behind.
import { createRequire } from "node:module";
import { writeFileSync } from "node:fs";
import { Session } from "node:inspector";
import path from "node:path";

process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));

// POLICY_ATLAS_CPU_PROFILE=dir (the bench's BENCH_PROFILE_DIR): a V8 CPU profile of Next, written
// there when it exits. Node refuses --cpu-prof in NODE_OPTIONS, so the inspector takes it.
const profileDir = process.env.POLICY_ATLAS_CPU_PROFILE;
if (profileDir) {
  const session = new Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 500 });
  session.post("Profiler.start");
  process.on("exit", () =>
    // Synchronous on the main thread's own session, so it completes before the process ends.
    session.post("Profiler.stop", (err, result) => {
      if (!err)
        writeFileSync(
          path.join(profileDir, `next-${process.pid}.cpuprofile`),
          JSON.stringify(result.profile),
        );
    }),
  );
}

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
process.argv = [process.argv[0], nextBin, ...process.argv.slice(2)];
await import(nextBin);
