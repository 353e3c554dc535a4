import type { Metadata } from "next";
import Link from "@/components/app-link";
import { notFound } from "next/navigation";
import { cache } from "react";
import { Breadcrumb } from "@/components/breadcrumb";
import { ClauseHighlighter } from "@/components/clause-highlighter";
import { CopyLinkHandler } from "@/components/copy-link-handler";
import { formatVersionDate } from "@/components/history/version-date";
import { VersionBar } from "@/components/history/version-bar";
import { VersionHeader } from "@/components/history/version-header";
import { PolicyText } from "@/components/policy-text";
import { PolicyToc } from "@/components/policy-toc";
import { StickyOffset } from "@/components/sticky-offset";
import { versionIdSchema } from "@/lib/params/history-params";
import { slugParamSchema } from "@/lib/params/slug-list";
import { buildOutline } from "@/lib/policy-outline";
import type { ClauseView } from "@/lib/queries/companies";
import { listPractices } from "@/lib/queries/practices";
import { getVersionText } from "@/lib/queries/version-text";
import { findClauseHref } from "@/lib/history/version-href";
import { hasRecordedHistory } from "@/lib/history/recorded-history";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string; id: string }> };

/** Once per request: the metadata and the page read the same version. */
const versionText = cache(getVersionText);

/** A bad slug or id is no version: the same 404 as an unknown one, never an exception. */
async function load(params: Props["params"]) {
  const { slug, id } = await params;
  const s = slugParamSchema.safeParse(slug);
  const v = versionIdSchema.safeParse(id);
  if (!s.success || !v.success) return null;
  const result = await versionText(s.data, v.data);
  return result.ok ? result.text : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const text = await load(params);
  if (!text) return { title: "Version not found" };
  const date = formatVersionDate(text.version.recordedAt);
  return {
    title: `${text.company.name}'s privacy policy as recorded on ${date}`,
    description: `The whole text of ${text.company.name}'s privacy policy as recorded on ${date}, clause by clause, each clause with a link that stays with this version.`,
  };
}

export default async function VersionPage({ params }: Props) {
  const [text, practices] = await Promise.all([load(params), listPractices()]);
  if (!text) notFound();
  const { company, clauses } = text;
  // Recorded versions are tagged by the classifier, a promoted company's too; a Wayback copy's
  // one version carries a person's tags.
  const machine = hasRecordedHistory(company);
  const views: ClauseView[] = clauses.map((c) => ({
    anchor: c.anchor,
    position: c.position,
    // The history keeps each clause's nearest heading only: the sections are those headings.
    headingPath: c.heading ? [c.heading] : [],
    text: c.text,
    practices: c.practices,
    tags: c.practices.map((practice) =>
      machine ? { practice, probability: null, machine: true } : { practice, probability: null },
    ),
  }));
  const outline = buildOutline(views);
  const contents = outline.length > 1;

  return (
    <article className="space-y-8">
      <div className="space-y-3">
        <Breadcrumb
          parent={[
            { href: "/companies", label: "Companies" },
            { href: `/companies/${company.slug}`, label: company.name },
            { href: `/companies/${company.slug}/changes`, label: "Policy history" },
          ]}
          current={`Version of ${formatVersionDate(text.version.recordedAt)}`}
        />
        <VersionHeader text={text} />
      </div>

      {text.isLatest ? null : (
        <>
          <VersionBar text={text} />
          <StickyOffset target=".version-bar" variable="--version-bar-h" />
        </>
      )}
      {/* As on the company page: contents beside the text (none on paper, nor for one section). */}
      <section
        aria-labelledby="version-text-title"
        className={`grid gap-8 print:block ${contents ? "lg:grid-cols-[16rem_1fr]" : ""}`}
      >
        {contents ? (
          <div className="version-toc no-print lg:sticky lg:self-start lg:overflow-y-auto">
            <PolicyToc outline={outline} />
          </div>
        ) : null}
        <div className="min-w-0 space-y-4">
          <div>
            <h2 id="version-text-title" className="text-xl font-semibold">
              The policy, clause by clause
            </h2>
            <p className="max-w-prose text-sm text-slate-600 dark:text-slate-400">
              {clauses.length.toLocaleString("en")} clause{clauses.length === 1 ? "" : "s"},
              verbatim from this recording, each under the nearest heading above it.{" "}
              {machine
                ? "Dashed tags are machine tags: the practices the classifier read in each clause (its probabilities are kept only for the latest text, on the company page)."
                : "Tags show the practices the curators found in each clause."}{" "}
              A clause&rsquo;s &ldquo;Copy link&rdquo; points at this version, so the link keeps
              showing these words after the policy changes. Its number (&sect;) counts this
              version&rsquo;s clauses and may differ in another version or on the company page; the
              link names the same words in all of them, so cite the link.
            </p>
          </div>
          {clauses.length === 0 ? (
            <p className="max-w-prose rounded-lg border border-slate-300 p-3 text-sm dark:border-slate-700">
              No clause could be read from this recording (the page held no policy text the atlas
              could split into clauses).{" "}
              <Link
                href={`/companies/${company.slug}/changes`}
                className="text-sky-800 underline dark:text-sky-300"
              >
                Pick another version in the history
              </Link>
              .
            </p>
          ) : null}
          <ClauseHighlighter
            historyHref={`/companies/${company.slug}/changes`}
            findHref={findClauseHref(company.slug)}
          />
          <PolicyText outline={outline} practices={practices} />
          <CopyLinkHandler />
        </div>
      </section>
    </article>
  );
}
