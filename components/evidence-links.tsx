import type { Evidence } from "@/lib/queries/companies";

/**
 * On a company page the clauses are on the same page, so a finding links to them instead of
 * quoting them again; plain anchors, so the target is highlighted even without JavaScript.
 */
export function EvidenceLinks({
  evidence,
  positions,
}: {
  evidence: Evidence[];
  positions: Map<string, number>;
}) {
  if (evidence.length === 0) return null;
  return (
    <p className="mt-2 text-sm leading-7 text-slate-600 dark:text-slate-400">
      Based on{" "}
      {evidence.map((e, i) => (
        <span key={e.anchor}>
          <a
            href={`#${e.anchor}`}
            className="inline-block rounded py-1 font-medium text-sky-800 underline-offset-2 hover:underline dark:text-sky-300"
          >
            §{positions.get(e.anchor)}
            {e.headingPath.length ? ` ${e.headingPath[e.headingPath.length - 1]}` : ""}
          </a>
          {i < evidence.length - 1 ? ", " : ""}
        </span>
      ))}
    </p>
  );
}
