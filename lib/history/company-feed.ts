import type { Provenance } from "../provenance";
import { hasRecordedHistory } from "./recorded-history";

type FeedCompany = {
  slug: string;
  name: string;
  provenance: Provenance;
  recordedBy: string | null;
};

/**
 * A company's Atom feed of changes, or null for a Wayback copy (the first five): its archived
 * policy is never recorded again, so there is nothing to follow. A company promoted to curated
 * from Open Terms Archive keeps its feed: its policy is still recorded.
 */
export function companyFeed(c: FeedCompany): { url: string; title: string } | null {
  return !hasRecordedHistory(c)
    ? null
    : { url: `/feeds/companies/${c.slug}.atom`, title: companyFeedTitle(c.name) };
}

/** The title the feed gives itself, and the pages linking it give it, so a reader sees one name. */
export function companyFeedTitle(name: string): string {
  return `${name}: privacy policy changes`;
}

/** The page metadata's `alternates` linking that feed (none for a Wayback copy). */
export function companyFeedAlternates(c: FeedCompany) {
  const feed = companyFeed(c);
  return feed ? { types: { "application/atom+xml": [feed] } } : {};
}
