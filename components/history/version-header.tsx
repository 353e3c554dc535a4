import Link from "@/components/app-link";
import { timelineRowHref, versionPageHref } from "@/lib/history/version-href";
import { hasRecordedHistory } from "@/lib/history/recorded-history";
import { OTA_ATTRIBUTION } from "@/lib/provenance";
import type { VersionText } from "@/lib/queries/version-text";
import { VersionDate, formatVersionDate } from "./version-date";
import { VersionKindBadge } from "./version-kind";

const link = "text-sky-800 underline dark:text-sky-300";

/**
 * Whose words, recorded when and by whom, and where this version sits among the others: a
 * reader citing a clause must see at once that this is not the current text (unless it is).
 */
export function VersionHeader({ text }: { text: VersionText }) {
  const { company, version, previous, next, isLatest, versionCount } = text;
  const date = formatVersionDate(version.recordedAt);
  // A Wayback copy (the curated five) is one archived text; a promoted company keeps OTA's record.
  const waybackCopy = !hasRecordedHistory(company);
  const later = versionCount - version.seq;
  return (
    <header className="space-y-3">
      <h1 className="text-3xl font-bold tracking-tight">
        {waybackCopy
          ? `${company.name}’s policy as archived by the Wayback Machine on ${date}`
          : `${company.name}’s policy as recorded by Open Terms Archive on ${date}`}
      </h1>
      <p className="flex flex-wrap items-baseline gap-x-2 gap-y-1" data-testid="version-status">
        {waybackCopy ? null : <VersionKindBadge version={version} />}
        <span className={isLatest ? "" : "font-semibold"}>
          {isLatest
            ? waybackCopy
              ? "The only version the atlas holds: the one the findings were written from."
              : "The latest recorded version: the text the company page shows."
            : `Not the current text: ${later.toLocaleString("en")} version${later === 1 ? " was" : "s were"} recorded after it.`}
        </span>
      </p>
      <nav aria-label="Versions" className="no-print text-sm">
        <ul className="flex flex-wrap gap-x-4 gap-y-1">
          {previous ? (
            <li>
              <Link href={versionPageHref(company.slug, previous.id)} className={link}>
                ← Previous version (<VersionDate iso={previous.recordedAt} />)
              </Link>
            </li>
          ) : null}
          {next ? (
            <li>
              <Link href={versionPageHref(company.slug, next.id)} className={link}>
                Next version (<VersionDate iso={next.recordedAt} />) →
              </Link>
            </li>
          ) : null}
          {previous ? (
            <li>
              <Link
                href={`/companies/${company.slug}/changes?from=${previous.id}&to=${version.id}`}
                className={link}
              >
                What changed since the previous version
              </Link>
            </li>
          ) : null}
          <li>
            <Link href={`/companies/${company.slug}`} className={link}>
              {company.name}&rsquo;s current page
            </Link>
          </li>
          <li>
            <Link href={timelineRowHref(company.slug, version.id, later)} className={link}>
              All versions
            </Link>
          </li>
        </ul>
      </nav>
      <p className="text-sm text-slate-600 dark:text-slate-400" data-testid="version-attribution">
        {waybackCopy ? (
          "Text archived by the Internet Archive’s Wayback Machine."
        ) : (
          <>
            Text recorded by{" "}
            <a href={OTA_ATTRIBUTION.url} className="underline">
              {OTA_ATTRIBUTION.credit}
            </a>
            , licensed under{" "}
            <a href={OTA_ATTRIBUTION.licenceUrl} className="underline">
              {OTA_ATTRIBUTION.licence}
            </a>
            .
          </>
        )}
      </p>
    </header>
  );
}
