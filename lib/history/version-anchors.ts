import { anchorFor } from "../seed/segment-policy";

/** What a stored clause of the history keeps: its text and the nearest heading above it. */
export type StoredClause = { heading: string; text: string };

/*
 * A clause's anchor is its nearest heading's slug, a digest of its text and, for a repeat, the
 * number it takes (`anchorFor`). The history stores each clause with that heading, so a recorded
 * version's anchors are the ones its company page gave (or gives) the same text: a link copied
 * from either lands on the same clause in the version page.
 */

/** The anchors of a version's clauses, in order, as its company page names them. */
export function versionClauseAnchors(clauses: readonly StoredClause[]): string[] {
  const taken = new Set<string>();
  const lastSuffix = new Map<string, number>();
  return clauses.map((c) => anchorFor([c.heading], c.text, taken, lastSuffix));
}

/**
 * The anchor of a stored clause where it first stands in a version, from its heading and text
 * alone, as a comparison needs it (it reads the changed clauses, not the whole version). Exact
 * unless an earlier clause of the version has the same heading slug and text digest under other
 * headings higher up (a repeat then takes a number): the same words under the same heading are
 * one stored clause, which a comparison shows once.
 */
export function clauseAnchorInVersion(clause: StoredClause): string {
  return anchorFor([clause.heading], clause.text, new Set());
}
