/**
 * Names the query parameters a page does not read, as its parsers name the values they cannot
 * use: a mistyped key (`?practice=cookies`) otherwise changes nothing without a word.
 */
export function unknownParamsNotice(
  params: Record<string, unknown>,
  known: readonly string[],
  /** How the notice names the page and what it reads: "the grid reads practices, …". */
  reads: string,
): string | null {
  const unknown = Object.keys(params).filter((k) => !known.includes(k));
  if (!unknown.length) return null;
  const named = unknown
    .slice(0, 5)
    .map((k) => {
      const near = nearMiss(k, known);
      return `${JSON.stringify(k.slice(0, 30))}${near ? ` (did you mean ${near}?)` : ""}`;
    })
    .join(", ");
  return `Ignored unknown parameter${unknown.length > 1 ? "s" : ""} ${named}: ${reads}.`;
}

/**
 * The known parameter a key obviously meant: the same word in other case, or singular for
 * plural (`practice` → practices, `company` → companies, `ratings` → rating). Nothing looser,
 * so a guess is never wrong enough to mislead.
 */
export function nearMiss(key: string, known: readonly string[]): string | undefined {
  const k = key.trim().toLowerCase();
  const forms = [k, `${k}s`, k.replace(/s$/, ""), k.replace(/y$/, "ies"), k.replace(/ies$/, "y")];
  return known.find((name) => name !== key && forms.includes(name));
}
