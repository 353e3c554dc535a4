import { describe, expect, it } from "vitest";
import { missingClauseNotice } from "./missing-clause-notice";

describe("missingClauseNotice", () => {
  it("says nothing when the page was not sent for a clause", () => {
    expect(missingClauseNotice(null, "Telegram")).toBeNull();
    expect(missingClauseNotice("", "Telegram")).toBeNull();
  });

  it("names the clause no version had", () => {
    expect(missingClauseNotice("privacy-000000", "Telegram")).toBe(
      "No recorded version of Telegram’s policy has the clause “#privacy-000000”: the link may have been mistyped, or made from a copy of the policy the archive did not record. Every recorded version is listed below.",
    );
  });

  it("says when the address is no clause's, and shortens a long one", () => {
    const notice = missingClauseNotice("x".repeat(500), "Telegram")!;
    expect(notice).toMatch(/^“#x{60}…” is not the address of a clause/);
    expect(notice).not.toContain("x".repeat(61));
  });
});
