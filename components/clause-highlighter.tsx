"use client";

import { useEffect } from "react";

/**
 * Scrolls to an arrived-at clause so that the heading of its section shows above it whenever
 * heading and clause fit on the screen together; otherwise to the clause itself. Both carry
 * scroll-margin, and the page's scroll-padding keeps them clear of the sticky header.
 */
function reveal(clause: HTMLElement) {
  const heading = clause.closest("section")?.querySelector<HTMLElement>(":scope > .policy-heading");
  const siteHeader = document.querySelector("header.site-header");
  const header =
    siteHeader && getComputedStyle(siteHeader).position === "sticky"
      ? siteHeader.getBoundingClientRect().height
      : 0;
  const room = window.innerHeight - header - 32;
  const span = heading
    ? clause.getBoundingClientRect().bottom - heading.getBoundingClientRect().top
    : Infinity;
  (heading && span <= room ? heading : clause).scrollIntoView({ block: "start" });
}

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
      reveal(el);
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);
  return null;
}
