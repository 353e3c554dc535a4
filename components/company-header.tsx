import { statedAfterRecorded } from "@/lib/date-precision";
import type { CompanyDetail } from "@/lib/queries/companies";
import { companyFeed } from "@/lib/history/company-feed";
import { OTA_ATTRIBUTION } from "@/lib/provenance";
import { countRatings } from "@/lib/rating-counts";
import { sectorName } from "@/lib/sectors";
import { Breadcrumb } from "./breadcrumb";
import { MachineReadNotice } from "./machine-read-notice";
import { PolicyRelationsNote } from "./policy-relations-note";
import { MayNotBePolicyNote } from "./may-not-be-policy-note";
import { practiceCoverage } from "@/lib/reading/practice-coverage";
import { ProvenanceMark } from "./provenance-mark";
import { RatingCounts } from "./rating-counts";
import { RegionalSourceNote } from "./regional-source-note";
import { regionalSource } from "@/lib/regional-source";
import { formatDay, StatedDate } from "./stated-date";
import { TextLink } from "./text-link";

/** The top of a company's page: its name, sector, legal name, website, dates, source and ratings. */
export function CompanyHeader({
  company,
  names,
}: {
  company: CompanyDetail;
  /** Every company's name by slug, to name those whose policy this one's relates to. */
  names: ReadonlyMap<string, string>;
}) {
  const feed = companyFeed(company);
  return (
    <header className="space-y-3">
      <Breadcrumb parent={{ href: "/companies", label: "Companies" }} current={company.name} />
      <h1 className="text-3xl font-bold tracking-tight">{company.name}</h1>
      {/* A dot between items, never at the start of a wrapped line (.dot-list, globals.css). */}
      <ul className="dot-list text-slate-700 dark:text-slate-300">
        <li>
          <ProvenanceMark provenance={company.provenance} />
        </li>
        <li>
          <a
            href={`/companies?sector=${company.sector}`}
            className="text-sky-800 underline dark:text-sky-300"
          >
            {sectorName(company.sector)}
          </a>
        </li>
        {company.legalName !== company.name && <li>{company.legalName}</li>}
        {company.website && (
          <li>
            <a
              href={company.website}
              className="text-sky-800 underline dark:text-sky-300"
              rel="noopener noreferrer"
            >
              {company.website.replace(/^https?:\/\//, "")}
            </a>
          </li>
        )}
      </ul>
      <RegionalSourceNote regional={regionalSource(company.policy.sourceUrl)} />
      <PolicyRelationsNote company={company} names={names} />
      {company.provenance === "machine" && <MachineReadNotice />}
      {/* Curated companies' tags are a person's, who read the text as the policy it is. */}
      {company.provenance === "machine" && (
        <MayNotBePolicyNote
          coverage={practiceCoverage(company.clauses)}
          company={{ name: company.name, sourceUrl: company.policy.sourceUrl }}
        />
      )}
      <dl className="grid gap-x-8 gap-y-2 text-sm sm:grid-cols-2 lg:grid-cols-4">
        <div>
          <dt className="font-semibold">Policy date</dt>
          <dd>
            {/* A machine-read policy's date is read by the same rules as its findings, and its
                silence is "not found", never "not stated", as a practice's is "no clause found". */}
            {company.provenance === "machine" && !company.effectiveDate ? (
              <>
                No date found{" "}
                <span className="text-slate-600 dark:text-slate-400">(read by machine)</span>
              </>
            ) : (
              <>
                <StatedDate label={company.effectiveDateLabel} date={company.effectiveDate} />{" "}
                <span className="text-slate-600 dark:text-slate-400">
                  (as stated in the policy
                  {company.provenance === "machine" ? "; read by machine" : ""})
                </span>
                {company.effectiveDate &&
                company.archivedOn &&
                statedAfterRecorded(company.effectiveDate, company.archivedOn) ? (
                  <span
                    className="block text-slate-600 dark:text-slate-400"
                    data-testid="stated-after-recorded"
                  >
                    Later than this copy was recorded: a policy is often published before the date
                    it takes effect.
                  </span>
                ) : null}
              </>
            )}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">
            {company.policy.recordedBy ? "Recorded" : "Archived copy"}
          </dt>
          <dd>
            {company.policy.recordedBy ? (
              <>
                by{" "}
                <a
                  href={company.policy.archiveUrl ?? OTA_ATTRIBUTION.url}
                  className="text-sky-800 underline dark:text-sky-300"
                  rel="noopener noreferrer"
                >
                  {company.policy.recordedBy}
                </a>
                {company.archivedOn ? ` on ${formatDay(company.archivedOn)}` : ""}
              </>
            ) : company.policy.archiveUrl ? (
              <a
                href={company.policy.archiveUrl}
                className="print-href text-sky-800 underline dark:text-sky-300"
                rel="noopener noreferrer"
              >
                Wayback Machine{company.archivedOn ? `, ${formatDay(company.archivedOn)}` : ""}
              </a>
            ) : (
              "None"
            )}
            {/* The history is otherwise reached only below the findings, screens down: whoever
                follows a policy's changes looks here, at the recording's date. */}
            <span className="mt-1 block">
              <a
                href={`/companies/${company.slug}/changes`}
                className="text-sky-800 underline dark:text-sky-300"
              >
                Policy history
              </a>
              {feed && (
                <>
                  {" · "}
                  <a
                    href={feed.url}
                    type="application/atom+xml"
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    Atom feed of changes
                  </a>
                </>
              )}
            </span>
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Original source</dt>
          {/* Only the address may break anywhere; the sentence said in its place breaks at spaces. */}
          <dd>
            {company.policy.sourceUrl ? (
              <TextLink href={company.policy.sourceUrl} className="break-all">
                {company.policy.sourceUrl}
              </TextLink>
            ) : company.policy.recordedBy ? (
              // 30 services' records in the corpus give no address (their declaration was not found).
              `Not given in ${company.policy.recordedBy}’s record of this service`
            ) : (
              "Unknown"
            )}
          </dd>
        </div>
        <div>
          <dt className="font-semibold">Findings</dt>
          <dd className="mt-1">
            <RatingCounts
              counts={countRatings(company.findings.map((f) => f.rating))}
              label={`${company.name}: ratings of its ${company.findings.length} findings`}
              provenance={company.provenance}
            />
          </dd>
        </div>
      </dl>
    </header>
  );
}
