import { describe, expect, it } from "vitest";
import { lengthInPx } from "@/components/sticky-offset";

describe("lengthInPx: the value in effect, to compare a measured height with", () => {
  it("reads the stylesheet's defaults in rem and the written values in px", () => {
    expect(lengthInPx("3.75rem", 16)).toBe(60);
    expect(lengthInPx(" 9rem", 20)).toBe(180);
    expect(lengthInPx("59.5px", 16)).toBe(59.5);
    expect(lengthInPx("0px", 16)).toBe(0);
    expect(lengthInPx("0", 16)).toBe(0);
    expect(lengthInPx(".5rem", 16)).toBe(8);
  });

  it("knows no other value, so the measured height is written", () => {
    for (const value of ["", "5", "calc(3rem + 1px)", "2em", "auto", "1e3px"])
      expect(lengthInPx(value, 16)).toBeNull();
  });
});
