import { describe, expect, it } from "vitest";
import { loaderFiles } from "./history-fingerprint";

describe("the history's code fingerprint", () => {
  it("covers the loader and every file of this folder it imports, in turn", () => {
    const files = loaderFiles();
    for (const f of [
      "load-history.ts",
      "history-worker.ts",
      "build-company-history.ts",
      "back-and-forth.ts",
      "match-clauses.ts",
      "rate-versions.ts",
      "segment-history.ts",
    ])
      expect(files).toContain(f);
  });

  it("leaves out what only the pages use, so rewording a note reloads nothing", () => {
    const files = loaderFiles();
    for (const f of [
      "word-diff.ts",
      "atom-feed.ts",
      "back-and-forth-note-text.ts",
      "hidden-runs.ts",
    ])
      expect(files).not.toContain(f);
  });
});
