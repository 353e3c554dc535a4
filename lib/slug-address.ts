import { MAX_SLUG_LENGTH, SLUG_PATTERN } from "./slug";

/**
 * The request header in which proxy.ts hands the company not-found page the slug that was asked
 * for (a not-found page receives no params), replacing any a client sent.
 */
export const REQUESTED_SLUG_HEADER = "x-policy-atlas-requested-slug";

/** `/companies/{slug}…` and `/practices/{slug}…`: the addresses named by a slug. */
const SLUG_ADDRESS = /^\/(companies|practices)\/([^/]+)(\/.*)?$/;

/**
 * What an address of a company or practice says: its kind, the slug as typed, and the same
 * address with the slug in lower case when that differs and is a slug ("/companies/Mozy/changes"
 * → "/companies/mozy/changes"); null for any other address. Slugs are lower case, and a name
 * typed as written ("WhatsApp") should reach its page, not a 404.
 */
export function slugAddress(
  pathname: string,
): { kind: "companies" | "practices"; slug: string; lowercase: string | null } | null {
  const m = SLUG_ADDRESS.exec(pathname);
  if (!m) return null;
  const kind = m[1] as "companies" | "practices";
  const slug = m[2]!;
  const lower = slug.toLowerCase();
  const lowercase =
    lower !== slug && lower.length <= MAX_SLUG_LENGTH && SLUG_PATTERN.test(lower)
      ? `/${kind}/${lower}${m[3] ?? ""}`
      : null;
  return { kind, slug, lowercase };
}
