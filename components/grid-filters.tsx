"use client";

import Link from "@/components/app-link";
import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from "react";
import { useHydrated } from "./use-hydrated";
import { gridHref, sortParam, type GridSort, type GridState } from "@/lib/params/hrefs";
import { companiesLegendHint, ratingFilterLabel } from "@/lib/grid-filter-words";
import { RATINGS, type Rating } from "@/lib/ratings";
import { keepOpenOnArrival } from "./filter-disclosure";
import { focusOnArrival } from "./focus-on-arrival";
import { useViewNavigation } from "./use-view-navigation";

type Option = { slug: string; name: string };
type Props = {
  practices: (Option & { core: boolean })[];
  /** Every company, or only the chosen ones when there are too many to list. */
  companies: Option[];
  totalCompanies: number;
  canAddByName: boolean;
  /** The sector and provenance the URL chose, kept by every change the form makes. */
  scope: Pick<GridState, "sector" | "provenance">;
  /** The page of companies shown when none are picked: an added company joins that page. */
  page: number;
  /** How many companies an added one would join, and how many the grid compares at most. */
  shownCount: number;
  maxCompared: number;
  selectedPractices: string[];
  pickedCompanies: string[];
  ratings: Rating[];
  /** Whether machine-read columns are shown, whose silence reads "no clause found". */
  machineShown: boolean;
  sort: GridSort;
  differences: boolean;
};

type FormState = {
  practices: string[];
  companies: string[];
  rating: string;
  sort: string;
  differences: boolean;
};

/** The id of the disclosure the form sits in (app/(compare)/page.tsx), kept open by its changes. */
const FILTERS_ID = "grid-filters";

/** What the grid shows, in the form's terms. */
function shownState(
  practices: string[],
  companies: string[],
  ratings: Rating[],
  sort: GridSort,
  differences: boolean,
): FormState {
  return {
    practices,
    companies,
    rating: ratings.length === 1 ? ratings[0]! : "",
    sort: sortParam(sort) ?? "name",
    differences,
  };
}

/*
 * A plain GET form: without JavaScript the user ticks boxes and presses Apply (the parser accepts
 * repeated `practices=` values). With JavaScript each change goes to the URL by itself, as a
 * history entry (rapid ticks debounced into one), so Back and Forward walk through views. Inputs
 * are uncontrolled, so a tick made before hydration is kept; whenever the view changes and no
 * change of the user's is waiting (Back, a link on the page, the server's reading of the URL), the
 * inputs are set to what the grid shows.
 */
