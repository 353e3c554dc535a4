import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import pg from "pg";
import { allVersions, HistoryError } from "../corpus/read-history";
import {
  buildCompanyHistory,
  type BuiltVersion,
  type ClauseStore,
  type KnownClause,
} from "./build-company-history";
import { historyCodeFingerprint } from "./history-fingerprint";
import {
  HISTORY_FINGERPRINT_KEY,
  HISTORY_STATUS_KEY,
  type HistoryStatus,
} from "./history-status";

/** Held while a history load runs, so a second process (npm run history beside npm start) waits its turn. */
const LOCK = 727275;

export type HistoryOutcome =
  | { skipped: true; reason: string }
  | {
      skipped: false;
      companies: number;
      loaded: number;
      versions: number;
      clausesAdded: number;
      ms: number;
    };

type CompanyRow = {
  id: number;
  slug: string;
  provenance: "curated" | "machine";
  history_hash: string | null;
  content_hash: string | null;
  archived_on: Date | null;
};

type Job = { company: CompanyRow; hash: string; historyFile: string | null };

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
  const { rows } = await client.query<{ text: string; heading_path: string[]; practices: string[] }>(
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
  await client.query(
    `INSERT INTO "policy_version" ("company_id", "seq", "recorded_at", "kind", "sha256", "clause_ids",
                                   "added", "removed", "modified", "changed_practices")
     SELECT $1, s, r, k, h, c::int[], a, d, m, p::text[]
     FROM unnest($2::int[], $3::timestamptz[], $4::text[], $5::text[], $6::text[], $7::int[], $8::int[], $9::int[], $10::text[])
          AS u(s, r, k, h, c, a, d, m, p)
     ON CONFLICT ("company_id", "seq") DO UPDATE SET "recorded_at" = EXCLUDED."recorded_at",
       "kind" = EXCLUDED."kind", "sha256" = EXCLUDED."sha256", "clause_ids" = EXCLUDED."clause_ids",
       "added" = EXCLUDED."added", "removed" = EXCLUDED."removed", "modified" = EXCLUDED."modified",
       "changed_practices" = EXCLUDED."changed_practices"`,
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

/**
 * Loads every recorded version of every company's policy into the history tables
 * (docs/history.md): the corpus histories from `{seedDir}/corpus/history`, and one archived
 * version for each curated company. Runs after the seed (it needs the companies). A company
 * whose history file and code are unchanged is skipped, and with `onlyIfStale` an unchanged
 * whole is skipped after reading only the files' digests. Each company is written in its own
 * transaction, so the app can serve (and show progress) while a first load runs.
 */
export async function loadHistory(
  databaseUrl: string,
  opts: { seedDir: string; onlyIfStale?: boolean; log?: (m: string) => void },
): Promise<HistoryOutcome> {
  const log = opts.log ?? (() => undefined);
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK]);
    const code = historyCodeFingerprint();
    const { rows: companies } = await client.query<CompanyRow>(
      `SELECT c."id", c."slug", c."provenance", c."history_hash", p."content_hash", p."archived_on"
       FROM "company" c LEFT JOIN "policy" p ON p."company_id" = c."id"
       WHERE NOT c."synthetic" ORDER BY c."slug"`,
    );
    const historyDir = path.join(opts.seedDir, "corpus", "history");
    const jobs: Job[] = companies.map((company) => {
      const file = path.join(historyDir, `${company.slug}.jsonl.br`);
      if (company.provenance === "machine" && existsSync(file))
        return { company, hash: sha(code, String(company.id), readFileSync(file)), historyFile: file };
      return {
        company,
        hash: sha(code, String(company.id), company.content_hash ?? "", "curated"),
        historyFile: null,
      };
    });
    const fingerprint = sha(...jobs.map((j) => `${j.company.slug}:${j.hash}\n`));
    if (opts.onlyIfStale) {
      const { rows } = await client.query<{ value: string }>(
        `SELECT "value" FROM "app_meta" WHERE "key" = $1`,
        [HISTORY_FINGERPRINT_KEY],
      );
      if (rows[0]?.value === fingerprint)
        return { skipped: true, reason: "history files and code unchanged" };
    }
    const stale = jobs.filter((j) => j.company.history_hash !== j.hash);
    const status: HistoryStatus = {
      state: "loading",
      done: 0,
      total: stale.length,
      versions: 0,
      startedAt: new Date().toISOString(),
      finishedAt: null,
      ms: null,
      message: null,
    };
    await setMeta(client, HISTORY_STATUS_KEY, JSON.stringify(status));
    if (stale.length) log(`History: loading ${stale.length} of ${jobs.length} companies…`);

    const store = new PgClauseStore(client);
    await store.init();
    let lastLog = performance.now();
    for (const job of stale) {
      const { company } = job;
      let built: BuiltVersion[];
      await client.query("BEGIN");
      try {
        if (job.historyFile) {
          let versions;
          try {
            versions = allVersions(readFileSync(job.historyFile));
          } catch (e) {
            if (e instanceof HistoryError)
              throw new Error(`seeds/corpus/history/${company.slug}.jsonl.br: ${e.message}`);
            throw e;
          }
          built = await buildCompanyHistory(versions, store);
        } else {
          const recordedAt = (company.archived_on ?? new Date(0)).toISOString();
          built = await buildCompanyHistory(
            [{ recordedAt, kind: "first", sha256: company.content_hash ?? "", text: "" }],
            store,
            await curatedClauses(client, company.id),
          );
        }
        await writeVersions(client, company.id, built);
        await client.query(`UPDATE "company" SET "history_hash" = $2 WHERE "id" = $1`, [
          company.id,
          job.hash,
        ]);
        await client.query("COMMIT");
      } catch (e) {
        await client.query("ROLLBACK");
        status.state = "failed";
        status.message = (e as Error).message;
        await setMeta(client, HISTORY_STATUS_KEY, JSON.stringify(status));
        throw e;
      }
      status.done++;
      status.versions += built.length;
      await setMeta(client, HISTORY_STATUS_KEY, JSON.stringify(status));
      if (performance.now() - lastLog > 10_000) {
        lastLog = performance.now();
        log(`History: ${status.done} of ${status.total} companies, ${status.versions} versions…`);
      }
    }

    // Texts no version holds any more (a history rewritten, a company gone) are dropped.
    if (stale.length)
      await client.query(
        `DELETE FROM "history_clause" WHERE "id" NOT IN (SELECT DISTINCT unnest("clause_ids") FROM "policy_version")`,
      );
    const ms = Math.round(performance.now() - started);
    Object.assign(status, { state: "done", finishedAt: new Date().toISOString(), ms });
    const version = String(Date.now());
    await client.query("BEGIN");
    await setMeta(client, HISTORY_STATUS_KEY, JSON.stringify(status));
    await setMeta(client, HISTORY_FINGERPRINT_KEY, fingerprint);
    if (stale.length) {
      // Running app instances drop their cached pages, which may say the history is loading.
      await setMeta(client, "data_version", version);
      await client.query(`SELECT pg_notify('policy_atlas_data', $1)`, [version]);
    }
    await client.query("COMMIT");
    return {
      skipped: false,
      companies: jobs.length,
      loaded: stale.length,
      versions: status.versions,
      clausesAdded: store.added,
      ms,
    };
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK]).catch(() => undefined);
    await client.end();
  }
}

export function formatHistoryOutcome(o: HistoryOutcome): string {
  if (o.skipped) return `History: current (${o.reason}).`;
  return `History: ${o.versions.toLocaleString("en")} versions of ${o.loaded} companies loaded (${o.clausesAdded.toLocaleString("en")} new clause texts) in ${(o.ms / 1000).toFixed(1)} s; ${o.companies - o.loaded} unchanged.`;
}
