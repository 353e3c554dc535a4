"use client";

import { useEffect, type CSSProperties } from "react";
import { readIslandHtml } from "@/lib/html-island-store";

export type IslandTag = "div" | "nav" | "ol" | "ul";

export type HtmlIslandProps = {
  as: IslandTag;
  /** The HTML itself: given when the page is rendered for a client-side navigation. */
  html?: string;
  /** Where the HTML waits for the server's HTML render: given when the page is a document. */
  island?: string;
  className?: string;
  style?: CSSProperties;
  "aria-label"?: string;
  "data-cols"?: number;
};

/** Islands already shown in this document, by key: a page restored from the router's cache. */
const shown = new Map<string, string>();

function islandHtml(island: string): string | undefined {
  if (typeof window === "undefined") {
    const html = readIslandHtml(island);
    // The server-component render put it there moments ago in this process; an empty block
    // would pass for a page with nothing to show, so a lost one is an error.
    if (html === undefined) throw new Error(`Static HTML ${island} was not found for this render.`);
    return html;
  }
  let html = shown.get(island);
  if (html === undefined) {
    // Hydrating: the server's HTML is in the document; React leaves inner HTML as it finds it.
    const el = document.querySelector(`[data-island="${CSS.escape(island)}"]`);
    if (el) shown.set(island, (html = el.innerHTML));
  }
  return html;
}

/**
 * A block of static HTML built on the server (components/static-html.tsx). In a document the
 * HTML is sent once, as HTML: React's payload carries only the island's key, and hydration
 * keeps what the document holds. A client-side navigation's payload carries the HTML itself.
 */
export function HtmlIsland({ as: Tag, html, island, ...attributes }: HtmlIslandProps) {
  const content = html ?? (island === undefined ? undefined : islandHtml(island));
  useEffect(() => {
    if (content !== undefined) return;
    // Never expected (a key is only sent with a document that holds the HTML): say so, and let a
    // full load bring the page back rather than leave it empty.
    console.error(`Policy Atlas: a block of this page is missing (${island}); reloading.`);
    window.location.reload();
  }, [content, island]);
  return (
    <Tag
      {...attributes}
      data-island={html === undefined ? island : undefined}
      dangerouslySetInnerHTML={{ __html: content ?? "" }}
      suppressHydrationWarning
    />
  );
}
