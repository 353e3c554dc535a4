import { headers } from "next/headers";
import Link from "@/components/app-link";
import { closestCompanies } from "@/lib/closest-companies";
import { countCompanies, listCompanies, listSomeCompanies } from "@/lib/queries/companies";
import { listOtherNames } from "@/lib/queries/other-names";
import type { Provenance } from "@/lib/provenance";
import { REQUESTED_SLUG_HEADER } from "@/lib/slug-address";
import { TextLink } from "@/components/text-link";

/** Every curated company fits, with this many machine-read ones after them. */
const SUGGESTED = 20;
/** Names close to the slug asked for, at most. */
const CLOSEST = 6;

/**
 * The companies closest to the slug asked for (proxy.ts names it: a not-found page gets no
 * params). Next renders this boundary with every company page, so a slug that names a company
 * stops at the list of companies, which the page reads too (kept per data version).
 */
async function closestToAsked(): Promise<{
  asked: string;
  companies: Array<{ slug: string; name: string }>;
} | null> {
  const raw = (await headers()).get(REQUESTED_SLUG_HEADER);
  if (!raw) return null;
  const all = await listCompanies();
  if (all.some((c) => c.slug === raw)) return null;
  const asked = decodeURIComponent(raw);
  const others = await listOtherNames();
  const companies = closestCompanies(
    asked,
    all.map((c) => ({ ...c, otherNames: others.get(c.slug) })),
    CLOSEST,
  );
  return companies.length ? { asked, companies } : null;
}

/**
 * An unknown company: say so, suggest the names closest to the one asked for, lead to the
 * directory of all of them, and name a few by kind.
 */
export default async function CompanyNotFound() {
  const [some, counts, closest] = await Promise.all([
    listSomeCompanies(SUGGESTED).catch(() => []),
    countCompanies().catch(() => null),
    closestToAsked().catch(() => null),
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
        {closest && (
          <section aria-labelledby="suggested-closest" className="space-y-2">
            <h2 id="suggested-closest" className="font-semibold">
              Closest names to &ldquo;{closest.asked}&rdquo;
            </h2>
            <ul className="flex flex-wrap justify-center gap-x-3 gap-y-1">
              {closest.companies.map((c) => (
                <li key={c.slug}>
                  <TextLink href={`/companies/${c.slug}`}>{c.name}</TextLink>
                </li>
              ))}
            </ul>
          </section>
        )}
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
