import Link from "@/components/app-link";
import { countCompanies, listSomeCompanies } from "@/lib/queries/companies";
import type { Provenance } from "@/lib/provenance";
import { TextLink } from "@/components/text-link";

/** Every curated company fits, with this many machine-read ones after them. */
const SUGGESTED = 20;

/**
 * An unknown company: say so, lead to the directory of all of them, and name a few by kind.
 * Next renders this boundary with every company page, so it reads a few rows and two counts,
 * not the whole list.
 */
export default async function CompanyNotFound() {
  const [some, counts] = await Promise.all([
    listSomeCompanies(SUGGESTED).catch(() => []),
    countCompanies().catch(() => null),
  ]);
  const total = counts ? counts.curated + counts.machine : null;
  const groups = (["curated", "machine"] as const).map((provenance) => ({
    provenance,
    companies: some.filter((c) => c.provenance === provenance),
    count: counts?.[provenance] ?? null,
  }));
  return (
    <div className="mx-auto max-w-xl space-y-6 py-12 text-center">
      <div className="space-y-4">
        <p className="text-sm font-semibold tracking-wide text-slate-500 uppercase">404</p>
        <h1 className="text-2xl font-bold">No such company in Policy Atlas</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Check the spelling, or look the company up by name or sector in the directory.
        </p>
        <p>
          <Link
            href="/companies"
            className="inline-block rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-sky-700 dark:hover:bg-sky-600"
          >
            {total ? `Browse all ${total} companies` : "Browse all companies"}
          </Link>
        </p>
      </div>
      {groups.map(
        (g) =>
          g.companies.length > 0 && (
            <section
              key={g.provenance}
              aria-labelledby={`suggested-${g.provenance}`}
              className="space-y-2"
            >
              <h2 id={`suggested-${g.provenance}`} className="text-sm font-semibold">
                {groupTitle(g.provenance, g.companies.length, g.count)}
              </h2>
              <ul className="flex flex-wrap justify-center gap-x-3 gap-y-1">
                {g.companies.map((c) => (
                  <li key={c.slug}>
                    <TextLink href={`/companies/${c.slug}`}>{c.name}</TextLink>
                  </li>
                ))}
              </ul>
            </section>
          ),
      )}
      <p>
        <TextLink href="/">Back to the comparison</TextLink>
      </p>
    </div>
  );
}

/** "The 5 curated companies", or "The first 15 of 302 machine-read companies, by name". */
function groupTitle(provenance: Provenance, shown: number, count: number | null): string {
  const kind = provenance === "curated" ? "curated" : "machine-read";
  if (count === null || shown < count)
    return `The first ${shown}${count ? ` of ${count}` : ""} ${kind} companies, by name`;
  return shown === 1 ? `The one ${kind} company` : `The ${count} ${kind} companies`;
}
