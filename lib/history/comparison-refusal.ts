/** How the history page's timeline is used, said wherever a comparison cannot be shown. */
const HOW_TO_PICK =
  "Pick two different versions in the list below, one under From and one under To, then “Compare the selected versions”.";

/**
 * Why a company's history page cannot compare the two versions its URL names, in a sentence for
 * its notices, or null when it can. Checked against the company's own versions before any query,
 * so the sentence names the company as a reader knows it (not its slug) and a version of another
 * company reads as what it is to this page: not one of this company's.
 */
export function comparisonRefusal(
  pair: { from: number; to: number },
  /** The company's versions, each with its date as the timeline names it. */
  versions: ReadonlyMap<number, string>,
  companyName: string,
): string | null {
  const missing = [...new Set([pair.from, pair.to])].filter((id) => !versions.has(id));
  if (missing.length)
    return `${
      missing.length === 1
        ? `Version ${missing[0]} is not`
        : `Versions ${missing[0]} and ${missing[1]} are not`
    } among ${companyName}’s recorded versions. ${versions.size > 1 ? HOW_TO_PICK : ""}`.trim();
  if (pair.from !== pair.to) return null;
  const date = versions.get(pair.from)!;
  return versions.size > 1
    ? `The same version (${date}) was picked twice, as both ends of the comparison, so there is nothing to compare. ${HOW_TO_PICK}`
    : `The same version (${date}) was picked twice: ${companyName}’s is the only recorded version, so there is nothing to compare.`;
}
