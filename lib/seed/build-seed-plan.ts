import { createHash } from "node:crypto";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { sectorsFileSchema, type SectorsFile } from "../corpus/corpus-schemas";
import type { Rating } from "../ratings";
import { rubricCoverageProblems } from "../rubric";
import type { SectorSlug } from "../sectors";
import type { DatePrecision } from "../date-precision";
import { parseEffectiveDate } from "./parse-effective-date";
import { parseWith, readJson } from "./read-seed-json";
import { SeedError } from "./seed-error";
import { annotationFileSchema, practiceFileSchema, type PracticeSeed } from "./seed-schemas";
import { segmentPolicy, squashWhitespace as squash, type SegmentedClause } from "./segment-policy";

export type PlannedClause = SegmentedClause & { practices: string[] };
export type PlannedFinding = {
  practice: string;
  rating: Rating;
  summary: string;
  evidence: Array<{ anchor: string; quote: string }>;
};
export type PlannedCompany = {
  slug: string;
  name: string;
  sector: SectorSlug;
  legalName: string;
  website: string;
  policy: {
    file: string;
    title: string;
    sourceUrl: string | null;
    archiveUrl: string | null;
    archivedOn: string | null;
    /** "Open Terms Archive" for a promoted company's recorded text; null for a Wayback copy. */
    recordedBy: string | null;
    /** A day ("2026-06-30") or, where the policy states only a month, the month ("2026-06"). */
    effectiveDate: string | null;
    effectiveDatePrecision: DatePrecision;
    effectiveDateLabel: string | null;
    text: string;
    contentHash: string;
  };
  clauses: PlannedClause[];
  findings: PlannedFinding[];
};
export type SeedPlan = {
  practices: PracticeSeed[];
  companies: PlannedCompany[];
  /** Every company's sector (seeds/sectors.json), for the curated companies and the corpus. */
  sectors: SectorsFile["companies"];
};

/** Every clause whose text contains the quote (whitespace-insensitive). */
function clausesQuoting(clauses: SegmentedClause[], quote: string): SegmentedClause[] {
  const q = squash(quote);
  return clauses.filter((c) => squash(c.text).includes(q));
}

function resolveQuote(
  clauses: SegmentedClause[],
  quote: string,
  label: string,
  field: string,
): SegmentedClause {
  const hits = clausesQuoting(clauses, quote);
  if (hits.length === 0)
    throw new SeedError(label, field, `quote not found in the policy: "${quote.slice(0, 80)}"`);
  if (hits.length > 1)
    throw new SeedError(
      label,
      field,
      `quote occurs in ${hits.length} clauses (${hits.map((h) => h.anchor).join(", ")}); quote more words`,
    );
  return hits[0]!;
}

function planPolicy(seedDir: string, file: string) {
  const label = `seeds/policies/${file}`;
  let markdown: string;
  try {
    markdown = readFileSync(path.join(seedDir, "policies", file), "utf8");
  } catch {
    throw new SeedError(label, "", "cannot be read (does the file exist?)");
  }
  if (markdown.includes("\u0000"))
    throw new SeedError(label, "", "is not a text file (it holds NUL bytes)");
  const seg = segmentPolicy(markdown);
  if (!seg.archivedOn || !seg.archiveUrl)
    throw new SeedError(
      label,
      "archival header",
      'missing: the file must open with the "> *The following text is extracted … archived on YYYY-MM-DD …*" note and its snapshot link',
    );
  if (!seg.title)
    throw new SeedError(label, "title", "missing: the policy needs a top-level heading");
  if (seg.clauses.length < 3)
    throw new SeedError(label, "clauses", `only ${seg.clauses.length} found; is this a policy?`);
  const stated = parseEffectiveDate(markdown);
  return {
    seg,
    policy: {
      file,
      title: seg.title,
      sourceUrl: seg.sourceUrl,
      archiveUrl: seg.archiveUrl,
      archivedOn: seg.archivedOn,
      recordedBy: seg.recordedBy,
      effectiveDate: stated?.date ?? null,
      effectiveDatePrecision: stated?.precision ?? "day",
      effectiveDateLabel: stated?.label ?? null,
      text: markdown,
      contentHash: createHash("sha256").update(markdown).digest("hex"),
    },
  };
}

