import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EXPORT_FORMATS, parseExportFormat } from "./export-params";

describe("parseExportFormat properties", () => {
  it("never throws, and accepts exactly csv or json in any case and spacing (csv when absent)", () => {
    const format = fc.oneof(
      fc.anything(),
      fc.string({ unit: "binary", maxLength: 20 }),
      fc
        .tuple(
          fc.constantFrom(...EXPORT_FORMATS, "xml", "csvx", "jso n"),
          fc.constantFrom("", " ", "\t"),
          fc.boolean(),
        )
        .map(([f, pad, up]) => pad + (up ? f.toUpperCase() : f) + pad),
      fc.array(fc.constantFrom("csv", "json"), { minLength: 1, maxLength: 3 }),
    );
    fc.assert(
      fc.property(format, (raw) => {
        const r = parseExportFormat(raw);
        const expected =
          raw === undefined ? "csv" : typeof raw === "string" ? raw.trim().toLowerCase() : null;
        if (expected === "csv" || expected === "json")
          expect(r).toEqual({ ok: true, format: expected });
        else {
          expect(r.ok).toBe(false);
          if (!r.ok) expect(r.error).toMatch(/csv or json/);
        }
      }),
      { numRuns: 500 },
    );
  });
});
