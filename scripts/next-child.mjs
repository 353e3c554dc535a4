// Runs `next start` as a child that exits when its parent dies: the parent holds our stdin
// open, and even a SIGKILL of the parent closes it. Keeps a killed app from leaving Next behind.
import { createRequire } from "node:module";

process.stdin.resume();
process.stdin.on("end", () => process.exit(0));
process.stdin.on("error", () => process.exit(0));

const nextBin = createRequire(import.meta.url).resolve("next/dist/bin/next");
process.argv = [process.argv[0], nextBin, ...process.argv.slice(2)];
await import(nextBin);
