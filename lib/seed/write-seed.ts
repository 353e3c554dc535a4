import { bumpDataVersion } from "../db/data-version";
import { ratingToDb as dbRating } from "../ratings";
import type { SeedPlan } from "./build-seed-plan";
import type { CorpusCompanyPlan, CorpusEntry } from "../corpus/build-corpus-plan";
import { writeCorpus, type CorpusWriteSummary } from "../corpus/write-corpus";
import { writeCompanyRelations } from "../corpus/write-relations";
import { Prisma } from "../generated/prisma/client";
import { storedDay } from "../date-precision";
import { day } from "./seed-dates";
import type { SeedTx } from "./seed-lock";

export type SeedSummary = {
  changed: boolean;
  /** The machine-read corpus, when the seed folder has one (null: no corpus, none loaded). */
  corpus: CorpusWriteSummary | null;
  companies: Array<{
    slug: string;
    clauses: number;
    tagged: number;
    findings: number;
    evidence: number;
  }>;
};

type Tx = SeedTx;

const sameDay = (a: Date | null, b: Date | null) =>
  (a?.getTime() ?? null) === (b?.getTime() ?? null);
const sameList = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x, i) => x === b[i]);

/*
 * Writes the plan inside the caller's transaction (run-seed.ts) and only touches rows that
 * differ, so a second run with the same files changes nothing (ids, counts and the data version
 * all stay put).
 */
export async function writeSeed(
  tx: Tx,
  plan: SeedPlan,
  /** The corpus entries, and the changed ones' plans as they are read (read-in-parallel.ts). */
  corpus: { entries: CorpusEntry[]; changed: AsyncIterable<CorpusCompanyPlan[]> } | null = null,
): Promise<SeedSummary> {
  let changed = false;
  const mark = () => {
    changed = true;
  };

  const practiceIds = new Map<string, number>();
  const existingPractices = await tx.practice.findMany();
  for (const [position, p] of plan.practices.entries()) {
    const old = existingPractices.find((e) => e.slug === p.slug);
    if (!old) {
      const created = await tx.practice.create({ data: { ...p, position } });
      practiceIds.set(p.slug, created.id);
      mark();
    } else {
      practiceIds.set(p.slug, old.id);
      if (
        old.name !== p.name ||
        old.description !== p.description ||
        old.position !== position ||
        old.core !== p.core
      ) {
        await tx.practice.update({ where: { id: old.id }, data: { ...p, position } });
        mark();
      }
    }
  }
  const stalePractices = existingPractices.filter((e) => !practiceIds.has(e.slug)).map((e) => e.id);
  if (stalePractices.length) {
    await tx.practice.deleteMany({ where: { id: { in: stalePractices } } });
    mark();
  }

  const summary: SeedSummary["companies"] = [];
  for (const c of plan.companies) {
    const result = await writeCompany(tx, c, practiceIds, mark);
    summary.push(result);
  }
  const { count } = await tx.company.deleteMany({
    where: {
      synthetic: false,
      provenance: "curated",
      slug: { notIn: plan.companies.map((c) => c.slug) },
    },
  });
  if (count) mark();

  let corpusSummary: CorpusWriteSummary | null = null;
  if (corpus) {
    corpusSummary = await writeCorpus(tx, corpus.entries, corpus.changed, practiceIds);
    if (corpusSummary.written || corpusSummary.removed) mark();
  } else {
    // A seed folder without a corpus holds no machine-read companies.
    const removed = await tx.company.deleteMany({
      where: { synthetic: false, provenance: "machine" },
    });
    if (removed.count) mark();
  }
  const supersededBy = new Map(
    (corpus?.entries ?? []).flatMap((e) =>
      e.service.supersededBy ? [[e.service.slug, e.service.supersededBy] as const] : [],
    ),
  );
  if (await writeCompanyRelations(tx, supersededBy)) mark();
  // Running app instances drop their cached pages when this commits.
  if (changed) await bumpDataVersion(tx);
  return { changed, corpus: corpusSummary, companies: summary };
}

