import { z } from "zod";
import { wholeNumber } from "./whole-number";

/**
 * The highest page number any URL of the app accepts (grid, search, practice pages and
 * /api/matrix alike): far past any real page, low enough that an offset stays a small integer.
 */
export const MAX_PAGE = 100_000;

/**
 * A page number as it arrives in a query string: digits only (no sign, exponent, hex, spaces or
 * fractions), from 1 to MAX_PAGE. The single schema behind every `page` parameter.
 */
export const pageNumberSchema = wholeNumber(z.string(), "page", MAX_PAGE);

/**
 * Reads a `page` query value (the first of repeated ones). Null when absent; `ok: false` when
 * present but not a page number, so each caller decides: a notice, page 1 or a 400.
 */
export function parsePageNumber(
  raw: unknown,
): null | { ok: true; page: number } | { ok: false; raw: string } {
  const value = Array.isArray(raw) ? raw[0] : raw;
  if (value === undefined) return null;
  const parsed = pageNumberSchema.safeParse(value);
  return parsed.success
    ? { ok: true, page: parsed.data }
    : { ok: false, raw: String(value).slice(0, 20) };
}

/** The page to show: a valid number clamped to the last page, anything else page 1. */
export function pageOrFirst(raw: unknown, pageCount = MAX_PAGE): number {
  const parsed = parsePageNumber(raw);
  return parsed?.ok ? Math.min(parsed.page, Math.max(1, pageCount)) : 1;
}
