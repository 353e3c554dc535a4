"use client";

import { usePathname, useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition, type FormEvent } from "react";
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

/** The grid query a form state stands for, written with plain commas. */
function queryOf(
  practices: string[],
  companies: string[],
  rating: string,
  allPractices: number,
): string {
  const q = new URLSearchParams();
  if (practices.length === allPractices) q.set("practices", "all");
  else if (practices.length) q.set("practices", practices.join(","));
  if (companies.length) q.set("companies", companies.join(","));
  if (rating) q.set("rating", rating);
  return q.toString().replace(/%2C/g, ",");
}

/*
 * A plain GET form: without JavaScript the user ticks boxes and presses Apply (the parser accepts
 * repeated `practices=` values). With JavaScript each change replaces the URL at once. Inputs are
 * uncontrolled so a tick made before hydration is kept; when the view changes from elsewhere (a
 * link on the page, back/forward) the boxes are set to match it.
 */
export function GridFilters({
  practices,
  companies,
  totalCompanies,
  canAddByName,
  selectedPractices,
  pickedCompanies,
  ratings,
}: Props) {
  const router = useRouter();
  const pathname = usePathname();
  const form = useRef<HTMLFormElement>(null);
  const [pending, startTransition] = useTransition();
  const [ready, setReady] = useState(false);
  const rating = ratings.length === 1 ? ratings[0]! : "";
  const propsQuery = queryOf(selectedPractices, pickedCompanies ?? [], rating, practices.length);
  const expected = useRef(propsQuery);

  useEffect(() => setReady(true), []);
  useEffect(() => {
    if (propsQuery === expected.current || pending || !form.current) return;
    expected.current = propsQuery;
    for (const input of form.current.querySelectorAll<HTMLInputElement>("input[type=checkbox]")) {
      input.checked = (
        input.name === "practices" ? selectedPractices : (pickedCompanies ?? [])
      ).includes(input.value);
    }
    const select = form.current.elements.namedItem("rating");
    if (select instanceof HTMLSelectElement) select.value = rating;
  }, [propsQuery, pending, selectedPractices, pickedCompanies, rating]);

  const currentQuery = () => {
    const data = new FormData(form.current!);
    return queryOf(
      data.getAll("practices").map(String),
      data.getAll("companies").map(String),
      String(data.get("rating") ?? ""),
      practices.length,
    );
  };
  const go = (query: string, extra = "") => {
    expected.current = query;
    const search = [query, extra].filter(Boolean).join("&");
    startTransition(() =>
      router.replace(search ? `${pathname}?${search}` : pathname, { scroll: false }),
    );
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const add = String(new FormData(e.currentTarget).get("add") ?? "").trim();
    // A typed company name is resolved by the server, which redirects to the canonical URL.
    go(currentQuery(), add ? `add=${encodeURIComponent(add)}` : "");
  };
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    if ((e.target as HTMLInputElement).name === "add") return;
    go(currentQuery());
  };

  const box = "h-4 w-4 rounded border-slate-400 accent-sky-700";
  return (
    <form
      ref={form}
      method="get"
      action="/"
      onSubmit={onSubmit}
      onChange={onChange}
      data-ready={ready ? "" : undefined}
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
                defaultChecked={selectedPractices.includes(p.slug)}
                className={box}
              />
              {p.name}
            </label>
          ))}
        </div>
      </fieldset>
      <fieldset>
        <legend className="mb-2 font-semibold">
          Companies{" "}
          <span className="font-normal text-slate-600 dark:text-slate-400">
            (pick two or more to compare; none picked = all)
          </span>
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
                defaultChecked={pickedCompanies?.includes(c.slug) ?? false}
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
            defaultValue={rating}
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
