import { describe, expect, it } from "vitest";
import { statedAfterRecorded } from "./date-precision";

describe("statedAfterRecorded", () => {
  it("finds a day stated after the day recorded (Atlassian: effective Aug 17, recorded Apr 21)", () => {
    expect(statedAfterRecorded("2026-08-17", "2026-04-21")).toBe(true);
    expect(statedAfterRecorded("2025-11-30", "2025-10-29T07:12:00.000Z")).toBe(true);
  });

  it("does not find a day stated on or before the day recorded", () => {
    expect(statedAfterRecorded("2026-04-21", "2026-04-21T23:59:00.000Z")).toBe(false);
    expect(statedAfterRecorded("2025-11-30", "2026-08-17")).toBe(false);
  });

  it("compares a stated month with the month recorded, never with a day it does not state", () => {
    expect(statedAfterRecorded("2026-08", "2026-08-05")).toBe(false);
    expect(statedAfterRecorded("2026-09", "2026-08-31")).toBe(true);
    expect(statedAfterRecorded("2026-07", "2026-08-01")).toBe(false);
  });
});
