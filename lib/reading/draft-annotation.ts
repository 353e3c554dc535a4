import type { AnnotationFile } from "../seed/seed-schemas";
import { segmentPolicy, slugify } from "../seed/segment-policy";
import type { PolicyAnalysis } from "./analyze-policy";

const squash = (s: string) => s.replace(/\s+/g, " ").trim();

/**
 * A draft annotation file (seeds/annotations format) from a reading of a markdown policy: the
 * assigned practices as clause tags and the suggested ratings as findings, with quotes checked
 * against the seed's own segmentation of the same file so that `npm run seed:check` accepts
 * them. A curator's starting point: every summary says it was machine-read.
 */
export function draftAnnotation(
  analysis: PolicyAnalysis,
  markdown: string,
  company: { name: string; slug?: string; website: string; policyFile: string },
): AnnotationFile {
  const seedClauses = segmentPolicy(markdown).clauses.map((c) => squash(c.text));
  // A quote is usable when it is long enough and occurs in exactly one clause the seed will see.
  const clauseOf = (quote: string): number | null => {
    const q = squash(quote);
    if (q.length < 12 || q.length > 2000) return null;
    let found: number | null = null;
    for (let i = 0; i < seedClauses.length; i++)
      if (seedClauses[i]!.includes(q)) {
        if (found !== null) return null;
        found = i;
      }
    return found;
  };
  /** The shortest opening of the clause (whole words, ≥ 12 characters) that identifies it. */
  const identifying = (text: string): string | null => {
    const words = squash(text).split(" ");
    for (let n = 3; n <= words.length; n += 3) {
      const q = words.slice(0, n).join(" ");
      if (q.length >= 12 && q.length <= 2000 && clauseOf(q) !== null) return q;
    }
    return clauseOf(text) !== null ? squash(text) : null;
  };

  const clauseTags: AnnotationFile["clauseTags"] = [];
  for (const c of analysis.clauses) {
    const practices = Object.keys(c.practices);
    if (practices.length === 0) continue;
    const quote = identifying(c.text);
    if (quote) clauseTags.push({ quote, practices });
  }

  const findings: AnnotationFile["findings"] = analysis.findings.map((f) => {
    const evidence: string[] = [];
    const used = new Set<number>();
    for (const e of f.evidence) {
      const at = clauseOf(e.quote);
      if (at === null || used.has(at) || evidence.length >= 8) continue;
      used.add(at);
      evidence.push(squash(e.quote));
    }
    const rating = f.rating !== "not-addressed" && evidence.length === 0 ? "not-addressed" : f.rating;
    const summary = `Machine-read, not reviewed (confidence ${f.confidence.toFixed(2)}): ${f.reason}.`;
    return {
      practice: f.practice,
      rating,
      summary: summary.length > 400 ? `${summary.slice(0, 397)}…` : summary,
      evidence: rating === "not-addressed" ? [] : evidence,
    };
  });

  return {
    company: {
      slug: company.slug ?? slugify(company.name),
      name: company.name,
      legalName: company.name,
      website: company.website,
    },
    policyFile: company.policyFile,
    clauseTags,
    findings,
  };
}
