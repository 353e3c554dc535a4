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
    const before = getComputedStyle(document.documentElement).getPropertyValue(variable);
    update();
    // The browser scrolled to the URL's anchor before this ran, by the stylesheet's default; when
    // the real height differs (a header wrapped onto more lines), arrive at it again.
    const anchor = window.location.hash.slice(1);
    if (anchor && getComputedStyle(document.documentElement).getPropertyValue(variable) !== before)
      document.getElementById(decodeURIComponent(anchor))?.scrollIntoView();
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
