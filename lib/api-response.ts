import { NextResponse } from "next/server";

/** JSON error body used by every API route: `{ "error": "…" }`. */
export function jsonError(status: number, error: string): NextResponse {
  return NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

export function jsonOk(body: unknown): NextResponse {
  return NextResponse.json(body, {
    headers: { "Cache-Control": "public, max-age=0, must-revalidate" },
  });
}

/** Copies the query string into the shape parsers expect: repeated keys become arrays. */
export function queryOf(url: string): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {};
  for (const [k, v] of new URL(url).searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}
