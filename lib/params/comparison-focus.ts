/**
 * The practices a comparison is read for (`?practice=children`, as /changes and the practice
 * feeds link it; repeated or comma-separated for several): known slugs kept in the order given,
 * anything else named for the page's notice rather than silently dropped.
 */
export function parseComparisonFocus(
  params: URLSearchParams,
  known: readonly string[],
): { practices: string[]; ignored: string[] } {
  const practices: string[] = [];
  const ignored: string[] = [];
  for (const value of params.getAll("practice").flatMap((v) => v.split(","))) {
    const slug = value.trim().toLowerCase();
    if (!slug) continue;
    if (known.includes(slug)) {
      if (!practices.includes(slug)) practices.push(slug);
    } else ignored.push(slug.slice(0, 40));
  }
  return { practices, ignored };
}
