import { versionStatus, type ClassifiedVersion, type VersionStatus } from "./version-status";

type DatedVersion = ClassifiedVersion & { id: number; recordedAt: string };

/** Statuses of versions that are not changes of policy (left out of /changes and the feeds). */
const HIDDEN: ReadonlySet<VersionStatus> = new Set([
  "back-and-forth",
  "layout-only",
  "technical",
  "other-language",
  "capture-failed",
]);
export const isHidden = (v: ClassifiedVersion) => HIDDEN.has(versionStatus(v));

/*
 * A run shorter than this stays as rows: two or three quiet rows between changes read at a
 * glance, while TikTok's 46 back-and-forth rows pushed every change below the fold.
 */
export const MIN_RUN = 4;

export type TimelineSegment<V> = { kind: "row"; version: V } | { kind: "run"; versions: V[] };

/** The versions as shown, in the order given, with each long run of hidden ones gathered. */
export function collapseHiddenRuns<V extends ClassifiedVersion>(
  versions: readonly V[],
  minRun = MIN_RUN,
): TimelineSegment<V>[] {
  const segments: TimelineSegment<V>[] = [];
  let run: V[] = [];
  const flush = () => {
    if (run.length >= minRun) segments.push({ kind: "run", versions: run });
    else for (const version of run) segments.push({ kind: "row", version });
    run = [];
  };
  for (const v of versions) {
    if (isHidden(v)) run.push(v);
    else {
      flush();
      segments.push({ kind: "row", version: v });
    }
  }
  flush();
  return segments;
}

const DAY = new Intl.DateTimeFormat("en", { month: "short", day: "numeric", timeZone: "UTC" });
const FULL = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });

/** "May 20 – Aug 17, 2026", "Dec 3, 2025 – Aug 17, 2026" or "Aug 17, 2026", oldest first. */
export function dateRange(isos: readonly string[]): string {
  const sorted = [...isos].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return "";
  const a = new Date(first);
  const b = new Date(last);
  if (first.slice(0, 10) === last.slice(0, 10)) return FULL.format(b);
  const sameYear = a.getUTCFullYear() === b.getUTCFullYear();
  return `${sameYear ? DAY.format(a) : FULL.format(a)} – ${FULL.format(b)}`;
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** How many of the versions are of each hidden kind, in words ("3 back and forth, 1 layout only"). */
function kindCounts(versions: readonly ClassifiedVersion[]) {
  const count = (s: VersionStatus) => versions.filter((v) => versionStatus(v) === s).length;
  return {
    backAndForth: count("back-and-forth"),
    layoutOnly: count("layout-only"),
    technical: count("technical"),
    otherLanguage: count("other-language"),
    failedCapture: count("capture-failed"),
  };
}

/**
 * The summary of a collapsed run: "46 versions going back and forth between texts, May 20 –
 * Aug 17, 2026", or for a mixed run "12 versions that are not changes (8 back and forth, 3
 * layout only, 1 re-extraction), Jan 3 – Mar 5, 2024".
 */
export function describeHiddenRun(versions: readonly DatedVersion[]): string {
  const n = versions.length;
  const { backAndForth, layoutOnly, technical, otherLanguage, failedCapture } =
    kindCounts(versions);
  const when = dateRange(versions.map((v) => v.recordedAt));
  const what =
    backAndForth === n
      ? `${plural(n, "version", "versions")} going back and forth between texts`
      : layoutOnly === n
        ? `${plural(n, "version", "versions")} that changed only the layout`
        : technical === n
          ? `${plural(n, "re-extraction", "re-extractions")} by Open Terms Archive`
          : otherLanguage === n
            ? `${plural(n, "version", "versions")} recorded in another language`
            : failedCapture === n
              ? `${plural(n, "failed capture", "failed captures")} (no policy on the page)`
              : `${plural(n, "version", "versions")} that are not changes (${[
                  backAndForth ? `${backAndForth} back and forth` : null,
                  layoutOnly ? `${layoutOnly} layout only` : null,
                  technical ? plural(technical, "re-extraction", "re-extractions") : null,
                  otherLanguage ? `${otherLanguage} in another language` : null,
                  failedCapture ? plural(failedCapture, "failed capture", "failed captures") : null,
                ]
                  .filter(Boolean)
                  .join(", ")})`;
  return `${what}, ${when}`;
}

/**
 * What the versions recorded after the latest listed change did instead of changing the policy,
 * as the end of a sentence: "went back and forth between texts within days", or for a mix
 * "3 went back and forth between texts, 1 changed only the layout and 1 is a re-extraction by
 * Open Terms Archive".
 */
export function describeHiddenKinds(versions: readonly ClassifiedVersion[]): string {
  const n = versions.length;
  const { backAndForth, layoutOnly, technical, otherLanguage, failedCapture } =
    kindCounts(versions);
  if (failedCapture === n)
    return n === 1
      ? "is a failed capture (the page held no policy), not a change by the company"
      : "are failed captures (the page held no policy), not changes by the company";
  if (otherLanguage === n)
    return n === 1
      ? "was recorded in another language, not a change by the company"
      : "were recorded in another language, not changes by the company";
  if (backAndForth === n) return "went back and forth between texts within days";
  if (layoutOnly === n) return "changed only the page’s layout, not a clause";
  if (technical === n)
    return n === 1
      ? "is a re-extraction by Open Terms Archive, not a change by the company"
      : "are re-extractions by Open Terms Archive, not changes by the company";
  const parts = [
    backAndForth ? `${backAndForth} went back and forth between texts` : null,
    layoutOnly ? `${layoutOnly} changed only the layout` : null,
    technical
      ? `${technical} ${technical === 1 ? "is a re-extraction" : "are re-extractions"} by Open Terms Archive`
      : null,
    otherLanguage
      ? `${otherLanguage} ${otherLanguage === 1 ? "was" : "were"} recorded in another language`
      : null,
    failedCapture
      ? `${failedCapture} ${failedCapture === 1 ? "is a failed capture" : "are failed captures"}`
      : null,
  ].filter((p): p is string => p !== null);
  return parts.length > 1
    ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}`
    : (parts[0] ?? "");
}
