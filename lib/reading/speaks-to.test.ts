import { describe, expect, it } from "vitest";
import { isHeadingAlone, speaksTo } from "./speaks-to";

describe("speaksTo", () => {
  it("a heading or link alone speaks to no practice (Evernote's 'Cookie Notice', 'Vendors'); a sentence does", () => {
    for (const heading of ["Cookie Notice", "Vendors", "*   Cookies and SoMe", "Cookie policy"])
      expect(isHeadingAlone(heading), heading).toBe(true);
    expect(speaksTo("cookies", "Cookie Notice")).toBe(false);
    expect(speaksTo("cookies", "We use cookies.")).toBe(true);
    expect(isHeadingAlone("Opt out of the sale of your data to third parties;")).toBe(false);
  });

  it("retention: a clause that keeps only cookies, on the user's computer, says nothing of how long data is kept (Jottacloud)", () => {
    expect(
      speaksTo(
        "retention",
        "We use persistent cookies to store website usage information. Persistent cookies are stored on your computer for a longer period of time. Such information is not personally identifiable.",
      ),
    ).toBe(false);
    expect(
      speaksTo(
        "retention",
        "We use cookies to remember your settings. Server logs are deleted after 30 days.",
      ),
    ).toBe(true);
    // The cookie rule is retention's: the same clause speaks to cookies.
    expect(
      speaksTo(
        "cookies",
        "Persistent cookies are stored on your computer for a longer period of time.",
      ),
    ).toBe(true);
  });

  it("runs in linear time on adversarial input", () => {
    const hostile = "a ".repeat(25_000);
    const start = performance.now();
    isHeadingAlone(hostile);
    speaksTo("retention", `cookie ${"kept cookie ".repeat(5_000)}`);
    expect(performance.now() - start).toBeLessThan(200);
  });
});
