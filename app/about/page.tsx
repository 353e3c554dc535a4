import type { Metadata } from "next";
import Link from "next/link";

// Needs no data, so Next prerenders it at build time; the bench uses it as its throughput ceiling.
export const dynamic = "force-static";

export const metadata: Metadata = {
  title: "About",
  description: "What Policy Atlas is, where its policies come from, and how to use its data.",
};

export default function AboutPage() {
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <header className="space-y-2">
        <h1 className="text-3xl font-bold tracking-tight">About Policy Atlas</h1>
        <p className="text-slate-700 dark:text-slate-300">
          Policy Atlas puts privacy policies side by side, so you can see how each company treats your personal data without reading every policy end to end.
        </p>
      </header>
      <section aria-labelledby="about-data" className="space-y-2">
        <h2 id="about-data" className="text-xl font-semibold">The data</h2>
        <p>
          Each policy is an archived copy, split into clauses. For every practice — cookies, data retention, dispute resolution, third-party sharing and
          more — a finding gives a rating and a short summary, and quotes the clauses it rests on. <Link href="/methodology" className="text-sky-800 underline dark:text-sky-300">How we rate</Link> explains the ratings.
        </p>
        <p>
          The same data is available as JSON: <a href="/api/matrix" className="text-sky-800 underline dark:text-sky-300">/api/matrix</a> (every finding),{" "}
          <a href="/api/companies" className="text-sky-800 underline dark:text-sky-300">/api/companies</a> and{" "}
          <a href="/api/practices" className="text-sky-800 underline dark:text-sky-300">/api/practices</a>.
        </p>
      </section>
      <section aria-labelledby="about-limits" className="space-y-2">
        <h2 id="about-limits" className="text-xl font-semibold">What it is not</h2>
        <p>
          The summaries are ours and describe what a policy says, not what a company does. They are not legal advice; read the quoted clauses, and the policy
          itself, before relying on them.
        </p>
      </section>
    </article>
  );
}
