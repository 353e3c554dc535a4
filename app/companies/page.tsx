import type { Metadata } from "next";
import Link from "@/components/app-link";
import { redirect } from "next/navigation";
import { CompanyDirectoryForm } from "@/components/company-directory-form";
import { Notices } from "@/components/notices";
import { FocusOnArrival } from "@/components/focus-on-arrival";
import { Pagination } from "@/components/pagination";
import { ProvenanceMark } from "@/components/provenance-mark";
import { formatDay } from "@/components/stated-date";
import { directoryHref, directoryView } from "@/lib/params/company-directory";
import { PROVENANCE_LABELS } from "@/lib/provenance";
import { RegionalSourceNote } from "@/components/regional-source-note";
import { listCompanies } from "@/lib/queries/companies";
import { listRegionalSources } from "@/lib/queries/regional-sources";
import { sectorName } from "@/lib/sectors";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Companies",
  description:
    "Every company in the atlas: five curated and three hundred machine-read privacy policies, searchable by name and filterable by sector.",
};

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompaniesPage({ searchParams }: Props) {
  const [params, all, regional] = await Promise.all([
    searchParams,
    listCompanies(),
    listRegionalSources(),
  ]);
  const view = directoryView(params, all);
  if (view.redirectTo) redirect(view.redirectTo);
  const state = {
    q: view.q,
    sector: view.sector,
    provenance: view.provenance,
    sort: view.explicitSort,
  };
  const curated = all.filter((c) => c.provenance === "curated").length;
  const names = new Map(all.map((c) => [c.slug, c.name]));
  const filtered = view.q || view.sector || view.provenance;

  return (
    <div className="space-y-5">
      <FocusOnArrival key={JSON.stringify(params)} />
      <div className="max-w-3xl space-y-2">
        <h1 className="text-2xl font-bold tracking-tight sm:text-3xl">Companies</h1>
        <p className="text-slate-700 dark:text-slate-300">
          {all.length} companies:{" "}
          <Link
            href="/companies?provenance=curated"
            className="text-sky-800 underline dark:text-sky-300"
          >
            {curated} whose policies a person read and rated
          </Link>
          , and {all.length - curated} whose findings were{" "}
          <a
            href="/methodology#machine-reading"
            className="text-sky-800 underline dark:text-sky-300"
          >
            machine-read
          </a>{" "}
          from policies recorded by Open Terms Archive.
        </p>
      </div>

      <CompanyDirectoryForm
        key={`${view.sector}|${view.provenance}|${view.explicitSort}`}
        {...state}
      />

      <Notices messages={view.notices} />

      <p id="paged-summary" tabIndex={-1} className="text-sm text-slate-700 dark:text-slate-300">
        {/* Only the count is announced as the list follows the typing, not the link after it. */}
        <span aria-live="polite">
          {view.total === 0
            ? "No company matches."
            : `${view.total} ${view.total === 1 ? "company" : "companies"}${filtered ? (view.total === 1 ? " matches" : " match") : ""}` +
              (view.pageCount > 1
                ? ` · ${(view.page - 1) * 24 + 1}–${Math.min(view.page * 24, view.total)} shown`
                : "") +
              (view.sort === "match" ? " · best match first" : "")}
        </span>
        {filtered && (
          <>
            {" "}
            ·{" "}
            <Link href="/companies" className="text-sky-800 underline dark:text-sky-300">
              Clear filters
            </Link>
          </>
        )}
      </p>

      {view.total === 0 ? (
        <div
          className="space-y-2 rounded-lg border border-slate-200 p-6 text-center dark:border-slate-800"
          data-testid="no-company"
        >
          {/* Someone looking for Slack must learn that the atlas is a fixed set, not the web. */}
          <p>
            The atlas covers {all.length} companies: the {curated} curated ones and{" "}
            {all.length - curated} services whose policies{" "}
            <a
              href="https://opentermsarchive.org"
              className="text-sky-800 underline dark:text-sky-300"
            >
              Open Terms Archive
            </a>{" "}
            records
            {view.q && !view.sector && !view.provenance ? (
              <>, and no name among them matches &ldquo;{view.q}&rdquo;</>
            ) : null}
            .{" "}
            <Link href="/analyze" className="text-sky-800 underline dark:text-sky-300">
              Read a policy the atlas doesn&rsquo;t have
            </Link>{" "}
            by pasting its text.
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Or try fewer letters, another sector or both kinds of findings.{" "}
            {view.q && (
              <Link
                href={`/search?q=${encodeURIComponent(view.q)}`}
                className="text-sky-800 underline dark:text-sky-300"
              >
                Search the policies&rsquo; text for &ldquo;{view.q}&rdquo;
              </Link>
            )}
          </p>
        </div>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Companies">
          {view.companies.map((c) => (
            <li
              key={c.slug}
              className={`rounded-lg border border-slate-200 p-3 dark:border-slate-800 ${c.provenance === "machine" ? "machine-cell" : ""}`}
            >
              <div className="flex flex-wrap items-baseline justify-between gap-2">
                <a
                  href={`/companies/${c.slug}`}
                  className="text-base font-semibold text-sky-800 hover:underline dark:text-sky-300"
                >
                  {c.name}
                </a>
                <ProvenanceMark provenance={c.provenance} size="sm" />
              </div>
              <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
                <Link
                  href={directoryHref({ ...state, sector: c.sector })}
                  className="hover:underline"
                >
                  {sectorName(c.sector)}
                </Link>
                {c.archivedOn && (
                  <>
                    {" "}
                    · {c.recordedBy ? "recorded" : "archived"}{" "}
                    <time dateTime={c.archivedOn}>{formatDay(c.archivedOn)}</time>
                  </>
                )}
              </p>
              <RegionalSourceNote regional={regional.get(c.slug) ?? null} short />
              {c.supersededBy && names.has(c.supersededBy) && (
                // An older recording of a service reads, in a list, as a service of its own.
                <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
                  A newer recording of this service:{" "}
                  <a
                    href={`/companies/${c.supersededBy}`}
                    className="text-sky-800 underline dark:text-sky-300"
                  >
                    {names.get(c.supersededBy)}
                  </a>
                  .
                </p>
              )}
              <p className="mt-2 text-sm">
                <a
                  href={`/?companies=${c.slug}`}
                  className="text-sky-800 underline dark:text-sky-300"
                  aria-label={`Compare ${c.name} (${PROVENANCE_LABELS[c.provenance].toLowerCase()})`}
                >
                  Compare
                </a>
              </p>
            </li>
          ))}
        </ul>
      )}

      {view.pageCount > 1 && (
        <Pagination
          page={view.page}
          pageCount={view.pageCount}
          hrefFor={(page) => directoryHref({ ...state, page })}
          label="Companies"
          focusOnArrival={["#paged-summary"]}
        />
      )}
    </div>
  );
}
