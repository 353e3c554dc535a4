import { describe, expect, it } from "vitest";
import { parseExportFormat } from "./export-params";

describe("parseExportFormat", () => {
  it("defaults to csv", () => {
    expect(parseExportFormat(undefined)).toEqual({ ok: true, format: "csv" });
  });

  it("accepts csv and json in any case", () => {
    expect(parseExportFormat("JSON")).toEqual({ ok: true, format: "json" });
    expect(parseExportFormat("csv")).toEqual({ ok: true, format: "csv" });
  });

  it("refuses other formats and repeated values", () => {
    expect(parseExportFormat("xlsx")).toEqual({ ok: false, error: "format must be csv or json." });
    expect(parseExportFormat("")).toEqual({ ok: false, error: "format must be csv or json." });
    expect(parseExportFormat(["csv", "json"])).toEqual({
      ok: false,
      error: "Give format only once: csv or json.",
    });
  });
});
