import { headers } from "next/headers";
import { openOnWideScreensScript } from "@/lib/render/open-on-wide-screens";
import { nonceOf } from "@/lib/server/security-headers";
import { StaticHtml } from "./static-html";

/**
 * Opens the <details> with id `target` on a wide screen before the page below it is drawn
 * (lib/render/open-on-wide-screens.ts). Sent as static HTML, so the script runs as the document
 * is parsed (with the response's CSP nonce) and never again: a client-side navigation inserts it
 * inert, and the disclosure's own effect decides there.
 */
export async function OpenOnWideScreens({ target }: { target: string }) {
  const nonce = nonceOf((await headers()).get("content-security-policy"));
  const script = `<script${nonce ? ` nonce="${nonce}"` : ""}>${openOnWideScreensScript(target)}</script>`;
  return <StaticHtml as="div" className="hidden" html={script} />;
}
