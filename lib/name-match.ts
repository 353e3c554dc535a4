/** Lower case, accents and punctuation gone, words separated by one space: "Proton Mail" → "proton mail". */
export function normaliseName(value: string): string {
  return value
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, " ")
    .trim();
}

/**
 * How well a company's name (or slug) matches what someone typed: 0 is best, null no match.
 * Exact name, then a name starting with the term, then a word of the name starting with it,
 * then the term anywhere — so "x" ranks X before Xanga, Xbox before Foxnews, at any number of
 * companies. Spaces and punctuation are ignored ("wetransfer" finds WeTransfer, "we transfer" too).
 */
export function nameMatchScore(
  term: string,
  company: { name: string; slug: string },
): number | null {
  const t = normaliseName(term);
  if (!t) return null;
  const name = normaliseName(company.name);
  const compactTerm = t.replace(/ /g, "");
  const compactName = name.replace(/ /g, "");
  const slug = company.slug.replace(/-/g, "");
  if (name === t || compactName === compactTerm || slug === compactTerm) return 0;
  if (name.startsWith(t) || compactName.startsWith(compactTerm)) return 1;
  if (name.split(" ").some((w) => w.startsWith(t)) || ` ${name}`.includes(` ${t}`)) return 2;
  if (compactName.includes(compactTerm)) return 3;
  if (slug.includes(compactTerm)) return 4;
  return null;
}

const collator = new Intl.Collator("en", { sensitivity: "base", numeric: true });

const superseded = (c: { supersededBy?: string | null }) => (c.supersededBy ? 1 : 0);

/**
 * The companies matching the term, best match first; among equal matches an old recording a
 * newer one replaced comes after the rest ("protonmail" suggests Proton Mail before ProtonMail's
 * 2022 recording), then shorter names, then alphabetically.
 */
export function rankByName<T extends { name: string; slug: string; supersededBy?: string | null }>(
  term: string,
  companies: T[],
): T[] {
  return companies
    .map((c) => ({ c, score: nameMatchScore(term, c) }))
    .filter((x): x is { c: T; score: number } => x.score !== null)
    .sort(
      (a, b) =>
        a.score - b.score ||
        superseded(a.c) - superseded(b.c) ||
        a.c.name.length - b.c.name.length ||
        collator.compare(a.c.name, b.c.name) ||
        a.c.slug.localeCompare(b.c.slug),
    )
    .map((x) => x.c);
}
