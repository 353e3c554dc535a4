import NextLink from "next/link";
import type { ComponentProps } from "react";

/*
 * next/link without prefetching. Every page here is rendered per request (and kept by the
 * response cache), so what a prefetch fetches is the layout's shell, not the page; yet the links
 * in view as the grid loads (the main menu's, two of the grid's own views) made fourteen such
 * requests while the page was hydrating, each answer parsed on a phone's main thread
 * (docs/render-speed.md, "Lighthouse"). A click still navigates client-side, fetching the page
 * it needs.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
