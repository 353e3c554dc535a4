/** What the outline needs of a clause: where it sits under the policy's headings. */
type Placed = { anchor: string; headingPath: string[] };

/** A section of the policy: its heading, then its clauses and subsections in document order. */
export type OutlineSection<C extends Placed> = {
  /** The heading's anchor on the company page, from the heading path (unique within a policy). */
  id: string;
  title: string;
  /** 0 for a top-level heading. */
  depth: number;
  items: Array<{ clause: C } | { section: OutlineSection<C> }>;
};

const INTRODUCTION = "Introduction";

function slugify(text: string): string {
  return (
    text
      .normalize("NFKD")
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")
      .slice(0, 80) || "section"
  );
}

/**
 * The policy's heading tree, built from each clause's heading path: a heading with no clause of
 * its own (only subsections) is still a section, and a heading that returns later in the policy
 * opens a new section there. Clauses before the first heading form an "Introduction".
 */
export function buildOutline<C extends Placed>(clauses: readonly C[]): OutlineSection<C>[] {
  const root: OutlineSection<C> = { id: "", title: "", depth: -1, items: [] };
  const used = new Map<string, number>();
  const idFor = (path: string[]) => {
    const base = `section-${slugify(path.join(" "))}`;
    const n = (used.get(base) ?? 0) + 1;
    used.set(base, n);
    return n === 1 ? base : `${base}-${n}`;
  };

  for (const clause of clauses) {
    const path = clause.headingPath.length ? clause.headingPath : [INTRODUCTION];
    let node = root;
    path.forEach((title, depth) => {
      // Only the section being filled right now can take more: headings follow document order.
      const last = node.items.at(-1);
      if (last && "section" in last && last.section.title === title) node = last.section;
      else {
        const section: OutlineSection<C> = {
          id: idFor(path.slice(0, depth + 1)),
          title,
          depth,
          items: [],
        };
        node.items.push({ section });
        node = section;
      }
    });
    node.items.push({ clause });
  }
  return root.items.flatMap((item) => ("section" in item ? [item.section] : []));
}

/** The subsections of a section, for a table of contents. */
export function subsections<C extends Placed>(section: OutlineSection<C>): OutlineSection<C>[] {
  return section.items.flatMap((item) => ("section" in item ? [item.section] : []));
}
