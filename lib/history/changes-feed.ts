import { NextResponse } from "next/server";
import { entityTag } from "../entity-tag";
import { renderAtom } from "./atom-feed";
import { readableDay } from "./changes-feed-title";
import { comparisonHref, followedFirst } from "./comparison-href";
import { describeChange, describeCounts } from "./describe-changes";
import { ratingChangesText } from "./rating-change-text";
import type { ChangeEntry } from "../queries/history";

/** Entries in a feed: the latest changes (a reader polls; older ones are on /changes). */
export const FEED_SIZE = 50;

/**
 * The origin links in a feed point to: the request's Host (checked to be a host name and
 * port), so a feed read through any address links back to it.
 */
export function originOf(req: Request): string {
  const url = new URL(req.url);
  const host = req.headers.get("host");
  const proto =
    req.headers.get("x-forwarded-proto") === "https" ? "https" : url.protocol.replace(":", "");
  return host && /^[a-z0-9.-]+(?::\d{1,5})?$/i.test(host) ? `${proto}://${host}` : url.origin;
}

export function changesFeedResponse(opts: {
  req: Request;
  title: string;
  subtitle: string;
  selfPath: string;
  alternatePath: string;
  entries: ChangeEntry[];
  practiceNames: Map<string, string>;
  /** The practices the feed follows: named first in each title, and its link opens on them. */
  followed?: string[];
}): NextResponse {
  const followed = opts.followed ?? [];
  const origin = originOf(opts.req);
  const body = renderAtom({
    title: opts.title,
    subtitle: opts.subtitle,
    self: origin + opts.selfPath,
    alternate: origin + opts.alternatePath,
    // An empty feed is as old as the epoch, not as new as the request: readers see no change.
    updated: opts.entries[0]?.recordedAt ?? new Date(0).toISOString(),
    entries: opts.entries.map((e) => {
      // The id stays the comparison's plain address: a reader keys entries by it, and one it
      // had read must not come back as new because the link learned to open on a practice.
      const id = `${origin}/companies/${e.company.slug}/changes?from=${e.comparedTo.id}&to=${e.id}`;
      const link = origin + comparisonHref(e.company.slug, e.comparedTo.id, e.id, followed);
      const names = followedFirst(e.changedPractices, followed).map(
        (p) => opts.practiceNames.get(p) ?? p,
      );
      const moved = ratingChangesText(e.ratingChanges, opts.practiceNames);
      return {
        id,
        // Dated: a reader lists a company's entries by title, and two alike read as one twice.
        title: `${e.company.name}, ${readableDay(e.recordedAt.slice(0, 10))}: ${describeChange(e.changedClauses, names)}`,
        link,
        updated: e.recordedAt,
        summary: `${e.company.name} changed its privacy policy (recorded ${e.recordedAt.slice(0, 10)}): ${describeCounts(e)}${e.comparedTo.sinceKept ? ` since the text of ${e.comparedTo.recordedAt.slice(0, 10)}, ${e.comparedTo.overOtherLanguage ? "the last recorded in English" : e.comparedTo.overFailedCapture ? "the last recorded whole" : "the last the page kept before going back and forth between texts"}` : ""}.${moved ? ` Suggested ratings that moved (machine-read, not reviewed): ${moved}.` : ""}`,
        categories: e.changedPractices.map((p) => ({
          term: p,
          label: opts.practiceNames.get(p) ?? p,
        })),
      };
    }),
  });
  return new NextResponse(body, {
    headers: {
      "Content-Type": "application/atom+xml; charset=utf-8",
      "Cache-Control": "public, max-age=0, must-revalidate",
      // Feed readers poll: with the tag they get a 304 until the feed changes.
      ETag: entityTag(body),
    },
  });
}
