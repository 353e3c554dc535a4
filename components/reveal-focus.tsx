"use client";

import { useEffect } from "react";

/*
 * Chromium scrolls a focused element into view only when none of it is visible, so a control
 * half under the grid's sticky column or header stays half hidden. When keyboard focus lands
 * inside `within`, bring the whole control into view; `nearest` scrolls as little as possible
 * and honours the stylesheet's scroll-padding and scroll-margin, which keep it clear of
 * everything sticky.
 */
export function RevealFocus({ within }: { within: string }) {
  useEffect(() => {
    const reveal = (event: FocusEvent) => {
      const el = event.target;
      if (!(el instanceof Element) || !el.closest(within) || !el.matches(":focus-visible")) return;
      el.scrollIntoView({ block: "nearest", inline: "nearest" });
    };
    document.addEventListener("focusin", reveal);
    return () => document.removeEventListener("focusin", reveal);
  }, [within]);
  return null;
}
