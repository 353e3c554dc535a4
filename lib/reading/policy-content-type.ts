import type { PolicyFormat } from "./ingest";

const TYPES: Record<string, PolicyFormat> = {
  "text/plain": "text",
  "text/markdown": "markdown",
  "text/x-markdown": "markdown",
  "text/html": "html",
};

/**
 * The policy format a Content-Type names, or an error message: only text/plain, text/markdown
 * and text/html, in UTF-8 (the default when no charset is given).
 */
export function formatForContentType(
  header: string | null,
): { format: PolicyFormat } | { error: string } {
  const [type = "", ...params] = (header ?? "").split(";").map((p) => p.trim().toLowerCase());
  const format = TYPES[type];
  if (!format)
    return {
      error: `Send the policy as text/plain, text/markdown or text/html${type ? `, not ${type.slice(0, 60)}` : " (the Content-Type header is missing)"}.`,
    };
  const charset = params
    .find((p) => p.startsWith("charset="))
    ?.slice(8)
    .replace(/"/g, "");
  if (charset && charset !== "utf-8" && charset !== "utf8" && charset !== "us-ascii")
    return { error: `Send the policy in UTF-8, not ${charset.slice(0, 30)}.` };
  return { format };
}
