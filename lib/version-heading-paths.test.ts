import { describe, expect, it } from "vitest";
import { versionHeadingPaths } from "./version-heading-paths";

const USES = "How Mozy Uses Information";
const COLLECTS = "User Information Mozy Collects";

describe("a recorded version's heading paths", () => {
  it("gives a clause the current policy keeps the whole path it has there", () => {
    const clauses = [
      { anchor: "preamble-aaaaaa", heading: "" },
      { anchor: "personal-data-111111", heading: "Personal Data" },
      { anchor: "personal-data-222222", heading: "Personal Data" },
      { anchor: "security-333333", heading: "Security" },
    ];
    const current = new Map([
      ["personal-data-111111", [USES, "Personal Data"]],
      ["personal-data-222222", [COLLECTS, "Personal Data"]],
    ]);
    expect(versionHeadingPaths(clauses, current)).toEqual([
      [],
      [USES, "Personal Data"],
      [COLLECTS, "Personal Data"],
      ["Security"],
    ]);
  });

  it("gives a clause the current policy lacks the path of its neighbours under the same heading", () => {
    const clauses = [
      { anchor: "personal-data-new001", heading: "Personal Data" },
      { anchor: "personal-data-111111", heading: "Personal Data" },
      { anchor: "personal-data-new002", heading: "Personal Data" },
      { anchor: "cookies-new003", heading: "Cookies" },
      { anchor: "personal-data-new004", heading: "Personal Data" },
    ];
    const current = new Map([["personal-data-111111", [USES, "Personal Data"]]]);
    expect(versionHeadingPaths(clauses, current)).toEqual([
      [USES, "Personal Data"],
      [USES, "Personal Data"],
      [USES, "Personal Data"],
      ["Cookies"],
      // A later section of the same name with no clause the current policy keeps: heading alone.
      ["Personal Data"],
    ]);
  });

  it("puts a section the current policy lacks under the headings its neighbours are both under", () => {
    const WHAT = "3. What Personal Data We Use";
    const clauses = [
      { anchor: "a-1", heading: "3.1. Basic Account Data" },
      { anchor: "b-gone", heading: "3.2. Your E-mail Address" },
      { anchor: "c-gone", heading: "3.2.1. Recovery" },
      { anchor: "d-1", heading: "3.3.1. Cloud Chats" },
      { anchor: "e-gone", heading: "3.9. Gone" },
      { anchor: "f-1", heading: "4. Keeping Your Personal Data Safe" },
      { anchor: "g-gone", heading: "5. Gone Too" },
    ];
    const current = new Map([
      ["a-1", [WHAT, "3.1. Basic Account Data"]],
      ["d-1", [WHAT, "3.3. Your Messages", "3.3.1. Cloud Chats"]],
      ["f-1", ["4. Keeping Your Personal Data Safe"]],
    ]);
    expect(versionHeadingPaths(clauses, current)).toEqual([
      [WHAT, "3.1. Basic Account Data"],
      [WHAT, "3.2. Your E-mail Address"],
      [WHAT, "3.2.1. Recovery"],
      [WHAT, "3.3. Your Messages", "3.3.1. Cloud Chats"],
      // Between a subsection of 3 and the top-level 4: nothing in common, so at the top.
      ["3.9. Gone"],
      ["4. Keeping Your Personal Data Safe"],
      ["5. Gone Too"],
    ]);
  });

  it("gives a section the parent's own text is in the parent's path, not the parent twice", () => {
    const clauses = [
      { anchor: "a-1", heading: USES },
      { anchor: "b-gone", heading: USES },
      { anchor: "c-1", heading: "Cookies" },
      { anchor: "d-gone", heading: USES },
      { anchor: "e-1", heading: "Personal Data" },
    ];
    const current = new Map([
      ["a-1", [USES]],
      ["c-1", [USES, "Cookies"]],
      ["e-1", [USES, "Personal Data"]],
    ]);
    expect(versionHeadingPaths(clauses, current)).toEqual([
      [USES],
      [USES],
      [USES, "Cookies"],
      [USES],
      [USES, "Personal Data"],
    ]);
  });

  it("ignores a current path under another heading (the anchor's section slug alike, its heading not)", () => {
    const clauses = [{ anchor: "personal-data-111111", heading: "Personal data" }];
    const current = new Map([["personal-data-111111", [USES, "Personal Data"]]]);
    expect(versionHeadingPaths(clauses, current)).toEqual([["Personal data"]]);
  });
});
