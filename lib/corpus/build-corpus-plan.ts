import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { DatePrecision } from "../date-precision";
import { RECORDED_BY_OTA } from "../provenance";
import { parseEffectiveDate } from "../seed/parse-effective-date";
import { parseWith, readJson } from "../seed/read-seed-json";
import { SeedError } from "../seed/seed-error";
import type { SectorSlug } from "../sectors";
import { servicesFileSchema, type CorpusService, type ServicesFile } from "./corpus-schemas";
import { machineFingerprint } from "./machine-fingerprint";
import { readMachinePolicy, type MachineClause, type MachineFinding } from "./machine-reading";
import { HistoryError, latestVersion } from "./read-history";

export const RECORDED_BY = RECORDED_BY_OTA;

/** One corpus service as the seed sees it before reading: cheap to build for all 302. */
export type CorpusEntry = {
  service: CorpusService;
  sector: SectorSlug;
  /** Digest of the history file, the company's metadata and the machine fingerprint. */
  inputHash: string;
  historyFile: string;
  archiveUrl: string | null;
};

export type CorpusCompanyPlan = {
  slug: string;
  name: string;
  sector: SectorSlug;
  legalName: string;
  website: string;
  inputHash: string;
  policy: {
    title: string;
    sourceUrl: string | null;
    archiveUrl: string | null;
    archivedOn: string;
    /** A day ("2026-06-30") or, where the policy states only a month, the month ("2026-06"). */
    effectiveDate: string | null;
    effectiveDatePrecision: DatePrecision;
    effectiveDateLabel: string | null;
    text: string;
    contentHash: string;
    recordedBy: string;
  };
  clauses: MachineClause[];
  findings: MachineFinding[];
};

export type CorpusIndex = { dir: string; services: ServicesFile; entries: CorpusEntry[] };

const LABEL = "seeds/corpus";

/**
 * Reads services.json and hashes every history file (no decompression): enough to tell which
 * machine-read companies changed since the last seed. Null when the seed folder has no corpus.
 */
export function readCorpusIndex(
  seedDir: string,
  sectors: Record<string, SectorSlug>,
  curatedSlugs: ReadonlySet<string>,
): CorpusIndex | null {
  const dir = path.join(seedDir, "corpus");
  if (!existsSync(dir)) return null;
  const services = parseWith(
    servicesFileSchema,
    readJson(path.join(dir, "services.json"), `${LABEL}/services.json`),
    `${LABEL}/services.json`,
  );
  const fingerprint = machineFingerprint();
  const sources = new Map(services.sources.map((s) => [s.collection, s]));
  const files = new Set(readdirSync(path.join(dir, "history")));
  const seen = new Set<string>();
  const entries: CorpusEntry[] = [];
  services.services.forEach((service, i) => {
    const field = `services[${i}]`;
    if (seen.has(service.slug))
      throw new SeedError(
        `${LABEL}/services.json`,
        `${field}.slug`,
        `"${service.slug}" is listed twice`,
      );
    seen.add(service.slug);
    const sector = sectors[service.slug];
    if (!sector)
      throw new SeedError(
        "seeds/sectors.json",
        `companies.${service.slug}`,
        "missing: every company needs a sector",
      );
    const source = sources.get(service.collection);
    if (!source)
      throw new SeedError(
        `${LABEL}/services.json`,
        `${field}.collection`,
        `"${service.collection}" is not among the sources`,
      );
    const historyFile = `${service.slug}.jsonl.br`;
    if (!files.has(historyFile))
      throw new SeedError(`${LABEL}/history/${historyFile}`, "", "is missing");
    // A person's review wins: a promoted company is loaded from its annotation file instead.
    if (curatedSlugs.has(service.slug)) return;
    const bytes = readFileSync(path.join(dir, "history", historyFile));
    const inputHash = createHash("sha256")
      .update(fingerprint)
      .update(JSON.stringify([service, sector]))
      .update(bytes)
      .digest("hex");
    entries.push({
      service,
      sector,
      inputHash,
      historyFile,
      archiveUrl: `https://github.com/${source.repository}/tree/${source.commit}`,
    });
  });
  for (const slug of Object.keys(sectors))
    if (!seen.has(slug) && !curatedSlugs.has(slug))
      throw new SeedError(
        "seeds/sectors.json",
        `companies.${slug}`,
        "names no company in the annotations or the corpus",
      );
  return { dir, services, entries };
}

const websiteOf = (url: string | null) => {
  if (!url) return "";
  const u = new URL(url);
  return `${u.protocol}//${u.host}`;
};

/** Decompresses the latest version and reads it: clauses, machine tags, machine findings. */
export function planCorpusCompany(corpusDir: string, entry: CorpusEntry): CorpusCompanyPlan {
  const label = `${LABEL}/history/${entry.historyFile}`;
  let latest;
  try {
    latest = latestVersion(readFileSync(path.join(corpusDir, "history", entry.historyFile)));
  } catch (e) {
    if (e instanceof HistoryError) throw new SeedError(label, "", e.message);
    throw e;
  }
  const { service } = entry;
  if (latest.sha256 !== service.latestSha256)
    throw new SeedError(
      label,
      "",
      "its last version is not the one services.json names (latestSha256)",
    );
  const reading = readMachinePolicy(latest.text);
  const stated = parseEffectiveDate(latest.text);
  return {
    slug: service.slug,
    name: service.name,
    sector: entry.sector,
    legalName: service.name,
    website: websiteOf(service.sourceUrl),
    inputHash: entry.inputHash,
    policy: {
      title: reading.title || `${service.name} privacy policy`,
      sourceUrl: service.sourceUrl,
      archiveUrl: entry.archiveUrl,
      archivedOn: new Date(latest.recordedAt).toISOString().slice(0, 10),
      effectiveDate: stated?.date ?? null,
      effectiveDatePrecision: stated?.precision ?? "day",
      effectiveDateLabel: stated?.label ?? null,
      text: latest.text,
      contentHash: latest.sha256,
      recordedBy: RECORDED_BY,
    },
    clauses: reading.clauses,
    findings: reading.findings,
  };
}
