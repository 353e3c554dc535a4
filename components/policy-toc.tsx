import type { ClauseView } from "@/lib/queries/companies";
import { subsections, type OutlineSection } from "@/lib/policy-outline";

function Entries({
  sections,
  className = "",
}: {
  sections: OutlineSection<ClauseView>[];
  className?: string;
}) {
  return (
    <ol className={`space-y-1 ${className}`}>
      {sections.map((s) => {
        const children = subsections(s);
        return (
          <li key={s.id}>
            <a
              href={`#${s.id}`}
              className="rounded text-sky-800 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
            >
              {s.title}
            </a>
            {children.length > 0 && (
              <Entries
                sections={children}
                className="mt-1 ml-1 border-l border-slate-200 pl-3 dark:border-slate-700"
              />
            )}
          </li>
        );
      })}
    </ol>
  );
}

/** Table of contents: the policy's heading tree, each entry linking to its heading. */
export function PolicyToc({ outline }: { outline: OutlineSection<ClauseView>[] }) {
  return (
    <nav aria-label="Policy contents" className="text-sm">
      <h2 className="mb-2 font-semibold">Contents</h2>
      <Entries sections={outline} />
    </nav>
  );
}
