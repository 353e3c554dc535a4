"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useTransition } from "react";

/** Ticks made within this long of each other become one step in the browser's history. */
export const FILTER_DEBOUNCE_MS = 600;

/**
 * Navigation for the filter forms (grid and search alike): each deliberate change becomes a
 * history entry, so Back and Forward walk through views; rapid changes are debounced into one.
 * `busy()` is true while a change waits or loads, when a form must not be reset from its props.
 */
export function useViewNavigation() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);

  const cancel = useCallback(() => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
  }, []);
  useEffect(() => cancel, [cancel]);

  const navigate = useCallback(
    (href: string, { immediate = false } = {}) => {
      cancel();
      const go = () => {
        timer.current = null;
        if (href === `${window.location.pathname}${window.location.search}`) return;
        startTransition(() => router.push(href, { scroll: false }));
      };
      if (immediate) go();
      else timer.current = setTimeout(go, FILTER_DEBOUNCE_MS);
    },
    [cancel, router],
  );

  const busy = useCallback(() => pending || timer.current !== null, [pending]);
  return { navigate, pending, busy };
}
