import type { PolicyFormat } from "./ingest";

/**
 * How a reading says what it read the policy as. Pasted text declares no format and is read as
 * markdown unless it looks like HTML; plain text reads the same way as markdown, so calling it
 * "markdown" would tell the sender something about their text that may not be true.
 */
export function formatLabel(format: PolicyFormat, declared: boolean): string {
  if (format === "html") return "HTML";
  if (format === "text") return "plain text";
  return declared ? "markdown" : "plain text or markdown";
}