/** Reads and checks every seed file; throws a SeedError naming the first problem. Writes nothing. */
export function buildSeedPlan(seedDir: string): SeedPlan {
  const practices = parseWith(
    practiceFileSchema,
    readJson(path.join(seedDir, "practices.json"), "seeds/practices.json"),
    "seeds/practices.json",
  );
  const practiceSlugs = new Set(practices.map((p) => p.slug));
  if (practiceSlugs.size !== practices.length)
    throw new SeedError("seeds/practices.json", "slug", "practice slugs must be unique");
  const uncovered = rubricCoverageProblems(practices);
  if (uncovered.length) throw new SeedError("seeds/practices.json", "core", uncovered.join("; "));

  const sectors = parseWith(
    sectorsFileSchema,
    readJson(path.join(seedDir, "sectors.json"), "seeds/sectors.json"),
    "seeds/sectors.json",
  ).companies;

  const annotationFiles = readdirSync(path.join(seedDir, "annotations"))
    .filter((f) => f.endsWith(".json"))
    .sort();
  if (annotationFiles.length === 0)
    throw new SeedError("seeds/annotations", "", "holds no annotation files");

  const companies: PlannedCompany[] = [];
  for (const file of annotationFiles) {
    const label = `seeds/annotations/${file}`;
    const ann = parseWith(
      annotationFileSchema,
      readJson(path.join(seedDir, "annotations", file), label),
      label,
    );
    if (`${ann.company.slug}.json` !== file)
      throw new SeedError(
        label,
        "company.slug",
        `"${ann.company.slug}" does not match the file name`,
      );
    if (companies.some((c) => c.slug === ann.company.slug))
      throw new SeedError(label, "company.slug", "is used by another file");

    const sector = sectors[ann.company.slug];
    if (!sector)
      throw new SeedError(
        "seeds/sectors.json",
        `companies.${ann.company.slug}`,
        "missing: every company needs a sector",
      );
    const { seg, policy } = planPolicy(seedDir, ann.policyFile);
    const tags = new Map<string, Set<string>>(
      seg.clauses.map((c) => [c.anchor, new Set<string>()]),
    );

    ann.clauseTags.forEach((t, i) => {
      t.practices.forEach((p, j) => {
        if (!practiceSlugs.has(p))
          throw new SeedError(label, `clauseTags[${i}].practices[${j}]`, `unknown practice "${p}"`);
      });
      const clause = resolveQuote(seg.clauses, t.quote, label, `clauseTags[${i}].quote`);
      t.practices.forEach((p) => tags.get(clause.anchor)!.add(p));
    });

    const seen = new Set<string>();
    const findings: PlannedFinding[] = ann.findings.map((f, i) => {
      if (!practiceSlugs.has(f.practice))
        throw new SeedError(label, `findings[${i}].practice`, `unknown practice "${f.practice}"`);
      if (seen.has(f.practice))
        throw new SeedError(
          label,
          `findings[${i}].practice`,
          `"${f.practice}" has more than one finding`,
        );
      seen.add(f.practice);
      const evidence = f.evidence.map((quote, j) => {
        const clause = resolveQuote(seg.clauses, quote, label, `findings[${i}].evidence[${j}]`);
        // Evidence for a practice is, by definition, a clause that speaks to it.
        tags.get(clause.anchor)!.add(f.practice);
        return { anchor: clause.anchor, quote: squash(quote) };
      });
      const anchors = evidence.map((e) => e.anchor);
      if (new Set(anchors).size !== anchors.length)
        throw new SeedError(
          label,
          `findings[${i}].evidence`,
          "two quotes come from the same clause; keep one",
        );
      return { practice: f.practice, rating: f.rating, summary: f.summary, evidence };
    });
    const missing = practices.filter((p) => !seen.has(p.slug)).map((p) => p.slug);
    if (missing.length)
      throw new SeedError(
        label,
        "findings",
        `no finding for: ${missing.join(", ")} (use "not-addressed" where the policy is silent)`,
      );

    const order = new Map(practices.map((p, i) => [p.slug, i]));
    companies.push({
      slug: ann.company.slug,
      name: ann.company.name,
      sector,
      legalName: ann.company.legalName,
      website: ann.company.website,
      policy,
      clauses: seg.clauses.map((c) => ({
        ...c,
        practices: [...tags.get(c.anchor)!].sort((a, b) => order.get(a)! - order.get(b)!),
      })),
      findings: findings.sort((a, b) => order.get(a.practice)! - order.get(b.practice)!),
    });
  }
  return { practices, companies, sectors };
}
