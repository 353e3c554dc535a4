import Link from "@/components/app-link";
import { SectorOptions } from "@/components/sector-options";
import { gridHref } from "@/lib/params/hrefs";
import type { GridScope } from "@/lib/params/grid-scope";
import { ProvenanceMark } from "./provenance-mark";

type Props = {
  scope: GridScope;
  /** The practices of the current view, kept when the scope changes. */
  practices: string[] | "all" | undefined;
  poolSize: number;
  /** The companies the URL picks by name, when it does: then the scope does not decide the columns. */
  picked: {
    count: number;
    machine: number;
    /** The company's name when one alone is picked, which the bar then names. */
    name?: string;
    /** When the pick is the curated five plus companies the reader added: those, and a view of them alone. */
    addedToCurated?: { count: number; machine: number; only: string } | null;
  } | null;
};

// Smaller on a phone, where both choices and their label then fit on one line.
const CHOICE =
  "rounded-full border px-2 py-0.5 text-xs sm:px-3 sm:py-1 sm:text-sm focus-visible:outline-2 focus-visible:outline-sky-600 aria-[current=true]:border-sky-700 aria-[current=true]:bg-sky-50 aria-[current=true]:font-semibold dark:aria-[current=true]:bg-sky-950";

/** ", all machine-read" / ", 2 of them machine-read" / "" for a count of companies. */
function machineOf({ count, machine }: { count: number; machine: number }): string {
  if (machine === 0) return "";
  if (machine === count) return `, ${count === 1 ? "machine-read" : "all machine-read"}`;
  return `, ${machine} of them machine-read`;
}

/**
 * Which companies the grid pages through when none are picked: curated only (the default) or
 * machine-read too, and a sector. Plain links and a GET form, so it works without JavaScript.
 * With companies picked by name the columns are those, whatever the scope: the bar says so and
 * offers to clear the choice, instead of showing a scope choice that would not describe them.
 */
export function GridScopeBar({ scope, practices, poolSize, picked }: Props) {
  const href = (change: Partial<Pick<GridScope, "sector" | "provenance">>) => {
    const sector = change.sector === undefined ? scope.sector : change.sector;
    const provenance = change.provenance ?? scope.provenance;
    // The default provenance (curated alone; with a sector, both) is left out of the URL.
    const defaultProvenance = sector ? "all" : "curated";
    return gridHref({
      practices,
      sector,
      provenance: provenance === defaultProvenance ? null : provenance,
    });
  };
  return (
    <div className="no-print flex flex-wrap items-center gap-x-5 gap-y-2 text-sm sm:gap-y-3">
      {picked?.addedToCurated ? (
        <p className="text-slate-700 dark:text-slate-300">
          Comparing {picked.count} companies: the {picked.count - picked.addedToCurated.count}{" "}
          curated and the {picked.addedToCurated.count === 1 ? "one" : picked.addedToCurated.count}{" "}
          you added
          {machineOf(picked.addedToCurated)} ·{" "}
          <a href={picked.addedToCurated.only} className="text-sky-800 underline dark:text-sky-300">
            Only the {picked.addedToCurated.count === 1 ? "one" : picked.addedToCurated.count} you
            added
          </a>{" "}
          ·{" "}
          <a href={href({})} className="text-sky-800 underline dark:text-sky-300">
            Clear the choice
          </a>
        </p>
      ) : picked ? (
        <p className="text-slate-700 dark:text-slate-300">
          {/* One company is not compared, and "the 1 company you chose" read badly: it is named. */}
          {picked.count === 1
            ? `You chose one company${picked.name ? `: ${picked.name}` : ""}${picked.machine ? " (machine-read)" : ""}`
            : `Comparing the ${picked.count} companies you chose${machineOf(picked)}`}{" "}
          ·{" "}
          <a href={href({})} className="text-sky-800 underline dark:text-sky-300">
            Clear the choice
          </a>
        </p>
      ) : (
        <nav
          aria-label="Findings to include"
          className="flex flex-wrap items-center gap-1.5 sm:gap-2"
        >
          {/* On a phone the two choices name themselves, and fit on one line without the label. */}
          <span className="sr-only text-slate-700 sm:not-sr-only dark:text-slate-300">
            Findings:
          </span>
          <a
            href={href({ provenance: "curated" })}
            aria-current={scope.provenance === "curated"}
            className={CHOICE}
          >
            Curated only
          </a>
          <a
            href={href({ provenance: "all" })}
            aria-current={scope.provenance === "all"}
            className={`${CHOICE} inline-flex items-center gap-1`}
          >
            Include <ProvenanceMark provenance="machine" size="sm" link={false} />
          </a>
        </nav>
      )}
      <form action="/" method="get" className="flex flex-wrap items-center gap-2">
        {practices && (
          <input
            type="hidden"
            name="practices"
            value={practices === "all" ? "all" : practices.join(",")}
          />
        )}
        {scope.explicitProvenance && (
          <input type="hidden" name="provenance" value={scope.provenance} />
        )}
        <label htmlFor="grid-sector" className="text-slate-700 dark:text-slate-300">
          Sector:
        </label>
        <select
          id="grid-sector"
          name="sector"
          defaultValue={scope.sector ?? ""}
          className="w-40 rounded-md border border-slate-300 bg-white px-2 py-1 sm:w-auto dark:border-slate-700 dark:bg-slate-950"
        >
          <SectorOptions anyLabel="Every sector" />
        </select>
        <button
          type="submit"
          className="rounded-md border border-slate-300 px-2 py-1 hover:bg-slate-100 focus-visible:outline-2 focus-visible:outline-sky-600 sm:px-3 dark:border-slate-700 dark:hover:bg-slate-800"
        >
          Compare sector
        </button>
      </form>
      <span className="text-slate-600 dark:text-slate-400">
        {!picked && `${poolSize} ${poolSize === 1 ? "company" : "companies"} in scope · `}
        <Link href="/companies" className="text-sky-800 underline dark:text-sky-300">
          {picked ? "find another by name" : "find one by name"}
        </Link>
      </span>
    </div>
  );
}
