import { SectorOptions } from "@/components/sector-options";
import { MAX_FOLLOWED_COMPANIES } from "@/lib/params/history-params";

/*
 * The labels are bold and hold their controls, which inherit the label's font (Tailwind's base
 * sets `font: inherit` on form controls): the controls say `font-normal`, as every other form's
 * do, so a choice and a placeholder read as values, not as headings.
 */
const field =
  "w-full min-w-0 rounded-md border border-slate-300 bg-white px-2 py-1.5 text-sm font-normal dark:border-slate-700 dark:bg-slate-900";
const label = "flex min-w-0 flex-col gap-1 text-sm font-semibold";

/** /changes's filters: a plain GET form, so a filtered list has its own address and feed. */
export function ChangesFilters(props: {
  practices: ReadonlyArray<{ slug: string; name: string }>;
  /** The companies followed, by name, as the reader would type them. */
  followed: readonly string[];
  practice: string | undefined;
  sector: string | undefined;
  since: string | undefined;
  until: string | undefined;
}) {
  return (
    <form
      method="get"
      action="/changes"
      aria-label="Filter changes"
      className="no-print grid grid-cols-2 gap-3 rounded-lg border border-slate-200 bg-slate-50 p-3 sm:p-4 lg:grid-cols-5 dark:border-slate-800 dark:bg-slate-900/60"
    >
      <label className={`col-span-2 lg:col-span-5 ${label}`}>
        Companies
        <input
          type="text"
          name="company"
          defaultValue={props.followed.join(", ")}
          placeholder="Any company, or some: GitHub, Slack, Zoom"
          aria-describedby="changes-company-hint"
          autoComplete="off"
          className={field}
        />
        <span
          id="changes-company-hint"
          className="text-xs font-normal text-slate-600 dark:text-slate-400"
        >
          Names or slugs, separated by commas, up to {MAX_FOLLOWED_COMPANIES}: the list and its Atom
          feed then follow those companies only.
        </span>
      </label>
      <label className={label}>
        Practice
        <select name="practice" defaultValue={props.practice ?? ""} className={field}>
          <option value="">Any practice</option>
          {props.practices.map((p) => (
            <option key={p.slug} value={p.slug}>
              {p.name}
            </option>
          ))}
        </select>
      </label>
      <label className={label}>
        Sector
        <select name="sector" defaultValue={props.sector ?? ""} className={field}>
          <SectorOptions anyLabel="Any sector" />
        </select>
      </label>
      <label className={label}>
        From
        <input type="date" name="since" defaultValue={props.since ?? ""} className={field} />
      </label>
      <label className={label}>
        To
        <input type="date" name="until" defaultValue={props.until ?? ""} className={field} />
      </label>
      <div className="col-span-2 flex items-end lg:col-span-1">
        <button
          type="submit"
          className="rounded-md bg-sky-800 px-4 py-2 text-sm font-semibold text-white hover:bg-sky-900 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:bg-sky-700 dark:hover:bg-sky-600"
        >
          Show changes
        </button>
      </div>
    </form>
  );
}
