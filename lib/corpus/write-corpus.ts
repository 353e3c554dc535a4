import { storedDay } from "../date-precision";
import type { PrismaClient } from "../generated/prisma/client";
import type { CorpusCompanyPlan, CorpusEntry } from "./build-corpus-plan";

type Tx = Parameters<Parameters<PrismaClient["$transaction"]>[0]>[0];

export type CorpusWriteSummary = {
  /** Machine-read companies in the corpus (those a person reviewed are counted as curated). */
  companies: number;
  /** Companies reread and written because something they are built from changed. */
  written: number;
  removed: number;
  clauses: { inserted: number; updated: number; deleted: number };
  tags: number;
  findings: number;
};

const day = (iso: string | null) => (iso ? new Date(`${iso}T00:00:00Z`) : null);

/** The stored digest of each machine-read company, to decide which ones to reread. */
export async function storedCorpusHashes(
  tx: Tx | PrismaClient,
): Promise<Map<string, string | null>> {
  const rows = await tx.company.findMany({
    where: { provenance: "machine", synthetic: false },
    select: { slug: true, corpusHash: true },
  });
  return new Map(rows.map((r) => [r.slug, r.corpusHash]));
}

/*
 * Writes the machine-read companies that changed, diff-based: a company whose digest is
 * unchanged is not touched; a changed one keeps the ids of its unchanged clauses (anchors come
 * from the text), gets its machine tags and findings replaced, and companies that left the
 * corpus are removed. Runs inside the seed's transaction as the changed companies are read, a
 * batch at a time (read-in-parallel.ts), with one statement per table per step (unnest of
 * arrays) rather than one per row.
 */
export async function writeCorpus(
  tx: Tx,
  entries: CorpusEntry[],
  changed: AsyncIterable<CorpusCompanyPlan[]>,
  practiceIds: Map<string, number>,
): Promise<CorpusWriteSummary> {
  const summary: CorpusWriteSummary = {
    companies: entries.length,
    written: 0,
    removed: 0,
    clauses: { inserted: 0, updated: 0, deleted: 0 },
    tags: 0,
    findings: 0,
  };
  summary.removed = await tx.$executeRaw`
    DELETE FROM "company" WHERE "provenance" = 'machine' AND NOT "synthetic"
      AND "slug" <> ALL(${entries.map((e) => e.service.slug)}::text[])`;
  for await (const batch of changed) {
    const written = await writeBatch(tx, batch, practiceIds);
    summary.written += batch.length;
    summary.clauses.inserted += written.clauses.inserted;
    summary.clauses.updated += written.clauses.updated;
    summary.clauses.deleted += written.clauses.deleted;
    summary.tags += written.tags;
    summary.findings += written.findings;
  }
  return summary;
}

type BatchSummary = Pick<CorpusWriteSummary, "clauses" | "tags" | "findings">;

