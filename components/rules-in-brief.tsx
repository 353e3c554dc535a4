import type { Practice } from "@/lib/queries/practices";
import { isPracticeSlug } from "@/lib/reading/practice-slugs";
import { RULES_IN_BRIEF } from "@/lib/reading/rules-in-brief";

/** What the rules read as one rating, or that no rule gives it. */
function RuleCell({ said, none }: { said: string | null; none: string }) {
  return (
    <td className="p-2">
      {said ?? <span className="text-slate-600 italic dark:text-slate-400">{none}</span>}
    </td>
  );
}

/**
 * What moves a suggested rating, practice by practice, below a reading on /analyze: a person
 * checking their own draft learns what the rules read as protective and as concerning, and so
 * what wording would change a rating. Not the rubric itself (the methodology page has it).
 */
export function RulesInBrief({ practices }: { practices: Practice[] }) {
  const rows = practices.filter((p) => isPracticeSlug(p.slug));
  return (
    <section aria-labelledby="rules-in-brief-title" className="max-w-4xl space-y-3">
      <h2 id="rules-in-brief-title" className="text-xl font-semibold">
        What would change a suggested rating
      </h2>
      <p className="text-sm text-slate-700 dark:text-slate-300">
        The rules read a practice as protective or concerning when the policy says so in its own
        words; anything else it says about the practice is neutral. In brief, from{" "}
        <a href="/methodology#machine-reading" className="text-sky-800 underline dark:text-sky-300">
          how machine reading works
        </a>
        :
      </p>
      <div className="overflow-x-auto rounded-md border border-slate-200 dark:border-slate-800">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-50 dark:bg-slate-900">
            <tr>
              <th scope="col" className="p-2 font-semibold">
                Practice
              </th>
              <th scope="col" className="p-2 font-semibold">
                Protective when the policy says
              </th>
              <th scope="col" className="p-2 font-semibold">
                Concerning when the policy says
              </th>
            </tr>
          </thead>
          <tbody className="divide-y divide-slate-200 dark:divide-slate-800">
            {rows.map((p) => {
              const rule = RULES_IN_BRIEF[p.slug as keyof typeof RULES_IN_BRIEF];
              return (
                <tr key={p.slug} className="align-top">
                  <th scope="row" className="p-2 font-medium">
                    {p.name}
                  </th>
                  <RuleCell said={rule.protective} none="no rule: at best neutral" />
                  <RuleCell said={rule.concerning} none="no rule: at worst neutral" />
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
