import { analyzePolicy } from "../reading/analyze-policy";
import type { MachineFact } from "../model";
import { NO_CLAUSE_FOUND_SUMMARY } from "../provenance";
import type { Rating } from "../ratings";
import { anchorFor, type SegmentedClause } from "../seed/segment-policy";

export type MachineTag = { practice: string; probability: number };
export type MachineClause = SegmentedClause & { tags: MachineTag[] };
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

const squash = (s: string) => s.replace(/\s+/g, " ").trim();
const round = (p: number) => Math.round(p * 1000) / 1000;

/*
 * The reason is "rating: what decided it" ("concerning: data kept in backups or archives with
 * no limit stated"); the summary is that sentence on its own, so a machine finding reads as
 * what the rules saw and never as a person's judgement.
 */
export function machineSummary(rating: Rating, reason: string): string {
  const body = reason.replace(/^[a-z -]+:\s*/, "").trim();
  if (rating === "not-addressed" || !body) return NO_CLAUSE_FOUND_SUMMARY;
  const sentence = body.charAt(0).toUpperCase() + body.slice(1);
  const text = /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
  return text.length > 400 ? `${text.slice(0, 399)}…` : text;
}

/**
 * Reads one policy (markdown as Open Terms Archive records it: page furniture is dropped by the
 * reading pipeline) into clauses with stable anchors, machine tags with probabilities, and a
 * machine finding per practice whose evidence points at the clause each quote comes from.
 */
export function readMachinePolicy(markdown: string): MachineReading {
  const analysis = analyzePolicy(markdown, { format: "markdown" });
  // The same anchors as the seed's segmentation: from the section and a hash of the text.
  const taken = new Set<string>();
  const lastSuffix = new Map<string, number>();
  const clauses: MachineClause[] = analysis.clauses.map((c, i) => ({
    position: i + 1,
    headingPath: c.headingPath,
    text: c.text,
    anchor: anchorFor(c.headingPath, c.text, taken, lastSuffix),
    tags: Object.entries(c.practices).map(([practice, p]) => ({
      practice,
      probability: round(p ?? 0),
    })),
  }));
  const squashed = clauses.map((c) => squash(c.text));

  const findings = analysis.findings.map((f): MachineFinding => {
    // A quote is a sentence of a supporting clause (or its opening): find that clause first
    // among the supporting ones, then anywhere; a quote found nowhere is left out.
    const order = [...f.supporting.map((s) => s.clause), ...clauses.map((_, i) => i)];
    const used = new Set<number>();
    const evidence: MachineFinding["evidence"] = [];
    for (const { quote } of f.evidence) {
      const q = squash(quote);
      const at = order.find((i) => !used.has(i) && squashed[i]!.includes(q));
      if (at === undefined) continue;
      used.add(at);
      evidence.push({ anchor: clauses[at]!.anchor, quote: q });
    }
    const rating: Rating =
      f.rating !== "not-addressed" && evidence.length === 0 ? "not-addressed" : f.rating;
    return {
      practice: f.practice,
      rating,
      summary: machineSummary(rating, f.reason),
      reason:
        rating === f.rating ? f.reason : "no clause found: no quote could be traced to a clause",
      // Dropped to "no clause found", it carries what such a finding carries: one minus the
      // closest clause's probability (pages and the API show it as "closest clause: n%").
      confidence: round(rating === f.rating ? f.confidence : 1 - f.closest),
      facts: f.facts.map(({ kind, value, quote }) => ({ kind, value, quote })),
      evidence: rating === "not-addressed" ? [] : evidence,
    };
  });
  return { title: analysis.title, clauses, findings };
}
