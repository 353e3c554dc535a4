import { describe, expect, it } from "vitest";
import { parseEffectiveDate } from "./parse-effective-date";

describe("parseEffectiveDate", () => {
  it('reads a US numeric date: "Effective: 1/17/2011"', () => {
    expect(parseEffectiveDate("##  Effective: 1/17/2011 ")).toEqual({
      date: "2011-01-17",
      label: "Effective",
      stated: "Effective: 1/17/2011",
    });
  });

  it('reads a date in words inside a sentence: "effective August 29, 2011"', () => {
    expect(parseEffectiveDate("This Privacy Policy is effective August 29, 2011. ")).toEqual({
      date: "2011-08-29",
      label: "Effective",
      stated: "effective August 29, 2011",
    });
  });

  it('reads an abbreviated month with a zero-padded day: "Last Modified: Jan 09, 2012"', () => {
    expect(parseEffectiveDate("Last Modified: Jan 09, 2012")).toEqual({
      date: "2012-01-09",
      label: "Last modified",
      stated: "Last Modified: Jan 09, 2012",
    });
  });

  it("reads ISO dates and 'last updated on' phrasing", () => {
    expect(parseEffectiveDate("This policy was last updated on 2012-03-04.")).toMatchObject({
      date: "2012-03-04",
      label: "Last modified",
    });
  });

  it("reads 'Effective Date:' with an abbreviated month followed by a full stop", () => {
    expect(parseEffectiveDate("Effective Date: Sept. 5, 2011")).toMatchObject({
      date: "2011-09-05",
      label: "Effective",
    });
  });

  it("labels 'last revised' and 'last updated' as Last modified", () => {
    expect(parseEffectiveDate("Last revised: March 3, 2012")?.label).toBe("Last modified");
    expect(parseEffectiveDate("Last updated: March 3, 2012")?.label).toBe("Last modified");
  });

  it("finds the date anywhere in a longer document and reports the first stated one", () => {
    const text =
      "# Policy\n\nWe value privacy.\n\nEffective: 1/17/2011\n\nLast modified: Jan 9, 2012\n";
    expect(parseEffectiveDate(text)?.date).toBe("2011-01-17");
  });

  it("skips an effective phrase with no date and uses a later stated date", () => {
    expect(
      parseEffectiveDate("Effective date: to be set.\nLast updated: March 3, 2012"),
    ).toMatchObject({ date: "2012-03-03", label: "Last modified" });
  });

  it("returns null for impossible calendar dates", () => {
    expect(parseEffectiveDate("Effective: 2/30/2011")).toBeNull();
    expect(parseEffectiveDate("Effective: 13/01/2011")).toBeNull();
    expect(parseEffectiveDate("Effective: 2011-02-29")).toBeNull();
    expect(parseEffectiveDate("Effective: February 30, 2011")).toBeNull();
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseEffectiveDate("Effective: 2/29/2012")?.date).toBe("2012-02-29");
  });

  it("returns null for an unknown month name", () => {
    expect(parseEffectiveDate("Effective: Smarch 3, 2011")).toBeNull();
  });

  it("returns null when no effective or modified date is stated", () => {
    expect(parseEffectiveDate("We collect your name. Copyright 2011.")).toBeNull();
    expect(parseEffectiveDate("")).toBeNull();
  });

  it("does not read words that merely contain 'effective'", () => {
    expect(parseEffectiveDate("We effectively protect data as of 1/1/2011.")).toBeNull();
    expect(parseEffectiveDate("An ineffective 1/1/2011 clause.")).toBeNull();
  });

  it("does not reach across a sentence end or line break for the date", () => {
    expect(parseEffectiveDate("Effective immediately.\n1/17/2011")).toBeNull();
  });
});

describe("parseEffectiveDate regressions", () => {
  it("rejects two-digit years instead of reading them as the 1900s", () => {
    expect(parseEffectiveDate("Effective: 01/17/0011")).toBeNull();
  });
});