export function GridFilters(props: Props) {
  const form = useRef<HTMLFormElement>(null);
  const { navigate, pending, busy } = useViewNavigation();
  // False in the server's HTML, true once hydrated: tests wait for it before ticking.
  const ready = useHydrated();
  const [note, setNote] = useState("");
  const core = props.practices.filter((p) => p.core).map((p) => p.slug);

  const { selectedPractices, pickedCompanies, ratings, sort, differences } = props;
  const shown = shownState(selectedPractices, pickedCompanies, ratings, sort, differences);

  const hrefOf = (s: FormState) =>
    gridHref({
      ...props.scope,
      practices:
        s.practices.length === props.practices.length
          ? "all"
          : s.practices.join() === core.join()
            ? undefined
            : s.practices,
      companies: s.companies,
      ratings: RATINGS.filter((r) => r === s.rating),
      sort:
        s.sort === "date" ? "date" : s.sort && s.sort !== "name" ? { practice: s.sort } : "name",
      differences: s.differences,
      // The page of the default stays while the same companies are shown in the same order.
      page: s.companies.length === 0 && s.sort === shown.sort ? props.page : undefined,
    });

  // The view the inputs were last set to; at first the server's, so ticks made before hydration stay.
  const synced = useRef(JSON.stringify(shown));
  useEffect(() => {
    const shown = shownState(selectedPractices, pickedCompanies, ratings, sort, differences);
    const key = JSON.stringify(shown);
    if (busy() || !form.current || key === synced.current) return;
    synced.current = key;
    for (const input of form.current.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      if (input.name === "practices") input.checked = shown.practices.includes(input.value);
      else if (input.name === "companies") input.checked = shown.companies.includes(input.value);
      else if (input.name === "only") input.checked = shown.differences;
    }
    for (const [name, value] of [
      ["rating", shown.rating],
      ["sort", shown.sort],
    ] as const) {
      const select = form.current.elements.namedItem(name);
      if (select instanceof HTMLSelectElement) select.value = value;
    }
  }, [selectedPractices, pickedCompanies, ratings, sort, differences, pending, busy]);

  const current = (): FormState => {
    const data = new FormData(form.current!);
    return {
      practices: data.getAll("practices").map(String),
      companies: data.getAll("companies").map(String),
      rating: String(data.get("rating") ?? ""),
      sort: String(data.get("sort") ?? ""),
      differences: data.get("only") === "differences",
    };
  };

  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const add = String(new FormData(e.currentTarget).get("add") ?? "").trim();
    const href = hrefOf(current());
    // The form is replaced: the new view starts with what happened, a notice when the name matched
    // no one company or the grid is full, else the added company's column (the address's
    // fragment names it; the browser scrolls the grid to it), or the grid.
    if (add) focusOnArrival(["#grid-notices", "th$hash a", "table.comparison-grid"]);
    keepOpenOnArrival(FILTERS_ID);
    // A typed company name is resolved by the server, which redirects to the canonical URL.
    navigate(
      add ? `${href}${href.includes("?") ? "&" : "?"}add=${encodeURIComponent(add)}` : href,
      {
        immediate: true,
      },
    );
  };
  // Arrow keys step through a menu's options one change at a time: from the keyboard a menu's
  // choice waits for Enter or Apply, so a keyboard user can reach the option they want.
  const keyed = useRef(false);
  const onKeyDown = (e: KeyboardEvent<HTMLFormElement>) => {
    if (!(e.target instanceof HTMLSelectElement)) return;
    keyed.current = true;
    if (e.key === "Enter") {
      e.preventDefault();
      setNote("");
      keepOpenOnArrival(FILTERS_ID);
      navigate(hrefOf(current()), { immediate: true });
    }
  };
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    if ((e.target as HTMLInputElement).name === "add") return;
    if (e.target instanceof HTMLSelectElement && keyed.current) {
      setNote("Press Enter or Apply filters to show this choice.");
      return;
    }
    const emptied = current().practices.length === 0;
    if (emptied)
      // What the grid will show, ticked at once (the note below says why).
      for (const input of e.currentTarget.querySelectorAll<HTMLInputElement>(
        "input[name=practices]",
      ))
        input.checked = core.includes(input.value);
    const state = current();
    setNote(
      emptied
        ? "No practice is ticked, so the grid shows the four core practices."
        : state.companies.length === 1
          ? "One company is shown on its own; tick another to compare."
          : "",
    );
    keepOpenOnArrival(FILTERS_ID);
    navigate(hrefOf(state));
  };

  const box = "h-4 w-4 rounded border-slate-400 accent-sky-700 dark:accent-sky-400";
  const hint = "font-normal text-slate-600 dark:text-slate-400";
  const select =
    "max-w-full rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950";
  return (
    <form
      ref={form}
      method="get"
      action="/"
      onSubmit={onSubmit}
      onChange={onChange}
      onKeyDown={onKeyDown}
      onPointerDown={() => (keyed.current = false)}
      aria-label="Filter the comparison"
      data-ready={ready ? "" : undefined}
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900/60"
    >
      {props.scope.sector && <input type="hidden" name="sector" value={props.scope.sector} />}
      {props.scope.provenance && (
        <input type="hidden" name="provenance" value={props.scope.provenance} />
      )}
      <fieldset>
        <legend className="mb-2 font-semibold">
          Practices <span className={hint}>(none ticked = the four core practices)</span>
        </legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {props.practices.map((p) => (
            <label key={p.slug} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                name="practices"
                value={p.slug}
                defaultChecked={props.selectedPractices.includes(p.slug)}
                className={box}
              />
              {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-semibold">
          Companies <span className={hint}>{companiesLegendHint(props.canAddByName)}</span>
        </legend>
        {props.canAddByName && (
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <label htmlFor="add-company" className="text-slate-700 dark:text-slate-300">
              {props.pickedCompanies.length
                ? "Add a company:"
                : `Add a company to the ${props.shownCount} shown:`}
            </label>
            <input
              id="add-company"
              name="add"
              type="text"
              maxLength={80}
              placeholder="Name, e.g. Mozy"
              aria-describedby="add-company-hint"
              className="w-48 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
            />
            <span id="add-company-hint" className={hint}>
              {props.shownCount >= props.maxCompared
                ? `The grid is full at ${props.maxCompared} companies: untick one to add another.`
                : `${props.totalCompanies} in all; the grid compares up to ${props.maxCompared}.`}
            </span>
            {/* Without JavaScript this tells the server which page of companies is on screen,
                in which order: another order sent with it goes to page 1 (grid-view.ts). */}
            {!props.pickedCompanies.length && props.page > 1 && (
              <input type="hidden" name="at" value={`${shown.sort}:${props.page}`} />
            )}
          </div>
        )}
        <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-2 overflow-y-auto">
          {props.companies.map((c) => (
            <label key={c.slug} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                name="companies"
                value={c.slug}
                defaultChecked={props.pickedCompanies.includes(c.slug)}
                className={box}
              />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-x-6 gap-y-3">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Rating</span>
          <select name="rating" defaultValue={shown.rating} className={select}>
            <option value="">Any rating</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                {ratingFilterLabel(r, props.machineShown)}
              </option>
            ))}
          </select>
        </label>
        <label className="flex max-w-full min-w-0 flex-col gap-1">
          <span className="font-semibold">Order companies</span>
          <select name="sort" defaultValue={shown.sort} className={select}>
            <option value="name">By name</option>
            <option value="date">Date recorded (newest first)</option>
            <optgroup label="Most protective first on a practice">
              {props.practices.map((p) => (
                <option key={p.slug} value={p.slug}>
                  Most protective: {p.name}
                </option>
              ))}
            </optgroup>
          </select>
        </label>
        <label className="inline-flex items-center gap-1.5 pb-1.5">
          <input
            type="checkbox"
            name="only"
            value="differences"
            defaultChecked={props.differences}
            className={box}
          />
          Only practices where the companies differ
        </label>
      </div>
      <div className="flex flex-wrap items-center gap-4">
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-4 py-1.5 font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          Apply filters
        </button>
        <Link
          href="/"
          className="rounded px-1 py-1.5 text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
        >
          Reset
        </Link>
        <span role="status" aria-live="polite" className="text-slate-700 dark:text-slate-300">
          {pending ? "Updating…" : note}
        </span>
      </div>
    </form>
  );
}
