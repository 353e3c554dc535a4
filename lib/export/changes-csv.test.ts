import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { ChangeEntry } from "../queries/history";
import { CHANGES_CSV_COLUMNS, changesToCsv } from "./changes-csv";

const entry: ChangeEntry = {
  id: 9139,
  seq: 7,
  recordedAt: "2021-04-29T12:59:00.000Z",
  kind: "change",
  clauseCount: 80,
  added: 2,
  removed: 1,
  modified: 3,
  changedClauses: 6,
  changedPractices: ["retention", "third-parties"],
  ratingChanges: [{ practice: "retention", before: "neutral", after: "concerning" }],
  returnsTo: null,
  backAndForth: false,
  otherLanguage: false,
  captureFailed: false,
  comparedTo: {
    id: 9138,
    recordedAt: "2021-04-29T08:01:00.000Z",
    sinceKept: false,
    overOtherLanguage: false,
    overFailedCapture: false,
  },
  company: {
    slug: "whatsapp",
    name: 'WhatsApp, "Meta"',
    sector: "messaging",
    provenance: "machine",
  },
};

describe("the changes as CSV", () => {
  const csv = changesToCsv([entry], "https://atlas.example.org");
  const rows = parse(csv, { columns: true, bom: true }) as Record<string, string>[];

  it("starts with a byte-order mark and the header, lines ending in CRLF", () => {
    expect(csv.startsWith("\uFEFF" + CHANGES_CSV_COLUMNS.join(",") + "\r\n")).toBe(true);
  });

  it("gives one row per change, with ISO dates, counts, practices and moved ratings", () => {
    expect(rows).toEqual([
      {
        company: 'WhatsApp, "Meta"',
        company_slug: "whatsapp",
        sector: "Messaging",
        recorded_at: "2021-04-29T12:59:00.000Z",
        kind: "change",
        compared_to_recorded_at: "2021-04-29T08:01:00.000Z",
        clauses_added: "2",
        clauses_modified: "3",
        clauses_removed: "1",
        practices_touched: "retention | third-parties",
        rating_changes: "retention: neutral → concerning",
        comparison_link: "https://atlas.example.org/companies/whatsapp/changes?from=9138&to=9139",
        source_attribution:
          "Open Terms Archive contributors (https://opentermsarchive.org), ODC-BY 1.0",
      },
    ]);
  });

  it("gives the machine's silence as no-clause-found, as the API's findings do", () => {
    const silent: ChangeEntry = {
      ...entry,
      ratingChanges: [
        { practice: "security", before: "not-addressed", after: "neutral" },
        { practice: "children", before: "protective", after: "not-addressed" },
      ],
    };
    const [row] = parse(changesToCsv([silent], "https://atlas.example.org"), {
      columns: true,
      bom: true,
    }) as Record<string, string>[];
    expect(row!.rating_changes).toBe(
      "security: no-clause-found → neutral | children: protective → no-clause-found",
    );
  });
});
