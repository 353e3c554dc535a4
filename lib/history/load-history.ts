import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import path from "node:path";
import pg from "pg";
import { HISTORY_TABLES, refreshPlannerStatistics } from "../db/planner-statistics";
import { allVersions, HistoryError } from "../corpus/read-history";
import { DATA_VERSION_CHANNEL, DATA_VERSION_KEY } from "../db/data-version";
import {
  buildCompanyHistory,
  type BuiltVersion,
  type ClauseStore,
  type KnownClause,
} from "./build-company-history";
import { historyCodeFingerprint } from "./history-fingerprint";
import { HISTORY_FINGERPRINT_KEY, HISTORY_STATUS_KEY, type HistoryStatus } from "./history-status";
import { hasRecordedHistory } from "./recorded-history";
import { VERSION_ID_BASE } from "./version-id";

/** Held while a history load runs, so a second process (npm run history beside npm start) waits its turn. */
const LOCK = 727275;

export type HistoryOutcome =
  | { skipped: true; reason: string; ms: number }
  | {
      skipped: false;
      companies: number;
      loaded: number;
      versions: number;
      clausesAdded: number;
      ms: number;
      /** CPU time of this process and its workers during the load (PostgreSQL's not included). */
      cpuMs: number;
    };

type CompanyRow = {
  id: number;
  slug: string;
  provenance: "curated" | "machine";
  recorded_by: string | null;
  history_hash: string | null;
  content_hash: string | null;
  archived_on: Date | null;
};

const sha = (...parts: Array<string | Uint8Array>) => {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest("hex");
};

/** `{1,2,3}`: how an int[] travels inside a text[] parameter (unnest flattens 2-D arrays). */
const intArray = (ids: number[]) => `{${ids.join(",")}}`;
const textArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, (c) => `\\${c}`)}"`).join(",")}}`;

async function curatedClauses(client: pg.ClientBase, companyId: number) {
  const { rows } = await client.query<{
    text: string;
    heading_path: string[];
    practices: string[];
  }>(
    `SELECT c."text", c."heading_path",
            COALESCE(array_agg(p."slug" ORDER BY p."position") FILTER (WHERE p."slug" IS NOT NULL), '{}') AS practices
     FROM "clause" c JOIN "policy" po ON po."id" = c."policy_id"
     LEFT JOIN "clause_practice" cp ON cp."clause_id" = c."id"
     LEFT JOIN "practice" p ON p."id" = cp."practice_id"
     WHERE po."company_id" = $1
     GROUP BY c."id" ORDER BY c."position"`,
    [companyId],
  );
  return rows.map((r) => ({
    text: r.text,
    heading: r.heading_path[r.heading_path.length - 1] ?? "",
    practices: r.practices,
  }));
}

class PgClauseStore implements ClauseStore {
  private readonly known = new Map<string, KnownClause>();
  /** Clause texts this load added to the store. */
  added = 0;
  constructor(private readonly client: pg.ClientBase) {}

  async init() {
    const { rows } = await this.client.query<{ id: number; hash: string; practices: string[] }>(
      `SELECT "id", "hash", "practices" FROM "history_clause"`,
    );
    for (const r of rows) this.known.set(r.hash, { id: r.id, practices: r.practices });
  }

  get(hash: string) {
    return this.known.get(hash);
  }

  async add(clauses: Array<{ hash: string; text: string; heading: string; practices: string[] }>) {
    const added = new Map<string, KnownClause>();
    this.added += clauses.length;
    // In hash order, so two workers adding the same texts lock rows in the same order.
    clauses = [...clauses].sort((a, b) => (a.hash < b.hash ? -1 : 1));
    for (let i = 0; i < clauses.length; i += 5000) {
      const batch = clauses.slice(i, i + 5000);
      const { rows } = await this.client.query<{ id: number; hash: string; practices: string[] }>(
        `INSERT INTO "history_clause" ("hash", "text", "heading", "practices")
         SELECT h, t, hd, p::text[] FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS u(h, t, hd, p)
         ON CONFLICT ("hash") DO UPDATE SET "hash" = EXCLUDED."hash"
         RETURNING "id", "hash", "practices"`,
        [
          batch.map((c) => c.hash),
          batch.map((c) => c.text),
          batch.map((c) => c.heading),
          batch.map((c) => textArray(c.practices)),
        ],
      );
      for (const r of rows) {
        const k = { id: r.id, practices: r.practices };
        added.set(r.hash, k);
        this.known.set(r.hash, k);
      }
    }
    return added;
  }
}

