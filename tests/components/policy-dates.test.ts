import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { policyDatesHtml } from "@/components/grid-table-html";
import { PolicyDates } from "@/components/policy-dates";
import { formatStatedDate, StatedDate } from "@/components/stated-date";

const dates = (effectiveDateLabel: string | null) => ({
  effectiveDate: "2023-05-09",
  effectiveDateLabel,
  archivedOn: "2026-07-01",
  recordedBy: "Open Terms Archive",
  recordedLongAgo: false,
  mayNotBePrivacyPolicy: false,
  statedAfterRecorded: false,
});

const react = (label: string | null) =>
  renderToStaticMarkup(createElement(PolicyDates, { company: dates(label), className: "x" }));

describe("PolicyDates and its HTML twin", () => {
  it("name the kind of date the policy states", () => {
    expect(react("Last modified")).toContain("(last modified)");
    expect(policyDatesHtml(dates("Effective"), "x")).toContain("(effective)");
  });

  it("say only 'Policy dated' for a date the policy gives without a kind ('Date:', or alone under its heading)", () => {
    for (const html of [react("Dated"), policyDatesHtml(dates("Dated"), "x")]) {
      expect(html).toContain('Policy dated <time dateTime="2023-05-09">May 9, 2023</time></span>');
      expect(html).not.toContain("(dated)");
    }
  });

  it("render the same markup both ways", () => {
    for (const label of ["Dated", "Effective", null])
      expect(policyDatesHtml(dates(label), "x")).toBe(
        react(label).replaceAll("datetime", "dateTime"),
      );
    // A recording long before the corpus's newest, and a date the machine did not find.
    for (const company of [
      { ...dates("Effective"), recordedLongAgo: true },
      { ...dates(null), effectiveDate: null, recordedLongAgo: true },
      { ...dates("Effective"), effectiveDate: "2026-09-21", statedAfterRecorded: true },
      { ...dates("Last modified"), effectiveDate: "2026-09-21", statedAfterRecorded: true },
    ])
      expect(policyDatesHtml(company, "x")).toBe(
        renderToStaticMarkup(createElement(PolicyDates, { company, className: "x" })).replaceAll(
          "datetime",
          "dateTime",
        ),
      );
  });
});

describe("PolicyDates for a policy dated after it was recorded (Snapchat: effective Sep 21, 2026, recorded Aug 5)", () => {
  const ahead = (label: string) => ({
    ...dates(label),
    effectiveDate: "2026-09-21",
    archivedOn: "2026-08-05",
    statedAfterRecorded: true,
  });

  it("say the policy takes effect on that date, not that it is dated so, and that it was recorded ahead of that date", () => {
    for (const html of [
      policyDatesHtml(ahead("Effective"), "x"),
      renderToStaticMarkup(createElement(PolicyDates, { company: ahead("Effective") })),
    ]) {
      expect(html).toMatch(
        /Policy takes effect <time date[tT]ime="2026-09-21">Sep 21, 2026<\/time>/,
      );
      expect(html).not.toContain("Policy dated");
      expect(html).toMatch(
        /Recorded <time date[tT]ime="2026-08-05">Aug 5, 2026<\/time>, ahead of that date/,
      );
    }
  });

  it("keep another kind of date as it is, with the same note", () => {
    const html = policyDatesHtml(ahead("Last modified"), "x");
    expect(html).toContain("(last modified)");
    expect(html).toContain(", ahead of that date");
  });

  it("add nothing for a date before the recording", () => {
    expect(policyDatesHtml(dates("Effective"), "x")).not.toContain("ahead of that date");
  });
});

describe("PolicyDates for a policy that states only a month", () => {
  const month = (effectiveDateLabel: string | null) => ({
    ...dates(effectiveDateLabel),
    effectiveDate: "2024-03",
  });

  it("show the month, never a day, both ways", () => {
    const react = renderToStaticMarkup(
      createElement(PolicyDates, { company: month("Last modified"), className: "x" }),
    );
    for (const html of [react, policyDatesHtml(month("Last modified"), "x")]) {
      expect(html).toMatch(
        /Policy dated <time dateTime="2024-03">March 2024<\/time> <span[^>]*>\(last modified\)/i,
      );
      expect(html).not.toContain("Mar 1");
    }
    for (const label of ["Dated", "Effective"])
      expect(policyDatesHtml(month(label), "x")).toBe(
        renderToStaticMarkup(
          createElement(PolicyDates, { company: month(label), className: "x" }),
        ).replaceAll("datetime", "dateTime"),
      );
  });

  it("say 'Last modified March 2024' in the company header's words", () => {
    expect(
      renderToStaticMarkup(createElement(StatedDate, { label: "Last modified", date: "2024-03" })),
    ).toBe('Last modified <time dateTime="2024-03">March 2024</time>');
    expect(formatStatedDate("2024-03-05")).toBe("Mar 5, 2024");
    expect(formatStatedDate("2024-12")).toBe("December 2024");
  });
});

describe("PolicyDates without a date", () => {
  const none = (recordedBy: string | null) => ({
    effectiveDate: null,
    effectiveDateLabel: null,
    archivedOn: "2026-07-01",
    recordedBy,
    recordedLongAgo: false,
    statedAfterRecorded: false,
  });

  it("says a curated policy states none, but only that the machine found none in a machine-read one", () => {
    for (const [recordedBy, says] of [
      [null, "Policy states no date"],
      ["Open Terms Archive", "No policy date found"],
    ] as const) {
      const react = renderToStaticMarkup(createElement(PolicyDates, { company: none(recordedBy) }));
      expect(react).toContain(says);
      expect(policyDatesHtml(none(recordedBy), "")).toContain(says);
    }
  });
});
