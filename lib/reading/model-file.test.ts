import { describe, expect, it } from "vitest";
import { decodeFloats, encodeFloats } from "./model-file";

describe("float encoding", () => {
  it("round-trips float32 values exactly, including extremes", () => {
    const values = [0, -0, 1.5, -3.25e-8, 3.4e38, Number.MIN_VALUE, 0.1, -7];
    const decoded = decodeFloats(encodeFloats(values));
    expect([...decoded]).toEqual([...Float32Array.from(values)]);
  });

  it("is stable: the same numbers always give the same text", () => {
    const a = Array.from({ length: 70_000 }, (_, i) => Math.sin(i));
    expect(encodeFloats(a)).toBe(encodeFloats([...a]));
    expect(decodeFloats(encodeFloats(a))).toHaveLength(70_000);
  });
});
