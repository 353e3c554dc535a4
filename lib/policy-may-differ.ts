import type { CompanySummary } from "./model";

/**
 * Whether to warn that the service's current policy may differ from the text shown: a
 * machine-read policy whose latest recording is long older than the corpus's newest
 * (`recordedLongAgo`, lib/corpus/company-relations.ts). The grid's column and PolicyDates apply
 * the same rule ("Last recorded …: the service's current policy may differ").
 */
export const currentPolicyMayDiffer = (
  c: Pick<CompanySummary, "archivedOn" | "recordedBy" | "recordedLongAgo">,
): boolean => !!c.archivedOn && !!c.recordedBy && c.recordedLongAgo;
