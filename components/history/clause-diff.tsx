import { describeChange } from "@/lib/history/describe-changes";
import { clauseAnchorInVersion } from "@/lib/history/version-anchors";
import { versionPageHref } from "@/lib/history/version-href";
import { wordDiff } from "@/lib/history/word-diff";
import type { DiffClause, VersionDiff, VersionSummary } from "@/lib/queries/history";
import { formatVersionDate } from "./version-date";

type Change =
  | { kind: "added"; clause: DiffClause }
  | { kind: "removed"; clause: DiffClause }
  | { kind: "modified"; before: DiffClause; after: DiffClause };

const practicesOf = (c: Change) =>
  c.kind === "modified"
    ? [...new Set([...c.after.practices, ...c.before.practices])]
    : c.clause.practices;

// Policies hold long unbroken addresses: they wrap anywhere rather than widen a phone screen.
const quote = "leading-relaxed whitespace-pre-line [overflow-wrap:anywhere]";

/** The classifier's tags, never a person's: marked as such like the policy text's machine tags. */
function Tags({ practices, names }: { practices: string[]; names: Map<string, string> }) {
  if (practices.length === 0) return null;
  return (
    <div className="flex flex-wrap items-baseline gap-x-2 gap-y-1 text-xs">
      <span className="text-slate-600 dark:text-slate-400">Machine tags:</span>
      <ul className="flex flex-wrap gap-1" aria-label="Practices (machine tags)">
        {practices.map((p) => (
          <li
            key={p}
            className="rounded border border-dashed border-slate-400 px-1.5 py-0.5 text-slate-700 dark:border-slate-500 dark:text-slate-300"
          >
            {names.get(p) ?? p}
          </li>
        ))}
      </ul>
    </div>
  );
}

/**
 * A modified clause: word-level marks where the two texts mostly agree; the old text, then the
 * new, whole, where it was rewritten (lib/history/word-diff.ts says when).
 */
function ModifiedText({ before, after }: { before: string; after: string }) {
  const { parts, rewritten } = wordDiff(before, after);
  if (rewritten)
    return (
      <div className="space-y-2" data-testid="diff-rewritten">
        <p className={`${quote} diff-removed-block`}>
          <span className="diff-label">Before: </span>
          {before}
        </p>
        <p className={`${quote} diff-added-block`}>
          <span className="diff-label">After: </span>
          {after}
        </p>
      </div>
    );
  return (
    <p className={quote}>
      {parts.map((p, i) =>
        p.change === "added" ? (
          <ins key={i} className="diff-ins">
            {p.text}
          </ins>
        ) : p.change === "removed" ? (
          <del key={i} className="diff-del">
            {p.text}
          </del>
        ) : (
          <span key={i}>{p.text}</span>
        ),
      )}
    </p>
  );
}

const LABEL = { added: "Added", removed: "Removed", modified: "Modified" } as const;

type Ends = { slug: string; from: VersionSummary; to: VersionSummary };

/** A link to the clause in the version it stands in, to cite it as that version said it. */
function InVersion({
  clause,
  version,
  slug,
  label,
}: {
  clause: DiffClause;
  version: VersionSummary;
  slug: string;
  label?: string;
}) {
  const date = formatVersionDate(version.recordedAt);
  return (
    <a
      href={versionPageHref(slug, version.id, clauseAnchorInVersion(clause))}
      className="text-sky-800 underline dark:text-sky-300"
      data-testid="clause-in-version"
    >
      {label ? `${label}: ` : ""}in the version of {date}
    </a>
  );
}

