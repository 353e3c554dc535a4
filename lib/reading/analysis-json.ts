import { apiCertainty } from "../api/api-finding";
import type { PolicyAnalysis } from "./analyze-policy";

/**
 * The public JSON of a reading (POST /api/analyze, `npm run analyze -- --format json`). Every
 * finding is machine-read, so a practice with no clause over the threshold is `no-clause-found`
 * with the closest clause's probability, as the API gives a corpus company's findings.
 */
export function analysisJson(a: PolicyAnalysis) {
  return {
    statedDate: a.statedDate,
    clauses: a.clauses.map((c) => ({
      text: c.text,
      headingPath: c.headingPath,
      practices: c.practices,
    })),
    findings: a.findings.map((f) => {
      const { rating, confidence, closestClauseProbability } = apiCertainty({
        ...f,
        provenance: "machine",
      });
      return {
        practice: f.practice,
        rating,
        reason: f.reason,
        confidence,
        closestClauseProbability,
        facts: f.facts,
        evidence: f.evidence,
      };
    }),
  };
}
