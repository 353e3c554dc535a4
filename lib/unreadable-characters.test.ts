import { describe, expect, it } from "vitest";
import { countUnreadable } from "./unreadable-characters";

describe("counting characters that could not be read", () => {
  it("counts every replacement character in every text", () => {
    expect(
      countUnreadable(["Nissan Motor Co., LTD (\uFFFDNissan\uFFFD)", "plain", "\uFFFD\uFFFD"]),
    ).toBe(4);
  });

  it("counts none in text without them, lookalikes included", () => {
    expect(countUnreadable([])).toBe(0);
    expect(countUnreadable(["“Nissan”", "?", "\uFFFC"])).toBe(0);
  });
});
