import { API_RATINGS, type ApiRating } from "../api/api-finding";
import { MAX_ITEMS, MAX_RAW_LENGTH, parseSlugList, partitionKnown } from "./slug-list";

/** `ratings` are the API's: `not-addressed` (a person found the policy silent) and the machine's `no-clause-found` apart. */
export type GridFilter = { practices?: string[]; companies?: string[]; ratings?: ApiRating[] };

export type KnownSlugs = {
  practices: readonly string[];
  companies: readonly string[];
  /** The curated companies, named in the 400 for an unknown company where listing all would not help. */
  curatedCompanies?: readonly string[];
};

/** Up to this many known slugs are listed in a 400; past it, the message says where the list is. */
const LISTED = 20;

function knownList(key: "practices" | "companies", known: KnownSlugs): string {
  const all = known[key];
  if (all.length <= LISTED) return `Known ${key}: ${all.join(", ")}.`;
  const curated = known.curatedCompanies?.length
    ? ` (the curated ones: ${known.curatedCompanies.join(", ")})`
    : "";
  return `${all.length} ${key} are known: see /api/${key}${curated}.`;
}

export type GridFilterResult = { ok: true; filter: GridFilter } | { ok: false; error: string };

/**
 * Reads the `practices`, `companies` and `rating` query values the way /api/matrix does: omitted
 * means all (`practices=all` too); an unknown or malformed value, or a list left empty, is an
 * error naming what is known.
 */
export function resolveGridFilter(
  query: Record<string, unknown>,
  known: KnownSlugs,
): GridFilterResult {
  const filter: GridFilter = {};
  for (const key of ["practices", "companies"] as const) {
    const requested = parseSlugList(query[key]);
    if (!requested) continue;
    const all = requested.slugs.length === 1 && requested.slugs[0] === "all";
    if (key === "practices" && all && !requested.malformed.length) continue;
    if (requested.truncated)
      return {
        ok: false,
        error: `${key} is too long: at most ${MAX_ITEMS} values in ${MAX_RAW_LENGTH} characters.`,
      };
    const { valid, unknown } = partitionKnown(requested, known[key]);
    if (unknown.length)
      return {
        ok: false,
        error: `Unknown ${key}: ${unknown.join(", ")}. ${knownList(key, known)}`,
      };
    if (!valid.length)
      return { ok: false, error: `${key} is empty; omit it to include all ${key}.` };
    filter[key] = valid;
  }
  const ratings = parseSlugList(query.rating);
  if (ratings) {
    const { valid, unknown } = partitionKnown(ratings, API_RATINGS);
    if (unknown.length || ratings.truncated)
      return {
        ok: false,
        error: `Unknown rating: ${unknown.join(", ").slice(0, 200)}. Ratings are ${API_RATINGS.join(", ")}.`,
      };
    if (!valid.length)
      return { ok: false, error: "rating is empty; omit it to include all ratings." };
    filter.ratings = API_RATINGS.filter((r) => valid.includes(r));
  }
  return { ok: true, filter };
}

/** Names query parameters outside `allowed`, for a 400 that says which ones to use instead. */
export function unexpectedParams(
  query: Record<string, unknown>,
  allowed: readonly string[],
): string | null {
  const unexpected = Object.keys(query).filter((k) => !allowed.includes(k));
  if (!unexpected.length) return null;
  const named = unexpected.map((k) => k.slice(0, 40)).join(", ");
  if (!allowed.length) return `Unknown parameter(s): ${named}. This endpoint takes no parameters.`;
  const list =
    allowed.length > 1
      ? `${allowed.slice(0, -1).join(", ")} and ${allowed.at(-1)}`
      : allowed.join("");
  return `Unknown parameter(s): ${named}. Use ${list}.`;
}
