import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readCorpusIndex } from "../corpus/build-corpus-plan";
import { machineFingerprint } from "../corpus/machine-fingerprint";
import { readCorpus, type CorpusReading } from "../corpus/read-in-parallel";
import { withReadingProgress } from "../corpus/reading-progress";
import { storedCorpusHashes } from "../corpus/write-corpus";
import { createPrismaClient } from "../db/create-prisma-client";
import { refreshPlannerStatistics, SEED_TABLES } from "../db/planner-statistics";
import { buildSeedPlan } from "./build-seed-plan";
import { lockSeeding, type SeedTx } from "./seed-lock";
import { writeSeed, type SeedSummary } from "./write-seed";

export const SEED_DIR = path.resolve(import.meta.dirname, "..", "..", "seeds");

const FINGERPRINT_KEY = "seed_fingerprint";

/**
 * A fingerprint of every seed file (policies, annotations, practices, sectors, the corpus and its
 * compressed history) and, when the corpus is loaded, of the model and rules that read it, so
 * start-up can tell whether the data is current without reading any of it.
 */
export function seedFingerprint(seedDir = SEED_DIR, corpus = true): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|json|br)$/.test(entry.name))
        hash.update(path.relative(seedDir, full)).update(readFileSync(full));
    }
  };
  walk(seedDir);
  if (corpus && existsSync(path.join(seedDir, "corpus"))) hash.update(machineFingerprint());
  else hash.update("no corpus");
  return hash.digest("hex");
}

/**
 * The files were loaded into this database before, and a newer set has been loaded since: an
 * older release (or an old checkout) would put back data that was replaced.
 */
export class OlderSeedFilesError extends Error {
  constructor(
    readonly filesLoadedAt: Date,
    readonly currentLoadedAt: Date | null,
  ) {
    const when = (d: Date) => d.toISOString().replace("T", " ").slice(0, 16) + " UTC";
    super(
      `The database holds data from newer seed files${currentLoadedAt ? ` (loaded ${when(currentLoadedAt)})` : ""} than these, which were loaded on ${when(filesLoadedAt)} and replaced since. Nothing was written; to load these files anyway, seed with --force.`,
    );
    this.name = "OlderSeedFilesError";
  }
}

export type SeedOutcome =
  { skipped: true } | ({ skipped: false; timings: SeedTimings } & SeedSummary);
/**
 * Wall time of each phase and the CPU time this process spent in it (worker threads included;
 * PostgreSQL's own not). Writing runs alongside the machine reading: `readMs` lasts until the
 * last policy is read, `writeMs` is the writing left after it, commit included.
 */
export type SeedTimings = {
  planMs: number;
  readMs: number;
  writeMs: number;
  planCpuMs: number;
  readCpuMs: number;
  writeCpuMs: number;
};

export type SeedOptions = {
  seedDir?: string;
  /** Skip when the files are the ones already loaded. */
  onlyIfStale?: boolean;
  /** Load even files that a newer set replaced. */
  force?: boolean;
  /** Load seeds/corpus when the folder has one (default: unless SEED_CORPUS=off); false keeps only the curated files. */
  corpus?: boolean;
  log?: (message: string) => void;
};

/**
 * Validates every seed file first (a bad file throws a SeedError and nothing is written), then,
 * holding the seed lock, writes in one transaction along with the files' fingerprint. Refuses
 * (OlderSeedFilesError) files that were loaded before and replaced since, unless `force`.
 */
