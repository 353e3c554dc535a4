import type { MachineFact } from "@/lib/queries/companies";

/** The facts a machine rating rests on, each with the policy's exact words. */
export function MachineFacts({ facts }: { facts: MachineFact[] }) {
  if (facts.length === 0) return null;
  return (
    <details className="group mt-2">
      <summary className="inline-flex cursor-pointer items-center gap-1 rounded text-sm font-medium text-sky-800 select-none hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300">
        {facts.length === 1 ? "1 fact found" : `${facts.length} facts found`}
      </summary>
      <dl className="mt-2 space-y-2 text-sm">
        {facts.map((f, i) => (
          <div key={`${f.kind}-${i}`}>
            <dt className="font-medium">
              {f.kind.replace(/[-_]/g, " ")}: {f.value}
            </dt>
            <dd className="policy-quote border-l-4 border-slate-300 pl-3 text-slate-800 dark:border-slate-600 dark:text-slate-200">
              &ldquo;{f.quote}&rdquo;
            </dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
