import type { GridSort } from "./hrefs";

/**
 * Reads `sort`: `name` (the default), `date` (newest policy first) or a practice slug (most
 * protective on that practice first). `recorded`, the name /companies gives the same order, is
 * read as `date`, so a parameter carried from one page to the other keeps its meaning. `ok: false` carries a message naming the choices.
 */
export function parseGridSort(
  raw: unknown,
  practiceSlugs: readonly string[],
): { ok: true; sort: GridSort } | { ok: false; error: string } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined) return { ok: true, sort: "name" };
  const v = typeof value === "string" ? value.trim().toLowerCase() : "";
  if (v === "name" || v === "") return { ok: true, sort: "name" };
  if (v === "date" || v === "recorded") return { ok: true, sort: "date" };
  if (practiceSlugs.includes(v)) return { ok: true, sort: { practice: v } };
  return {
    ok: false,
    error: `sort must be name, date or a practice slug (most protective first), not "${String(value).slice(0, 40)}".`,
  };
}
