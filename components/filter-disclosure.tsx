"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";
import { openOnceIfWide } from "@/lib/render/open-on-wide-screens";

/**
 * The grid's filter panel. It arrives closed, which suits phones (where open it would push the
 * grid a screen or more down) and works without JavaScript; on a wide screen it opens at first
 * when the page arrives with filters set (components/open-on-wide-screens.tsx in a document, the
 * effect below after a client-side navigation). After that only the reader opens or closes it,
 * so a change that clears the last filter never folds it away: React never sets `open`.
 */
export function FilterDisclosure({
  id,
  openOnWideScreens,
  summary,
  children,
}: {
  id: string;
  openOnWideScreens: boolean;
  summary: string;
  children: ReactNode;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  useLayoutEffect(() => {
    if (details.current) openOnceIfWide(details.current, openOnWideScreens);
  }, [openOnWideScreens]);
  return (
    // OpenOnWideScreens' script may have opened and marked it before hydration.
    <details id={id} ref={details} className="no-print group" suppressHydrationWarning>
      <summary className="cursor-pointer rounded text-sm font-semibold text-sky-800 select-none focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
        {summary}
      </summary>
      <div className="mt-3">{children}</div>
    </details>
  );
}
