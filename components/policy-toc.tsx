import type { ClauseView } from "@/lib/queries/companies";
import { groupClauses } from "./policy-text";

/** Table of contents: one entry per section of the policy, linking to its first clause. */
export function PolicyToc({ clauses }: { clauses: ClauseView[] }) {
  const sections = groupClauses(clauses);
  return (
    <nav aria-label="Policy contents" className="text-sm">
      <h2 className="mb-2 font-semibold">Contents</h2>
      <ol className="space-y-1">
        {sections.map((s) => (
          <li
            key={s.clauses[0]!.anchor}
            style={{ paddingLeft: `${Math.max(0, s.headingPath.length - 1) * 0.75}rem` }}
          >
            <a
              href={`#${s.clauses[0]!.anchor}`}
              className="rounded text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
            >
              {s.headingPath[s.headingPath.length - 1] ?? "Introduction"}
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
