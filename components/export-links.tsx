import { exportHref, type ExportState } from "@/lib/params/hrefs";
import { sectorName } from "@/lib/sectors";
import { DownloadLink } from "./download-link";

type View = Omit<ExportState, "format">;

function Downloads({ label, view, what }: { label: string; view: View; what: string }) {
  return (
    <div className="flex flex-wrap items-center gap-2">
      <span className="text-slate-700 dark:text-slate-300">{label}</span>
      <DownloadLink href={exportHref({ ...view, format: "csv" })}>
        CSV<span className="sr-only"> of {what}</span>
      </DownloadLink>
      <DownloadLink href={exportHref({ ...view, format: "json" })}>
        JSON<span className="sr-only"> of {what}</span>
      </DownloadLink>
    </div>
  );
}

/** A sector the grid shows a page of: its download holds every company of it. */
export type WholeSector = {
  slug: string;
  companyCount: number;
  provenance?: "curated";
};

/**
 * Downloads of the grid: this view with every filter it has (practices, companies, rating) in
 * its order; in a sector paged through, the same for every company of the sector; and, when the
 * view leaves practices out, this view's companies with all of them.
 */
export function ExportLinks({
  view,
  practiceCount,
  companyCount,
  totalPractices,
  sector,
}: {
  view: View;
  /** How many practices and companies the view holds, to say so on the links. */
  practiceCount: number;
  companyCount: number;
  totalPractices: number;
  sector?: WholeSector;
}) {
  const companies = `${companyCount} ${companyCount === 1 ? "company" : "companies"}`;
  const practices = `${practiceCount} ${practiceCount === 1 ? "practice" : "practices"}`;
  const rating = view.ratings?.length ? ", this rating only" : "";
  const thisView = `this view (${practices}, ${companies}${rating})`;
  const everything = `all ${totalPractices} practices for ${companyCount === 1 ? "this company" : `these ${companies}`}${rating}`;
  return (
    <section
      aria-label="Download the data"
      className="no-print space-y-2 text-sm text-slate-700 dark:text-slate-300"
    >
      <Downloads label={`Download ${thisView}:`} view={view} what={thisView} />
      {sector && (
        <Downloads
          label={`Download the whole ${sectorName(sector.slug)} sector (${sector.companyCount} companies, ${practices}${rating}):`}
          view={{
            ...view,
            companies: undefined,
            sector: sector.slug,
            provenance: sector.provenance,
          }}
          what={`the whole sector (${sector.companyCount} companies, ${practices}${rating})`}
        />
      )}
      {practiceCount < totalPractices && (
        <Downloads
          label={`Download ${everything}:`}
          view={{ ...view, practices: "all" }}
          what={everything}
        />
      )}
    </section>
  );
}
