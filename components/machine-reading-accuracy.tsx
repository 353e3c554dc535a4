import { readEvaluationTables, tablesForReaders } from "@/lib/evaluation-tables";

/**
 * The measured accuracy of machine reading, as `npm run eval` wrote it to docs/evaluation.md
 * (per practice precision, recall and F1 on our own labels and on OPP-115), each practice by its
 * name. Says so plainly when no evaluation has been written yet.
 */
export function MachineReadingAccuracy({
  practiceNames,
}: {
  practiceNames: ReadonlyMap<string, string>;
}) {
  const read = readEvaluationTables();
  const tables = read ? tablesForReaders(read, practiceNames) : [];
  if (tables.length === 0)
    return (
      <p className="rounded-md border border-dashed border-slate-300 p-3 text-sm dark:border-slate-700">
        No accuracy has been measured yet: until it is, treat every machine-read suggestion as
        unmeasured.
      </p>
    );
  return (
    <div className="space-y-6">
      {tables.map((t, i) => (
        <div key={i} className="overflow-x-auto">
          <table className="w-full text-left text-sm">
            <caption className="pb-2 text-left font-semibold">{t.heading || "Accuracy"}</caption>
            <thead>
              <tr>
                {t.header.map((h, j) => (
                  <th
                    key={j}
                    scope="col"
                    className="border-b border-slate-300 py-1 pr-3 dark:border-slate-700"
                  >
                    {h}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {t.rows.map((r, j) => (
                <tr key={j} className="border-b border-slate-200 dark:border-slate-800">
                  {r.map((c, k) =>
                    k === 0 ? (
                      <th key={k} scope="row" className="py-1 pr-3 font-normal">
                        {c}
                      </th>
                    ) : (
                      <td key={k} className="py-1 pr-3 tabular-nums">
                        {c}
                      </td>
                    ),
                  )}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ))}
    </div>
  );
}
