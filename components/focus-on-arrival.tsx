"use client";

import { useEffect } from "react";

/** A request older than this was not followed by its view (a link opened elsewhere, an error). */
const STALE_MS = 15_000;

let wanted: { selectors: string[]; at: number } | null = null;

/**
 * Asks for keyboard focus to move, once the next view has arrived, to the first element present
 * of `selectors` (each focusable, or with tabindex="-1"). In a selector `$hash` stands for the
 * id the new address's fragment names (`th$hash a`: the link in the column an add landed on); a
 * selector with `$hash` is skipped when the address has no fragment.
 */
export function focusOnArrival(selectors: string[]) {
  wanted = { selectors, at: Date.now() };
}

/*
 * A link or form that replaces the view in place (the grid's next page, an added company) would
 * leave keyboard focus where it was: on a pager far below the new columns, or on <body> when the
 * control itself was replaced, so the next Tab starts from the wrong place. Such a control asks
 * for focus to move (focusOnArrival, or a link's data-focus-on-arrival="selector, …"); the page
 * renders this with a key that changes with every view, so it mounts anew when the view arrives
 * and carries the request out.
 */
export function FocusOnArrival() {
  useEffect(() => {
    const request = wanted;
    wanted = null;
    if (request && Date.now() - request.at < STALE_MS) {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = request.selectors
        .flatMap((s) =>
          !s.includes("$hash") ? [s] : id ? [s.replace("$hash", `#${CSS.escape(id)}`)] : [],
        )
        .map((s) => document.querySelector<HTMLElement>(s))
        .find((el) => el !== null);
      target?.focus();
    }
    const onClick = (event: MouseEvent) => {
      // A link opened in another tab or window leaves this view where it is.
      if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
        return;
      const link =
        event.target instanceof Element
          ? event.target.closest<HTMLElement>("a[data-focus-on-arrival]")
          : null;
      if (link) focusOnArrival(link.dataset.focusOnArrival!.split(",").map((s) => s.trim()));
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
