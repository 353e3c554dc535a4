import {
  closestClauseNote,
  formatConfidence,
  PROVENANCE_LABELS,
  PROVENANCE_MEANINGS,
} from "@/lib/provenance";
import type { Provenance } from "@/lib/provenance";
import type { RatingCounts } from "@/lib/rating-counts";
import { RATINGS, ratingLabel, type Rating } from "@/lib/ratings";
import { rubricHref } from "@/lib/rubric-links";
import { escapeHtml } from "./policy-text-html";
import { RATING_STYLES } from "./rating-badge";

/*
 * The marks repeated in every grid cell and finding (rating icon and badge, provenance mark,
 * confidence note, rating counts) as strings of HTML, for the pages that build their repeated
 * parts as one string (grid-table-html.ts, company-findings-html.ts). Each is the same markup
 * as its React component (rating-badge.tsx, provenance-mark.tsx, machine-note.tsx,
 * rating-counts.tsx): badge-html.test.ts renders both and compares them, so they cannot drift.
 */

const RATING_ICON_PATHS: Record<Rating, string> = {
  protective: `<path d="M3 8.5l3 3 7-7" stroke-linecap="round" stroke-linejoin="round"></path>`,
  neutral: `<circle cx="8" cy="8" r="3" fill="currentColor" stroke="none"></circle>`,
  concerning:
    `<path d="M8 2l6.5 11.5h-13z" stroke-linejoin="round"></path>` +
    `<path d="M8 6.5v3.2M8 11.6v.2" stroke-linecap="round"></path>`,
  "not-addressed":
    `<circle cx="8" cy="8" r="5.5"></circle>` +
    `<path d="M4.2 11.8l7.6-7.6" stroke-linecap="round"></path>`,
};

/** RatingIcon (rating-icon.tsx). */
export function ratingIconHtml(rating: Rating, className: string): string {
  return `<svg aria-hidden="true" viewBox="0 0 16 16" class="${className}" fill="none" stroke="currentColor" stroke-width="2">${RATING_ICON_PATHS[rating]}</svg>`;
}

/** RatingBadge (rating-badge.tsx). */
export function ratingBadgeHtml(
  rating: Rating,
  practice: string | undefined,
  size: "sm" | "md",
  provenance: Provenance,
  tabbable = true,
): string {
  const label = escapeHtml(ratingLabel(rating, provenance));
  const title =
    provenance === "machine"
      ? `Suggested by machine reading, not reviewed. What &quot;${label}&quot; means`
      : `What &quot;${label}&quot; means`;
  const pad = size === "sm" ? "rating-badge-sm" : "rating-badge-md";
  return `<a href="${escapeHtml(rubricHref(rating, practice, provenance))}" title="${title}" class="rating-badge ${pad} ${RATING_STYLES[rating]}"${tabbable ? "" : ` tabindex="-1"`}>${ratingIconHtml(rating, size === "sm" ? "h-3 w-3" : "h-3.5 w-3.5")}${label}</a>`;
}

const PROVENANCE_ICONS: Record<Provenance, string> = {
  machine:
    `<rect x="3.5" y="3.5" width="9" height="9" rx="1.5"></rect>` +
    `<rect x="6.2" y="6.2" width="3.6" height="3.6"></rect>` +
    `<path d="M6 1.5v2M10 1.5v2M6 12.5v2M10 12.5v2M1.5 6h2M1.5 10h2M12.5 6h2M12.5 10h2"></path>`,
  curated:
    `<circle cx="8" cy="5" r="2.6"></circle>` +
    `<path d="M2.8 14.2c.6-3 2.7-4.6 5.2-4.6s4.6 1.6 5.2 4.6"></path>`,
};

/** ProvenanceMark (provenance-mark.tsx): a link to the methodology, or with `link` false a plain mark. */
export function provenanceMarkHtml(provenance: Provenance, size: "sm" | "md", link = true): string {
  const href = provenance === "machine" ? "/methodology#machine-reading" : "/methodology#curated";
  const pad = size === "sm" ? "px-1.5 py-0 text-xs" : "px-2 py-0.5 text-xs";
  const icon = `<svg aria-hidden="true" viewBox="0 0 16 16" class="${size === "sm" ? "h-3 w-3" : "h-3.5 w-3.5"}" fill="none" stroke="currentColor" stroke-width="1.6">${PROVENANCE_ICONS[provenance]}</svg>`;
  const mark = `class="provenance-mark provenance-${provenance} ${pad}" data-provenance="${provenance}">${icon}${PROVENANCE_LABELS[provenance]}`;
  return link
    ? `<a href="${href}" title="${escapeHtml(PROVENANCE_MEANINGS[provenance])}" ${mark}</a>`
    : `<span ${mark}</span>`;
}

/** MachineNote (machine-note.tsx) with a confidence and no reason, as grid cells and findings show it. */
export function confidenceNoteHtml(confidence: number | null, silent: boolean): string {
  if (confidence === null) return "";
  const note = silent
    ? closestClauseNote(confidence)
    : `Confidence ${formatConfidence(confidence)}`;
  return `<p class="machine-note "><span class="font-medium">${escapeHtml(note)}</span></p>`;
}

const EMPTY =
  "border-slate-200 bg-transparent text-slate-600 dark:border-slate-700 dark:text-slate-400";

/** RatingCounts (rating-counts.tsx). */
export function ratingCountsHtml(
  counts: RatingCounts,
  label: string,
  provenance: Provenance,
): string {
  const items = RATINGS.map((r) => {
    const style = counts[r]
      ? RATING_STYLES[r]
      : `${EMPTY} ${r === "not-addressed" ? "border-dashed" : ""}`;
    return `<li data-rating="${r}" data-count="${counts[r]}" class="inline-flex items-center gap-1 rounded-full border px-1.5 text-xs whitespace-nowrap ${style}">${ratingIconHtml(r, "h-3 w-3")}<span class="font-semibold tabular-nums">${counts[r]}</span>${escapeHtml(ratingLabel(r, provenance).toLowerCase())}</li>`;
  });
  return `<ul aria-label="${escapeHtml(label)}" class="rating-counts flex flex-wrap gap-1">${items.join("")}</ul>`;
}
