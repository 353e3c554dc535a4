import { describe, expect, it } from "vitest";
import { changesFeedTitle } from "./changes-feed-title";

const names = {
  practices: new Map([
    ["retention", "Data retention"],
    ["cookies", "Cookies & tracking"],
  ]),
  sectors: new Map([["social", "Social"]]),
};

describe("changesFeedTitle", () => {
  it("names the filters, so two filtered feeds can be told apart", () => {
    expect(changesFeedTitle({ practices: ["retention"], sectors: ["social"] }, names)).toBe(
      "Policy Atlas: privacy policy changes — data retention, in social",
    );
    expect(
      changesFeedTitle(
        {
          practices: ["retention", "cookies"],
          sectors: [],
          since: "2024-01-01",
          until: "2024-12-31",
        },
        names,
      ),
    ).toBe(
      "Policy Atlas: privacy policy changes — data retention or cookies & tracking, since Jan 1, 2024, until Dec 31, 2024",
    );
  });

  it("keeps the plain title for the unfiltered feed", () => {
    expect(changesFeedTitle({ practices: [], sectors: [] }, names)).toBe(
      "Policy Atlas: privacy policy changes",
    );
  });
});
