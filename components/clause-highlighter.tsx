"use client";

import { useEffect } from "react";

/*
 * `:target` only follows real navigations; a client-side link from the grid arrives via
 * pushState, which leaves it unset. Mark the clause named in the hash ourselves, on arrival
 * and on every hash change.
 */
export function ClauseHighlighter() {
  useEffect(() => {
    const mark = () => {
      document
        .querySelectorAll("[data-highlighted]")
        .forEach((el) => el.removeAttribute("data-highlighted"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      const el = id ? document.getElementById(id) : null;
      if (!el || !el.classList.contains("clause")) return;
      el.setAttribute("data-highlighted", "true");
      el.scrollIntoView({ block: "start" });
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);
  return null;
}
