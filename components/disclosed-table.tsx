import type { ReactNode } from "react";

export type DisclosedColumn = { label: string; numeric?: boolean };

/**
 * A table of figures behind a disclosure ("Each audit", "Each double reading"): the prose above it
 * carries the totals, the rows are there for a reader who wants each one. `children` are the
 * table's bodies.
 */
export function DisclosedTable({
  summary,
  caption,
  columns,
  children,
  note,
}: {
  summary: string;
  caption: string;
  columns: DisclosedColumn[];
  children: ReactNode;
  note?: ReactNode;
}) {
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-sky-800 underline dark:text-sky-300">
        {summary}
      </summary>
      <div className="overflow-x-auto">
        <table className="mt-2 w-full">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr className="text-left align-bottom">
              {columns.map((c, i) => (
                <th
                  key={c.label}
                  scope="col"
                  className={`py-1${i < columns.length - 1 ? "pr-3" : ""}${c.numeric ? "text-right" : ""}`}
                >
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          {children}
        </table>
      </div>
      {note && <p className="mt-2 text-slate-600 dark:text-slate-400">{note}</p>}
    </details>
  );
}
