import type { ClauseView } from "@/lib/queries/companies";
import type { Practice } from "@/lib/queries/practices";
import type { OutlineSection } from "@/lib/policy-outline";
import type { SnippetPart } from "@/lib/search/highlight";
import { CopyLink } from "./copy-link";

const HEADING_STYLE = [
  "text-xl font-semibold",
  "text-lg font-semibold",
  "text-base font-semibold",
  "text-sm font-semibold",
];

/** Clause text, with the parts to mark (a quote of the finding followed, or search terms) in <mark>. */
function ClauseText({ text, marks }: { text: string; marks?: SnippetPart[] }) {
  if (!marks) return <>{text}</>;
  return (
    <>
      {marks.map((part, i) =>
        part.hit ? (
          <mark key={i} className="clause-mark">
            {part.text}
          </mark>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

function Section({
  section,
  names,
  marks,
}: {
  section: OutlineSection<ClauseView>;
  names: Map<string, string>;
  marks: ReadonlyMap<string, SnippetPart[]>;
}) {
  // An unnamed <section> is not a landmark: headings such as "Personal Data" repeat under
  // different parents, and landmarks must be uniquely named. The headings carry the structure.
  // h3 for the policy's top-level headings (h2 is "The policy, clause by clause"), at most h6.
  const Heading = `h${Math.min(3 + section.depth, 6)}` as "h3" | "h4" | "h5" | "h6";
  const runs: Array<ClauseView[] | OutlineSection<ClauseView>> = [];
  for (const item of section.items) {
    const last = runs.at(-1);
    if ("section" in item) runs.push(item.section);
    else if (Array.isArray(last)) last.push(item.clause);
    else runs.push([item.clause]);
  }
  return (
    <section className="space-y-3">
      <Heading
        id={section.id}
        className={`policy-heading ${HEADING_STYLE[Math.min(section.depth, 3)]}`}
      >
        {section.title}
      </Heading>
      {runs.map((run) =>
        Array.isArray(run) ? (
          <ol key={run[0]!.anchor} className="space-y-3">
            {run.map((c) => (
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
                  <ClauseText text={c.text} marks={marks.get(c.anchor)} />
                </p>
              </li>
            ))}
          </ol>
        ) : (
          <Section key={run.id} section={run} names={names} marks={marks} />
        ),
      )}
    </section>
  );
}

/**
 * The full policy under its own headings, clause by clause, each clause with its anchor,
 * practice tags and a copy-link control. Markup is kept lean (shared CSS classes, plain anchors
 * rather than next/link, whose every instance is a client component to hydrate): a policy has
 * dozens of clauses and the page must stay quick to become interactive.
 */
export function PolicyText({
  outline,
  practices,
  marks = new Map(),
}: {
  outline: OutlineSection<ClauseView>[];
  practices: Practice[];
  /** Clause anchor → its text split into marked and plain parts. */
  marks?: ReadonlyMap<string, SnippetPart[]>;
}) {
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  return (
    <div className="space-y-8">
      {outline.map((s) => (
        <Section key={s.id} section={s} names={names} marks={marks} />
      ))}
    </div>
  );
}
