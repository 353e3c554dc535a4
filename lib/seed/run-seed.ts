import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { readCorpusIndex } from "../corpus/build-corpus-plan";
import { planCorpusCompanies } from "../corpus/read-in-parallel";
import { machineFingerprint } from "../corpus/machine-fingerprint";
import { storedCorpusHashes } from "../corpus/write-corpus";
import { createPrismaClient } from "../db/create-prisma-client";
import { buildSeedPlan } from "./build-seed-plan";
import { writeSeed, type SeedSummary } from "./write-seed";

export const SEED_DIR = path.resolve(import.meta.dirname, "..", "..", "seeds");

/**
 * A fingerprint of every seed file (policies, annotations, practices, sectors, the corpus and its
 * compressed history) and, when there is a corpus, of the model and rules that read it, so
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

export type SeedOutcome =
  { skipped: true } | ({ skipped: false; timings: SeedTimings } & SeedSummary);
export type SeedTimings = { planMs: number; readMs: number; writeMs: number };

/**
 * Validates every seed file first (a bad file throws a SeedError and nothing is written),
 * then writes in one transaction. With `onlyIfStale`, skips when the fingerprint is unchanged.
 */
export async function runSeed(
  databaseUrl: string,
  opts: {
    seedDir?: string;
    onlyIfStale?: boolean;
    /** Load seeds/corpus when the folder has one (default); false keeps only the curated files. */
    corpus?: boolean;
    log?: (message: string) => void;
  } = {},
): Promise<SeedOutcome> {
  const seedDir = opts.seedDir ?? SEED_DIR;
  // SEED_CORPUS=off (lib/env.ts) is the default for callers that do not say: the test suites.
  const withCorpus = opts.corpus ?? process.env.SEED_CORPUS !== "off";
  const fingerprint = seedFingerprint(seedDir, withCorpus);
  const db = createPrismaClient(databaseUrl, 2);
  try {
    if (opts.onlyIfStale) {
      const stored = await db.appMeta.findUnique({ where: { key: "seed_fingerprint" } });
      const companies = await db.company.count({ where: { synthetic: false } });
      if (stored?.value === fingerprint && companies > 0) return { skipped: true };
    }
    let t = performance.now();
    const plan = buildSeedPlan(seedDir);
    const index = withCorpus
      ? readCorpusIndex(seedDir, plan.sectors, new Set(plan.companies.map((c) => c.slug)))
      : null;
    const planMs = performance.now() - t;
    t = performance.now();
    let corpus = null;
    if (index) {
      // Only companies whose inputs changed are read again (decompress, segment, classify, draft).
      const stored = await storedCorpusHashes(db);
      const stale = index.entries.filter((e) => stored.get(e.service.slug) !== e.inputHash);
      if (stale.length)
        opts.log?.(`Corpus: machine-reading ${stale.length} of ${index.entries.length} policies…`);
      corpus = { entries: index.entries, changed: await planCorpusCompanies(index.dir, stale) };
    }
    const readMs = performance.now() - t;
    t = performance.now();
    const summary = await writeSeed(db, plan, corpus);
    const writeMs = performance.now() - t;
    await db.appMeta.upsert({
      where: { key: "seed_fingerprint" },
      create: { key: "seed_fingerprint", value: fingerprint },
      update: { value: fingerprint },
    });
    const ms = (n: number) => Math.round(n);
    return {
      skipped: false,
      ...summary,
      timings: { planMs: ms(planMs), readMs: ms(readMs), writeMs: ms(writeMs) },
    };
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
