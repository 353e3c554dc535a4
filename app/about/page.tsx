import type { Metadata } from "next";
import { TextLink } from "@/components/text-link";

export const metadata: Metadata = {
  title: "About",
  description: "What Policy Atlas is, where its data comes from, and how to use its data yourself.",
};

export default function AboutPage() {
  return (
    <article className="max-w-3xl space-y-6 leading-relaxed">
      <h1 className="text-3xl font-bold tracking-tight">About Policy Atlas</h1>
      <p>
        Privacy policies are long, and every company writes them differently, so comparing two
        vendors means reading both end to end. Policy Atlas does that reading once, practice by
        practice, and shows the result side by side: a rating and a plain-language summary for each
        practice, and the clauses each finding rests on, quoted word for word with a link to the
        full policy.
      </p>
      <h2 className="text-xl font-semibold">Who it is for</h2>
      <p>
        A procurement lead choosing a backup vendor, a privacy researcher, or a careful consumer who
        wants to know what happens to their data — and to check every claim against the
        policy&rsquo;s own words.
      </p>
      <h2 className="text-xl font-semibold">Where the data comes from</h2>
      <p>
        The first data set is five archived privacy policies of backup and cloud companies: Code 42
        (CrashPlan), Centercode, dotCloud, Mozy and IBackup (Pro Softnet). Each was archived by the
        Internet Archive&rsquo;s Wayback Machine; the company pages link to the snapshot. The
        policies date from 2009 to 2012 and describe those companies at that time, not today.
      </p>
      <h2 className="text-xl font-semibold">Use the data</h2>
      <p>
        Everything on the site is available as JSON from the <TextLink href="/api">API</TextLink>{" "}
        (see its reference), and any view of the grid can be downloaded. See{" "}
        <TextLink href="/methodology">how we rate</TextLink> for the rubric behind every rating.
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Policy Atlas describes what policies say. It is not legal advice.
      </p>
    </article>
  );
}
