import { Fragment } from "react";
import type { CompanySummary } from "@/lib/queries/companies";

type Props = {
  company: Pick<CompanySummary, "samePolicyAs">;
  /** Every company's name by slug, to name the related ones. */
  names: ReadonlyMap<string, string>;
};

/**
 * What a reader should know about this policy beside the others: whose text it shares (the
 * same Google privacy policy is recorded for Gmail, Google Voice and Blogger, so their findings
 * are identical). Nothing when there is nothing to say.
 */
export function PolicyRelationsNote({ company, names }: Props) {
  const same = company.samePolicyAs.filter((slug) => names.has(slug));
  if (same.length === 0) return null;
  return (
    <p className="policy-relations max-w-3xl text-sm text-slate-700 dark:text-slate-300">
      The same policy text as{" "}
      {same.map((slug, i) => (
        <Fragment key={slug}>
          {i > 0 && (i === same.length - 1 ? " and " : ", ")}
          <a href={`/companies/${slug}`} className="text-sky-800 underline dark:text-sky-300">
            {names.get(slug)}
          </a>
        </Fragment>
      ))}
      , so the findings are the same.
    </p>
  );
}