async function writeVersions(client: pg.ClientBase, companyId: number, versions: BuiltVersion[]) {
  if (versions.length >= VERSION_ID_BASE)
    throw new Error(
      `History: ${versions.length} versions for company ${companyId}; a version's id holds at most ${VERSION_ID_BASE - 1} (lib/history/version-id.ts).`,
    );
  await client.query(
    `INSERT INTO "policy_version" ("id", "company_id", "seq", "recorded_at", "kind", "sha256", "clause_ids",
                                   "added", "removed", "modified", "changed_practices", "ratings", "rating_changes",
                                   "returns_to_seq", "back_and_forth", "compared_to_seq", "other_language",
                                   "capture_failed")
     SELECT $1 * ${VERSION_ID_BASE} + s, $1, s, r, k, h, c::int[], a, d, m, p::text[], rt::jsonb, rc::jsonb, rs, bf, ct, ol, cf
     FROM unnest($2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::text[], $11::text[], $12::text[], $13::int[], $14::boolean[], $15::int[], $16::boolean[], $17::boolean[])
          AS u(s, r, k, h, c, a, d, m, p, rt, rc, rs, bf, ct, ol, cf)
     ON CONFLICT ("company_id", "seq") DO UPDATE SET "recorded_at" = EXCLUDED."recorded_at",
       "kind" = EXCLUDED."kind", "sha256" = EXCLUDED."sha256", "clause_ids" = EXCLUDED."clause_ids",
       "added" = EXCLUDED."added", "removed" = EXCLUDED."removed", "modified" = EXCLUDED."modified",
       "changed_practices" = EXCLUDED."changed_practices", "ratings" = EXCLUDED."ratings",
       "rating_changes" = EXCLUDED."rating_changes", "returns_to_seq" = EXCLUDED."returns_to_seq",
       "back_and_forth" = EXCLUDED."back_and_forth", "compared_to_seq" = EXCLUDED."compared_to_seq",
       "other_language" = EXCLUDED."other_language", "capture_failed" = EXCLUDED."capture_failed"`,
    [
      companyId,
      versions.map((v) => v.seq),
      versions.map((v) => v.recordedAt),
      versions.map((v) => v.kind),
      versions.map((v) => v.sha256),
      versions.map((v) => intArray(v.clauseIds)),
      versions.map((v) => v.added),
      versions.map((v) => v.removed),
      versions.map((v) => v.modified),
      versions.map((v) => textArray(v.changedPractices)),
      versions.map((v) => (v.ratings ? JSON.stringify(v.ratings) : null)),
      versions.map((v) => JSON.stringify(v.ratingChanges)),
      versions.map((v) => v.returnsToSeq),
      versions.map((v) => v.backAndForth),
      versions.map((v) => v.comparedToSeq),
      versions.map((v) => v.otherLanguage),
      versions.map((v) => v.captureFailed),
    ],
  );
  await client.query(`DELETE FROM "policy_version" WHERE "company_id" = $1 AND "seq" > $2`, [
    companyId,
    versions.length,
  ]);
}

async function setMeta(client: pg.ClientBase, key: string, value: string) {
  await client.query(
    `INSERT INTO "app_meta" ("key", "value") VALUES ($1, $2)
     ON CONFLICT ("key") DO UPDATE SET "value" = EXCLUDED."value"`,
    [key, value],
  );
}

export type HistoryJob = {
  companyId: number;
  slug: string;
  hash: string;
  historyFile: string | null;
  contentHash: string | null;
  archivedOn: string | null;
};

/**
 * Builds and writes the given companies' histories, one transaction each, calling `progress`
 * after each. Run in the loading process or in a worker process (lib/history/history-worker.ts).
 */
export async function loadCompanies(
  databaseUrl: string,
  jobs: HistoryJob[],
  progress: (p: { slug: string; versions: number; clausesAdded: number }) => void,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const store = new PgClauseStore(client);
    await store.init();
    for (const job of jobs) {
      const addedBefore = store.added;
      await client.query("BEGIN");
      try {
        let built: BuiltVersion[];
        if (job.historyFile) {
          let versions;
          try {
            versions = allVersions(readFileSync(job.historyFile));
          } catch (e) {
            if (e instanceof HistoryError)
              throw new Error(`seeds/corpus/history/${job.slug}.jsonl.br: ${e.message}`);
            throw e;
          }
          built = await buildCompanyHistory(versions, store);
        } else {
          built = await buildCompanyHistory(
            [
              {
                recordedAt: job.archivedOn ?? new Date(0).toISOString(),
                kind: "first",
                sha256: job.contentHash ?? "",
                text: "",
              },
            ],
            store,
            await curatedClauses(client, job.companyId),
          );
        }
        await writeVersions(client, job.companyId, built);
        await client.query(`UPDATE "company" SET "history_hash" = $2 WHERE "id" = $1`, [
          job.companyId,
          job.hash,
        ]);
        await client.query("COMMIT");
        progress({
          slug: job.slug,
          versions: built.length,
          clausesAdded: store.added - addedBefore,
        });
      } catch (e) {
        await client.query("ROLLBACK");
        throw e;
      }
    }
  } finally {
    await client.end();
  }
}

