"use client";

import { useEffect } from "react";

/*
 * Keeps a CSS variable equal to the height of a sticky element (0 while it is not sticky), so
 * that whatever sticks below it, and scroll-padding for anchors and keyboard focus, clear it
 * exactly even when it wraps onto two lines. The stylesheet holds a close default for pages
 * read without JavaScript.
 *
 * A variable set on the root restyles every element of the page: on the grid, a throttled
 * phone spent 130 ms on it right after hydration (Lighthouse's trace, docs/render-speed.md). So
 * a value is written only when it differs from the one in effect (the stylesheet's default is
 * often exact: on a phone the site header does not stick, and its 0px stands).
 */

/** A length in px from a variable's value as written ("3.75rem", "59.5px", "0"), else null. */
export function lengthInPx(value: string, remPx: number): number | null {
  const m = /^\s*(-?\d*\.?\d+)(px|rem)?\s*$/.exec(value);
  if (!m) return null;
  const n = Number(m[1]);
  if (m[2] === "rem") return n * remPx;
  return m[2] === "px" || n === 0 ? n : null;
}

/** Writes the element's height (0 unless sticky) when it is not the value in effect; true if written. */
function writeHeight(el: HTMLElement, variable: string): boolean {
  const root = document.documentElement;
  const inEffect = getComputedStyle(root);
  const height = getComputedStyle(el).position === "sticky" ? el.getBoundingClientRect().height : 0;
  const current = lengthInPx(inEffect.getPropertyValue(variable), parseFloat(inEffect.fontSize));
  if (current !== null && Math.abs(current - height) < 0.01) return false;
  root.style.setProperty(variable, `${height}px`);
  return true;
}

/**
 * `whenFocusWithin`: a selector of the element whose keyboard focus alone the variable serves
 * (the grid's header row, for focus in the grid's body): measured when focus first enters it,
 * before the browser scrolls to the focused control, so a page that is only read never
 * restyles for it.
 */
export function StickyOffset({
  target,
  variable,
  whenFocusWithin,
}: {
  target: string;
  variable: `--${string}`;
  whenFocusWithin?: string;
}) {
  useEffect(() => {
    const el = document.querySelector<HTMLElement>(target);
    if (!el) return;
    const update = () => void writeHeight(el, variable);
    const observer = new ResizeObserver(update);
    const start = () => {
      observer.observe(el);
      window.addEventListener("resize", update);
      return writeHeight(el, variable);
    };
    const focusIn = (event: FocusEvent) => {
      if (!(event.target instanceof Element) || !event.target.closest(whenFocusWithin!)) return;
      document.removeEventListener("focusin", focusIn, true);
      start();
    };
    // Capture: before the listeners that scroll the focused control into view (RevealFocus).
    if (whenFocusWithin) document.addEventListener("focusin", focusIn, true);
    else if (start()) {
      // The browser scrolled to the URL's anchor before this ran, by the stylesheet's default;
      // the real height differs (a header wrapped onto more lines): arrive at it again.
      const anchor = window.location.hash.slice(1);
      if (anchor) document.getElementById(decodeURIComponent(anchor))?.scrollIntoView();
    }
    return () => {
      document.removeEventListener("focusin", focusIn, true);
      observer.disconnect();
      window.removeEventListener("resize", update);
      document.documentElement.style.removeProperty(variable);
    };
  }, [target, variable, whenFocusWithin]);
  return null;
}
