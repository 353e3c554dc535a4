import Link from "next/link";
import type { ClauseView } from "@/lib/queries/companies";
import type { Practice } from "@/lib/queries/practices";
import { CopyLinkButton } from "./copy-link-button";

type Section = { key: string; headingPath: string[]; clauses: ClauseView[] };

/** Consecutive clauses under the same headings form one section. */
export function groupClauses(clauses: ClauseView[]): Section[] {
  const sections: Section[] = [];
  for (const c of clauses) {
    const key = c.headingPath.join(" › ");
    const last = sections[sections.length - 1];
    if (last && last.key === key) last.clauses.push(c);
    else sections.push({ key, headingPath: c.headingPath, clauses: [c] });
  }
  return sections;
}

/** The full policy, clause by clause, each with its anchor, heading path, practice tags and a copy-link control. */
export function PolicyText({ clauses, practices }: { clauses: ClauseView[]; practices: Practice[] }) {
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  return (
    <div className="space-y-8">
      {groupClauses(clauses).map((s) => (
        <section key={s.clauses[0]!.anchor} aria-label={s.key || "Introduction"}>
          <h3 className="mb-3 text-lg font-semibold">
            {s.headingPath.length > 1 && (
              <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">{s.headingPath.slice(0, -1).join(" › ")}</span>
            )}
            {s.headingPath[s.headingPath.length - 1] ?? "Introduction"}
          </h3>
          <ol className="space-y-3">
            {s.clauses.map((c) => (
              <li
                key={c.anchor}
                id={c.anchor}
                className="clause rounded-md border border-transparent p-3 target:border-sky-500 target:bg-sky-50 target:ring-2 target:ring-sky-300 data-highlighted:border-sky-500 data-highlighted:bg-sky-50 data-highlighted:ring-2 data-highlighted:ring-sky-300 dark:target:bg-sky-950/60 dark:target:ring-sky-700 dark:data-highlighted:bg-sky-950/60 dark:data-highlighted:ring-sky-700"
              >
                <div className="mb-1 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-slate-600 dark:text-slate-400">
                  <span className="font-mono">§{c.position}</span>
                  <CopyLinkButton anchor={c.anchor} label={`clause ${c.position}`} />
                  {c.practices.length > 0 && (
                    <ul className="flex flex-wrap gap-1" aria-label="Practices this clause speaks to">
                      {c.practices.map((p) => (
                        <li key={p}>
                          <Link
                            href={`/practices/${p}`}
                            className="rounded-full border border-slate-300 px-2 py-0.5 hover:border-sky-600 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-600 dark:hover:text-sky-300"
                          >
                            {names.get(p) ?? p}
                          </Link>
                        </li>
                      ))}
                    </ul>
                  )}
                </div>
                <p className="policy-quote whitespace-pre-line text-[1.02rem] text-slate-900 dark:text-slate-100">{c.text}</p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
