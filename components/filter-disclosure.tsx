"use client";

import { useState, type ReactNode } from "react";

/**
 * The grid's filter panel: open when the page arrives with filters set, and after that only the
 * reader opens or closes it, so a change that clears the last filter never folds it away.
 */
export function FilterDisclosure({
  openAtFirst,
  summary,
  children,
}: {
  openAtFirst: boolean;
  summary: string;
  children: ReactNode;
}) {
  const [open] = useState(openAtFirst);
  return (
    <details className="no-print group" open={open}>
      <summary className="cursor-pointer rounded text-sm font-semibold text-sky-800 select-none focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
        {summary}
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
