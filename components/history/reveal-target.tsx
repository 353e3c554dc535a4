"use client";

import { useEffect } from "react";

/*
 * A link to a version's row (#version-…) may point into a collapsed run of the timeline.
 * Chromium opens a closed <details> on a fragment navigation by itself; other browsers may not,
 * so open the one holding the target, on arrival and whenever the fragment changes.
 */
export function RevealTarget() {
  useEffect(() => {
    const reveal = () => {
      const id = decodeURIComponent(location.hash.slice(1));
      const target = id ? document.getElementById(id) : null;
      const details = target?.closest("details");
      if (!target || !details || details.open) return;
      details.open = true;
      target.scrollIntoView();
    };
    reveal();
    window.addEventListener("hashchange", reveal);
    return () => window.removeEventListener("hashchange", reveal);
  }, []);
  return null;
}
