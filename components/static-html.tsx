import { headers } from "next/headers";
import { putIslandHtml } from "@/lib/html-island-store";
import { DOCUMENT_RENDER_HEADER } from "@/lib/server/document-render";
import { HtmlIsland, type HtmlIslandProps } from "./html-island";

/*
 * Static HTML a page builds as one string (the grid's table, a policy's text, search hits).
 * Given to React directly it would be sent twice: as HTML, and again JSON-escaped in the
 * payload the browser hydrates from, which for a long policy is most of the page and of the
 * CPU a render costs. A document render (the front server says so: lib/server/document-render.ts)
 * hands it to the HTML render through the island store instead, so the payload carries a key;
 * anything else (a client-side navigation, which has no HTML render) gets the HTML in its payload.
 */
export async function StaticHtml({
  html,
  ...props
}: Omit<HtmlIslandProps, "html" | "island"> & { html: string }) {
  const isDocument = (await headers()).get(DOCUMENT_RENDER_HEADER) === "1";
  return isDocument ? (
    <HtmlIsland {...props} island={putIslandHtml(html)} />
  ) : (
    <HtmlIsland {...props} html={html} />
  );
}
