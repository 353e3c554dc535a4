/*
 * A clause's anchor is its section's slug and a digest of its text (`anchorFor` in
 * lib/seed/segment-policy.ts), so a link made before the policy changed, or before it was split
 * into clauses differently, names a clause that is no longer there. What the link still says is
 * the section it was in; this reads that back.
 */

// The slug, then six hex digits of the digest, then the number a repeated text takes ("-2").
const CLAUSE_ANCHOR = /^([a-z0-9]+(?:-[a-z0-9]+)*)-([0-9a-f]{6})(?:-([0-9]+))?$/;

/**
 * The section slug of a clause anchor ("data-retention" of "data-retention-0a1b2c"), "preamble"
 * for clauses before the first heading; null when the text is not shaped like a clause anchor.
 */
export function clauseAnchorSection(anchor: string): string | null {
  if (anchor.length > 200) return null;
  return CLAUSE_ANCHOR.exec(anchor)?.[1] ?? null;
}

/** Whether an address's fragment names a section of the policy rather than a clause. */
export const isSectionAnchor = (anchor: string): boolean => /^section-[a-z0-9-]+$/.test(anchor);

/**
 * What a clause anchor says of its clause: its section's slug, the first six hex digits of the
 * SHA-256 of its text, and which repeat of that text it is (1 for the first); null when the text
 * is not shaped like a clause anchor.
 */
export function parseClauseAnchor(
  anchor: string,
): { section: string; digest: string; repeat: number } | null {
  if (anchor.length > 200) return null;
  const m = CLAUSE_ANCHOR.exec(anchor);
  return m ? { section: m[1]!, digest: m[2]!, repeat: m[3] ? Number(m[3]) : 1 } : null;
}
