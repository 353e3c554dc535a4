/**
 * Who stands behind a finding: `curated` (a person read the policy and wrote it) or `machine`
 * (drafted by the classifier and the rating rules, not reviewed). A company is curated when a
 * person reviewed its findings. Never to be confused: see docs/corpus.md.
 */
export const PROVENANCES = ["curated", "machine"] as const;
export type Provenance = (typeof PROVENANCES)[number];

export const PROVENANCE_LABELS: Record<Provenance, string> = {
  curated: "Curated",
  machine: "Machine-read",
};

export const PROVENANCE_MEANINGS: Record<Provenance, string> = {
  curated: "A person read the policy and wrote this finding.",
  machine:
    "Drafted by the classifier and the rating rules from the policy's text; not reviewed by a person. It can be wrong or miss a clause.",
};

/** Who recorded a policy taken from Open Terms Archive: the corpus's, and a promoted company's. */
export const RECORDED_BY_OTA = "Open Terms Archive";

/** The attribution Open Terms Archive's licence (ODC-BY 1.0) asks for wherever its data is shown. */
export const OTA_ATTRIBUTION = {
  credit: "Open Terms Archive contributors",
  url: "https://opentermsarchive.org",
  licence: "ODC-BY 1.0",
  licenceUrl: "https://opendatacommons.org/licenses/by/1-0/",
  text: "Machine-read policies: data by Open Terms Archive contributors (https://opentermsarchive.org), licensed under ODC-BY 1.0.",
} as const;

/** The attribution object's shape, as API clients read it (plain strings, not these literals). */
export type AttributionJson = {
  curated: string;
  machine: string;
  openTermsArchive: { credit: string; url: string; licence: string; licenceUrl: string };
};

/**
 * The attribution object every JSON document carrying policy text or findings has: the grid's,
 * a company's clauses, its versions and their comparisons, search results, the changes.
 */
export const ATTRIBUTION_JSON = {
  curated:
    "Policies archived by the Internet Archive's Wayback Machine; findings written by Policy Atlas.",
  machine: OTA_ATTRIBUTION.text,
  openTermsArchive: {
    credit: OTA_ATTRIBUTION.credit,
    url: OTA_ATTRIBUTION.url,
    licence: OTA_ATTRIBUTION.licence,
    licenceUrl: OTA_ATTRIBUTION.licenceUrl,
  },
} as const;

/**
 * A machine finding's summary where no clause reached the practice's threshold: what the reading
 * knows, never that the policy is silent (the classifier can miss a clause worded unusually).
 */
export const NO_CLAUSE_FOUND_SUMMARY = "No clause about this practice was found.";

/**
 * What a "no clause found" finding shows in place of a confidence. Its confidence is one minus
 * the highest probability any clause got for the practice; shown as such it read "100% that no
 * clause speaks to it" for a short policy, a certainty about silence the reading cannot have.
 * The closest clause's probability is what was measured, and says how near a miss it was.
 */
export function closestClauseNote(confidence: number): string {
  const pct = Math.round((1 - Math.min(1, Math.max(0, confidence))) * 100);
  return `Closest clause: ${pct < 1 ? "under 1%" : `${pct}%`} likely to be about this practice`;
}

/** A confidence of 0–1 as a reader sees it: "72% (medium)". */
export function formatConfidence(confidence: number): string {
  const pct = Math.round(Math.min(1, Math.max(0, confidence)) * 100);
  const word = pct >= 80 ? "high" : pct >= 60 ? "medium" : "low";
  return `${pct}% (${word})`;
}
