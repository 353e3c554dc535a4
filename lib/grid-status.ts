import type { Rating } from "./ratings";

export type GridStatus = {
  /** Practices with a row in the grid (with a rating filter, only those with a matching finding). */
  rows: number;
  /** Practices the view chose; with `differences`, before keeping those that differ. */
  chosen: number;
  /** Every practice there is. */
  total: number;
  differences: boolean;
  /**
   * With `differences`, the chosen practices left out because every company compared (every one
   * in scope, across pages) is rated the same: named, so a printed page reads as complete.
   */
  alike?: { names: string[]; among: number };
  /** The rating filter and its words ("concerning", "not addressed or no clause found"). */
  ratings: Rating[];
  only: string;
  /** Findings in the view that match the rating filter. */
  matching: number;
  companies: {
    shown: number;
    of: number;
    /** The order, when it is not by name ("newest policy first"). */
    order: string | null;
    /** How many of each kind the pool holds when it lists the curated first (include machine-read, by name). */
    curatedFirst: { curated: number; machine: number } | null;
    /**
     * The sector paged through, by name: printed, the filter panel is gone and the page must
     * still say whose companies these are.
     */
    sector?: string | null;
  };
};

// Adjectives read as "a concerning finding"; the silent ratings as "a finding rated not addressed".
const ADJECTIVES: readonly Rating[] = ["protective", "neutral", "concerning"];

/**
 * The grid's status line: what the rows and columns shown are, in numbers. With a rating filter
 * only the practices holding such a finding get a row, so the line counts those, not the chosen.
 */
export function gridStatus(s: GridStatus): string {
  const of = s.chosen === s.total ? `${s.total}` : `the ${s.chosen} chosen`;
  const finding = s.ratings.every((r) => ADJECTIVES.includes(r))
    ? `a ${s.only} finding`
    : `a finding rated ${s.only}`;
  const alike =
    s.differences && s.alike?.names.length && s.alike.among > 1
      ? ` (the same for ${s.alike.among === 2 ? "both" : `all ${s.alike.among}`} companies: ${listWords(s.alike.names)})`
      : "";
  const practices = !s.ratings.length
    ? s.differences
      ? `${s.rows} of ${s.chosen} practices differ${alike}`
      : `${s.rows} of ${s.total} practices`
    : s.differences
      ? `${s.rows} of ${of} practices differ and have ${finding} among these companies${alike}`
      : `${s.rows} of ${of} practices ${s.rows === 1 ? "has" : "have"} ${finding} among these companies`;
  const { shown, of: pool, order, curatedFirst, sector } = s.companies;
  const companies =
    `${shown} of ${pool} compan${pool === 1 ? "y" : "ies"}` +
    (sector ? ` in ${sector}` : "") +
    (order
      ? `, ${order}`
      : curatedFirst && curatedFirst.curated > 0 && curatedFirst.machine > 0
        ? `: the ${curatedFirst.curated} curated first, then the ${curatedFirst.machine} machine-read by name`
        : "");
  const findings = s.ratings.length
    ? ` · only ${s.only}: ${s.matching} finding${s.matching === 1 ? "" : "s"}`
    : "";
  return `${practices} · ${companies}${findings}`;
}

/** "a", "a and b", "a, b and c". */
function listWords(words: string[]): string {
  return words.length < 2
    ? (words[0] ?? "")
    : `${words.slice(0, -1).join(", ")} and ${words[words.length - 1]}`;
}
