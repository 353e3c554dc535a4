import { pastLastPageNotice } from "./past-last-page";
import { otherNameMatched, rankByName, type OtherName } from "../name-match";
import { PROVENANCES, type Provenance } from "../provenance";
import type { CompanySummary } from "../queries/companies";
import { isSectorSlug, type SectorSlug } from "../sectors";
import { parsePageNumber } from "./page-number";
import { unknownParamsNotice } from "./unknown-params";

/** Companies per page of /companies. */
export const DIRECTORY_PER_PAGE = 24;
export const MAX_NAME_QUERY = 80;

export type DirectorySort = "name" | "recorded" | "match";

export type DirectoryState = {
  q?: string;
  sector?: SectorSlug | null;
  provenance?: Provenance | null;
  /** Only an explicit choice; "match" is what a search without one gets. */
  sort?: "name" | "recorded" | null;
  page?: number;
};

export type DirectoryView = {
  q: string;
  sector: SectorSlug | null;
  provenance: Provenance | null;
  sort: DirectorySort;
  explicitSort: "name" | "recorded" | null;
  page: number;
  pageCount: number;
  /** Companies matching every filter (all pages). */
  total: number;
  companies: CompanySummary[];
  /**
   * The other name (lib/company-other-names.ts) each company shown was found by, when the search
   * matched that and not its name: "Pro Softnet Corporation" for IBackup.
   */
  foundBy: ReadonlyMap<string, OtherName>;
  /** How many companies match the search with each filter dropped (see directoryElsewhere). */
  unfiltered: { sector: number | null; provenance: number | null; both: number | null };
  notices: string[];
  /**
   * The same view at its short URL, when the URL carries fields that change nothing (the form
   * sent without JavaScript sends every field, empty ones too); null when it is already short.
   */
  redirectTo: string | null;
};

/** The parameters /companies reads; any other is named in a notice, as the grid names its values. */
const KNOWN_PARAMS = ["q", "sector", "provenance", "sort", "page"];

type SearchParams = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
const shown = (v: string) => JSON.stringify(v.slice(0, 30));
const byName = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export type DirectorySortOption = { value: "" | "name" | "recorded"; label: string };

/**
 * The sort menu of /companies, each option a different order. The empty value is the default:
 * best match when a name is typed, else by name — so without a name "Name (A–Z)" is that default
 * and not listed twice.
 */
export function directorySortOptions(hasQuery: boolean): DirectorySortOption[] {
  return [
    { value: "", label: hasQuery ? "Best match" : "Name (A–Z)" },
    ...(hasQuery ? [{ value: "name" as const, label: "Name (A–Z)" }] : []),
    { value: "recorded", label: "Date recorded (newest first)" },
  ];
}

/** `/companies` with the given filters; defaults (no search, all sectors, both kinds, by name, page 1) are left out. */
export function directoryHref(state: DirectoryState): string {
  const q = new URLSearchParams();
  if (state.q?.trim()) q.set("q", state.q.trim());
  if (state.sector) q.set("sector", state.sector);
  if (state.provenance) q.set("provenance", state.provenance);
  if (state.sort) q.set("sort", state.sort);
  if (state.page && state.page > 1) q.set("page", String(state.page));
  const s = q.toString();
  return s ? `/companies?${s}` : "/companies";
}

/**
 * The /companies view for a query string and every company: filtered by name (as typed, or one
 * of the company's `otherNames`, ranked by match), sector and provenance, sorted and paged in
 * memory — the list is one query that the page needs anyway, so the page costs the same whatever
 * is typed. Never throws: a bad value is dropped with a notice.
 */
