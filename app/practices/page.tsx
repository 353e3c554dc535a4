import type { Metadata } from "next";
import { RatingIcon } from "@/components/rating-icon";
import { RATING_STYLES } from "@/components/rating-badge";
import { getPracticeOverview } from "@/lib/queries/practice-overview";
import { RATING_LABELS, RATINGS } from "@/lib/ratings";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Practices",
  description:
    "The fourteen privacy practices Policy Atlas compares, from cookies to legal disclosure, with how many companies are protective, neutral or concerning on each.",
};

export default async function PracticesPage() {
  const practices = await getPracticeOverview();
  return (
    <div className="space-y-6">
      <header className="max-w-3xl space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">Practices</h1>
        <p className="text-slate-700 dark:text-slate-300">
          The taxonomy follows the OPP-115 corpus of privacy practices, with the four practices
          people ask about most split out first. Open one to compare every company&rsquo;s words on
          it side by side.
        </p>
      </header>
      <ul className="grid gap-4 md:grid-cols-2">
        {practices.map((p) => (
          <li key={p.slug} className="rounded-lg border border-slate-200 p-4 dark:border-slate-800">
            <h2 className="text-lg font-semibold">
              <a
                href={`/practices/${p.slug}`}
                className="text-sky-800 hover:underline dark:text-sky-300"
              >
                {p.name}
              </a>
              {p.core && (
                <span className="ml-2 rounded bg-sky-100 px-1.5 py-0.5 align-middle text-xs font-medium text-sky-900 dark:bg-sky-900 dark:text-sky-100">
                  Core
                </span>
              )}
            </h2>
            <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">{p.description}</p>
            <ul className="mt-3 flex flex-wrap gap-2 text-xs" aria-label={`Ratings for ${p.name}`}>
              {RATINGS.map((r) => (
                <li
                  key={r}
                  className={`inline-flex items-center gap-1 rounded-full border px-2 py-0.5 ${RATING_STYLES[r]}`}
                >
                  <RatingIcon rating={r} className="h-3 w-3" />
                  {p.counts[r]} {RATING_LABELS[r].toLowerCase()}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}
