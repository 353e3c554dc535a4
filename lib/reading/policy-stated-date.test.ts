import { describe, expect, it } from "vitest";
import { readPolicy } from "./ingest";
import { policyStatedDate } from "./policy-stated-date";

const dated = (text: string, format: "markdown" | "html" | "text") =>
  policyStatedDate(text, readPolicy(text, format));

const BODY = "We collect your name and email address to run the service.";

describe("policyStatedDate", () => {
  it("reads pasted markdown as the corpus is read: TikTok's first line", () => {
    expect(
      dated(`Last updated: _30 November 2025_\n\n# Privacy Policy\n\n${BODY}`, "markdown"),
    ).toEqual({
      date: "2025-11-30",
      precision: "day",
      label: "Last modified",
      stated: "Last updated: 30 November 2025",
    });
  });

  it("reads plain text", () => {
    expect(dated(`Privacy Policy\n\nDate last updated: 06-21-2023\n\n${BODY}`, "text")?.date).toBe(
      "2023-06-21",
    );
  });

  it("reads an HTML policy's date from its paragraphs", () => {
    const html = `<h1>Privacy Policy</h1><p><em>Last updated: May 11, 2026.</em></p><p>${BODY}</p>`;
    expect(dated(html, "html")).toMatchObject({ date: "2026-05-11", label: "Last modified" });
  });

  it("reads a date standing alone under an HTML policy's title as 'Dated' (Mozilla)", () => {
    const html = `<h1>Privacy Notice</h1><p>November 5, 2025</p><p>${BODY}</p>`;
    expect(dated(html, "html")).toMatchObject({ date: "2025-11-05", label: "Dated" });
  });

  it("reads a month when the policy states no day, as a month (Logitech)", () => {
    const html = `<h1>Privacy Policy</h1><p><strong>Last updated:</strong> May 2025</p><p>${BODY}</p>`;
    expect(dated(html, "html")).toEqual({
      date: "2025-05",
      precision: "month",
      label: "Last modified",
      stated: "Last updated: May 2025",
    });
  });

  it("finds no date when the policy states none, or only an ambiguous one", () => {
    expect(dated(`# Privacy\n\n${BODY} Our GDPR of 27 April 2016 rights.`, "markdown")).toBeNull();
    expect(dated(`<h1>Privacy</h1><p>Updated: 01/02/2026</p><p>${BODY}</p>`, "html")).toBeNull();
  });
});
