import Link from "@/components/app-link";
import { timelineRowHref } from "@/lib/history/version-href";
import type { VersionText } from "@/lib/queries/version-text";
import { VersionDate } from "./version-date";

const link = "text-sky-800 underline dark:text-sky-300";

/**
 * Stays at the top of the screen over an old version's clauses: a cited clause's link lands far
 * below the page's heading, and whoever opens it must still see that these words are not the
 * current text. Plain HTML and CSS (sticky), so it holds without JavaScript; the latest version
 * has none, being the text the company page shows.
 */
export function VersionBar({ text }: { text: VersionText }) {
  const { company, version, versionCount } = text;
  const later = versionCount - version.seq;
  return (
    <div className="version-bar text-sm" data-testid="version-bar">
      <ul className="dot-list">
        {/* Short on a phone, where the bar must stay two lines. */}
        <li>
          <span className="max-sm:hidden">Version recorded</span>
          <span className="sm:hidden">Recorded</span>&nbsp;
          <VersionDate iso={version.recordedAt} />
        </li>
        <li className="font-semibold">
          Not the current text
          <span className="max-sm:hidden">
            &nbsp;({later.toLocaleString("en")} later version{later === 1 ? "" : "s"})
          </span>
        </li>
        <li>
          <Link href={`/companies/${company.slug}`} className={link}>
            Current policy
          </Link>
        </li>
        <li>
          <Link href={timelineRowHref(company.slug, version.id, later)} className={link}>
            History
          </Link>
        </li>
      </ul>
    </div>
  );
}
