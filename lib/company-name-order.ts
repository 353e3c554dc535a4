/*
 * The one order of company names, everywhere a list of companies is shown or returned (grid
 * columns, API, export, search counts, suggestions): Unicode collation for English, ignoring
 * case and accents, numbers by value ("Code 5" before "Code 42"), then the slug to break ties.
 * PostgreSQL sorts the same way with the `company_name` ICU collation (migration
 * 20261202030000_company_name_collation), for the orders it must apply itself (search ranking
 * ties under LIMIT).
 */
const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

export function compareCompanyNames(
  a: { name: string; slug: string },
  b: { name: string; slug: string },
): number {
  return collator.compare(a.name, b.name) || (a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0);
}

/** A sorted copy, in the order above. */
export function sortByCompanyName<T extends { name: string; slug: string }>(
  companies: readonly T[],
): T[] {
  return [...companies].sort(compareCompanyNames);
}
