import type { Metadata } from "next";
import { KindRatingCounts } from "@/components/kind-rating-counts";
import { getPracticeOverview } from "@/lib/queries/practice-overview";

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
        <p className="text-sm text-slate-600 dark:text-slate-400">
          Each practice counts the ratings of every company: first the curated ones, rated by a
          person, then the machine-read ones, suggested by software and not reviewed, where
          &ldquo;no clause found&rdquo; means the machine found none (it can miss one), not that the
          policy is silent.
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
            <div className="mt-3">
              <KindRatingCounts counts={p.counts} practiceName={p.name} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
