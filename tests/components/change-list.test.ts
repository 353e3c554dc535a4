import { createElement as h } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { ChangeList } from "@/components/history/change-list";
import type { ChangeEntry } from "@/lib/queries/history";

const entry = (
  id: number,
  slug: string,
  recordedAt: string,
  comparedAt: string,
  sinceKept = false,
): ChangeEntry => ({
  id,
  seq: id,
  recordedAt,
  kind: "change",
  clauseCount: 10,
  added: 1,
  removed: 0,
  modified: 0,
  changedClauses: 1,
  changedPractices: [],
  ratingChanges: [],
  returnsTo: null,
  backAndForth: false,
  otherLanguage: false,
  captureFailed: false,
  comparedTo: {
    id: id - 1,
    recordedAt: comparedAt,
    sinceKept,
    overOtherLanguage: false,
    overFailedCapture: false,
  },
  company: { slug, name: slug, sector: "social", provenance: "machine" },
});

const text = (html: string) => html.replace(/<[^>]+>/g, "");
const render = (entries: ChangeEntry[]) =>
  text(renderToStaticMarkup(h(ChangeList, { entries, practiceNames: new Map() })));

describe("ChangeList's dates", () => {
  it("gives the time of a company's two changes listed on one day, and only theirs", () => {
    const out = render([
      entry(3, "whatsapp", "2021-04-29T13:10:23.000Z", "2021-04-29T08:00:00.000Z"),
      entry(2, "whatsapp", "2021-04-29T08:00:00.000Z", "2021-04-20T08:00:00.000Z"),
      entry(9, "signal", "2021-04-29T09:00:00.000Z", "2021-04-01T08:00:00.000Z"),
    ]);
    expect(out).toContain("recorded Apr 29, 2021, 13:10 UTC");
    expect(out).toContain("recorded Apr 29, 2021, 08:00 UTC");
    expect(out).toContain("recorded Apr 29, 2021 ·");
  });

  it("gives no time for a version it compares with but does not name", () => {
    const out = render([
      entry(5, "facebook", "2026-05-29T00:55:00.000Z", "2026-05-29T00:10:00.000Z"),
    ]);
    expect(out).not.toContain("UTC");
  });

  it("gives the time of a change and of the text it says it is counted from, of the same day", () => {
    const out = render([
      entry(7, "telegram", "2024-05-09T15:00:00.000Z", "2024-05-09T02:00:00.000Z", true),
    ]);
    expect(out).toContain("recorded May 9, 2024, 15:00 UTC");
    expect(out).toContain("counted from the text of May 9, 2024, 02:00 UTC");
  });
});
