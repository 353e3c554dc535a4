import { parseClauseAnchor } from "../clause-anchor";

const SHOWN_CHARS = 60;

/**
 * What the history page says when a clause link led here because no recorded version has the
 * clause (app/companies/[slug]/versions/find): without it the reader lands on a list of versions
 * with no word of the clause they followed. Null when the page was not sent for a clause.
 */
export function missingClauseNotice(
  missing: string | null,
  companyName: string,
  /** The title of the page's list of versions ("All recorded versions", "The archived version"). */
  listTitle: string,
): string | null {
  if (missing === null || missing === "") return null;
  const shown = missing.length > SHOWN_CHARS ? `${missing.slice(0, SHOWN_CHARS)}…` : missing;
  if (!parseClauseAnchor(missing))
    return `“#${shown}” is not the address of a clause, so no version could be looked up for it. ${companyName}’s policy as recorded is under “${listTitle}” below.`;
  return `No recorded version of ${companyName}’s policy has the clause “#${shown}”: the link may have been mistyped, or made from a copy of the policy the archive did not record. What the archive recorded is under “${listTitle}” below.`;
}
