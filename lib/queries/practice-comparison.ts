import { cache } from "react";
import type { Provenance } from "../provenance";
import { countRatings, type PracticeRatingCounts } from "../rating-counts";
import type { Rating } from "../ratings";
import { listCompanies } from "./companies";
import { getGridCells, type GridCellData } from "./matrix";
import { listPracticeCompanyRatings } from "./practice-company-ratings";
import { listPractices, type Practice } from "./practices";
import type { CompanySummary } from "./companies";

export type PracticeComparison = {
  practice: Practice;
  /** The page shown: the one asked, or the last when it asked past it. */
  page: number;
  companies: CompanySummary[];
  cells: GridCellData[];
  /** The companies listed, on every page: those in scope, narrowed by the rating if one is asked. */
  totalCompanies: number;
  /**
   * The ratings of every company in scope (the sector and kind asked, or all), curated and
   * machine-read apart, not only the page's and not narrowed by the rating asked.
   */
  counts: PracticeRatingCounts;
};

export type PracticeFilter = {
  provenance?: Provenance | null;
  sector?: string | null;
  rating?: Rating | null;
};

/** One practice across a page of companies (all companies when they fit); null for an unknown practice. */
export const getPracticeComparison = cache(
  async (
    slug: string,
    page = 1,
    perPage = 12,
    filter: PracticeFilter = {},
  ): Promise<PracticeComparison | null> => {
    const [practices, all] = await Promise.all([listPractices(), listCompanies()]);
    const practice = practices.find((p) => p.slug === slug);
    if (!practice) return null;
    const ratings = await listPracticeCompanyRatings(practice.slug);
    const ratingOf = (c: CompanySummary) => ratings.get(c.slug) ?? "not-addressed";
    // The reviewed companies lead; the machine-read ones follow, each group by name.
    const scope = [
      ...all.filter((c) => c.provenance === "curated"),
      ...all.filter((c) => c.provenance === "machine"),
    ].filter(
      (c) =>
        (!filter.provenance || c.provenance === filter.provenance) &&
        (!filter.sector || c.sector === filter.sector),
    );
    const kind = (k: Provenance) => {
      const of = scope.filter((c) => c.provenance === k);
      return { companies: of.length, counts: countRatings(of.map(ratingOf)) };
    };
    const listed = filter.rating ? scope.filter((c) => ratingOf(c) === filter.rating) : scope;
    // A page past the last (a link kept after a narrower filter) shows the last.
    const shownPage = Math.min(page, Math.max(1, Math.ceil(listed.length / perPage)));
    const shown = listed.slice((shownPage - 1) * perPage, shownPage * perPage);
    return {
      practice,
      page: shownPage,
      companies: shown,
      cells: await getGridCells([practice], shown),
      totalCompanies: listed.length,
      counts: { curated: kind("curated"), machine: kind("machine") },
    };
  },
);
