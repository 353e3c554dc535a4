import { joinHardWrappedLines } from "./hard-wrapped";
import { MAX_POLICY_BYTES, ReadingError, tooLargeMessage } from "./reading-error";

const CONTROL = /[\u0000-\u0008\u000e-\u001f\u007f]/g;

const PAGE_FOOTER =
  /^[ \t]*(?:(?:[-–—][ \t]*)?Page[ \t]+\d{1,4}(?:[ \t]+of[ \t]+\d{1,4})?(?:[ \t]*[-–—])?|[-–—][ \t]*\d{1,4}[ \t]*[-–—])[ \t]*\n/gim;

/**
 * Turns the bytes someone sent into text, refusing what is not a text document: over 2 MB,
 * binary data (NUL bytes, or many bytes that are not UTF-8 or are control characters), or
 * nothing readable. A UTF-8 byte-order mark and Windows line ends are normalised away.
 */
export function decodeInput(input: Uint8Array | string): string {
  const bytes = typeof input === "string" ? Buffer.byteLength(input, "utf8") : input.byteLength;
  if (bytes > MAX_POLICY_BYTES) throw new ReadingError("too-large", tooLargeMessage(bytes));
  const text = typeof input === "string" ? input : new TextDecoder("utf-8").decode(input);
  if (text.includes("\u0000"))
    throw new ReadingError(
      "binary",
      "This looks like a binary file, not a policy: send the policy as text, markdown or HTML.",
    );
  // Counted on a sample so a 2 MB input costs one pass over 64 kB here.
  const sample = text.slice(0, 65_536);
  const bad = (sample.match(/\uFFFD/g)?.length ?? 0) + (sample.match(CONTROL)?.length ?? 0);
  if (sample.length > 0 && bad / sample.length > 0.01)
    throw new ReadingError(
      "binary",
      "This file is not UTF-8 text (it may be a PDF, a word-processor file or an image): " +
        "save or copy the policy as text, markdown or HTML.",
    );
  const normalised = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(CONTROL, "")
    // Text copied out of a PDF keeps its typeset ligatures ("speciﬁc", "ﬁles"): the same letters,
    // which every rule and every search must read as such (NFKC folds exactly these).
    .replace(/[\uFB00-\uFB06]/g, (l) => l.normalize("NFKC"))
    // And its page footers, a line of their own between the lines of a clause ("Page 3 of 20",
    // "- 4 -"):
    // page furniture, as a site's navigation is, that would join the clause around it.
    .replace(PAGE_FOOTER, "");
  const joined = joinHardWrappedLines(normalised);
  if (!/[\p{L}\p{N}]/u.test(normalised))
    throw new ReadingError("empty", "There is no readable text here: paste or upload a policy.");
  return joined;
}
