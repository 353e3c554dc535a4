import { Fragment } from "react";
import type { CompanySummary } from "@/lib/queries/companies";
import { formatDay } from "./stated-date";

type Props = {
  company: Pick<
    CompanySummary,
    "samePolicyAs" | "recordedLongAgo" | "supersededBy" | "archivedOn" | "recordedBy"
  >;
  /** Every company's name by slug, to name the related ones. */
  names: ReadonlyMap<string, string>;
};

const LINK = "text-sky-800 underline dark:text-sky-300";

/**
 * What a reader should know about this policy beside the others, in quiet sentences: whose text
 * it shares (the same Google privacy policy is recorded for Gmail, Google Voice and Blogger, so
 * their findings are identical), that a recording long before the corpus's newest may no longer
 * be the service's policy, and a newer recording of the same service a person found. Nothing
 * when there is nothing to say.
 */
export function PolicyRelationsNote({ company, names }: Props) {
  const same = company.samePolicyAs.filter((slug) => names.has(slug));
  const newer =
    company.supersededBy && names.has(company.supersededBy) ? company.supersededBy : null;
  const old = company.recordedLongAgo && company.recordedBy && company.archivedOn;
  if (same.length === 0 && !newer && !old) return null;
  const newerLink = newer && (
    <>
      A newer recording:{" "}
      <a href={`/companies/${newer}`} className={LINK}>
        {names.get(newer)}
      </a>
      .
    </>
  );
  return (
    <div className="policy-relations max-w-3xl space-y-1 text-sm text-slate-700 dark:text-slate-300">
      {old ? (
        <p>
          Last recorded <time dateTime={company.archivedOn!}>{formatDay(company.archivedOn!)}</time>
          : the service&rsquo;s current policy may differ.{newerLink && <> {newerLink}</>}
        </p>
      ) : (
        newerLink && <p>{newerLink}</p>
      )}
      {same.length > 0 && (
        <p>
          The same policy text as{" "}
          {same.map((slug, i) => (
            <Fragment key={slug}>
              {i > 0 && (i === same.length - 1 ? " and " : ", ")}
              <a href={`/companies/${slug}`} className={LINK}>
                {names.get(slug)}
              </a>
            </Fragment>
          ))}
          , so the findings are the same.
        </p>
      )}
    </div>
  );
}
