/** What to mark in the clause on arrival: the quotes of one finding, or the words of a search. */
export type ClauseMarks = { finding?: string; q?: string };

/**
 * The address of a clause on its company page. The query says what to mark inside it (the page
 * renders the marks, so they show without JavaScript); the fragment is the clause's stable anchor.
 */
export function clauseHref(company: string, anchor: string, marks: ClauseMarks = {}): string {
  const query = marks.finding
    ? `?finding=${encodeURIComponent(marks.finding)}`
    : marks.q
      ? `?q=${encodeURIComponent(marks.q)}`
      : "";
  return `/companies/${encodeURIComponent(company)}${query}#${anchor}`;
}
