import { describe, expect, it } from "vitest";
import { headingContext } from "./heading-context";

describe("headingContext", () => {
  it("puts the nearest heading in front of the clause", () => {
    expect(headingContext("complying with the law", ["Privacy", "How long we keep data"])).toBe(
      "How long we keep data. complying with the law",
    );
  });

  it("puts as many of the nearest headings as asked, outermost first", () => {
    expect(headingContext("Direct marketing.", ["Policy", "Your rights", "Objection"], 2)).toBe(
      "Your rights. Objection. Direct marketing.",
    );
  });

  it("leaves a clause with no heading, or only blank ones, as it is", () => {
    expect(headingContext("We use cookies.", [])).toBe("We use cookies.");
    expect(headingContext("We use cookies.", ["  "])).toBe("We use cookies.");
  });
});
