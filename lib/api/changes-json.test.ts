import { describe, expect, it } from "vitest";
import type { ChangeEntry } from "../queries/history";
import { changesJson } from "./changes-json";
import { changesSchema } from "./response-schemas";

const entry: ChangeEntry = {
  id: 8559,
  seq: 40,
  recordedAt: "2026-08-21T00:52:40.000Z",
  kind: "change",
  clauseCount: 69,
  added: 6,
  removed: 0,
  modified: 3,
  changedClauses: 9,
  changedPractices: ["security", "children"],
  ratingChanges: [
    { practice: "security", before: "not-addressed", after: "neutral" },
    { practice: "children", before: "concerning", after: "not-addressed" },
  ],
  returnsTo: null,
  backAndForth: false,
  otherLanguage: false,
  captureFailed: false,
  comparedTo: {
    id: 8558,
    recordedAt: "2025-12-12T00:46:51.000Z",
    sinceKept: false,
    overOtherLanguage: false,
    overFailedCapture: false,
  },
  company: { slug: "qwant", name: "Qwant", sector: "search-browsers", provenance: "machine" },
};

const paging = { page: 1, perPage: 20, pageCount: 1, total: 1, next: null, prev: null };

describe("a change as /api/changes gives it", () => {
  const json = changesJson([entry], paging, "https://atlas.example.org");

  it("gives the machine's silence as no-clause-found, never the curated not-addressed", () => {
    expect(json.changes[0]!.ratingChanges).toEqual([
      { practice: "security", before: "no-clause-found", after: "neutral" },
      { practice: "children", before: "concerning", after: "no-clause-found" },
    ]);
  });

  it("is described by the schema /api/openapi.json publishes", () => {
    const parsed = changesSchema.safeParse(json);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });
});
