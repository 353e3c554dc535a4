import type { GridCellData } from "@/lib/queries/matrix";
import { EvidenceQuotes } from "./evidence-quotes";
import { MachineNote } from "./machine-note";
import { ProvenanceMark } from "./provenance-mark";
import { RatingBadge } from "./rating-badge";

/** One company × practice: rating badge → our summary → the company's words. */
export function GridCell({
  cell,
  companyName,
  dimmed,
}: {
  cell: GridCellData;
  /** Shown in the cell only while the grid scrolls sideways and its header row cannot stick. */
  companyName: string;
  dimmed: boolean;
}) {
  const silent = cell.rating === "not-addressed";
  const machine = cell.provenance === "machine";
  // A list, not a template string: Prettier's Tailwind plugin trims spaces inside template
  // pieces, which once ran these classes together ("grid-cellhatchedmachine-cell").
  return (
    <td
      className={["grid-cell", silent && !dimmed && "hatched", machine && "machine-cell"]
        .filter(Boolean)
        .join(" ")}
      data-rating={cell.rating}
      data-provenance={cell.provenance}
    >
      <span aria-hidden="true" className="cell-company">
        {companyName}
      </span>
      <div className="cell-badges">
        {/* A plain mark, not a link: one tab stop per cell would be dozens on the page; the
            column's header and the legend below the grid lead to how machine reading works. */}
        {machine && <ProvenanceMark provenance="machine" size="sm" link={false} />}
        <RatingBadge
          rating={cell.rating}
          practice={cell.practice}
          size={dimmed ? "sm" : "md"}
          provenance={cell.provenance}
          // Under a rating filter the cells outside it are context, not stops: 8 companies on 5
          // practices made ~20 extra Tab presses. Screen readers still read and reach them.
          tabbable={!dimmed}
        />
      </div>
      {dimmed ? (
        <p className="mt-1 text-xs text-slate-500 dark:text-slate-400">
          Outside the rating filter.
        </p>
      ) : (
        <>
          <p className={silent ? "cell-summary cell-silent" : "cell-summary"}>
            {machine && <span className="sr-only">Why the machine suggests this rating: </span>}
            {cell.summary}
          </p>
          {/* A machine summary is the rules' reason itself, so only the confidence is added. */}
          {machine && (
            <MachineNote
              confidence={cell.confidence}
              reason={null}
              silent={cell.rating === "not-addressed"}
            />
          )}
          <EvidenceQuotes
            company={cell.company}
            practice={cell.practice}
            evidence={cell.evidence}
          />
        </>
      )}
    </td>
  );
}