export function directoryView(
  params: SearchParams,
  all: CompanySummary[],
  otherNames: ReadonlyMap<string, readonly OtherName[]> = new Map(),
): DirectoryView {
  const notices: string[] = [];
  const unknownParams = unknownParamsNotice(
    params,
    KNOWN_PARAMS,
    "the list reads q, sector, provenance, sort and page",
  );
  if (unknownParams) notices.push(unknownParams);

  const rawQ = first(params.q);
  const q =
    typeof rawQ === "string"
      ? rawQ
          .replace(/[\u0000-\u001f\u007f]/g, " ")
          .trim()
          .slice(0, MAX_NAME_QUERY)
      : "";

  let sector: SectorSlug | null = null;
  const rawSector = first(params.sector)?.trim().toLowerCase();
  if (rawSector) {
    if (isSectorSlug(rawSector)) sector = rawSector;
    else notices.push(`Ignored unknown sector ${shown(rawSector)}; showing every sector.`);
  }

  let provenance: Provenance | null = null;
  const rawProvenance = first(params.provenance)?.trim().toLowerCase();
  if (rawProvenance && rawProvenance !== "all") {
    if ((PROVENANCES as readonly string[]).includes(rawProvenance))
      provenance = rawProvenance as Provenance;
    else
      notices.push(
        `Ignored provenance ${shown(rawProvenance)}: use curated or machine; showing both.`,
      );
  }

  let explicitSort: "name" | "recorded" | null = null;
  const rawSort = first(params.sort)?.trim().toLowerCase();
  if (rawSort) {
    if (rawSort === "name" || rawSort === "recorded") explicitSort = rawSort;
    // The grid's name for the same order (lib/params/grid-sort.ts).
    else if (rawSort === "date") explicitSort = "recorded";
    else notices.push(`Ignored sort ${shown(rawSort)}: use name or recorded.`);
  }
  const sort: DirectorySort = explicitSort ?? (q ? "match" : "name");

  const named = (c: CompanySummary) => ({ ...c, otherNames: otherNames.get(c.slug) });
  const filtered = (s: SectorSlug | null, p: Provenance | null) => {
    const kept = all.filter((c) => (!s || c.sector === s) && (!p || c.provenance === p));
    return q ? rankByName(q, kept.map(named)) : kept;
  };
  let matching: CompanySummary[] = filtered(sector, provenance);
  // Nothing left: what a filter hides is worth saying ("mail" in Dating: none; elsewhere: some).
  const none = matching.length === 0;
  const unfiltered = {
    sector: none && sector ? filtered(null, provenance).length : null,
    provenance: none && provenance ? filtered(sector, null).length : null,
    both: none && sector && provenance ? filtered(null, null).length : null,
  };
  if (sort === "name")
    matching = [...matching].sort(
      (a, b) => byName.compare(a.name, b.name) || a.slug.localeCompare(b.slug),
    );
  if (sort === "recorded")
    // Newest recording first; a company without a date goes last.
    matching = [...matching].sort(
      (a, b) =>
        (b.archivedOn ?? "").localeCompare(a.archivedOn ?? "") || byName.compare(a.name, b.name),
    );

  const pageCount = Math.max(1, Math.ceil(matching.length / DIRECTORY_PER_PAGE));
  let page = 1;
  const parsedPage = parsePageNumber(params.page);
  if (parsedPage && !parsedPage.ok)
    notices.push(`Ignored page ${shown(parsedPage.raw)}: not a page number.`);
  if (parsedPage?.ok) {
    if (parsedPage.page > pageCount) notices.push(pastLastPageNotice(pageCount, "companies"));
    page = Math.min(parsedPage.page, pageCount);
  }

  // Only a clean URL is rewritten: one with a notice stays, so the notice can name what it ignored.
  const idle = KNOWN_PARAMS.some((k) => {
    const v = first(params[k]);
    return v !== undefined && (v.trim() === "" || (k === "provenance" && v.trim() === "all"));
  });
  const redirectTo =
    idle && notices.length === 0
      ? directoryHref({ q, sector, provenance, sort: explicitSort, page })
      : null;

  const companies = matching.slice((page - 1) * DIRECTORY_PER_PAGE, page * DIRECTORY_PER_PAGE);
  const foundBy = new Map<string, OtherName>();
  if (q)
    for (const c of companies) {
      const other = otherNameMatched(q, named(c));
      if (other) foundBy.set(c.slug, other);
    }

  return {
    q,
    sector,
    provenance,
    sort,
    explicitSort,
    page,
    pageCount,
    total: matching.length,
    companies,
    foundBy,
    unfiltered,
    notices,
    redirectTo,
  };
}
