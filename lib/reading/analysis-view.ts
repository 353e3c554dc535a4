import type { CompanySummary } from "../queries/companies";
import type { MatrixCell } from "../queries/matrix";
import type { Practice } from "../queries/practices";
import type { Rating } from "../ratings";
import type { StatedDate } from "../seed/parse-effective-date";
import type { FindingFact, PolicyAnalysis } from "./analyze-policy";
import type { SentForm } from "./form-sent-back";
import type { PolicyFormat } from "./ingest";

/** What the /analyze page shows of a reading: small enough to send to the browser. */
/**
 * A quote with the number of the clause it stands in, counted from 1 in the text as sent, so a
 * person can find it in their own draft ("§12"); null if no one clause holds it whole.
 */
export type NumberedQuote = { quote: string; clause: number | null };

export type MachineCell = {
  practice: string;
  rating: Rating;
  reason: string;
  confidence: number;
  facts: Array<FindingFact & { clause: number | null }>;
  evidence: NumberedQuote[];
};

export type PracticeClauses = {
  practice: string;
  /** Clauses the classifier assigned to the practice. */
  total: number;
  /**
   * The grid cell's quotes taken from clauses not assigned to the practice: sentences the fact
   * rules found elsewhere (a sale sentence under "Sharing" can decide business transfer), so the
   * grid can quote a practice for which the classifier assigned no clause.
   */
  quotedElsewhere: number;
  clauses: Array<{ number: number; text: string; headingPath: string[]; probability: number }>;
};

export type AnalyzeState =
  | { status: "idle" }
  | {
      status: "error";
      message: string;
      sent?: SentForm;
      /** The field to fix, when one is: the text box, for a form sent with nothing to read. */
      field?: "policy";
    }
  | {
      status: "done";
      /** The form as a plain post sent it, for the page re-rendered without JavaScript. */
      sent?: SentForm;
      name: string;
      title: string;
      format: PolicyFormat;
      /** False for pasted text and unknown files: the format was then guessed from the text. */
      formatDeclared: boolean;
      clauseCount: number;
      /** Clauses with at least one practice assigned (lib/reading/practice-coverage.ts). */
      speakingCount: number;
      statedDate: StatedDate | null;
      machine: MachineCell[];
      byPractice: PracticeClauses[];
      practices: Practice[];
      companies: CompanySummary[];
      cells: MatrixCell[];
      notices: string[];
    };

/** Clauses shown per practice; the count says how many more there are. */
const SHOWN = 8;

export function machineView(a: PolicyAnalysis) {
  const numberOf = (quote: string) => {
    const at = a.clauses.findIndex((c) => c.text.includes(quote));
    return at < 0 ? null : at + 1;
  };
  return {
    machine: a.findings.map((f) => ({
      practice: f.practice,
      rating: f.rating,
      reason: f.reason,
      confidence: f.confidence,
      facts: f.facts.map((fact) => ({ ...fact, clause: numberOf(fact.quote) })),
      evidence: f.evidence.map((e) => ({ quote: e.quote, clause: numberOf(e.quote) })),
    })),
    byPractice: a.findings.map((f) => ({
      practice: f.practice,
      total: f.supporting.length,
      quotedElsewhere: f.evidence.filter(
        (e) => !f.supporting.some((s) => a.clauses[s.clause]!.text.includes(e.quote)),
      ).length,
      clauses: f.supporting.slice(0, SHOWN).map((s) => ({
        number: s.clause + 1,
        text: a.clauses[s.clause]!.text,
        headingPath: a.clauses[s.clause]!.headingPath,
        probability: s.probability,
      })),
    })),
  };
}
