/*
 * Shapes of what the app shows, shared by the query layer (lib/queries, which reads them) and
 * the URL parsers (lib/params, which check a URL's slugs against them); neither imports the other.
 */

export type CompanySummary = {
  slug: string;
  name: string;
  legalName: string;
  website: string;
  effectiveDate: string | null;
  effectiveDateLabel: string | null;
  archivedOn: string | null;
};

export type Practice = {
  slug: string;
  name: string;
  description: string;
  core: boolean;
  position: number;
};
