import { versionPageHref } from "../history/version-href";

/**
 * A company as /api/matrix and the JSON export give it: with the page of the recorded version its
 * findings were read from (getReadVersions), which keeps that text whatever the company records
 * next, so a finding's evidence can be cited at `readVersion#anchor`; null while the history loads.
 */
export function withReadVersions<C extends { slug: string }>(
  companies: readonly C[],
  readVersions: ReadonlyMap<string, number>,
): Array<C & { readVersion: string | null }> {
  return companies.map((c) => {
    const id = readVersions.get(c.slug);
    return { ...c, readVersion: id === undefined ? null : versionPageHref(c.slug, id) };
  });
}
