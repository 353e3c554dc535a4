import { sortByCompanyName } from "../company-name-order";

/** A company as the relations between stored policies need it. */
export type StoredPolicy = { slug: string; name: string; contentHash: string };

/**
 * Which other companies each company shares its policy text with: the same text byte for byte,
 * told by its SHA-256 (Open Terms Archive records Google's one privacy policy for Gmail, Google
 * Voice and Blogger). Computed from the hashes, not a hand list, so a new pair in a later
 * snapshot is found too. Every company gets an entry, empty when its text is its own; the others
 * are in name order.
 */
export function samePolicyAs(companies: readonly StoredPolicy[]): Map<string, string[]> {
  const byHash = new Map<string, StoredPolicy[]>();
  for (const c of sortByCompanyName(companies))
    byHash.set(c.contentHash, [...(byHash.get(c.contentHash) ?? []), c]);
  return new Map(
    companies.map((c) => [
      c.slug,
      byHash
        .get(c.contentHash)!
        .filter((o) => o.slug !== c.slug)
        .map((o) => o.slug),
    ]),
  );
}
