import type { AnalyzeState } from "@/lib/reading/analysis-view";
import { formatLabel } from "@/lib/reading/format-label";
import { ComparisonGrid } from "./comparison-grid";
import { RulesInBrief } from "./rules-in-brief";
import { MachineGridCell } from "./machine-grid-cell";
import { MachineReadMark } from "./machine-read-mark";
import { MayNotBePolicyNote } from "./may-not-be-policy-note";
import { StatedDate } from "./stated-date";

type Done = Extract<AnalyzeState, { status: "done" }>;

/** A reading shown as the grid's first column, then its clauses practice by practice. */
export function AnalysisResult({ result }: { result: Done }) {
  const machineAt = new Map(result.machine.map((m) => [m.practice, m]));
  const nameOf = new Map(result.practices.map((p) => [p.slug, p.name]));
  return (
    <section aria-labelledby="reading-title" className="space-y-6">
      <div className="max-w-3xl space-y-1">
        {/* Focused when a reading comes back (analyze-form.tsx), so it takes no tab stop. */}
        <h2 id="reading-title" tabIndex={-1} className="text-2xl font-semibold">
          {result.name}: read by machine
        </h2>
        <p className="text-slate-700 dark:text-slate-300">
          {result.title && result.title !== result.name ? (
            <>&ldquo;{result.title}&rdquo;, </>
          ) : null}
          {result.clauseCount === 1
            ? "1 clause"
            : `${result.clauseCount.toLocaleString("en")} clauses`}{" "}
          read as {formatLabel(result.format, result.formatDeclared)}. <MachineReadMark />
        </p>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {/* Read by the seed's rules, so a pasted policy is dated as the atlas's companies are. */}
          {result.statedDate ? (
            <>
              Date the policy states for itself:{" "}
              <StatedDate label={result.statedDate.label} date={result.statedDate.date} />, read by
              machine from &ldquo;{result.statedDate.stated}&rdquo;.
            </>
          ) : (
            "The machine found no date the policy states for itself (no dated label such as “Last updated”, or a date it could not read without guessing)."
          )}
        </p>
        <MayNotBePolicyNote
          coverage={{ clauses: result.clauseCount, speaking: result.speakingCount }}
          company={null}
        />
        {result.notices.map((n) => (
          <p key={n} className="text-sm text-slate-700 dark:text-slate-300">
            {n}
          </p>
        ))}
      </div>

      <ComparisonGrid
        practices={result.practices}
        companies={result.companies}
        cells={result.cells}
        ratings={[]}
        caption={`${result.name} (machine-read, not reviewed) compared with ${result.companies.map((c) => c.name).join(", ") || "no other company"}`}
        leadColumn={{
          header: (
            <th
              scope="col"
              className="border-b border-l border-dashed border-slate-300 border-l-violet-400 bg-violet-50 p-2 align-top break-words sm:p-3 dark:border-slate-700 dark:border-l-violet-700 dark:bg-violet-950"
            >
              <span className="block text-base font-semibold">{result.name}</span>
              <MachineReadMark />
            </th>
          ),
          cell: (p) => {
            const m = machineAt.get(p.slug);
            return m ? (
              <MachineGridCell key="machine" cell={m} columnName={result.name} />
            ) : (
              <td key="machine" />
            );
          },
        }}
      />

      <RulesInBrief practices={result.practices} />

      <section aria-labelledby="clauses-title" className="max-w-4xl space-y-3">
        <h2 id="clauses-title" className="text-xl font-semibold">
          Clauses per practice
        </h2>
        <p className="text-sm text-slate-700 dark:text-slate-300">
          The clauses the classifier assigned to each practice, most likely first, with its
          probability; § numbers count the clauses of the text read, from its start. The
          grid&rsquo;s quotes are the sentences a rating rests on, which the fact rules may find in
          a clause assigned to another practice, then up to five of these clauses.
        </p>
        {result.byPractice.map((p) => (
          <details
            key={p.practice}
            className="rounded-md border border-slate-200 p-3 dark:border-slate-800"
          >
            <summary className="cursor-pointer font-medium">
              {nameOf.get(p.practice) ?? p.practice}{" "}
              <span className="font-normal text-slate-600 dark:text-slate-400">
                —{" "}
                {p.total === 0
                  ? "no clause found"
                  : p.total === 1
                    ? "1 clause"
                    : `${p.total} clauses`}
                {p.quotedElsewhere > 0 &&
                  `; the grid quotes ${p.quotedElsewhere === 1 ? "1 sentence" : `${p.quotedElsewhere} sentences`} found in other practices’ clauses`}
              </span>
            </summary>
            <ol className="mt-3 space-y-3">
              {p.clauses.map((c, i) => (
                <li key={i} className="text-sm">
                  <span className="text-slate-600 dark:text-slate-400">
                    <span className="sr-only">Clause </span>
                    <span aria-hidden="true">§</span>
                    {c.number} · {Math.round(c.probability * 100)}%
                    {c.headingPath.length ? ` · ${c.headingPath.join(" › ")}` : ""}
                  </span>
                  <blockquote className="policy-quote mt-1 border-l-4 border-slate-300 pl-3 text-[0.95rem] text-slate-800 dark:border-slate-600 dark:text-slate-200">
                    &ldquo;{c.text}&rdquo;
                  </blockquote>
                </li>
              ))}
            </ol>
            {p.total > p.clauses.length && (
              <p className="mt-2 text-sm text-slate-600 dark:text-slate-400">
                and {p.total - p.clauses.length} more.
              </p>
            )}
          </details>
        ))}
      </section>
    </section>
  );
}
