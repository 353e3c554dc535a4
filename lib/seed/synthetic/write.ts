import { bumpDataVersion } from "../../db/data-version";
import type { PrismaClient } from "../../generated/prisma/client";
import type { PlannedCompany } from "../build-seed-plan";
import { day } from "../seed-dates";
import { lockSeeding } from "../seed-lock";

export type SyntheticWriteSummary = {
  companies: number;
  clauses: number;
  tags: number;
  findings: number;
  evidence: number;
  dataVersion: string;
};

/** Rows per INSERT: big enough for few round trips, small enough to stay under PostgreSQL's 65,535 bind parameters. */
const BATCH = 3_000;

function chunks<T>(rows: T[]): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < rows.length; i += BATCH) out.push(rows.slice(i, i + BATCH));
  return out;
}

/**
 * Replaces every synthetic company (and, by cascade, its policy, clauses, findings and evidence)
 * with the given ones, in one transaction of multi-row INSERTs, then bumps the data version so
 * caches keyed on it drop what they hold. Real companies are never touched.
 */
export async function writeSynthetic(
  db: PrismaClient,
  companies: PlannedCompany[],
): Promise<SyntheticWriteSummary> {
  return db.$transaction(
    async (tx) => {
      // One seeder at a time: the real seed and this one both rewrite the data version.
      await lockSeeding(tx);
      const practiceIds = new Map(
        (await tx.practice.findMany({ select: { id: true, slug: true } })).map((p) => [
          p.slug,
          p.id,
        ]),
      );
      const wanted = new Set(
        companies.flatMap((c) => [
          ...c.findings.map((f) => f.practice),
          ...c.clauses.flatMap((cl) => cl.practices),
        ]),
      );
      const missing = [...wanted].filter((slug) => !practiceIds.has(slug));
      if (missing.length)
        throw new Error(
          `The database has no practice ${missing.join(", ")}: load the real seed (npm run seed) into it first.`,
        );

      await tx.company.deleteMany({ where: { synthetic: true } });

      const companyIds = new Map<string, number>();
      for (const batch of chunks(companies)) {
        const rows = await tx.company.createManyAndReturn({
          data: batch.map((c) => ({
            slug: c.slug,
            name: c.name,
            legalName: c.legalName,
            website: c.website,
            sector: c.sector,
            synthetic: true,
          })),
          select: { id: true, slug: true },
        });
        for (const r of rows) companyIds.set(r.slug, r.id);
      }

      const policyIds = new Map<string, number>();
      const bySlug = new Map([...companyIds].map(([slug, id]) => [id, slug]));
      for (const batch of chunks(companies)) {
        const rows = await tx.policy.createManyAndReturn({
          data: batch.map((c) => ({
            companyId: companyIds.get(c.slug)!,
            title: c.policy.title,
            sourceUrl: c.policy.sourceUrl,
            archiveUrl: c.policy.archiveUrl,
            archivedOn: day(c.policy.archivedOn),
            effectiveDate: day(c.policy.effectiveDate),
            effectiveDatePrecision: c.policy.effectiveDatePrecision,
            effectiveDateLabel: c.policy.effectiveDateLabel,
            text: c.policy.text,
            contentHash: c.policy.contentHash,
          })),
          select: { id: true, companyId: true },
        });
        for (const r of rows) policyIds.set(bySlug.get(r.companyId)!, r.id);
      }

      // The big tables go in through unnest(): one statement per table instead of thousands of
      // bind parameters per batch (docs/decisions/synthetic-bulk-insert.md).
      const clauses = companies.flatMap((c) =>
        c.clauses.map((cl) => ({ policyId: policyIds.get(c.slug)!, clause: cl })),
      );
      const clauseRows = await tx.$queryRaw<
        Array<{ id: number; policy_id: number; anchor: string }>
      >`
        INSERT INTO "clause" ("policy_id", "position", "anchor", "heading_path", "text")
        SELECT p, pos, a, ARRAY(SELECT json_array_elements_text(h::json)), t
        FROM unnest(${clauses.map((c) => c.policyId)}::int[], ${clauses.map((c) => c.clause.position)}::int[], ${clauses.map((c) => c.clause.anchor)}::text[],
                    ${clauses.map((c) => JSON.stringify(c.clause.headingPath))}::text[], ${clauses.map((c) => c.clause.text)}::text[]) AS u(p, pos, a, h, t)
        RETURNING "id", "policy_id", "anchor"`;
      const clauseIds = new Map(clauseRows.map((r) => [`${r.policy_id}|${r.anchor}`, r.id]));
      const clauseId = (company: string, anchor: string) =>
        clauseIds.get(`${policyIds.get(company)}|${anchor}`)!;

      const tags = companies.flatMap((c) =>
        c.clauses.flatMap((cl) =>
          cl.practices.map((p) => [clauseId(c.slug, cl.anchor), practiceIds.get(p)!] as const),
        ),
      );
      await tx.$executeRaw`
        INSERT INTO "clause_practice" ("clause_id", "practice_id")
        SELECT * FROM unnest(${tags.map((t) => t[0])}::int[], ${tags.map((t) => t[1])}::int[])`;

      const findings = companies.flatMap((c) =>
        c.findings.map((f) => ({
          companyId: companyIds.get(c.slug)!,
          company: c.slug,
          finding: f,
        })),
      );
      // Raw SQL uses the database's own spelling of the rating, "not-addressed", as the seed files do.
      const findingRows = await tx.$queryRaw<
        Array<{ id: number; company_id: number; practice_id: number }>
      >`
        INSERT INTO "finding" ("company_id", "practice_id", "rating", "summary")
        SELECT * FROM unnest(${findings.map((f) => f.companyId)}::int[], ${findings.map((f) => practiceIds.get(f.finding.practice)!)}::int[],
                             ${findings.map((f) => f.finding.rating)}::text[]::"rating"[], ${findings.map((f) => f.finding.summary)}::text[])
        RETURNING "id", "company_id", "practice_id"`;
      const findingIds = new Map(
        findingRows.map((r) => [`${r.company_id}|${r.practice_id}`, r.id]),
      );

      const evidence = findings.flatMap(({ companyId, company, finding }) =>
        finding.evidence.map((e, position) => ({
          findingId: findingIds.get(`${companyId}|${practiceIds.get(finding.practice)}`)!,
          clauseId: clauseId(company, e.anchor),
          position,
          quote: e.quote,
        })),
      );
      await tx.$executeRaw`
        INSERT INTO "finding_evidence" ("finding_id", "clause_id", "position", "quote")
        SELECT * FROM unnest(${evidence.map((e) => e.findingId)}::int[], ${evidence.map((e) => e.clauseId)}::int[],
                             ${evidence.map((e) => e.position)}::int[], ${evidence.map((e) => e.quote)}::text[])`;

      // Running app instances drop their cached pages when this commits.
      const dataVersion = await bumpDataVersion(tx);
      return {
        companies: companies.length,
        clauses: clauses.length,
        tags: tags.length,
        findings: findings.length,
        evidence: evidence.length,
        dataVersion,
      };
    },
    { timeout: 600_000, maxWait: 10_000 },
  );
}
