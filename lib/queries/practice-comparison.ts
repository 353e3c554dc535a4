import { cache } from "react";
import { listCompanies } from "./companies";
import { getGridCells, type GridCellData } from "./matrix";
import { countPracticeRatings, type PracticeRatingCounts } from "./practice-rating-counts";
import { listPractices, type Practice } from "./practices";
import type { CompanySummary } from "./companies";

export type PracticeComparison = {
  practice: Practice;
  companies: CompanySummary[];
  cells: GridCellData[];
  totalCompanies: number;
  /** The ratings of every company, curated and machine-read apart, not only the page's. */
  counts: PracticeRatingCounts;
};

/** One practice across a page of companies (all companies when they fit); null for an unknown practice. */
export const getPracticeComparison = cache(
  async (
    slug: string,
    page = 1,
    perPage = 12,
    provenance: "curated" | "machine" | null = null,
  ): Promise<PracticeComparison | null> => {
    const [practices, all, counts] = await Promise.all([
      listPractices(),
      listCompanies(),
      countPracticeRatings(),
    ]);
    const practice = practices.find((p) => p.slug === slug);
    if (!practice) return null;
    // The reviewed companies lead; the machine-read ones follow, each group by name.
    const companies = [
      ...all.filter((c) => c.provenance === "curated"),
      ...all.filter((c) => c.provenance === "machine"),
    ].filter((c) => !provenance || c.provenance === provenance);
    const shown = companies.slice((page - 1) * perPage, page * perPage);
    return {
      practice,
      companies: shown,
      cells: await getGridCells([practice], shown),
      totalCompanies: companies.length,
      counts: counts.get(practice.slug)!,
    };
  },
);
