/*
 * A history-loading worker process (forked by lib/history/load-history.ts): receives its share of
 * companies, loads them, reports each one done, and exits.
 */
import { loadCompanies, type HistoryJob } from "./load-history";

process.once("message", (message: { databaseUrl: string; jobs: HistoryJob[] }) => {
  loadCompanies(message.databaseUrl, message.jobs, (p) =>
    process.send?.({ type: "progress", ...p }),
  )
    .then(() => {
      // Its CPU time, so the loader can say what the whole load cost (docs/history.md, Timings).
      const cpu = process.cpuUsage();
      process.send?.({ type: "done", cpuMs: (cpu.user + cpu.system) / 1000 }, () =>
        process.exit(0),
      );
    })
    .catch((e: Error) => {
      process.send?.({ type: "error", message: e.message }, () => process.exit(1));
    });
});

// The loader stopped (npm start shutting down): stop too rather than write on alone.
process.on("disconnect", () => process.exit(1));
