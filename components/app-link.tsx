import NextLink from "next/link";
import type { ComponentProps } from "react";

/*
 * next/link without prefetching. Every page here is rendered per request (and kept by the
 * response cache), so what a prefetch of one fetches is the layout's shell, not the page; yet
 * the header's, the grid's and the footer's links in view at load fetched fourteen of them
 * while the page was hydrating, each answer parsed on the phone's main thread
 * (docs/render-speed.md, "Lighthouse"). A click still navigates client-side, fetching the page
 * it needs.
 */
export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
