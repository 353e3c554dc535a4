import { dateRange, describeHiddenKinds } from "./hidden-runs";
import { isListedChange, type ClassifiedVersion } from "./version-status";

type DatedVersion = ClassifiedVersion & { id: number; recordedAt: string };

/**
 * The versions recorded after the latest change listed, when there are any: the history page
 * opens on that change, not on the latest version, and must say why. `versions` newest first.
 */
export function sinceLatestChange<V extends DatedVersion>(
  versions: readonly V[],
): { latestChange: V; latest: V; since: V[] } | null {
  const i = versions.findIndex(isListedChange);
  const latestChange = versions[i];
  const latest = versions[0];
  if (i < 1 || !latestChange || !latest) return null;
  return { latestChange, latest, since: versions.slice(0, i) };
}

/**
 * "The 46 versions recorded since (May 20 – Aug 17, 2026) went back and forth between texts
 * within days, so none of them is listed." — every one of them is hidden by definition.
 */
export function describeSinceLatestChange(since: readonly DatedVersion[]): string {
  const when = dateRange(since.map((v) => v.recordedAt));
  const kinds = describeHiddenKinds(since);
  if (since.length === 1)
    return `The one version recorded since (${when}) ${kinds}, so it is not listed.`;
  const mixed = !/^(went|changed|are|was|were) /.test(kinds);
  return mixed
    ? `The ${since.length} versions recorded since (${when}) are not listed: ${kinds}.`
    : `The ${since.length} versions recorded since (${when}) ${kinds}, so none of them is listed.`;
}
