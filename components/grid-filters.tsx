"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useState, useTransition, type FormEvent } from "react";
import { RATING_LABELS, RATINGS, type Rating } from "@/lib/ratings";

type Option = { slug: string; name: string };
type Props = {
  practices: Option[];
  /** Every company, or only the chosen ones when there are too many to list. */
  companies: Option[];
  totalCompanies: number;
  canAddByName: boolean;
  selectedPractices: string[];
  pickedCompanies: string[] | null;
  ratings: Rating[];
};
type State = { practices: string[]; companies: string[]; rating: string };

function toQuery(s: State, allPractices: number): string {
  const q = new URLSearchParams();
  if (s.practices.length === allPractices) q.set("practices", "all");
  else if (s.practices.length) q.set("practices", s.practices.join(","));
  if (s.companies.length) q.set("companies", s.companies.join(","));
  if (s.rating) q.set("rating", s.rating);
  return q.toString().replace(/%2C/g, ",");
}

const toggle = (list: string[], value: string, on: boolean, order: Option[]) => order.map((o) => o.slug).filter((s) => (s === value ? on : list.includes(s)));

/*
 * A plain GET form (works without JavaScript: repeated `practices=` values are accepted by the
 * parser). With JavaScript each change updates the URL in place, written with commas.
 */
export function GridFilters({ practices, companies, totalCompanies, canAddByName, selectedPractices, pickedCompanies, ratings }: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const [pending, startTransition] = useTransition();
  const fromProps = (): State => ({ practices: selectedPractices, companies: pickedCompanies ?? [], rating: ratings.length === 1 ? ratings[0]! : "" });
  const [state, setState] = useState<State>(fromProps);
  const propsKey = JSON.stringify(fromProps());
  // Links elsewhere on the page change the view too; follow them.
  useEffect(() => setState(JSON.parse(propsKey) as State), [propsKey]);

  const go = (next: State) => {
    setState(next);
    const query = toQuery(next, practices.length);
    startTransition(() => router.replace(query ? `${pathname}?${query}` : pathname, { scroll: false }));
  };
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const add = String(new FormData(e.currentTarget).get("add") ?? "").trim();
    if (!add) return go(state);
    // The server resolves a typed name and redirects to the canonical URL.
    const query = toQuery(state, practices.length);
    startTransition(() => router.push(`${pathname}?${query ? `${query}&` : ""}add=${encodeURIComponent(add)}`, { scroll: false }));
  };

  const box = "h-4 w-4 rounded border-slate-400 accent-sky-700";
  return (
    <form
      method="get"
      action="/"
      onSubmit={submit}
      className="space-y-4 rounded-lg border border-slate-200 bg-slate-50 p-4 text-sm dark:border-slate-800 dark:bg-slate-900/60"
    >
      <fieldset>
        <legend className="mb-2 font-semibold">Practices</legend>
        <div className="flex flex-wrap gap-x-4 gap-y-2">
          {practices.map((p) => (
            <label key={p.slug} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                name="practices"
                value={p.slug}
                checked={state.practices.includes(p.slug)}
                onChange={(e) => go({ ...state, practices: toggle(state.practices, p.slug, e.target.checked, practices) })}
                className={box}
              />
              {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-semibold">
          Companies <span className="font-normal text-slate-600 dark:text-slate-400">(pick two or more to compare; none picked = all)</span>
        </legend>
        {canAddByName && (
          <div className="mb-2 flex flex-wrap items-center gap-2">
            <label htmlFor="add-company" className="text-slate-700 dark:text-slate-300">
              Add a company ({totalCompanies} in all):
            </label>
            <input
              id="add-company"
              name="add"
              type="text"
              maxLength={80}
              placeholder="Name, e.g. Mozy"
              className="w-48 rounded-md border border-slate-300 bg-white px-2 py-1 dark:border-slate-700 dark:bg-slate-950"
            />
          </div>
        )}
        <div className="flex max-h-40 flex-wrap gap-x-4 gap-y-2 overflow-y-auto">
          {companies.map((c) => (
            <label key={c.slug} className="inline-flex items-center gap-1.5">
              <input
                type="checkbox"
                name="companies"
                value={c.slug}
                checked={state.companies.includes(c.slug)}
                onChange={(e) => go({ ...state, companies: toggle(state.companies, c.slug, e.target.checked, companies) })}
                className={box}
              />
              {c.name}
            </label>
          ))}
        </div>
      </fieldset>
      <div className="flex flex-wrap items-end gap-4">
        <label className="flex flex-col gap-1">
          <span className="font-semibold">Rating</span>
          <select
            name="rating"
            value={state.rating}
            onChange={(e) => go({ ...state, rating: e.target.value })}
            className="rounded-md border border-slate-300 bg-white px-2 py-1.5 dark:border-slate-700 dark:bg-slate-950"
          >
            <option value="">Any rating</option>
            {RATINGS.map((r) => (
              <option key={r} value={r}>
                Only {RATING_LABELS[r].toLowerCase()}
              </option>
            ))}
          </select>
        </label>
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-4 py-1.5 font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          Apply filters
        </button>
        <a
          href="/"
          className="rounded px-1 py-1.5 text-sky-800 underline-offset-2 hover:underline focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-sky-300"
        >
          Reset
        </a>
        <span role="status" aria-live="polite" className="text-slate-600 dark:text-slate-400">
          {pending ? "Updating…" : ""}
        </span>
      </div>
    </form>
  );
}
