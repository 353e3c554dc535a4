/** A query shown in curly quotes; one that is already a quoted phrase is not quoted twice. */
export function quoteQuery(q: string): string {
  const phrase = /^"([^"]*)"$/.exec(q);
  return `“${phrase ? phrase[1] : q}”`;
}
