import type { Metadata } from "next";
import Link from "@/components/app-link";
import { redirect } from "next/navigation";
import { CompanyDirectoryCard } from "@/components/company-directory-card";
import { CompanyDirectoryForm } from "@/components/company-directory-form";
import { Notices } from "@/components/notices";
import { FocusOnArrival } from "@/components/focus-on-arrival";
import { Pagination } from "@/components/pagination";
import { directoryDescription } from "@/lib/directory-description";
import { directoryHref, directoryView } from "@/lib/params/company-directory";
import { directoryElsewhere } from "@/lib/params/company-directory-elsewhere";
import { countCompanies, listCompanies } from "@/lib/queries/companies";
import { listOtherNames } from "@/lib/queries/other-names";
import { listRegionalSources } from "@/lib/queries/regional-sources";

export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const counts = await countCompanies().catch(() => null);
  return { title: "Companies", description: directoryDescription(counts) };
}

type Props = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CompaniesPage({ searchParams }: Props) {
  const [params, all, regional, otherNames] = await Promise.all([
    searchParams,
    listCompanies(),
    listRegionalSources(),
    listOtherNames(),
  ]);
  const view = directoryView(params, all, otherNames);
  if (view.redirectTo) redirect(view.redirectTo);
  const elsewhere = directoryElsewhere(view);
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

      {view.total === 0 && elsewhere.length > 0 ? (
        // Something matches, hidden by a filter: say where, rather than that the atlas lacks it.
        <ul
          className="space-y-1 rounded-lg border border-slate-200 p-6 text-center dark:border-slate-800"
          data-testid="no-company"
        >
          {elsewhere.map((e) => (
            <li key={e.href}>
              <Link href={e.href} className="text-sky-800 underline dark:text-sky-300">
                {e.text}
              </Link>
              .
            </li>
          ))}
        </ul>
      ) : view.total === 0 ? (
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
            {view.q ? <>, and no name among them matches &ldquo;{view.q}&rdquo;</> : null}.{" "}
            <Link href="/analyze" className="text-sky-800 underline dark:text-sky-300">
              Read a policy the atlas doesn&rsquo;t have
            </Link>{" "}
            by pasting its text.
          </p>
          <p className="text-sm text-slate-700 dark:text-slate-300">
            Or try fewer letters.{" "}
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
            <CompanyDirectoryCard
              key={c.slug}
              company={c}
              sectorHref={directoryHref({ ...state, sector: c.sector })}
              foundBy={view.foundBy.get(c.slug) ?? null}
              regional={regional.get(c.slug) ?? null}
              newerName={(c.supersededBy && names.get(c.supersededBy)) || null}
            />
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