/** Splits the jobs into `n` groups of about equal compressed history size, biggest first. */
function shareOut(jobs: HistoryJob[], n: number): HistoryJob[][] {
  const size = (j: HistoryJob) => (j.historyFile ? statSync(j.historyFile).size : 1);
  const groups = Array.from({ length: n }, () => ({ bytes: 0, jobs: [] as HistoryJob[] }));
  for (const job of [...jobs].sort((a, b) => size(b) - size(a))) {
    const g = groups.reduce((min, x) => (x.bytes < min.bytes ? x : min));
    g.jobs.push(job);
    g.bytes += size(job);
  }
  // Each worker does the curated companies (one version each) first, then goes alphabetically,
  // so the history fills in an order people can follow.
  const order = (a: HistoryJob, b: HistoryJob) =>
    Number(a.historyFile !== null) - Number(b.historyFile !== null) || a.slug.localeCompare(b.slug);
  return groups.map((g) => g.jobs.sort(order)).filter((g) => g.length);
}

type WorkerMessage =
  | { type: "progress"; slug: string; versions: number; clausesAdded: number }
  | { type: "done"; cpuMs: number }
  | { type: "error"; message: string };

/** Runs one worker process over its jobs; resolves with the CPU time it used. */
function runWorker(
  databaseUrl: string,
  jobs: HistoryJob[],
  onProgress: (m: { slug: string; versions: number; clausesAdded: number }) => void,
): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = fork(path.join(import.meta.dirname, "history-worker.ts"), [], {
      execArgv: ["--import", "tsx"],
      stdio: ["ignore", "inherit", "inherit", "ipc"],
    });
    let failure: string | null = null;
    let cpuMs = 0;
    child.on("message", (m: WorkerMessage) => {
      if (m.type === "progress") onProgress(m);
      else if (m.type === "done") cpuMs = m.cpuMs;
      else failure = m.message;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      if (code === 0 && !failure) resolve(cpuMs);
      else reject(new Error(failure ?? `history worker exited with code ${code}`));
    });
    child.send({ databaseUrl, jobs });
  });
}

/** Worker processes for a first load: parsing markdown is CPU-bound and the work splits by company. */
export function defaultHistoryWorkers(): number {
  const fromEnv = Number(process.env.HISTORY_WORKERS);
  if (Number.isInteger(fromEnv) && fromEnv >= 1 && fromEnv <= 16) return fromEnv;
  return Math.max(1, Math.min(2, availableParallelism()));
}

/**
 * Loads every recorded version of every company's policy into the history tables
 * (docs/history.md): the corpus histories from `{seedDir}/corpus/history`, and one archived
 * version for each curated company. Runs after the seed (it needs the companies). A company
 * whose history file and code are unchanged is skipped, and with `onlyIfStale` an unchanged
 * whole is skipped after reading only the files' digests. Each company is written in its own
 * transaction, so the app can serve (and show progress) while a first load runs; with
 * `workers` > 1 the companies are shared among that many processes.
 */
