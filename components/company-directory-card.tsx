import Link from "@/components/app-link";
import { ProvenanceMark } from "@/components/provenance-mark";
import { RegionalSourceNote } from "@/components/regional-source-note";
import { formatDay } from "@/components/stated-date";
import type { CompanySummary } from "@/lib/model";
import type { OtherName } from "@/lib/name-match";
import { currentPolicyMayDiffer } from "@/lib/policy-may-differ";
import { PROVENANCE_LABELS } from "@/lib/provenance";
import type { RegionalSource } from "@/lib/regional-source";
import { sectorName } from "@/lib/sectors";

const OTHER_NAME_WORDS: Record<OtherName["kind"], string> = {
  legal: "Legal name:",
  site: "Policy published at",
};

/** One company in the /companies list: its name, kind, sector, recording and what to do next. */
export function CompanyDirectoryCard({
  company: c,
  sectorHref,
  foundBy,
  regional,
  newerName,
}: {
  company: CompanySummary;
  /** The list filtered to the company's sector, the other filters kept. */
  sectorHref: string;
  /** The other name the search found it by, when not its name. */
  foundBy: OtherName | null;
  regional: RegionalSource | null;
  /** The name of the newer recording that replaced this one (`supersededBy`), if known. */
  newerName: string | null;
}) {
  const mayDiffer = currentPolicyMayDiffer(c);
  return (
    <li
      className={`rounded-lg border border-slate-200 p-3 dark:border-slate-800 ${c.provenance === "machine" ? "machine-cell" : ""}`}
    >
      <div className="flex flex-wrap items-baseline justify-between gap-2">
        <a
          href={`/companies/${c.slug}`}
          className="text-base font-semibold text-sky-800 hover:underline dark:text-sky-300"
        >
          {c.name}
        </a>
        <ProvenanceMark provenance={c.provenance} size="sm" />
      </div>
      {foundBy && (
        // Found by a name not on the card: say which, or the match looks random.
        <p className="text-sm text-slate-700 dark:text-slate-300">
          {OTHER_NAME_WORDS[foundBy.kind]} {foundBy.name}
        </p>
      )}
      <p className="mt-1 text-sm text-slate-600 dark:text-slate-400">
        <Link href={sectorHref} className="hover:underline">
          {sectorName(c.sector)}
        </Link>
        {c.archivedOn && (
          <>
            {" "}
            · {mayDiffer ? "last recorded" : c.recordedBy ? "recorded" : "archived"}{" "}
            <time dateTime={c.archivedOn}>{formatDay(c.archivedOn)}</time>
          </>
        )}
      </p>
      {mayDiffer && (
        // The grid's column says it in full; a list entry says it short.
        <p
          data-testid="policy-may-differ"
          className="mt-1 text-sm text-amber-900 dark:text-amber-200"
        >
          Current policy may differ
        </p>
      )}
      <RegionalSourceNote regional={regional} short />
      {newerName && c.supersededBy && (
        // An older recording of a service reads, in a list, as a service of its own.
        <p className="mt-1 text-sm text-slate-700 dark:text-slate-300">
          A newer recording of this service:{" "}
          <a
            href={`/companies/${c.supersededBy}`}
            className="text-sky-800 underline dark:text-sky-300"
          >
            {newerName}
          </a>
          .
        </p>
      )}
      <p className="mt-2 text-sm">
        <a
          href={`/?companies=${c.slug}`}
          className="text-sky-800 underline dark:text-sky-300"
          aria-label={`Compare ${c.name} (${PROVENANCE_LABELS[c.provenance].toLowerCase()})`}
        >
          Compare
        </a>
      </p>
    </li>
  );
}
