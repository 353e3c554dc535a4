import Link from "@/components/app-link";
import { formatVersionDate } from "@/components/history/version-date";
import { SEARCH_COVERAGE } from "@/lib/search/search-coverage";

/**
 * The sentence saying what a search covers, with its date: for one company, the day its text was
 * recorded and a link to its history; across companies, the newest recording.
 */
export function SearchCoverage({
  newest,
  company,
}: {
  newest: string | null;
  company?: { slug: string; name: string; archivedOn: string | null };
}) {
  if (company)
    return (
      <>
        Search covers {company.name}&rsquo;s latest recorded text
        {company.archivedOn ? `, of ${formatVersionDate(company.archivedOn)}` : ""}; earlier
        versions are in{" "}
        <Link
          href={`/companies/${company.slug}/changes`}
          className="font-medium text-sky-800 underline dark:text-sky-300"
        >
          its history
        </Link>
        .
      </>
    );
  if (!newest) return <>{SEARCH_COVERAGE}</>;
  const [covers, earlier] = SEARCH_COVERAGE.split("; ");
  return (
    <>
      {covers} (the newest recorded {formatVersionDate(newest)}); {earlier}
    </>
  );
}