export async function loadHistory(
  databaseUrl: string,
  opts: {
    seedDir: string;
    onlyIfStale?: boolean;
    workers?: number;
    log?: (m: string) => void;
  },
): Promise<HistoryOutcome> {
  const log = opts.log ?? (() => undefined);
  const started = performance.now();
  const cpuAtStart = process.cpuUsage();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    const code = historyCodeFingerprint();
    const { rows: companies } = await client.query<CompanyRow>(
      `SELECT c."id", c."slug", c."provenance", p."recorded_by", c."history_hash", p."content_hash", p."archived_on"
       FROM "company" c LEFT JOIN "policy" p ON p."company_id" = c."id"
       WHERE NOT c."synthetic" ORDER BY c."slug"`,
    );
    const historyDir = path.join(opts.seedDir, "corpus", "history");
    const jobs: HistoryJob[] = companies.map((company) => {
      const file = path.join(historyDir, `${company.slug}.jsonl.br`);
      // A company promoted to curated from Open Terms Archive keeps its recorded versions (read
      // by the machine, as the corpus's are); a Wayback copy has one archived version.
      const recorded =
        hasRecordedHistory({ provenance: company.provenance, recordedBy: company.recorded_by }) &&
        existsSync(file);
      return {
        companyId: company.id,
        slug: company.slug,
        hash: recorded
          ? sha(code, String(company.id), readFileSync(file))
          : sha(code, String(company.id), company.content_hash ?? "", "curated"),
        historyFile: recorded ? file : null,
        contentHash: company.content_hash,
        archivedOn: company.archived_on?.toISOString() ?? null,
      };
    });
    const fingerprint = sha(...jobs.map((j) => `${j.slug}:${j.hash}\n`));
    const { rows: stored } = await client.query<{ value: string }>(
      `SELECT "value" FROM "app_meta" WHERE "key" = $1`,
      [HISTORY_FINGERPRINT_KEY],
    );
    const storedFingerprint = stored[0]?.value ?? null;
    if (opts.onlyIfStale && storedFingerprint === fingerprint)
      return {
        skipped: true,
        reason: "history files and code unchanged",
        ms: Math.round(performance.now() - started),
      };
    const storedHash = new Map(companies.map((c) => [c.id, c.history_hash]));
    const stale = jobs.filter((j) => storedHash.get(j.companyId) !== j.hash);
    const status: HistoryStatus = {
      state: "loading",
      done: 0,
      total: stale.length,
      versions: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      ms: null,
      message: null,
      cpuMs: null,
    };
    await setMeta(client, HISTORY_STATUS_KEY, JSON.stringify(status));
    const workers = Math.min(opts.workers ?? 1, Math.max(1, Math.ceil(stale.length / 8)));
    if (stale.length)
      log(
        `History: loading ${stale.length} of ${jobs.length} companies${workers > 1 ? ` in ${workers} processes` : ""}…`,
      );
    let clausesAdded = 0;
    let lastLog = performance.now();
    let writing = Promise.resolve();
    const onProgress = (p: { versions: number; clausesAdded: number }) => {
      status.done++;
      status.versions += p.versions;
      clausesAdded += p.clausesAdded;
      const snapshot = JSON.stringify(status);
      writing = writing
        .then(() => setMeta(client, HISTORY_STATUS_KEY, snapshot))
        .catch(() => undefined);
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`History: ${status.done} of ${status.total} companies, ${status.versions} versions…`);
      }
    };
    let workersCpuMs = 0;
    try {
      if (workers <= 1) await loadCompanies(databaseUrl, shareOut(stale, 1)[0] ?? [], onProgress);
      else
        workersCpuMs = (
          await Promise.all(
            shareOut(stale, workers).map((g) => runWorker(databaseUrl, g, onProgress)),
          )
        ).reduce((a, b) => a + b, 0);
    } catch (e) {
      await writing;
      status.state = "failed";
      status.message = (e as Error).message;
      await setMeta(client, HISTORY_STATUS_KEY, JSON.stringify(status));
      throw e;
    }
    await writing;

    /*
     * Texts no version holds any more (a history rewritten, a company gone) are dropped, only
     * when a history was replaced. NOT EXISTS plans as a hash anti-join; NOT IN over this many
     * ids would fall back to rescanning the list for every row.
     */
    if (stale.length && (storedFingerprint || stale.some((j) => storedHash.get(j.companyId))))
      await client.query(
        `DELETE FROM "history_clause" h WHERE NOT EXISTS (
           SELECT 1 FROM (SELECT unnest("clause_ids") AS "id" FROM "policy_version") u WHERE u."id" = h."id")`,
      );
    const ms = Math.round(performance.now() - started);
    const own = process.cpuUsage(cpuAtStart);
    const cpuMs = Math.round(workersCpuMs + (own.user + own.system) / 1000);
    Object.assign(status, { state: "done", finishedAt: new Date().toISOString(), ms, cpuMs });
    await client.query("BEGIN");
    await setMeta(client, HISTORY_STATUS_KEY, JSON.stringify(status));
    await setMeta(client, HISTORY_FINGERPRINT_KEY, fingerprint);
    if (stale.length) {
      // Running app instances drop their cached pages, which may say the history is loading.
      const version = String(Date.now());
      await setMeta(client, DATA_VERSION_KEY, version);
      await client.query(`SELECT pg_notify($1, $2)`, [DATA_VERSION_CHANNEL, version]);
    }
    await client.query("COMMIT");
    if (stale.length) await refreshPlannerStatistics(client, HISTORY_TABLES);
    return {
      skipped: false,
      companies: jobs.length,
      loaded: stale.length,
      versions: status.versions,
      clausesAdded,
      ms,
      cpuMs,
    };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => undefined);
    await client.end();
  }
}

export function formatHistoryOutcome(o: HistoryOutcome): string {
  if (o.skipped) return `History: current (${o.reason}; checked in ${o.ms} ms).`;
  return `History: ${o.versions.toLocaleString("en")} versions of ${o.loaded} companies loaded (${o.clausesAdded.toLocaleString("en")} new stored clauses) in ${(o.ms / 1000).toFixed(1)} s (${(o.cpuMs / 1000).toFixed(1)} s of CPU in the loading processes); ${o.companies - o.loaded} unchanged.`;
}
