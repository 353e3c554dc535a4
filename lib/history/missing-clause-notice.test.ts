import { describe, expect, it } from "vitest";
import { missingClauseNotice } from "./missing-clause-notice";

describe("missingClauseNotice", () => {
  it("says nothing when the page was not sent for a clause", () => {
    expect(missingClauseNotice(null, "Telegram", "All recorded versions")).toBeNull();
    expect(missingClauseNotice("", "Telegram", "All recorded versions")).toBeNull();
  });

  it("names the clause no version had", () => {
    expect(missingClauseNotice("privacy-000000", "Telegram", "All recorded versions")).toBe(
      "No recorded version of Telegram’s policy has the clause “#privacy-000000”: the link may have been mistyped, or made from a copy of the policy the archive did not record. What the archive recorded is under “All recorded versions” below.",
    );
  });

  it("says when the address is no clause's, and shortens a long one", () => {
    const notice = missingClauseNotice("x".repeat(500), "Mozy", "The archived version")!;
    expect(notice).toMatch(/^“#x{60}…” is not the address of a clause/);
    expect(notice).not.toContain("x".repeat(61));
    expect(notice).toMatch(/Mozy’s policy as recorded is under “The archived version” below\.$/);
  });
});
