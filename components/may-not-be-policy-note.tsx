import {
  mayNotBePrivacyPolicy,
  POLICY_LIKE_SHARE,
  type PracticeCoverage,
} from "@/lib/reading/practice-coverage";
import { TextLink } from "./text-link";

type Props = {
  coverage: PracticeCoverage;
  /** The company, or null for a text pasted into /analyze. */
  company: { name: string; sourceUrl: string | null } | null;
};

/**
 * "None of the 6 clauses read speak to any", "Only 2 of the 6 … speak to any": a text of a single
 * clause (a word pasted into /analyze) has its own sentence, as "none of the 1 clause" is no English.
 */
function speakingWords({ clauses, speaking }: PracticeCoverage, where: string): string {
  if (clauses === 1) return `The one clause ${where} does not speak to any`;
  const of = `of the ${clauses.toLocaleString("en")} clauses ${where}`;
  if (speaking === 0) return `None ${of} speak to any`;
  return `Only ${speaking.toLocaleString("en")} ${of} speak${speaking === 1 ? "s" : ""} to any`;
}

/**
 * Said when a machine-read text reads as something other than a privacy policy (terms of
 * service, a documentation page, an index of notices kept elsewhere), so its findings, drawn from
 * the few clauses that touch a practice, are not taken for the service's answer. Nothing otherwise.
 */
export function MayNotBePolicyNote({ coverage, company }: Props) {
  if (!mayNotBePrivacyPolicy(coverage)) return null;
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
      {coverage.termsOpening && coverage.speaking >= coverage.clauses * POLICY_LIKE_SHARE ? (
        <>
          Its opening names it terms, not a privacy policy (&ldquo;{coverage.termsOpening}
          &hellip;&rdquo;), and says nothing of privacy, so its findings say little about how{" "}
          {company ? company.name : "the service"} treats personal data.{" "}
        </>
      ) : (
        <>
          {speakingWords(coverage, company ? "recorded here" : "read")} of the 14 practices, where
          most of a privacy policy&rsquo;s do: the text may be terms of service, a documentation
          page or an index of notices kept elsewhere, so its findings say little about how{" "}
          {company ? company.name : "the service"} treats personal data.{" "}
        </>
      )}
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
