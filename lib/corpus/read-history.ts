import { createHash } from "node:crypto";
import { brotliDecompressSync } from "node:zlib";
import { historyVersionSchema, type HistoryVersion } from "./corpus-schemas";

/** Why a history file could not be read, phrased for the person who supplied it. */
export class HistoryError extends Error {}

function decompress(compressed: Uint8Array): Buffer {
  try {
    return brotliDecompressSync(compressed);
  } catch {
    throw new HistoryError("is not Brotli-compressed (expected a .jsonl.br file)");
  }
}

function parseVersion(line: string, lineNumber: number): HistoryVersion {
  let json: unknown;
  try {
    json = JSON.parse(line);
  } catch {
    throw new HistoryError(`line ${lineNumber} is not valid JSON`);
  }
  const parsed = historyVersionSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new HistoryError(
      `line ${lineNumber}: ${issue.path.join(".") || "version"}: ${issue.message}`,
    );
  }
  const digest = createHash("sha256").update(parsed.data.text).digest("hex");
  if (digest !== parsed.data.sha256)
    throw new HistoryError(`line ${lineNumber}: the text does not match its sha256`);
  return parsed.data;
}

/*
 * The latest version is the last line: only that line is parsed (a history can hold thousands
 * of versions, 40 MB uncompressed), which keeps the corpus seed within its time budget.
 */
export function latestVersion(compressed: Uint8Array): HistoryVersion {
  const buf = decompress(compressed);
  let end = buf.length;
  while (end > 0 && (buf[end - 1] === 0x0a || buf[end - 1] === 0x0d)) end--;
  if (end === 0) throw new HistoryError("holds no versions");
  const start = buf.lastIndexOf(0x0a, end - 1) + 1;
  let lineNumber = 1;
  for (let i = buf.indexOf(0x0a); i !== -1 && i < start; i = buf.indexOf(0x0a, i + 1)) lineNumber++;
  return parseVersion(buf.subarray(start, end).toString("utf8"), lineNumber);
}

/** Every version, oldest first (for the policy history: read on demand, not at start-up). */
export function allVersions(compressed: Uint8Array): HistoryVersion[] {
  return decompress(compressed)
    .toString("utf8")
    .split("\n")
    .map((line, i) => [line.trim(), i + 1] as const)
    .filter(([line]) => line.length > 0)
    .map(([line, n]) => parseVersion(line, n));
}
