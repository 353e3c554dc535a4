import { describe, expect, it } from "vitest";
import { readChangesRequest } from "./changes-request";
import { changesApiQuery, readQuery } from "./query-schemas";

const known = {
  practices: ["cookies", "retention"],
  sectors: ["social", "messaging"],
  companies: ["github", "slack", "zoom"],
};
const read = (query: Record<string, string | string[]>) => {
  const parsed = readQuery(changesApiQuery, query);
  return parsed.ok ? readChangesRequest(parsed.params, known) : parsed;
};

describe("reading /api/changes's query", () => {
  it("reads /changes's filters, a page of 100 JSON changes by default", () => {
    expect(
      read({ practice: "retention", sector: "social,messaging", since: "2024-01-01" }),
    ).toEqual({
      ok: true,
      request: {
        format: "json",
        filter: {
          companies: [],
          practices: ["retention"],
          sectors: ["social", "messaging"],
          since: "2024-01-01",
          page: 1,
          perPage: 100,
        },
      },
    });
  });

  it("follows up to 20 companies by slug, and refuses one it does not know or more than 20", () => {
    const r = read({ company: "github,slack", practice: "retention" });
    expect(r.ok && r.request.filter.companies).toEqual(["github", "slack"]);
    expect(read({ company: "github,gitlab" })).toEqual({
      ok: false,
      error: "Unknown companies: gitlab. Known companies: see /api/companies.",
    });
    expect(read({ company: "" })).toMatchObject({ ok: false });
    const many = Array.from({ length: 21 }, (_, i) => `c${i}`);
    const parsed = readQuery(changesApiQuery, { company: many.join(",") });
    expect(parsed.ok && readChangesRequest(parsed.params, { ...known, companies: many })).toEqual({
      ok: false,
      error: "company names 21 companies; give at most 20.",
    });
  });

  it("swaps dates given the wrong way round, as /changes does", () => {
    const r = read({ since: "2025-02-01", until: "2024-02-01" });
    expect(r.ok && r.request.filter).toMatchObject({ since: "2024-02-01", until: "2025-02-01" });
  });

  it("takes every change in one CSV, up to the cap", () => {
    const r = read({ format: "CSV" });
    expect(r.ok && r.request).toMatchObject({
      format: "csv",
      filter: { page: 1, perPage: 20_000 },
    });
  });

  it.each([
    [
      { practice: "telepathy" },
      "Unknown practices: telepathy. Known practices: cookies, retention.",
    ],
    [{ sector: "space" }, "Unknown sectors: space. Known sectors: social, messaging."],
    [{ practice: "," }, "practice is empty: give one or more of cookies, retention."],
    [{ since: "2024-13-01" }, "since must be a day like 2024-05-03."],
    [{ until: ["2024-01-01", "2024-02-01"] }, "Give until only once."],
    [{ perPage: "20001" }, "perPage must be a whole number from 1 to 20000."],
    [{ page: "0" }, "page must be a whole number from 1 to 100000."],
    [{ format: "xlsx" }, "format must be json or csv."],
    [
      { format: "csv", page: "2" },
      "page and perPage are for JSON: the CSV holds every change the filters keep (up to 20,000).",
    ],
    [{ from: "2024-01-01" }, expect.stringContaining("Unknown parameter(s): from")],
  ])("refuses %j with a message for a 400", (query, error) => {
    expect(read(query)).toEqual({ ok: false, error });
  });
});
