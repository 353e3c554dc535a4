"use client";

import { useEffect, useRef, useState } from "react";
import { clauseAnchorSection, isSectionAnchor } from "@/lib/clause-anchor";

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
  // An old version's bar sticks under the header (components/history/version-bar.tsx).
  const bar = document.querySelector(".version-bar")?.getBoundingClientRect().height ?? 0;
  const room = window.innerHeight - header - bar - 32;
  const span = heading
    ? clause.getBoundingClientRect().bottom - heading.getBoundingClientRect().top
    : Infinity;
  (heading && span <= room ? heading : clause).scrollIntoView({ block: "start" });
}

type Missing = {
  kind: "clause" | "section";
  /** The fragment as the link gave it. */
  id: string;
  section: { id: string; title: string } | null;
};

/** What a fragment naming nothing on the page was, and the section a clause link still names. */
function missingTarget(id: string): Missing | null {
  if (isSectionAnchor(id)) return { kind: "section", id, section: null };
  const slug = clauseAnchorSection(id);
  if (slug === null) return null;
  const heading = [...document.querySelectorAll<HTMLElement>("[data-anchor-section]")].find(
    (h) => h.dataset.anchorSection === slug,
  );
  return {
    kind: "clause",
    id,
    section: heading ? { id: heading.id, title: heading.textContent ?? "" } : null,
  };
}

/*
 * `:target` only follows real navigations; a client-side link from the grid arrives via
 * pushState, which leaves it unset. Mark the clause named in the hash ourselves, on arrival
 * and on every hash change. A clause's anchor is derived from its text, so a link made before
 * the policy changed (or was split into clauses differently) names nothing: rather than leave
 * the reader at the top of the page wondering, say so where the policy begins, and lead to the
 * section the clause was in when the page still has it.
 */
export function ClauseHighlighter({
  historyHref,
  findHref,
}: {
  historyHref: string;
  /** Finds the latest recorded version that had a clause (`?clause=` its anchor). */
  findHref?: string;
}) {
  const [missing, setMissing] = useState<Missing | null>(null);
  const notice = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const mark = () => {
      document
        .querySelectorAll("[data-highlighted]")
        .forEach((el) => el.removeAttribute("data-highlighted"));
      const id = decodeURIComponent(window.location.hash.slice(1));
      const el = id ? document.getElementById(id) : null;
      if (!el) {
        setMissing(id ? missingTarget(id) : null);
        return;
      }
      setMissing(null);
      if (!el.classList.contains("clause")) return;
      el.setAttribute("data-highlighted", "true");
      reveal(el);
    };
    mark();
    window.addEventListener("hashchange", mark);
    return () => window.removeEventListener("hashchange", mark);
  }, []);

  useEffect(() => {
    if (missing) notice.current?.scrollIntoView({ block: "center" });
  }, [missing]);

  if (!missing) return null;
  return (
    <div
      ref={notice}
      role="status"
      data-testid="missing-clause"
      className="rounded-lg border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100"
    >
      <p>
        {missing.kind === "clause"
          ? "The clause this link points to is not in this copy of the policy: its words, or the way the policy is split into clauses, have changed since the link was made."
          : "The section this link points to is not in this copy of the policy: its headings have changed since the link was made."}{" "}
        {missing.section && (
          <>
            It was in the section{" "}
            <a href={`#${missing.section.id}`} className="underline">
              &ldquo;{missing.section.title}&rdquo;
            </a>
            .{" "}
          </>
        )}
        {missing.kind === "clause" && findHref ? (
          <>
            <a href={`${findHref}?clause=${encodeURIComponent(missing.id)}`} className="underline">
              Read the clause in the latest recorded version that had it
            </a>{" "}
            (or{" "}
            <a href={historyHref} className="underline">
              see the policy&rsquo;s history
            </a>
            ).
          </>
        ) : (
          <>
            <a href={historyHref} className="underline">
              See the policy&rsquo;s history
            </a>
            .
          </>
        )}
      </p>
    </div>
  );
}
