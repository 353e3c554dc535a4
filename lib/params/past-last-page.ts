/**
 * The notice for a page number past the last, when the list shows its last page instead. A list
 * of a single page shows "it": "the last" of one page reads as if others were left out.
 */
export function pastLastPageNotice(pageCount: number, items: string): string {
  return pageCount === 1
    ? `There is only 1 page of ${items}; showing it.`
    : `There are only ${pageCount} pages of ${items}; showing the last.`;
}
