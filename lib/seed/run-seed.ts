import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../db/create-prisma-client";
import { buildSeedPlan } from "./build-seed-plan";
import { lockSeeding, type SeedTx } from "./seed-lock";
import { writeSeed, type SeedSummary } from "./write-seed";

export const SEED_DIR = path.resolve(import.meta.dirname, "..", "..", "seeds");

const FINGERPRINT_KEY = "seed_fingerprint";

/** A fingerprint of every seed file, so start-up can tell whether the data is current. */
export function seedFingerprint(seedDir = SEED_DIR): string {
  const hash = createHash("sha256");
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(md|json)$/.test(entry.name))
        hash.update(path.relative(seedDir, full)).update(readFileSync(full));
    }
  };
  walk(seedDir);
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

export type SeedOutcome = { skipped: true } | ({ skipped: false } & SeedSummary);

export type SeedOptions = {
  seedDir?: string;
  /** Skip when the files are the ones already loaded. */
  onlyIfStale?: boolean;
  /** Load even files that a newer set replaced. */
  force?: boolean;
};

/**
 * Validates every seed file first (a bad file throws a SeedError and nothing is written), then,
 * holding the seed lock, writes in one transaction along with the files' fingerprint. Refuses
 * (OlderSeedFilesError) files that were loaded before and replaced since, unless `force`.
 */
export async function runSeed(databaseUrl: string, opts: SeedOptions = {}): Promise<SeedOutcome> {
  const seedDir = opts.seedDir ?? SEED_DIR;
  const fingerprint = seedFingerprint(seedDir);
  const plan = buildSeedPlan(seedDir);
  const db = createPrismaClient(databaseUrl, 2);
  try {
    return await db.$transaction(
      async (tx): Promise<SeedOutcome> => {
        await lockSeeding(tx);
        const current = (await tx.appMeta.findUnique({ where: { key: FINGERPRINT_KEY } }))?.value;
        if (opts.onlyIfStale && current === fingerprint) {
          const companies = await tx.company.count({ where: { synthetic: false } });
          if (companies > 0) return { skipped: true };
        }
        if (!opts.force && current && current !== fingerprint)
          await refuseReplacedFiles(tx, fingerprint, current);
        const summary = await writeSeed(tx, plan);
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
      // Another seeder holding the lock (a synthetic load of thousands of companies) may take minutes.
      { timeout: 600_000, maxWait: 10_000 },
    );
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
  return [
    `Seed: ${outcome.companies.length} companies ${outcome.changed ? "written" : "unchanged"}`,
    ...lines,
  ].join("\n");
}
