import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { createPrismaClient } from "../db/create-prisma-client";
import { buildSeedPlan } from "./build-seed-plan";
import { writeSeed, type SeedSummary } from "./write-seed";

export const SEED_DIR = path.resolve(import.meta.dirname, "..", "..", "seeds");

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

export type SeedOutcome = { skipped: true } | ({ skipped: false } & SeedSummary);

/**
 * Validates every seed file first (a bad file throws a SeedError and nothing is written),
 * then writes in one transaction. With `onlyIfStale`, skips when the fingerprint is unchanged.
 */
export async function runSeed(
  databaseUrl: string,
  opts: { seedDir?: string; onlyIfStale?: boolean } = {},
): Promise<SeedOutcome> {
  const seedDir = opts.seedDir ?? SEED_DIR;
  const fingerprint = seedFingerprint(seedDir);
  const db = createPrismaClient(databaseUrl, 2);
  try {
    if (opts.onlyIfStale) {
      const stored = await db.appMeta.findUnique({ where: { key: "seed_fingerprint" } });
      const companies = await db.company.count({ where: { synthetic: false } });
      if (stored?.value === fingerprint && companies > 0) return { skipped: true };
    }
    const plan = buildSeedPlan(seedDir);
    const summary = await writeSeed(db, plan);
    await db.appMeta.upsert({
      where: { key: "seed_fingerprint" },
      create: { key: "seed_fingerprint", value: fingerprint },
      update: { value: fingerprint },
    });
    return { skipped: false, ...summary };
  } finally {
    await db.$disconnect();
  }
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
