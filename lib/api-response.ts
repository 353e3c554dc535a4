import { NextResponse } from "next/server";
import type { z } from "zod";
import { unknownParams } from "./api/query-schemas";
import { entityTag } from "./entity-tag";
import { slugParamSchema } from "./params/slug-list";

/** JSON error body used by every API route: `{ "error": "…" }`. */
export function jsonError(status: number, error: string): NextResponse {
  return NextResponse.json({ error }, { status, headers: { "Cache-Control": "no-store" } });
}

/** A 200 any cache may keep but must revalidate, tagged so a client's copy can be revalidated. */
export function jsonOk(body: unknown): NextResponse {
  const text = JSON.stringify(body);
  return new NextResponse(text, {
    headers: {
      "Content-Type": "application/json",
      "Cache-Control": "public, max-age=0, must-revalidate",
      ETag: entityTag(text),
    },
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

/** The `{slug}` of a /api/companies/{slug}… route: the slug, or the 400 that says what is wrong. */
export async function companySlugParam(ctx: {
  params: Promise<{ slug: string }>;
}): Promise<{ ok: true; slug: string } | { ok: false; response: NextResponse }> {
  const given = (await ctx.params).slug;
  const parsed = slugParamSchema.safeParse(given);
  if (parsed.success) return { ok: true, slug: parsed.data };
  // Slugs are lowercase; a name typed as written ("Spotify") gets the slug to use, as the
  // list parameters (companies=Spotify) would have read it.
  const lower = given.toLowerCase();
  const hint =
    lower !== given && slugParamSchema.safeParse(lower).success ? ` Did you mean "${lower}"?` : "";
  return {
    ok: false,
    response: jsonError(
      400,
      `The company slug must be lowercase letters, digits and hyphens.${hint}`,
    ),
  };
}

/**
 * The slug of a /api/companies/{slug}… request, once its query holds only the parameters
 * `schema` names; else the 400 that says what is wrong.
 */
export async function companyRequest(
  req: Request,
  ctx: { params: Promise<{ slug: string }> },
  schema: z.ZodObject,
): Promise<{ ok: true; slug: string } | { ok: false; response: NextResponse }> {
  const param = await companySlugParam(ctx);
  if (!param.ok) return param;
  const unknown = unknownParams(schema, queryOf(req.url));
  return unknown ? { ok: false, response: jsonError(400, unknown) } : param;
}

export const unknownCompany = (slug: string) =>
  jsonError(404, `No company with the slug "${slug}". See /api/companies for the list.`);
