import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VersionKindBadge } from "@/components/history/version-kind";
import type { ClassifiedVersion } from "@/lib/history/version-status";

const badge = (version: Partial<ClassifiedVersion> & Pick<ClassifiedVersion, "kind">) =>
  renderToStaticMarkup(
    h(VersionKindBadge, { version: { changedClauses: 3, backAndForth: false, ...version } }),
  );

describe("VersionKindBadge", () => {
  it("says a page going back and forth is not a change, in words and with a dashed edge", () => {
    const html = badge({ kind: "change", backAndForth: true });
    expect(html).toContain(">Back and forth<");
    expect(html).toContain("border-dashed");
    expect(html).toMatch(/title="[^"]*not listed among the atlas/);
  });

  it("badges a change that changed no clause “Layout only”, quietly, not “Changed”", () => {
    const html = badge({ kind: "change", changedClauses: 0 });
    expect(html).toContain(">Layout only<");
    expect(html).not.toContain(">Changed<");
    expect(html).not.toContain("amber");
    expect(html).toMatch(/title="[^"]*not a word of its clauses: not listed among the atlas/);
    // Flipping between two orders of the same clauses is still the page going back and forth.
    expect(badge({ kind: "change", changedClauses: 0, backAndForth: true })).toContain(
      ">Back and forth<",
    );
  });

  it("keeps the recorded kind otherwise", () => {
    expect(badge({ kind: "change" })).toContain(">Changed<");
    // A re-extraction or a first recording is never relabelled.
    expect(badge({ kind: "technical", backAndForth: true })).toContain(">Re-extraction<");
    expect(badge({ kind: "technical", changedClauses: 0 })).toContain(">Re-extraction<");
    expect(badge({ kind: "first", changedClauses: 0 })).toContain(">First recorded<");
  });
});
