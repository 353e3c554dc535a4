import { describe, expect, it } from "vitest";
import { companyOtherNames } from "./company-other-names";

describe("a company's other names", () => {
  it("are its legal name and its policy's site, as the curated seed files give them", () => {
    expect(
      companyOtherNames({
        name: "Code 42",
        legalName: "Code 42 Software, Inc.",
        website: "https://www.code42.com",
        policySourceUrl: "http://www.crashplan.com/privacy.html",
      }),
    ).toEqual([
      { name: "Code 42 Software, Inc.", kind: "legal" },
      { name: "crashplan.com", kind: "site" },
    ]);
    expect(
      companyOtherNames({
        name: "IBackup",
        legalName: "Pro Softnet Corporation",
        website: "https://www.ibackup.com",
        policySourceUrl: "https://www.ibackup.com/policy_new.htm",
      }),
    ).toEqual([{ name: "Pro Softnet Corporation", kind: "legal" }]);
  });

  it("are none for a machine-read company, whose legal name is its name and website its policy's site", () => {
    expect(
      companyOtherNames({
        name: "Signal",
        legalName: "Signal",
        website: "https://www.signal.org",
        policySourceUrl: "https://signal.org/legal/",
      }),
    ).toEqual([]);
    expect(
      companyOtherNames({ name: "X", legalName: "X", website: "", policySourceUrl: "not a url" }),
    ).toEqual([]);
  });
});
