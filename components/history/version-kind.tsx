import {
  VERSION_STATUS_LABELS,
  versionStatus,
  type ClassifiedVersion,
  type VersionStatus,
} from "@/lib/history/version-status";

type Badge = { title: string; className: string };

const NOT_LISTED = "not listed among the atlas’s changes or in the feeds";

const BADGES: Record<VersionStatus, Badge> = {
  first: {
    title: "Open Terms Archive started tracking the policy with this version.",
    className:
      "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100",
  },
  change: {
    title: "The policy's text changed on the company's page.",
    className:
      "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  },
  // Quiet: the page changed around the policy, not a word of its clauses.
  "layout-only": {
    title: `The page changed (its layout, links, furniture or typography) but not a word of its clauses: ${NOT_LISTED}.`,
    className:
      "border-slate-300 bg-white text-slate-700 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-300",
  },
  "back-and-forth": {
    title: `The page went back and forth between texts within days: recorded, but ${NOT_LISTED}.`,
    className:
      "border-dashed border-amber-500 bg-white text-amber-950 dark:border-amber-500 dark:bg-slate-950 dark:text-amber-100",
  },
  // Says what happened in words: a translation is not a new policy (lib/history/other-language.ts).
  "other-language": {
    title: `The page showed the policy in another language than English: not a change by the company, ${NOT_LISTED}.`,
    className:
      "border-dashed border-slate-400 bg-white text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300",
  },
  // An error page, a cookie wall or a truncated page recorded in place of the policy
  // (lib/history/failed-capture.ts): nothing the company did.
  "capture-failed": {
    title: `Open Terms Archive recorded a page that holds no policy (an error page, a cookie wall or a truncated page): not a change by the company, ${NOT_LISTED}.`,
    className:
      "border-dashed border-slate-400 bg-white text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300",
  },
  technical: {
    title:
      "Open Terms Archive changed how it reads the page: the text may differ without the company having changed anything.",
    className:
      "border-dashed border-slate-400 bg-white text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300",
  },
};

/**
 * What kind of version this is, in words (lib/history/version-status.ts): a re-extraction is not
 * a change by the company, and neither is a page flickering between texts or one whose clauses
 * all stayed the same.
 */
export function VersionKindBadge({ version }: { version: ClassifiedVersion }) {
  const status = versionStatus(version);
  const k = BADGES[status];
  return (
    <span
      title={k.title}
      className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${k.className}`}
    >
      {VERSION_STATUS_LABELS[status]}
    </span>
  );
}
