import type { Provenance } from "../provenance";

type FeedCompany = { slug: string; name: string; provenance: Provenance };

/**
 * A company's Atom feed of changes, or null for a curated company: its archived policy is never
 * recorded again, so there is nothing to follow.
 */
export function companyFeed(c: FeedCompany): { url: string; title: string } | null {
  return c.provenance === "curated"
    ? null
    : { url: `/feeds/companies/${c.slug}.atom`, title: companyFeedTitle(c.name) };
}

/** The title the feed gives itself, and the pages linking it give it, so a reader sees one name. */
export function companyFeedTitle(name: string): string {
  return `${name}: privacy policy changes`;
}

/** The page metadata's `alternates` linking that feed (none for a curated company). */
export function companyFeedAlternates(c: FeedCompany) {
  const feed = companyFeed(c);
  return feed ? { types: { "application/atom+xml": [feed] } } : {};
}