function ChangeItem({
  change,
  names,
  ends,
}: {
  change: Change;
  names: Map<string, string>;
  ends: Ends;
}) {
  const heading = change.kind === "modified" ? change.after.heading : change.clause.heading;
  return (
    <li
      className={`diff-item diff-item-${change.kind} min-w-0 space-y-2 rounded-lg border p-3 sm:p-4`}
    >
      <div className="flex flex-wrap items-baseline gap-x-3 gap-y-1">
        <span className="diff-kind text-sm font-semibold">{LABEL[change.kind]}</span>
        {heading ? (
          <span className="text-xs [overflow-wrap:anywhere] text-slate-600 dark:text-slate-400">
            under “{heading}”
          </span>
        ) : null}
      </div>
      <blockquote className="border-l-2 border-slate-300 pl-3 dark:border-slate-600">
        {change.kind === "modified" ? (
          <ModifiedText before={change.before.text} after={change.after.text} />
        ) : (
          <p className={quote}>{change.clause.text}</p>
        )}
      </blockquote>
      <Tags practices={practicesOf(change)} names={names} />
      <p className="no-print flex flex-wrap gap-x-4 gap-y-1 text-xs">
        {change.kind === "modified" ? (
          <>
            <InVersion clause={change.before} version={ends.from} slug={ends.slug} label="Before" />
            <InVersion clause={change.after} version={ends.to} slug={ends.slug} label="After" />
          </>
        ) : (
          <InVersion
            clause={change.clause}
            version={change.kind === "removed" ? ends.from : ends.to}
            slug={ends.slug}
          />
        )}
      </p>
    </li>
  );
}

/**
 * A comparison of two versions: every added, removed and modified clause (with word-level
 * highlights), grouped by the first practice it speaks to, in taxonomy order; clauses about no
 * practice come last. Inserted and deleted words are underlined and struck through, so the
 * difference survives print and colour blindness.
 */
export function ClauseDiff({
  diff,
  practices,
}: {
  diff: VersionDiff;
  practices: Array<{ slug: string; name: string }>;
}) {
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  const order = new Map(practices.map((p, i) => [p.slug, i]));
  const changes: Change[] = [
    ...diff.modified.map((m) => ({ kind: "modified" as const, ...m })),
    ...diff.added.map((clause) => ({ kind: "added" as const, clause })),
    ...diff.removed.map((clause) => ({ kind: "removed" as const, clause })),
  ];
  const groups = new Map<string, Change[]>();
  for (const c of changes) {
    const first =
      [...practicesOf(c)].sort((a, b) => (order.get(a) ?? 99) - (order.get(b) ?? 99))[0] ?? "";
    groups.set(first, [...(groups.get(first) ?? []), c]);
  }
  const sorted = [...groups.entries()].sort(
    ([a], [b]) => (a ? (order.get(a) ?? 98) : 99) - (b ? (order.get(b) ?? 98) : 99),
  );
  const touched = practices
    .filter((p) => changes.some((c) => practicesOf(c).includes(p.slug)))
    .map((p) => p.name);

  return (
    <div className="space-y-6">
      <p className="text-lg font-medium" data-testid="diff-summary">
        {describeChange(changes.length, touched)}.{" "}
        <span className="text-base font-normal text-slate-600 dark:text-slate-400">
          {diff.modified.length} modified, {diff.added.length} added, {diff.removed.length} removed;{" "}
          {diff.unchanged} unchanged
          {diff.retyped > 0
            ? ` (${diff.retyped} of them only in new typography: quotes, dashes or spaces)`
            : ""}
          .
        </span>
      </p>
      {sorted.map(([practice, items]) => (
        <section
          key={practice || "none"}
          aria-labelledby={`diff-${practice || "none"}`}
          className="space-y-3"
        >
          <h3 id={`diff-${practice || "none"}`} className="text-lg font-semibold">
            {practice ? (names.get(practice) ?? practice) : "Not about a particular practice"}{" "}
            <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
              ({items.length} clause{items.length === 1 ? "" : "s"})
            </span>
          </h3>
          <ul className="space-y-3">
            {items.map((c, i) => (
              <ChangeItem
                key={i}
                change={c}
                names={names}
                ends={{ slug: diff.company.slug, from: diff.from, to: diff.to }}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
