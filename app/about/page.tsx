import type { Metadata } from "next";
import Link from "@/components/app-link";
import { TextLink } from "@/components/text-link";
import { OTA_ATTRIBUTION } from "@/lib/provenance";

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
        policies date from 2009 to 2012 and describe those companies at that time, not today. A
        person read each of them and wrote its findings: they are <strong>curated</strong>.
      </p>
      <p>
        Beside them are the privacy policies of 302 services people use today — Signal, WhatsApp,
        WeTransfer, GitHub, Spotify, TikTok, PayPal and many more — as recorded by{" "}
        <a href={OTA_ATTRIBUTION.url} className="text-sky-800 underline dark:text-sky-300">
          Open Terms Archive
        </a>
        , which tracks the terms of online services and publishes every version it records. Their
        findings are <strong>machine-read</strong>: drafted by our classifier and rating rules and
        not reviewed by a person, marked as such wherever they appear, with their confidence and the
        reason for each rating.{" "}
        <Link
          href="/methodology#machine-reading"
          className="text-sky-800 underline dark:text-sky-300"
        >
          How machine reading works, and how accurate it is
        </Link>
        .
      </p>
      <p>
        Open Terms Archive also kept every earlier version of those policies, back to 2012. The
        atlas holds them all: each company&rsquo;s <em>policy history</em> compares any two versions
        clause by clause, and{" "}
        <Link href="/changes" className="text-sky-800 underline dark:text-sky-300">
          Changes
        </Link>{" "}
        lists what changed across the atlas, newest first.
      </p>
      <p>
        <strong>Attribution.</strong> The machine-read policies and their histories are data by{" "}
        <a href={OTA_ATTRIBUTION.url} className="text-sky-800 underline dark:text-sky-300">
          {OTA_ATTRIBUTION.credit}
        </a>
        , used under the{" "}
        <a href={OTA_ATTRIBUTION.licenceUrl} className="text-sky-800 underline dark:text-sky-300">
          Open Data Commons Attribution License (ODC-BY 1.0)
        </a>
        . The documents themselves remain their companies&rsquo; words, shown verbatim. Every export
        of the grid and every feed of changes carries this attribution.
      </p>
      <h2 className="text-xl font-semibold">Use the data</h2>
      <p>
        Everything on the site is available as JSON from the <TextLink href="/api">API</TextLink>{" "}
        (see its reference), any view of the grid can be downloaded, and changes come as Atom feeds
        (for the atlas, a company or a practice). See{" "}
        <TextLink href="/methodology">how we rate</TextLink> for the rubric behind every rating.
      </p>
      <p className="text-sm text-slate-600 dark:text-slate-400">
        Policy Atlas describes what policies say. It is not legal advice.
      </p>
    </article>
  );
}
