import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { VersionKindBadge } from "@/components/history/version-kind";

const badge = (props: Parameters<typeof VersionKindBadge>[0]) =>
  renderToStaticMarkup(h(VersionKindBadge, props));

describe("VersionKindBadge", () => {
  it("says a page going back and forth is not a change, in words and with a dashed edge", () => {
    const html = badge({ kind: "change", backAndForth: true });
    expect(html).toContain(">Back and forth<");
    expect(html).toContain("border-dashed");
    expect(html).toMatch(/title="[^"]*not listed among the atlas/);
  });

  it("keeps the recorded kind otherwise", () => {
    expect(badge({ kind: "change" })).toContain(">Changed<");
    expect(badge({ kind: "change", backAndForth: false })).toContain(">Changed<");
    // A re-extraction or a first recording is never relabelled.
    expect(badge({ kind: "technical", backAndForth: true })).toContain(">Re-extraction<");
    expect(badge({ kind: "first", backAndForth: true })).toContain(">First recorded<");
  });
});
