import type { ClauseView } from "@/lib/queries/companies";
import type { Practice } from "@/lib/queries/practices";
import { CopyLink } from "./copy-link";

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

/**
 * The full policy, clause by clause, each with its anchor, heading path, practice tags and a
 * copy-link control. Markup is kept lean (shared CSS classes, plain anchors rather than
 * next/link, whose every instance is a client component to hydrate): a policy has dozens of
 * clauses and the page must stay quick to become interactive.
 */
export function PolicyText({
  clauses,
  practices,
}: {
  clauses: ClauseView[];
  practices: Practice[];
}) {
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  return (
    <div className="space-y-8">
      {groupClauses(clauses).map((s) => (
        <section key={s.clauses[0]!.anchor} aria-label={s.key || "Introduction"}>
          <h3 className="mb-3 text-lg font-semibold">
            {s.headingPath.length > 1 && (
              <span className="block text-sm font-normal text-slate-600 dark:text-slate-400">
                {s.headingPath.slice(0, -1).join(" › ")}
              </span>
            )}
            {s.headingPath[s.headingPath.length - 1] ?? "Introduction"}
          </h3>
          <ol className="space-y-3">
            {s.clauses.map((c) => (
              <li key={c.anchor} id={c.anchor} className="clause">
                <p className="clause-meta">
                  <span className="font-mono">§{c.position}</span>
                  <CopyLink anchor={c.anchor} label={`clause ${c.position}`} />
                  {c.practices.length > 0 && (
                    <span className="sr-only">Practices this clause speaks to:</span>
                  )}
                  {c.tags.map((t) => (
                    <a
                      key={t.practice}
                      href={`/practices/${t.practice}`}
                      className={`clause-tag ${t.probability === null ? "" : "border-dashed"}`}
                      title={
                        t.probability === null
                          ? undefined
                          : `Machine tag: the classifier gives this clause a ${Math.round(t.probability * 100)}% probability of speaking to this practice`
                      }
                    >
                      {names.get(t.practice) ?? t.practice}
                      {t.probability !== null && (
                        <span className="ml-1 font-mono text-[0.7rem]">
                          {Math.round(t.probability * 100)}%
                        </span>
                      )}
                    </a>
                  ))}
                </p>
                <p className="policy-quote text-[1.02rem] whitespace-pre-line text-slate-900 dark:text-slate-100">
                  {c.text}
                </p>
              </li>
            ))}
          </ol>
        </section>
      ))}
    </div>
  );
}
