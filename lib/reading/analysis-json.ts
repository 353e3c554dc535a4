import type { PolicyAnalysis } from "./analyze-policy";

/** The public JSON of a reading (POST /api/analyze, `npm run analyze -- --format json`). */
export function analysisJson(a: PolicyAnalysis) {
  return {
    statedDate: a.statedDate,
    clauses: a.clauses.map((c) => ({
      text: c.text,
      headingPath: c.headingPath,
      practices: c.practices,
    })),
    findings: a.findings.map((f) => ({
      practice: f.practice,
      rating: f.rating,
      reason: f.reason,
      confidence: f.confidence,
      facts: f.facts,
      evidence: f.evidence,
    })),
  };
}
