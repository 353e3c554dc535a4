import type { VersionKind } from "@/lib/queries/history";

const LABELS: Record<VersionKind, { label: string; title: string; className: string }> = {
  first: {
    label: "First recorded",
    title: "Open Terms Archive started tracking the policy with this version.",
    className:
      "border-sky-300 bg-sky-50 text-sky-900 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-100",
  },
  change: {
    label: "Changed",
    title: "The policy's text changed on the company's page.",
    className:
      "border-amber-300 bg-amber-50 text-amber-950 dark:border-amber-700 dark:bg-amber-950 dark:text-amber-100",
  },
  technical: {
    label: "Re-extraction",
    title:
      "Open Terms Archive changed how it reads the page: the text may differ without the company having changed anything.",
    className:
      "border-dashed border-slate-400 bg-white text-slate-700 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-300",
  },
};

const BACK_AND_FORTH = {
  label: "Back and forth",
  title:
    "The page went back and forth between texts within days: recorded, but not listed among the atlas’s changes.",
  className:
    "border-dashed border-amber-400 bg-white text-amber-950 dark:border-amber-600 dark:bg-slate-900 dark:text-amber-100",
};

/**
 * What kind of version this is, in words (a re-extraction is not a change by the company, and
 * neither is a page flickering between texts).
 */
export function VersionKindBadge({
  kind,
  backAndForth = false,
}: {
  kind: VersionKind;
  backAndForth?: boolean;
}) {
  const k = kind === "change" && backAndForth ? BACK_AND_FORTH : LABELS[kind];
  return (
    <span
      title={k.title}
      className={`inline-block rounded border px-1.5 py-0.5 text-xs font-medium whitespace-nowrap ${k.className}`}
    >
      {k.label}
    </span>
  );
}

export const KIND_EXPLANATION = LABELS.technical.title;
