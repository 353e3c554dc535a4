import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import {
  formatVersionDates,
  formatVersionDateTime,
  sharedDays,
  VersionDate,
} from "@/components/history/version-date";

describe("recording dates named together", () => {
  it("tells two versions of one day apart by their time, in UTC", () => {
    // WhatsApp's page was recorded twice on Apr 29, 2021.
    expect(formatVersionDates(["2021-04-29T08:01:12.000Z", "2021-04-29T12:59:40.000Z"])).toEqual([
      "Apr 29, 2021, 08:01 UTC",
      "Apr 29, 2021, 12:59 UTC",
    ]);
  });

  it("names versions of different days by their day alone", () => {
    expect(formatVersionDates(["2021-04-28T23:59:00.000Z", "2021-04-29T00:01:00.000Z"])).toEqual([
      "Apr 28, 2021",
      "Apr 29, 2021",
    ]);
  });

  it("finds the days shared by more than one recording of a list", () => {
    expect([
      ...sharedDays([
        "2024-05-09T10:00:00.000Z",
        "2024-05-06T10:00:00.000Z",
        "2024-05-09T15:00:00.000Z",
      ]),
    ]).toEqual(["2024-05-09"]);
  });

  it("writes the time with the date in the markup when asked", () => {
    const iso = "2021-04-29T12:59:40.000Z";
    expect(formatVersionDateTime(iso)).toBe("Apr 29, 2021, 12:59 UTC");
    expect(renderToStaticMarkup(createElement(VersionDate, { iso, withTime: true }))).toBe(
      `<time dateTime="${iso}">Apr 29, 2021, 12:59 UTC</time>`,
    );
    expect(renderToStaticMarkup(createElement(VersionDate, { iso }))).toBe(
      `<time dateTime="${iso}">Apr 29, 2021</time>`,
    );
  });
});
