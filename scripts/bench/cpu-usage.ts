import { readdirSync, readFileSync } from "node:fs";

/*
 * CPU time of the app and of PostgreSQL, read from /proc (Linux). On a machine shared with
 * other work, requests per second follow whatever else runs; the CPU a request costs does not,
 * so the miss path reports both. Elsewhere than Linux the readings are simply absent.
 */

export type CpuReading = { appMs: number; dbMs: number };

/** Clock ticks per second of /proc's utime and stime: 100 on every Linux the bench runs on. */
const TICKS_PER_SECOND = 100;

type Proc = { pid: number; ppid: number; pgrp: number; ms: number };

function readProcs(): Proc[] {
  const out: Proc[] = [];
  for (const name of readdirSync("/proc")) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, "utf8");
      // Fields after the command (which may hold spaces) in parentheses: state ppid pgrp … utime stime.
      const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
      out.push({
        pid: Number(name),
        ppid: Number(f[1]),
        pgrp: Number(f[2]),
        ms: ((Number(f[11]) + Number(f[12])) * 1000) / TICKS_PER_SECOND,
      });
    } catch {
      // The process ended while we looked.
    }
  }
  return out;
}

/** CPU used so far by each process of the app and of PostgreSQL, by pid. */
export type CpuSnapshot = Map<number, { db: boolean; ms: number }>;

/**
 * A reader of the CPU used by the processes of `appGroup` (the app runs in a process group of
 * its own: front server and Next) and by the PostgreSQL server and its backends. Null when
 * /proc cannot be read.
 */
export function cpuReader(appGroup: number, postmaster: number | null): (() => CpuSnapshot) | null {
  try {
    readdirSync("/proc");
  } catch {
    return null;
  }
  return () => {
    const out: CpuSnapshot = new Map();
    for (const p of readProcs()) {
      if (p.pgrp === appGroup) out.set(p.pid, { db: false, ms: p.ms });
      else if (postmaster && (p.pid === postmaster || p.ppid === postmaster))
        out.set(p.pid, { db: true, ms: p.ms });
    }
    return out;
  };
}

/**
 * The CPU used between two snapshots. Per process, so a backend that ends in between (its time
 * is gone from /proc) costs nothing rather than taking its past with it; one that starts counts
 * whole.
 */
export function cpuBetween(before: CpuSnapshot, after: CpuSnapshot): CpuReading {
  let appMs = 0;
  let dbMs = 0;
  for (const [pid, p] of after) {
    const used = p.ms - (before.get(pid)?.ms ?? 0);
    if (p.db) dbMs += used;
    else appMs += used;
  }
  return { appMs, dbMs };
}
