import { describe, expect, it } from "vitest";
import { nearMiss, unknownParamsNotice } from "./unknown-params";

const KNOWN = ["practices", "companies", "rating", "sort", "page"];
const READS = "the grid reads practices, companies, rating, sort and page";

describe("unknown query parameters", () => {
  it("says nothing when every parameter is read", () => {
    expect(unknownParamsNotice({ practices: "all", page: "2" }, KNOWN, READS)).toBeNull();
    expect(unknownParamsNotice({}, KNOWN, READS)).toBeNull();
  });

  it("names one unknown parameter and what the page reads", () => {
    expect(unknownParamsNotice({ findings: "curated" }, KNOWN, READS)).toBe(
      'Ignored unknown parameter "findings": the grid reads practices, companies, rating, sort and page.',
    );
  });

  it("names several, at most five, in the plural", () => {
    const notice = unknownParamsNotice({ a: "", b: "", c: "", d: "", e: "", f: "" }, KNOWN, READS);
    expect(notice).toMatch(/^Ignored unknown parameters "a", "b", "c", "d", "e": /);
    expect(notice).not.toContain('"f"');
  });

  it("suggests the parameter a singular, plural or capitalised key obviously meant", () => {
    expect(nearMiss("practice", KNOWN)).toBe("practices");
    expect(nearMiss("company", KNOWN)).toBe("companies");
    expect(nearMiss("ratings", KNOWN)).toBe("rating");
    expect(nearMiss("Sort", KNOWN)).toBe("sort");
    expect(nearMiss("findings", KNOWN)).toBeUndefined();
    expect(nearMiss("order", KNOWN)).toBeUndefined();
    expect(unknownParamsNotice({ practice: "cookies", x: "1" }, KNOWN, READS)).toBe(
      'Ignored unknown parameters "practice" (did you mean practices?), "x": the grid reads practices, companies, rating, sort and page.',
    );
  });
});
