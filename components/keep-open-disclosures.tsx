"use client";

import { useEffect } from "react";

const KEY = "policy-atlas:open:";

const urlKey = () => `${KEY}${location.pathname}${location.search}`;

function openIndexes(selector: string): number[] {
  return [...document.querySelectorAll<HTMLDetailsElement>(selector)].flatMap((d, i) =>
    d.open ? [i] : [],
  );
}

function reopen(selector: string) {
  let saved: unknown;
  try {
    saved = JSON.parse(sessionStorage.getItem(urlKey()) ?? "[]");
  } catch {
    return;
  }
  if (!Array.isArray(saved)) return;
  const all = document.querySelectorAll<HTMLDetailsElement>(selector);
  for (const i of saved) if (typeof i === "number" && all[i]) all[i].open = true;
}

/*
 * Someone checking a cell's quotes follows "Read in the policy" and comes back, cell after cell.
 * When the browser reloads the page for Back (no back/forward cache: a page evicted, or a browser
 * that keeps none) every disclosure came back closed, and each cell had to be opened again. The
 * open ones are remembered for this tab and this address (sessionStorage, by position: the same
 * address shows the same cells) and opened again when the page is shown anew. Without JavaScript
 * nothing is remembered and nothing breaks.
 */
export function KeepOpenDisclosures({ selector }: { selector: string }) {
  useEffect(() => {
    const save = (event: Event) => {
      if (!(event.target instanceof HTMLDetailsElement) || !event.target.matches(selector)) return;
      try {
        const open = openIndexes(selector);
        if (open.length) sessionStorage.setItem(urlKey(), JSON.stringify(open));
        else sessionStorage.removeItem(urlKey());
      } catch {
        // Storage full or refused (private mode): the page works as before, it only forgets.
      }
    };
    // A client-side Back re-renders the page from the router's cache after popstate.
    const restoreLater = () =>
      requestAnimationFrame(() => requestAnimationFrame(() => reopen(selector)));
    reopen(selector);
    // `toggle` does not bubble: listen in the capture phase.
    document.addEventListener("toggle", save, true);
    window.addEventListener("popstate", restoreLater);
    return () => {
      document.removeEventListener("toggle", save, true);
      window.removeEventListener("popstate", restoreLater);
    };
  }, [selector]);
  return null;
}
