import type { Rating } from "../ratings";

/*
 * Every URL that carries view state is written here, for server pages and client forms alike:
 * lists comma-separated (the forms' repeated keys read the same), defaults left out, so links
 * stay short, shareable and parse back to the view they were made from.
 */

/**
 * How the grid orders its companies: by name (the default), by the policy's own date, newest
 * first, or most protective first on one practice (the value is that practice's slug).
 */
export type GridSort = "name" | "date" | { practice: string };

export type GridState = {
  /** The sector whose companies the paged default shows (`/?sector=messaging`). */
  sector?: string | null;
  /** "curated": the curated companies only; "all": machine-read ones too; unset: the default. */
  provenance?: "curated" | "all" | null;
  practices?: readonly string[] | "all";
  companies?: readonly string[] | null;
  ratings?: readonly Rating[];
  sort?: GridSort;
  /** Only the practices on which the compared companies' ratings differ. */
  differences?: boolean;
  page?: number;
};

export type SearchState = {
  q: string;
  companies?: readonly string[];
  practices?: readonly string[];
  /** Only curated or only machine-read companies; unset for both. */
  provenance?: "curated" | "machine" | null;
  page?: number;
};

export type ExportState = {
  format: "csv" | "json";
  practices?: readonly string[] | "all";
  companies?: readonly string[];
  /** Every company of a sector (`/api/export?sector=messaging`), whatever page the grid shows. */
  sector?: string;
  provenance?: "curated" | "machine";
  ratings?: readonly Rating[];
  sort?: GridSort;
};

/** The URL value of a sort: `date`, a practice slug, or nothing for the default order by name. */
export function sortParam(sort: GridSort | undefined): string | undefined {
  if (!sort || sort === "name") return undefined;
  return sort === "date" ? "date" : sort.practice;
}

function query(pairs: [string, string | undefined][]): string {
  return pairs
    .filter((p): p is [string, string] => p[1] !== undefined && p[1] !== "")
    .map(([k, v]) => `${k}=${v}`)
    .join("&");
}

const list = (xs: readonly string[] | undefined) =>
  xs?.length ? xs.map(encodeURIComponent).join(",") : undefined;

const pageOf = (page: number | undefined) => (page && page > 1 ? String(page) : undefined);

const at = (path: string, q: string) => (q ? `${path}?${q}` : path);

/** The comparison grid's URL for a view. */
export function gridHref(state: GridState): string {
  return at(
    "/",
    query([
      ["sector", state.sector ? encodeURIComponent(state.sector) : undefined],
      ["provenance", state.provenance ?? undefined],
      ["practices", state.practices === "all" ? "all" : list(state.practices)],
      ["companies", list(state.companies ?? undefined)],
      ["rating", list(state.ratings)],
      ["sort", sortParam(state.sort)],
      ["only", state.differences ? "differences" : undefined],
      ["page", pageOf(state.page)],
    ]),
  );
}

/** The /search URL for a query and its filters. */
export function searchHref(state: SearchState): string {
  return at(
    "/search",
    query([
      ["q", state.q ? encodeURIComponent(state.q) : undefined],
      ["companies", list(state.companies)],
      ["practices", list(state.practices)],
      ["provenance", state.provenance ?? undefined],
      ["page", pageOf(state.page)],
    ]),
  );
}

/**
 * The API's ratings for a grid's rating filter: the grid's "not addressed" keeps the machine's
 * "no clause found" too (it says so), and the API tells them apart, so a download asks for both.
 */
const apiRatings = (ratings: readonly Rating[] | undefined) =>
  ratings?.flatMap((r) => (r === "not-addressed" ? [r, "no-clause-found"] : [r]));

/** The /api/export URL that downloads what a grid view shows. */
export function exportHref(state: ExportState): string {
  return at(
    "/api/export",
    query([
      ["format", state.format],
      ["practices", state.practices === "all" ? "all" : list(state.practices)],
      ["companies", list(state.companies)],
      ["sector", state.sector ? encodeURIComponent(state.sector) : undefined],
      ["provenance", state.provenance],
      ["rating", list(apiRatings(state.ratings))],
      ["sort", sortParam(state.sort)],
    ]),
  );
}

/** What a practice page's URL narrows to; all optional, the default left out. */
export type PracticePageState = {
  page?: number;
  provenance?: string | null;
  sector?: string | null;
  rating?: string | null;
};

/** A practice page, narrowed and paged through the companies. */
export function practiceHref(slug: string, state: PracticePageState = {}): string {
  return at(
    `/practices/${encodeURIComponent(slug)}`,
    query([
      ["sector", state.sector ? encodeURIComponent(state.sector) : undefined],
      ["provenance", state.provenance ?? undefined],
      ["rating", state.rating ?? undefined],
      ["page", pageOf(state.page)],
    ]),
  );
}
