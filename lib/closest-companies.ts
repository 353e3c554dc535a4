import { editDistanceWithin } from "./edit-distance";
import { normaliseName, rankByName, type NameMatched } from "./name-match";

/** Slips allowed for a word of this length: one in a short word, so "slack" is not offered Spark. */
const slipsFor = (length: number) => (length <= 5 ? 1 : length <= 10 ? 2 : 3);

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

/**
 * The companies an unknown slug most likely meant, closest first: names (and other names) that
 * contain what was typed, as the name search ranks them ("proton" → Proton Mail…); then names a
 * typing slip or two away ("signall" → Signal); then names the slug starts with
 * ("mozy-backup" → Mozy).
 */
export function closestCompanies<T extends NameMatched>(
  typed: string,
  companies: readonly T[],
  limit: number,
): T[] {
  const term = typed.slice(0, 80).replace(/[-_]+/g, " ");
  const ranked = rankByName(term, [...companies]);
  const squeezed = normaliseName(term).replace(/ /g, "");
  if (squeezed.length < 3) return ranked.slice(0, limit);
  const found = new Set(ranked);
  const slips = slipsFor(squeezed.length);
  const near = companies
    .filter((c) => !found.has(c))
    .flatMap((c) => {
      const name = normaliseName(c.name).replace(/ /g, "");
      const slug = c.slug.replace(/-/g, "");
      const typo = [name, slug]
        .map((n) => editDistanceWithin(squeezed, n, slips))
        .filter((d): d is number => d !== null);
      if (typo.length) return [{ c, rank: Math.min(...typo) }];
      // A slug with a word added to a name ("signal-messenger"): after every slip.
      if (name.length >= 4 && squeezed.startsWith(name)) return [{ c, rank: slips + 1 }];
      return [];
    })
    .sort(
      (a, b) =>
        a.rank - b.rank ||
        a.c.name.length - b.c.name.length ||
        collator.compare(a.c.name, b.c.name),
    )
    .map((x) => x.c);
  return [...ranked, ...near].slice(0, limit);
}
