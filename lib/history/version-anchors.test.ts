import { describe, expect, it } from "vitest";
import { anchorFor } from "../seed/segment-policy";
import { clauseAnchorInVersion, versionClauseAnchors } from "./version-anchors";

describe("versionClauseAnchors", () => {
  it("names a version's clauses as the company page names the same clauses", () => {
    const taken = new Set<string>();
    const page = [
      anchorFor([], "Welcome.", taken),
      anchorFor(["Privacy", "Cookies"], "We use cookies.", taken),
      anchorFor(["Ads", "Cookies"], "We use cookies.", taken),
      anchorFor(["Retention"], "We keep data.", taken),
    ];
    expect(
      versionClauseAnchors([
        { heading: "", text: "Welcome." },
        { heading: "Cookies", text: "We use cookies." },
        { heading: "Cookies", text: "We use cookies." },
        { heading: "Retention", text: "We keep data." },
      ]),
    ).toEqual(page);
    expect(page[0]).toMatch(/^preamble-[0-9a-f]{6}$/);
    expect(page[2]).toBe(`${page[1]}-2`);
  });

  it("gives a clause alone the anchor of its first occurrence", () => {
    const clause = { heading: "Data Retention & Deletion", text: "We keep data." };
    expect(clauseAnchorInVersion(clause)).toBe(versionClauseAnchors([clause])[0]);
    expect(clauseAnchorInVersion(clause)).toMatch(/^data-retention-deletion-[0-9a-f]{6}$/);
  });
});
