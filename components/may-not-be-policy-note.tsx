import { mayNotBePrivacyPolicy, type PracticeCoverage } from "@/lib/reading/practice-coverage";
import { TextLink } from "./text-link";

type Props = {
  coverage: PracticeCoverage;
  /** The company, or null for a text pasted into /analyze. */
  company: { name: string; sourceUrl: string | null } | null;
};

const clauses = (n: number) => (n === 1 ? "1 clause" : `${n.toLocaleString("en")} clauses`);

/**
 * Said when a machine-read text reads as something other than a privacy policy (terms of
 * service, a documentation page, an index of notices kept elsewhere), so its findings, drawn from
 * the few clauses that touch a practice, are not taken for the service's answer. Nothing otherwise.
 */
export function MayNotBePolicyNote({ coverage, company }: Props) {
  if (!mayNotBePrivacyPolicy(coverage)) return null;
  const only =
    coverage.speaking === 0
      ? `None of the ${clauses(coverage.clauses)}`
      : `Only ${coverage.speaking} of the ${clauses(coverage.clauses)}`;
  return (
    <p
      className="may-not-be-policy max-w-3xl rounded-md border border-amber-400 bg-amber-50 px-3 py-2 text-sm text-amber-950 dark:border-amber-600/70 dark:bg-amber-950/40 dark:text-amber-100"
      data-testid="may-not-be-policy"
    >
      <strong>
        {company
          ? `This may not be ${company.name}’s privacy policy.`
          : "This may not be a privacy policy."}
      </strong>{" "}
      {only} {company ? "recorded here" : "read"} speak{coverage.speaking === 1 ? "s" : ""} to any
      of the 14 practices, where most of a privacy policy&rsquo;s do: the text may be terms of
      service, a documentation page or an index of notices kept elsewhere, so its findings say
      little about how {company ? company.name : "the service"} treats personal data.{" "}
      {company ? (
        company.sourceUrl ? (
          <>
            Read the <TextLink href={company.sourceUrl}>original source</TextLink> for its policy.
          </>
        ) : null
      ) : (
        "Paste the privacy policy itself for a useful reading."
      )}
    </p>
  );
}