export async function runSeed(databaseUrl: string, opts: SeedOptions = {}): Promise<SeedOutcome> {
  const seedDir = opts.seedDir ?? SEED_DIR;
  // SEED_CORPUS=off (lib/env.ts) is the default for callers that do not say: the test suites.
  const withCorpus = opts.corpus ?? process.env.SEED_CORPUS !== "off";
  const fingerprint = seedFingerprint(seedDir, withCorpus);
  const db = createPrismaClient(databaseUrl, 2);
  try {
    // Checked again under the lock; this early look spares an unchanged start the reading below.
    if (opts.onlyIfStale) {
      const current = (await db.appMeta.findUnique({ where: { key: FINGERPRINT_KEY } }))?.value;
      if (current === fingerprint && (await db.company.count({ where: { synthetic: false } })) > 0)
        return { skipped: true };
    }
    const started = performance.now();
    const startCpu = process.cpuUsage();
    const plan = buildSeedPlan(seedDir);
    const index = withCorpus
      ? readCorpusIndex(seedDir, plan.sectors, new Set(plan.companies.map((c) => c.slug)))
      : null;
    const planned = performance.now();
    const plannedCpu = process.cpuUsage();
    let reading: CorpusReading | null = null;
    let corpus = null;
    if (index) {
      // Only companies whose inputs changed are read again (decompress, segment, classify,
      // draft). The reading starts now, in worker threads, and the transaction below writes
      // what has been read while the rest is being read.
      const stored = await storedCorpusHashes(db);
      const stale = index.entries.filter((e) => stored.get(e.service.slug) !== e.inputHash);
      if (stale.length)
        opts.log?.(`Corpus: machine-reading ${stale.length} of ${index.entries.length} policies…`);
      reading = readCorpus(index.dir, stale);
      const batches = reading.batches();
      corpus = {
        entries: index.entries,
        changed: opts.log ? withReadingProgress(batches, stale.length, opts.log) : batches,
      };
    }
    let outcome: { skipped: true } | ({ skipped: false } & SeedSummary);
    try {
      outcome = await db.$transaction(
        async (tx): Promise<{ skipped: true } | ({ skipped: false } & SeedSummary)> => {
          await lockSeeding(tx);
          const current = (await tx.appMeta.findUnique({ where: { key: FINGERPRINT_KEY } }))?.value;
          if (opts.onlyIfStale && current === fingerprint) {
            const companies = await tx.company.count({ where: { synthetic: false } });
            if (companies > 0) return { skipped: true };
          }
          if (!opts.force && current && current !== fingerprint)
            await refuseReplacedFiles(tx, fingerprint, current);
          const summary = await writeSeed(tx, plan, corpus);
          await tx.appMeta.upsert({
            where: { key: FINGERPRINT_KEY },
            create: { key: FINGERPRINT_KEY, value: fingerprint },
            update: { value: fingerprint },
          });
          // Only a change of files is history: running the current files again changes nothing.
          if (current !== fingerprint) {
            const loadedAt = new Date();
            await tx.seedHistory.upsert({
              where: { fingerprint },
              create: { fingerprint, loadedAt },
              update: { loadedAt },
            });
          }
          return { skipped: false, ...summary };
        },
        // Another seeder holding the lock (a synthetic load of thousands of companies) may take
        // minutes; the machine reading now runs inside the transaction too.
        { timeout: 600_000, maxWait: 10_000 },
      );
    } finally {
      await reading?.stop();
    }
    if (outcome.skipped) return outcome;
    await refreshPlannerStatistics({ query: (sql) => db.$executeRawUnsafe(sql) }, SEED_TABLES);
    const committed = performance.now();
    const committedCpu = process.cpuUsage();
    // Without a corpus to read (or none changed), the reading ends where it starts.
    const read = reading?.finished() ?? { at: planned, cpu: plannedCpu };
    const ms = (n: number) => Math.round(n);
    const cpuMs = (to: NodeJS.CpuUsage, from: NodeJS.CpuUsage) =>
      ms((to.user - from.user + to.system - from.system) / 1000);
    return {
      ...outcome,
      timings: {
        planMs: ms(planned - started),
        readMs: ms(read.at - planned),
        writeMs: ms(committed - read.at),
        planCpuMs: cpuMs(plannedCpu, startCpu),
        readCpuMs: cpuMs(read.cpu, plannedCpu),
        writeCpuMs: cpuMs(committedCpu, read.cpu),
      },
    };
  } finally {
    await db.$disconnect();
  }
}

async function refuseReplacedFiles(tx: SeedTx, fingerprint: string, current: string) {
  const earlier = await tx.seedHistory.findUnique({ where: { fingerprint } });
  if (!earlier) return;
  const now = await tx.seedHistory.findUnique({ where: { fingerprint: current } });
  throw new OlderSeedFilesError(earlier.loadedAt, now?.loadedAt ?? null);
}

export function formatSeedSummary(outcome: SeedOutcome): string {
  if (outcome.skipped) return "Seed: data is current (seed files unchanged).";
  const lines = outcome.companies.map(
    (c) =>
      `  ${c.slug.padEnd(12)} ${String(c.clauses).padStart(3)} clauses (${c.tagged} tagged)  ${c.findings} findings  ${c.evidence} evidence quotes`,
  );
  const c = outcome.corpus;
  const corpusLines = c
    ? [
        `  corpus: ${c.companies} machine-read companies, ${c.written} read and written, ${c.removed} removed` +
          (c.written
            ? ` (clauses: ${c.clauses.inserted} new, ${c.clauses.updated} updated, ${c.clauses.deleted} removed; ${c.tags} machine tags; ${c.findings} findings)`
            : ""),
      ]
    : [];
  const t = outcome.timings;
  return [
    `Seed: ${outcome.companies.length} curated companies ${outcome.changed ? "written" : "unchanged"}`,
    ...lines,
    ...corpusLines,
    `  time: ${t.planMs} ms to validate, ${t.readMs} ms to machine-read, ${t.writeMs} ms to write`,
  ].join("\n");
}