/** Writes some of the changed companies: every statement touches only theirs. */
async function writeBatch(
  tx: Tx,
  changed: CorpusCompanyPlan[],
  practiceIds: Map<string, number>,
): Promise<BatchSummary> {
  const summary: BatchSummary = {
    clauses: { inserted: 0, updated: 0, deleted: 0 },
    tags: 0,
    findings: 0,
  };
  const companyRows = await tx.$queryRaw<Array<{ id: number; slug: string }>>`
    INSERT INTO "company" ("slug", "name", "legal_name", "website", "sector", "provenance", "corpus_hash")
    SELECT s, n, l, w, sec, 'machine', h
    FROM unnest(${changed.map((c) => c.slug)}::text[], ${changed.map((c) => c.name)}::text[],
                ${changed.map((c) => c.legalName)}::text[], ${changed.map((c) => c.website)}::text[],
                ${changed.map((c) => c.sector)}::text[], ${changed.map((c) => c.inputHash)}::text[])
         AS u(s, n, l, w, sec, h)
    ON CONFLICT ("slug") DO UPDATE SET "name" = EXCLUDED."name", "legal_name" = EXCLUDED."legal_name",
      "website" = EXCLUDED."website", "sector" = EXCLUDED."sector", "provenance" = 'machine',
      "corpus_hash" = EXCLUDED."corpus_hash"
    RETURNING "id", "slug"`;
  const companyId = new Map(companyRows.map((r) => [r.slug, r.id]));
  const ids = changed.map((c) => companyId.get(c.slug)!);

  const policyRows = await tx.$queryRaw<Array<{ id: number; company_id: number }>>`
    INSERT INTO "policy" ("company_id", "title", "source_url", "archive_url", "archived_on",
                          "effective_date", "effective_date_precision", "effective_date_label", "text",
                          "content_hash", "recorded_by")
    SELECT * FROM unnest(${ids}::int[], ${changed.map((c) => c.policy.title)}::text[],
                         ${changed.map((c) => c.policy.sourceUrl)}::text[], ${changed.map((c) => c.policy.archiveUrl)}::text[],
                         ${changed.map((c) => day(c.policy.archivedOn))}::date[], ${changed.map((c) => storedDay(c.policy.effectiveDate))}::date[],
                         ${changed.map((c) => c.policy.effectiveDatePrecision)}::text[], ${changed.map((c) => c.policy.effectiveDateLabel)}::text[], ${changed.map((c) => c.policy.text)}::text[],
                         ${changed.map((c) => c.policy.contentHash)}::text[], ${changed.map((c) => c.policy.recordedBy)}::text[])
    ON CONFLICT ("company_id") DO UPDATE SET "title" = EXCLUDED."title", "source_url" = EXCLUDED."source_url",
      "archive_url" = EXCLUDED."archive_url", "archived_on" = EXCLUDED."archived_on",
      "effective_date" = EXCLUDED."effective_date", "effective_date_precision" = EXCLUDED."effective_date_precision",
      "effective_date_label" = EXCLUDED."effective_date_label",
      "text" = EXCLUDED."text", "content_hash" = EXCLUDED."content_hash", "recorded_by" = EXCLUDED."recorded_by"
    RETURNING "id", "company_id"`;
  const policyOf = new Map(policyRows.map((r) => [r.company_id, r.id]));
  const policyIds = ids.map((id) => policyOf.get(id)!);

  // Clauses: diff by anchor within each policy, so unchanged clauses keep their ids.
  const existing = await tx.$queryRaw<
    Array<{
      id: number;
      policy_id: number;
      anchor: string;
      position: number;
      heading_path: string[];
      text: string;
    }>
  >`SELECT "id", "policy_id", "anchor", "position", "heading_path", "text" FROM "clause"
    WHERE "policy_id" = ANY(${policyIds}::int[])`;
  const old = new Map(existing.map((r) => [`${r.policy_id}|${r.anchor}`, r]));
  const wanted = new Set<string>();
  const inserts: Array<{
    policyId: number;
    position: number;
    anchor: string;
    headingPath: string;
    text: string;
  }> = [];
  const updates: Array<{ id: number; position: number; headingPath: string; text: string }> = [];
  changed.forEach((c, i) => {
    const policyId = policyIds[i]!;
    for (const cl of c.clauses) {
      const key = `${policyId}|${cl.anchor}`;
      wanted.add(key);
      const was = old.get(key);
      const headingPath = JSON.stringify(cl.headingPath);
      if (!was)
        inserts.push({
          policyId,
          position: cl.position,
          anchor: cl.anchor,
          headingPath,
          text: cl.text,
        });
      else if (
        was.position !== cl.position ||
        was.text !== cl.text ||
        JSON.stringify(was.heading_path ?? []) !== headingPath
      )
        updates.push({ id: was.id, position: cl.position, headingPath, text: cl.text });
    }
  });
  const stale = existing.filter((r) => !wanted.has(`${r.policy_id}|${r.anchor}`)).map((r) => r.id);
  if (stale.length) await tx.$executeRaw`DELETE FROM "clause" WHERE "id" = ANY(${stale}::int[])`;
  if (updates.length)
    await tx.$executeRaw`
      UPDATE "clause" SET "position" = u.pos, "heading_path" = ARRAY(SELECT json_array_elements_text(u.h::json)), "text" = u.t
      FROM unnest(${updates.map((u) => u.id)}::int[], ${updates.map((u) => u.position)}::int[],
                  ${updates.map((u) => u.headingPath)}::text[], ${updates.map((u) => u.text)}::text[]) AS u(id, pos, h, t)
      WHERE "clause"."id" = u.id`;
  if (inserts.length)
    await tx.$executeRaw`
      INSERT INTO "clause" ("policy_id", "position", "anchor", "heading_path", "text")
      SELECT p, pos, a, ARRAY(SELECT json_array_elements_text(h::json)), t
      FROM unnest(${inserts.map((c) => c.policyId)}::int[], ${inserts.map((c) => c.position)}::int[],
                  ${inserts.map((c) => c.anchor)}::text[], ${inserts.map((c) => c.headingPath)}::text[],
                  ${inserts.map((c) => c.text)}::text[]) AS u(p, pos, a, h, t)`;
  summary.clauses = { inserted: inserts.length, updated: updates.length, deleted: stale.length };

  const clauseRows = await tx.$queryRaw<Array<{ id: number; policy_id: number; anchor: string }>>`
    SELECT "id", "policy_id", "anchor" FROM "clause" WHERE "policy_id" = ANY(${policyIds}::int[])`;
  const clauseId = new Map(clauseRows.map((r) => [`${r.policy_id}|${r.anchor}`, r.id]));

  // Machine tags and findings of a changed company are derived data: replaced whole.
  await tx.$executeRaw`
    DELETE FROM "clause_practice" USING "clause"
    WHERE "clause_practice"."clause_id" = "clause"."id" AND "clause"."policy_id" = ANY(${policyIds}::int[])`;
  const tags = changed.flatMap((c, i) =>
    c.clauses.flatMap((cl) =>
      cl.tags.map((t) => ({
        clauseId: clauseId.get(`${policyIds[i]}|${cl.anchor}`)!,
        practiceId: practiceIds.get(t.practice)!,
        probability: t.probability,
      })),
    ),
  );
  if (tags.length)
    await tx.$executeRaw`
      INSERT INTO "clause_practice" ("clause_id", "practice_id", "probability")
      SELECT * FROM unnest(${tags.map((t) => t.clauseId)}::int[], ${tags.map((t) => t.practiceId)}::int[],
                           ${tags.map((t) => t.probability)}::real[])`;
  summary.tags = tags.length;

  await tx.$executeRaw`DELETE FROM "finding" WHERE "company_id" = ANY(${ids}::int[])`;
  const findings = changed.flatMap((c, i) =>
    c.findings.map((f) => ({ companyId: ids[i]!, policyId: policyIds[i]!, f })),
  );
  const findingRows = await tx.$queryRaw<
    Array<{ id: number; company_id: number; practice_id: number }>
  >`
    INSERT INTO "finding" ("company_id", "practice_id", "rating", "summary", "provenance", "reason", "confidence", "facts")
    SELECT c, p, r::"rating", s, 'machine', why, conf, f::jsonb
    FROM unnest(${findings.map((x) => x.companyId)}::int[], ${findings.map((x) => practiceIds.get(x.f.practice)!)}::int[],
                ${findings.map((x) => x.f.rating)}::text[], ${findings.map((x) => x.f.summary)}::text[],
                ${findings.map((x) => x.f.reason)}::text[], ${findings.map((x) => x.f.confidence)}::real[],
                ${findings.map((x) => JSON.stringify(x.f.facts))}::text[]) AS u(c, p, r, s, why, conf, f)
    RETURNING "id", "company_id", "practice_id"`;
  const findingId = new Map(findingRows.map((r) => [`${r.company_id}|${r.practice_id}`, r.id]));
  const evidence = findings.flatMap(({ companyId, policyId, f }) =>
    f.evidence.map((e, position) => ({
      findingId: findingId.get(`${companyId}|${practiceIds.get(f.practice)}`)!,
      clauseId: clauseId.get(`${policyId}|${e.anchor}`)!,
      position,
      quote: e.quote,
    })),
  );
  if (evidence.length)
    await tx.$executeRaw`
      INSERT INTO "finding_evidence" ("finding_id", "clause_id", "position", "quote")
      SELECT * FROM unnest(${evidence.map((e) => e.findingId)}::int[], ${evidence.map((e) => e.clauseId)}::int[],
                           ${evidence.map((e) => e.position)}::int[], ${evidence.map((e) => e.quote)}::text[])`;
  summary.findings = findings.length;
  return summary;
}