async function writeCompany(
  tx: Tx,
  c: SeedPlan["companies"][number],
  practiceIds: Map<string, number>,
  mark: () => void,
) {
  // A company promoted from the machine-read corpus becomes curated here, in place.
  const companyData = {
    name: c.name,
    legalName: c.legalName,
    website: c.website,
    sector: c.sector,
    provenance: "curated" as const,
    corpusHash: null,
  };
  let company = await tx.company.findUnique({ where: { slug: c.slug } });
  if (!company) {
    company = await tx.company.create({ data: { slug: c.slug, ...companyData } });
    mark();
  } else if (
    company.name !== c.name ||
    company.legalName !== c.legalName ||
    company.website !== c.website ||
    company.sector !== c.sector ||
    company.provenance !== "curated" ||
    company.corpusHash !== null
  ) {
    await tx.company.update({ where: { id: company.id }, data: companyData });
    mark();
  }

  const p = c.policy;
  const policyData = {
    title: p.title,
    sourceUrl: p.sourceUrl,
    archiveUrl: p.archiveUrl,
    archivedOn: day(p.archivedOn),
    effectiveDate: storedDay(p.effectiveDate),
    effectiveDatePrecision: p.effectiveDatePrecision,
    effectiveDateLabel: p.effectiveDateLabel,
    text: p.text,
    contentHash: p.contentHash,
    recordedBy: p.recordedBy,
  };
  let policy = await tx.policy.findUnique({ where: { companyId: company.id } });
  if (!policy) {
    policy = await tx.policy.create({ data: { companyId: company.id, ...policyData } });
    mark();
  } else if (
    policy.title !== p.title ||
    policy.sourceUrl !== p.sourceUrl ||
    policy.archiveUrl !== p.archiveUrl ||
    !sameDay(policy.archivedOn, policyData.archivedOn) ||
    !sameDay(policy.effectiveDate, policyData.effectiveDate) ||
    policy.effectiveDatePrecision !== p.effectiveDatePrecision ||
    policy.effectiveDateLabel !== p.effectiveDateLabel ||
    policy.contentHash !== p.contentHash ||
    policy.recordedBy !== p.recordedBy
  ) {
    await tx.policy.update({ where: { id: policy.id }, data: policyData });
    mark();
  }

  const existing = await tx.clause.findMany({
    where: { policyId: policy.id },
    select: {
      id: true,
      anchor: true,
      position: true,
      headingPath: true,
      text: true,
      practices: { select: { practiceId: true, probability: true } },
    },
  });
  // Diff by anchor: new clauses are inserted in one statement (in order, so they get the ids
  // one insert each would give), changed ones updated, and tags rewritten only where they differ.
  const byAnchor = new Map(existing.map((e) => [e.anchor, e]));
  const clauseIds = new Map<string, number>();
  const added: typeof c.clauses = [];
  const retagged: number[] = [];
  const tags: Array<{ clauseId: number; practiceId: number }> = [];
  const wantedTags = (cl: (typeof c.clauses)[number]) =>
    cl.practices.map((s) => practiceIds.get(s)!).sort((a, b) => a - b);
  for (const cl of c.clauses) {
    const old = byAnchor.get(cl.anchor);
    if (!old) {
      added.push(cl);
      continue;
    }
    clauseIds.set(cl.anchor, old.id);
    if (
      old.position !== cl.position ||
      old.text !== cl.text ||
      !sameList(old.headingPath, cl.headingPath)
    ) {
      await tx.clause.update({
        where: { id: old.id },
        data: { position: cl.position, headingPath: cl.headingPath, text: cl.text },
      });
      mark();
    }
    const wanted = wantedTags(cl);
    const have = old.practices.map((x) => x.practiceId).sort((a, b) => a - b);
    // A machine tag (with a probability) left from before a promotion is replaced by the person's.
    const machineTags = old.practices.some((x) => x.probability !== null);
    if (machineTags || !sameList(have.map(String), wanted.map(String))) {
      retagged.push(old.id);
      for (const practiceId of wanted) tags.push({ clauseId: old.id, practiceId });
    }
  }
  if (added.length) {
    const created = await tx.clause.createManyAndReturn({
      data: added.map((cl) => ({
        policyId: policy.id,
        position: cl.position,
        anchor: cl.anchor,
        headingPath: cl.headingPath,
        text: cl.text,
      })),
      select: { id: true, anchor: true },
    });
    for (const row of created) clauseIds.set(row.anchor, row.id);
    for (const cl of added)
      for (const practiceId of wantedTags(cl))
        tags.push({ clauseId: clauseIds.get(cl.anchor)!, practiceId });
    mark();
  }
  if (retagged.length) {
    await tx.clausePractice.deleteMany({ where: { clauseId: { in: retagged } } });
    mark();
  }
  if (tags.length) await tx.clausePractice.createMany({ data: tags });
  const staleClauses = existing.filter((e) => !clauseIds.has(e.anchor)).map((e) => e.id);
  if (staleClauses.length) {
    await tx.clause.deleteMany({ where: { id: { in: staleClauses } } });
    mark();
  }

  const findings = await tx.finding.findMany({
    where: { companyId: company.id },
    select: {
      id: true,
      practiceId: true,
      rating: true,
      summary: true,
      provenance: true,
      evidence: {
        select: { clauseId: true, position: true, quote: true },
        orderBy: { position: "asc" },
      },
    },
  });
  const byPractice = new Map(findings.map((f) => [f.practiceId, f]));
  const evidenceOf = (f: (typeof c.findings)[number]) =>
    f.evidence.map((e, position) => ({
      clauseId: clauseIds.get(e.anchor)!,
      position,
      quote: e.quote,
    }));
  const newFindings = c.findings.filter((f) => !byPractice.has(practiceIds.get(f.practice)!));
  const findingIds = new Map<number, number>();
  if (newFindings.length) {
    const created = await tx.finding.createManyAndReturn({
      data: newFindings.map((f) => ({
        companyId: company.id,
        practiceId: practiceIds.get(f.practice)!,
        rating: dbRating(f.rating),
        summary: f.summary,
      })),
      select: { id: true, practiceId: true },
    });
    for (const row of created) findingIds.set(row.practiceId, row.id);
    mark();
  }
  const reEvidenced: number[] = [];
  const evidenceRows: Array<{
    findingId: number;
    clauseId: number;
    position: number;
    quote: string;
  }> = [];
  let evidenceCount = 0;
  for (const f of c.findings) {
    const practiceId = practiceIds.get(f.practice)!;
    const evidence = evidenceOf(f);
    evidenceCount += evidence.length;
    const old = byPractice.get(practiceId);
    const findingId = old?.id ?? findingIds.get(practiceId)!;
    if (
      old &&
      (old.rating !== dbRating(f.rating) ||
        old.summary !== f.summary ||
        old.provenance !== "curated")
    ) {
      await tx.finding.update({
        where: { id: old.id },
        data: {
          rating: dbRating(f.rating),
          summary: f.summary,
          provenance: "curated",
          reason: null,
          confidence: null,
          facts: Prisma.DbNull,
        },
      });
      mark();
    }
    const same =
      old &&
      old.evidence.length === evidence.length &&
      old.evidence.every(
        (e, i) => e.clauseId === evidence[i]!.clauseId && e.quote === evidence[i]!.quote,
      );
    if (!same) {
      if (old) reEvidenced.push(findingId);
      for (const e of evidence) evidenceRows.push({ findingId, ...e });
      mark();
    }
  }
  if (reEvidenced.length)
    await tx.findingEvidence.deleteMany({ where: { findingId: { in: reEvidenced } } });
  if (evidenceRows.length) await tx.findingEvidence.createMany({ data: evidenceRows });
  return {
    slug: c.slug,
    clauses: c.clauses.length,
    tagged: c.clauses.filter((cl) => cl.practices.length > 0).length,
    findings: c.findings.length,
    evidence: evidenceCount,
  };
}
