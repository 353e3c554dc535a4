import { describe, expect, it } from "vitest";
import { backAndForthNoteText } from "./back-and-forth-note-text";

const may6 = { id: 22, recordedAt: "2024-05-06T12:00:00.000Z" };
const may9 = { id: 24, recordedAt: "2024-05-09T12:00:00.000Z" };
/** The sentence with each version named by its day. */
const read = (parts: ReturnType<typeof backAndForthNoteText>) =>
  parts.map((p) => (typeof p === "string" ? p : p.recordedAt.slice(0, 10))).join("");

describe("backAndForthNoteText", () => {
  it("says a return the page kept is where the change stuck", () => {
    expect(read(backAndForthNoteText({ kind: "returns", to: may6, kept: true }))).toBe(
      "Back to the text of 2024-05-06, and this time the page kept it.",
    );
  });

  it("does not call a kept return that changed no clause a change (it is badged Layout only)", () => {
    const text = read(
      backAndForthNoteText({ kind: "returns", to: may6, kept: true, noClauseChanged: true }),
    );
    expect(text).toBe(
      "Back to the text of 2024-05-06, which the page kept; no clause differs from the text it kept before, so no change is listed.",
    );
    expect(text).not.toContain("this time");
  });

  it("says a return the page did not keep is not listed", () => {
    expect(read(backAndForthNoteText({ kind: "returns", to: may6, kept: false }))).toBe(
      "Back to the text of 2024-05-06 (not listed among the atlas’s changes).",
    );
  });

  it("names both dates of a short-lived text, and where a text came back", () => {
    expect(read(backAndForthNoteText({ kind: "undone", on: may9, backTo: may6 }))).toBe(
      "Short-lived: on 2024-05-09 the page went back to the text of 2024-05-06 (not listed among the atlas’s changes).",
    );
    expect(read(backAndForthNoteText({ kind: "came-back", on: may9, kept: true }))).toContain(
      "came back to this one on 2024-05-09 and kept it: the change is listed there",
    );
    expect(read(backAndForthNoteText({ kind: "came-back", on: may9, kept: false }))).toBe(
      "Shown briefly, then another text, then this one again on 2024-05-09 (not listed among the atlas’s changes).",
    );
  });
});
