import { z } from "zod";
import { SLUG_PATTERN as SLUG } from "../slug";

export const MAX_RAW_LENGTH = 2000;
export const MAX_ITEMS = 100;

/** `truncated` is set when the input went past the length or item cap and the rest was not read. */
export type SlugList = { slugs: string[]; malformed: string[]; truncated?: true };

const rawSchema = z.union([z.string(), z.array(z.string())]).optional();

/**
 * Reads a comma-separated list of slugs from one or more query values (`?x=a,b&x=c`):
 * lower-cased, de-duplicated, in first-seen order. Values that cannot be slugs are returned
 * apart so callers can say what was ignored. Never throws.
 */
export function parseSlugList(raw: unknown): SlugList | undefined {
  const parsed = rawSchema.safeParse(raw);
  if (!parsed.success || parsed.data === undefined) return undefined;
  let joined = Array.isArray(parsed.data) ? parsed.data.join(",") : parsed.data;
  let truncated = false;
  if (joined.length > MAX_RAW_LENGTH) {
    // Cut at a comma, so the last item is never a fragment the user did not type; a single
    // oversized item is kept (cut) so that it is reported as malformed rather than vanishing.
    const comma = joined.lastIndexOf(",", MAX_RAW_LENGTH);
    joined = joined.slice(0, comma > 0 ? comma + 1 : MAX_RAW_LENGTH);
    truncated = true;
  }
  const slugs: string[] = [];
  const malformed: string[] = [];
  const parts = joined.split(",");
  for (const [i, part] of parts.entries()) {
    const value = part.trim().toLowerCase();
    if (!value) continue;
    if (SLUG.test(value) && value.length <= 64) {
      if (!slugs.includes(value)) slugs.push(value);
    } else {
      const shown = value.slice(0, 40);
      if (!malformed.includes(shown)) malformed.push(shown);
    }
    if (slugs.length + malformed.length >= MAX_ITEMS) {
      if (parts.slice(i + 1).some((p) => p.trim())) truncated = true;
      break;
    }
  }
  return truncated ? { slugs, malformed, truncated } : { slugs, malformed };
}

/** Splits requested slugs into the known and the unknown ones. */
export function partitionKnown(
  requested: SlugList,
  known: readonly string[],
): { valid: string[]; unknown: string[] } {
  const valid = requested.slugs.filter((s) => known.includes(s));
  const unknown = [...requested.slugs.filter((s) => !known.includes(s)), ...requested.malformed];
  return { valid, unknown };
}

export const slugParamSchema = z.string().regex(SLUG).max(64);
