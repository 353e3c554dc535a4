import { assignPractices, classifyClauses, PRACTICE_SLUGS } from "../reading/classifier";
import type { Rating } from "../ratings";
import { segmentPolicy, type SegmentedClause } from "../seed/segment-policy";

export type MachineTag = { practice: string; probability: number };
export type MachineClause = SegmentedClause & { tags: MachineTag[] };
export type MachineFact = { kind: string; value: string; quote: string };
export type MachineFinding = {
  practice: string;
  rating: Rating;
  summary: string;
  reason: string;
  confidence: number;
  facts: MachineFact[];
  evidence: Array<{ anchor: string; quote: string }>;
};
export type MachineReading = {
  title: string;
  clauses: MachineClause[];
  findings: MachineFinding[];
};

const round = (p: number) => Math.round(p * 1000) / 1000;

/*
 * PROVISIONAL: until the reading branch's draft findings (facts and rating rules) are merged,
 * a practice's finding lists its best clauses and leaves the rating undecided as "neutral".
 */
function provisionalFindings(clauses: MachineClause[]): MachineFinding[] {
  return PRACTICE_SLUGS.map((practice) => {
    const hits = clauses
      .map((c) => ({ c, p: c.tags.find((t) => t.practice === practice)?.probability ?? 0 }))
      .filter((h) => h.p > 0)
      .sort((a, b) => b.p - a.p)
      .slice(0, 3);
    if (hits.length === 0)
      return {
        practice,
        rating: "not-addressed",
        summary: "No clause about this practice was found.",
        reason: "no clause reached the classifier's threshold",
        confidence: 0.5,
        facts: [],
        evidence: [],
      };
    return {
      practice,
      rating: "neutral",
      summary: `${hits.length} clause${hits.length === 1 ? "" : "s"} speak to this practice.`,
      reason: "provisional",
      confidence: round(hits[0]!.p),
      facts: [],
      evidence: hits.map((h) => ({ anchor: h.c.anchor, quote: h.c.text.slice(0, 400) })),
    };
  });
}

/** Reads one policy (markdown as Open Terms Archive records it) into tagged clauses and findings. */
export function readMachinePolicy(markdown: string): MachineReading {
  const seg = segmentPolicy(markdown);
  const probabilities = classifyClauses(seg.clauses.map((c) => c.text));
  const clauses = seg.clauses.map((c, i) => {
    const p = probabilities[i]!;
    return {
      ...c,
      tags: assignPractices(p).map((practice) => ({ practice, probability: round(p[practice]) })),
    };
  });
  return { title: seg.title, clauses, findings: provisionalFindings(clauses) };
}

/**
 * The machine findings of clauses already tagged: the policy history (lib/history/) rates every
 * recorded version with the same rules as the latest.
 */
export const draftFindings = provisionalFindings;
