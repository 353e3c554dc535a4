/**
 * A company column header's id in the comparison grid: the address an added company lands on
 * (`/?companies=…#col-tiktok`), so that the browser scrolls the grid sideways to it, with or
 * without JavaScript. Slugs are [a-z0-9-], so the id needs no escaping.
 */
export const gridColumnId = (slug: string) => `col-${slug}`;
