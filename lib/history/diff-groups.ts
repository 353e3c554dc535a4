export type DiffGroup<C> = { practice: string; items: C[] };

/**
 * The changed clauses of a comparison as the page lists them: each under the first practice it
 * speaks to, in taxonomy order, clauses about no practice ("") last. With practices followed,
 * every clause tagged with one of them comes first, in `followed`, whatever its first practice
 * (a children's clause also about sharing would otherwise sit under sharing), and once only.
 */
export function groupChanges<C>(
  changes: readonly C[],
  practicesOf: (c: C) => readonly string[],
  taxonomy: readonly string[],
  followed: readonly string[] = [],
): { followed: C[]; groups: DiffGroup<C>[] } {
  const order = new Map(taxonomy.map((slug, i) => [slug, i]));
  const rank = (p: string) => (p ? (order.get(p) ?? taxonomy.length) : taxonomy.length + 1);
  const isFollowed = (c: C) => practicesOf(c).some((p) => followed.includes(p));
  const groups = new Map<string, C[]>();
  for (const c of changes) {
    if (isFollowed(c)) continue;
    const first = [...practicesOf(c)].sort((a, b) => rank(a) - rank(b))[0] ?? "";
    groups.set(first, [...(groups.get(first) ?? []), c]);
  }
  return {
    followed: changes.filter(isFollowed),
    groups: [...groups.entries()]
      .sort(([a], [b]) => rank(a) - rank(b))
      .map(([practice, items]) => ({ practice, items })),
  };
}
