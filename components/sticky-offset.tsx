"use client";

import { useEffect } from "react";

/*
 * Keeps a CSS variable equal to the height of a sticky element (0 while it is not sticky), so
 * that whatever sticks below it, and scroll-padding for anchors and keyboard focus, clear it
 * exactly even when it wraps onto two lines. The stylesheet holds a close default for pages
 * read without JavaScript.
 */
export function StickyOffset({ target, variable }: { target: string; variable: `--${string}` }) {
  useEffect(() => {
    const el = document.querySelector<HTMLElement>(target);
    if (!el) return;
    const root = document.documentElement.style;
    const update = () => {
      const sticky = getComputedStyle(el).position === "sticky";
      root.setProperty(variable, `${sticky ? el.getBoundingClientRect().height : 0}px`);
    };
    update();
    const observer = new ResizeObserver(update);
    observer.observe(el);
    window.addEventListener("resize", update);
    return () => {
      observer.disconnect();
      window.removeEventListener("resize", update);
      root.removeProperty(variable);
    };
  }, [target, variable]);
  return null;
}
