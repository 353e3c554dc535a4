/**
 * A stored version's id is its company's id × this + its seq (1 for the oldest recording), so a
 * version link names the same recording on every install of the same data, whatever order the
 * history loader's processes finished in (prisma/migrations/20261205040000_stable_version_ids).
 */
export const VERSION_ID_BASE = 10_000;
