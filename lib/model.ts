/*
 * Shapes of what the app shows, shared by the query layer (lib/queries, which reads them) and
 * the URL parsers (lib/params, which check a URL's slugs against them); neither imports the other.
 */

import type { DatePrecision } from "./date-precision";
import type { Provenance } from "./provenance";
import type { SectorSlug } from "./sectors";

export type CompanySummary = {
  slug: string;
  name: string;
  legalName: string;
  website: string;
  /** The date the policy states: a day ("2026-06-30"), or a month ("2026-06") when it gives no day. */
  effectiveDate: string | null;
  /** `month` when the policy states only a month; null when no date was found. */
  effectiveDatePrecision: DatePrecision | null;
  effectiveDateLabel: string | null;
  archivedOn: string | null;
  sector: SectorSlug;
  /** `curated` when a person reviewed the company's findings, `machine` when they were machine-read. */
  provenance: Provenance;
  /** Who recorded the policy text ("Open Terms Archive"), null for the curated Wayback archives. */
  recordedBy: string | null;
  /** Slugs of the other companies whose policy text is the very same, by name (usually none). */
  samePolicyAs: string[];
  /**
   * Machine-read: recorded more than a year before the corpus's newest recording, so the
   * service's current policy may differ (lib/corpus/company-relations.ts).
   */
  recordedLongAgo: boolean;
  /**
   * Machine-read: fewer than one clause in five speaks to any of the 14 practices, so the recorded
   * text may be terms of service or another page, not the privacy policy
   * (lib/reading/practice-coverage.ts).
   */
  mayNotBePrivacyPolicy: boolean;
  /**
   * The policy's own date is later than the day its text was recorded (lib/date-precision.ts):
   * published ahead of the day it takes effect, so an earlier policy may apply until then.
   */
  statedAfterRecorded: boolean;
  /** Slug of a newer recording of the same service (ProtonMail → proton-mail), else null. */
  supersededBy: string | null;
};

/** A fact the machine reading found, with its exact quote (e.g. a retention period). */
export type MachineFact = { kind: string; value: string; quote: string };

export type Practice = {
  slug: string;
  name: string;
  description: string;
  core: boolean;
  position: number;
};
