/**
 * What a search covers: each policy's latest recorded text, never its earlier versions, which
 * only the history pages hold. Said where results are counted and where none are found, so a
 * sentence a company removed last year is not taken for a misspelling.
 */
export const SEARCH_COVERAGE =
  "Search covers each policy’s latest recorded text; earlier versions are in each company’s history.";

/** The newest day any searched policy was recorded or archived (ISO), or null when none is known. */
export function newestRecording(companies: ReadonlyArray<{ archivedOn: string | null }>) {
  let newest: string | null = null;
  for (const { archivedOn } of companies)
    if (archivedOn && (newest === null || archivedOn > newest)) newest = archivedOn;
  return newest;
}
