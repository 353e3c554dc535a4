import { describe, expect, it } from "vitest";
import { leftOutNotice } from "./left-out-notice";

describe("leftOutNotice", () => {
  it("says nothing when the companies picked fit", () => {
    expect(leftOutNotice([])).toBeNull();
    expect(leftOutNotice(["Code 42", "Mozy", "PayPal", "Signal"])).toBeNull();
  });

  it("names the fifth company, left out", () => {
    expect(leftOutNotice(["Code 42", "Mozy", "PayPal", "Signal", "Zoom"])).toBe(
      "Showing 4 of the 5 you picked: the reading is compared with at most four; Zoom was left out.",
    );
  });

  it("names every company left out when several are", () => {
    expect(leftOutNotice(["A", "B", "C", "D", "E", "F", "G"])).toBe(
      "Showing 4 of the 7 you picked: the reading is compared with at most four; E, F and G were left out.",
    );
  });
});
