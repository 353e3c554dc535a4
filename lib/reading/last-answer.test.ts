import { describe, expect, it } from "vitest";
import { lastAnswer } from "./last-answer";

describe("lastAnswer", () => {
  it("works a sentence out once while it is asked about in turn, and again for the next", () => {
    const asked: string[] = [];
    const upper = lastAnswer((s) => (asked.push(s), s.toUpperCase()));
    expect([upper("we share"), upper("we share"), upper("we sell"), upper("we share")]).toEqual([
      "WE SHARE",
      "WE SHARE",
      "WE SELL",
      "WE SHARE",
    ]);
    expect(asked).toEqual(["we share", "we sell", "we share"]);
  });

  it("remembers an empty answer as well as any other", () => {
    let calls = 0;
    const none = lastAnswer(() => (calls++, null));
    none("a");
    none("a");
    expect(calls).toBe(1);
  });
});
