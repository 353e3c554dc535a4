"use client";

import { useLayoutEffect, useRef, type ReactNode } from "react";
import { openOnceIfWide, WIDTH_CHECKED } from "@/lib/render/open-on-wide-screens";

/** A request older than this was not followed by its view (an error, a link opened elsewhere). */
const STALE_MS = 15_000;
let keepOpen: { id: string; at: number } | null = null;

/**
 * Asks the disclosure `id` to be open in the next view. A change made inside the panel reloads
 * the page's components, which would draw it closed again on a phone: adding three companies
 * one after another meant reopening it each time.
 */
export function keepOpenOnArrival(id: string) {
  keepOpen = { id, at: Date.now() };
}

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
    if (!details.current) return;
    if (keepOpen?.id === id && Date.now() - keepOpen.at < STALE_MS) {
      details.current.setAttribute(WIDTH_CHECKED, "");
      details.current.open = true;
    }
    keepOpen = null;
    openOnceIfWide(details.current, openOnWideScreens);
  }, [id, openOnWideScreens]);
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
