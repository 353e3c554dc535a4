import type { Provenance } from "../provenance";
import { RATINGS, type Rating } from "../ratings";
import { SECTOR_SLUGS, isSectorSlug, type SectorSlug } from "../sectors";
import { pageOrFirst } from "./page-number";
import { unknownParamsNotice } from "./unknown-params";

export const PRACTICE_PAGE_PARAMS = ["sector", "provenance", "rating", "page"] as const;

export type PracticePageParams = {
  sector: SectorSlug | null;
  provenance: Provenance | null;
  rating: Rating | null;
  page: number;
  /** What the page could not use, one sentence each, for the page to say. */
  notices: string[];
};

const first = (v: string | string[] | undefined) => [v].flat()[0]?.trim().toLowerCase() ?? "";
const shown = (v: string) => JSON.stringify(v.slice(0, 30));

/**
 * Reads a practice page's URL. Nothing here is an error: a value the page cannot use is left
 * out and named, so a mistyped link shows every company and says why rather than failing.
 */
export function parsePracticePageParams(
  searchParams: Record<string, string | string[] | undefined>,
): PracticePageParams {
  const notices: string[] = [];
  const rawSector = first(searchParams.sector);
  const sector = isSectorSlug(rawSector) ? rawSector : null;
  if (rawSector && !sector && rawSector !== "all")
    notices.push(`Ignored sector ${shown(rawSector)}: it takes one of ${SECTOR_SLUGS.join(", ")}.`);
  const rawProvenance = first(searchParams.provenance);
  const provenance =
    rawProvenance === "curated" || rawProvenance === "machine" ? rawProvenance : null;
  if (rawProvenance && !provenance && rawProvenance !== "all")
    notices.push(`Ignored provenance ${shown(rawProvenance)}: it takes curated or machine.`);
  // The API's word for the machine's silence names the same companies as "not addressed".
  const rawRating = first(searchParams.rating);
  const asRating = rawRating === "no-clause-found" ? "not-addressed" : rawRating;
  const rating = (RATINGS as readonly string[]).includes(asRating) ? (asRating as Rating) : null;
  if (rawRating && !rating)
    notices.push(
      `Ignored rating ${shown(rawRating)}: it takes one of ${RATINGS.join(", ")} (or no-clause-found, the machine's not-addressed).`,
    );
  const unknown = unknownParamsNotice(
    searchParams,
    PRACTICE_PAGE_PARAMS,
    "a practice page reads sector, provenance, rating and page",
  );
  if (unknown) notices.push(unknown);
  return { sector, provenance, rating, page: pageOrFirst(searchParams.page), notices };
}
