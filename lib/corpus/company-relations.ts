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
  for (const c of sortByCompanyName(companies)) {
    const group = byHash.get(c.contentHash);
    if (group) group.push(c);
    else byHash.set(c.contentHash, [c]);
  }
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

/**
 * Whether a recording is long enough before the corpus's newest (both ISO dates) that a reader
 * should be told the service's policy may have changed since: more than a year. Open Terms
 * Archive records a version only when the text changes, so an old date can also be a policy
 * nobody changed; over a year it is as likely a service no longer tracked (ProtonMail's
 * recording stops in March 2022, the corpus runs to August 2026), hence "may differ".
 * Relative to the snapshot, not today, so the same files always give the same answer.
 */
export function recordedLongAgo(recordedOn: string, newestOn: string): boolean {
  const yearBefore = new Date(newestOn);
  yearBefore.setUTCFullYear(yearBefore.getUTCFullYear() - 1);
  return new Date(recordedOn) < yearBefore;
}
