import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { UnreadableTextNote } from "@/components/unreadable-text-note";

const note = (count: number, recorded = true) =>
  renderToStaticMarkup(createElement(UnreadableTextNote, { count, recorded })).replace(
    /<[^>]+>/g,
    "",
  );

describe("the note on unreadable characters", () => {
  it("says how many characters could not be read and how they are shown", () => {
    expect(note(80)).toBe(
      "80 characters of the recorded text could not be read when it was recorded, and are shown as “\uFFFD”.",
    );
    expect(note(1, false)).toBe(
      "1 character of the archived text could not be read when it was archived, and is shown as “\uFFFD”.",
    );
  });

  it("says nothing when every character was read", () => {
    expect(note(0)).toBe("");
  });
});
