"use client";

import { useEffect } from "react";

/*
 * One document-level listener instead of a client component per clause: a company page has
 * dozens of clauses, and hydrating each copy control separately cost more than the page itself.
 */
export function CopyLinkHandler() {
  useEffect(() => {
    const onClick = async (event: MouseEvent) => {
      const link = (event.target as Element | null)?.closest?.("a[data-copy-link]");
      if (
        !(link instanceof HTMLAnchorElement) ||
        event.button !== 0 ||
        event.metaKey ||
        event.ctrlKey
      )
        return;
      const url = `${window.location.origin}${window.location.pathname}${link.hash}`;
      try {
        event.preventDefault();
        await navigator.clipboard.writeText(url);
        history.replaceState(null, "", link.hash);
        window.dispatchEvent(new HashChangeEvent("hashchange"));
        link.textContent = "Copied";
        link.setAttribute("aria-live", "polite");
        setTimeout(() => (link.textContent = "Copy link"), 2000);
      } catch {
        // No clipboard access: follow the link, which puts the address in the location bar.
        window.location.hash = link.hash;
      }
    };
    document.addEventListener("click", onClick);
    return () => document.removeEventListener("click", onClick);
  }, []);
  return null;
}
