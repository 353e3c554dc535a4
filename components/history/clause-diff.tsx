import { followedFirst } from "@/lib/history/comparison-href";
import { describeChange } from "@/lib/history/describe-changes";
import { groupChanges } from "@/lib/history/diff-groups";
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

/** One practice's changed clauses under a heading that links the contents to it. */
function Group({
  id,
  title,
  items,
  names,
  ends,
}: {
  id: string;
  title: string;
  items: Change[];
  names: Map<string, string>;
  ends: Ends;
}) {
  return (
    <section aria-labelledby={id} className="space-y-3">
      <h3 id={id} className="scroll-mt-24 text-lg font-semibold">
        {title}{" "}
        <span className="text-sm font-normal text-slate-600 dark:text-slate-400">
          ({items.length} clause{items.length === 1 ? "" : "s"})
        </span>
      </h3>
      <ul className="space-y-3">
        {items.map((c, i) => (
          <ChangeItem key={i} change={c} names={names} ends={ends} />
        ))}
      </ul>
    </section>
  );
}

const orList = (names: string[]) =>
  names.length <= 1 ? (names[0] ?? "") : `${names.slice(0, -1).join(", ")} or ${names.at(-1)}`;

/**
 * A comparison of two versions: every added, removed and modified clause (with word-level
 * highlights), grouped by the first practice it speaks to, in taxonomy order; clauses about no
 * practice come last. With practices `followed` (a link from /changes or a practice feed that
 * filtered on them), every clause tagged with one comes first, under its own heading. A line of
 * links leads to each group: a rewrite of hundreds of clauses is many screens long. Inserted
 * and deleted words are underlined and struck through, so the difference survives print and
 * colour blindness.
 */
export function ClauseDiff({
  diff,
  practices,
  followed = [],
}: {
  diff: VersionDiff;
  practices: Array<{ slug: string; name: string }>;
  followed?: string[];
}) {
  const names = new Map(practices.map((p) => [p.slug, p.name]));
  const changes: Change[] = [
    ...diff.modified.map((m) => ({ kind: "modified" as const, ...m })),
    ...diff.added.map((clause) => ({ kind: "added" as const, clause })),
    ...diff.removed.map((clause) => ({ kind: "removed" as const, clause })),
  ];
  const grouped = groupChanges(
    changes,
    practicesOf,
    practices.map((p) => p.slug),
    followed,
  );
  // The practice followed named first, as the /changes row that led here names it.
  const touched = followedFirst(
    practices
      .map((p) => p.slug)
      .filter((slug) => changes.some((c) => practicesOf(c).includes(slug))),
    followed,
  ).map((slug) => names.get(slug) ?? slug);
  const followedNames = followed.map((p) => (names.get(p) ?? p).toLowerCase());
  const ends = { slug: diff.company.slug, from: diff.from, to: diff.to };
  const groupTitle = (practice: string) =>
    practice ? (names.get(practice) ?? practice) : "Not about a particular practice";
  const contents = [
    ...(grouped.followed.length
      ? [
          {
            id: "diff-followed",
            title: `Changed clauses about ${orList(followedNames)}`,
            n: grouped.followed.length,
          },
        ]
      : []),
    ...grouped.groups.map((g) => ({
      id: `diff-${g.practice || "none"}`,
      title: groupTitle(g.practice),
      n: g.items.length,
    })),
  ];

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
      {followed.length ? (
        <p
          className="rounded-lg border border-sky-300 bg-sky-50 p-3 text-sm dark:border-sky-800 dark:bg-sky-950"
          data-testid="diff-followed-note"
        >
          {grouped.followed.length
            ? `${grouped.followed.length} of the ${changes.length} changed clauses ${grouped.followed.length === 1 ? "is" : "are"} about ${orList(followedNames)} (the machine's tags), shown first; the other changes follow.`
            : `None of the ${changes.length} changed clauses is tagged ${orList(followedNames)} (the machine's tags): the change may touch it only through a clause tagged otherwise. Every changed clause is below.`}
        </p>
      ) : null}
      {contents.length > 1 ? (
        <nav aria-label="Changed clauses by practice" className="no-print text-sm">
          <ul className="flex flex-wrap gap-x-3 gap-y-1">
            {contents.map((c) => (
              <li key={c.id}>
                <a href={`#${c.id}`} className="text-sky-800 underline dark:text-sky-300">
                  {c.title}
                </a>{" "}
                <span className="text-slate-600 dark:text-slate-400">({c.n})</span>
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      {grouped.followed.length ? (
        <Group
          id="diff-followed"
          title={`Changed clauses about ${orList(followedNames)}`}
          items={grouped.followed}
          names={names}
          ends={ends}
        />
      ) : null}
      {grouped.groups.map((g) => (
        <Group
          key={g.practice || "none"}
          id={`diff-${g.practice || "none"}`}
          title={groupTitle(g.practice)}
          items={g.items}
          names={names}
          ends={ends}
        />
      ))}
    </div>
  );
}
