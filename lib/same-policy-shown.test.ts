import { describe, expect, it } from "vitest";
import { samePolicyShown } from "./same-policy-shown";

const gmail = { slug: "gmail", name: "Gmail", samePolicyAs: ["blogger", "google-voice"] };
const voice = { slug: "google-voice", name: "Google Voice", samePolicyAs: ["blogger", "gmail"] };
const signal = { slug: "signal", name: "Signal", samePolicyAs: [] };

describe("samePolicyShown", () => {
  it("names the columns shown beside a company that hold the same text, in their order", () => {
    expect(samePolicyShown(gmail, [signal, voice, gmail])).toEqual(["Google Voice"]);
    expect(samePolicyShown(voice, [gmail, signal, voice])).toEqual(["Gmail"]);
  });

  it("says nothing when the companies sharing the text are not shown", () => {
    expect(samePolicyShown(gmail, [gmail, signal])).toEqual([]);
    expect(samePolicyShown(signal, [gmail, voice, signal])).toEqual([]);
  });
});
