const WHOLE_PHRASE = /^"([^"]*)"$/;

/** True when a query holds quotes of its own beside other words (`"third parties" -advertising`). */
export function holdsQuotes(q: string): boolean {
  return q.includes('"') && !WHOLE_PHRASE.test(q);
}

/**
 * A query for running text. Words are put in curly quotes; a quoted phrase is not quoted twice;
 * a query holding a phrase beside other words keeps its own quotes, made curly, and gets no
 * others (quotes around quotes read as noise: “"safe harbor" -truste”).
 */
export function quoteQuery(q: string): string {
  const phrase = WHOLE_PHRASE.exec(q);
  if (phrase) return `“${phrase[1]}”`;
  if (!q.includes('"')) return `“${q}”`;
  let open = true;
  return q.replace(/"/g, () => ((open = !open) ? "”" : "“"));
}
