"use client";

import Link from "@/components/app-link";
import { useEffect, useLayoutEffect, useRef, type FormEvent, type ReactNode } from "react";
import { searchHref } from "@/lib/params/hrefs";
import { MAX_QUERY_LENGTH } from "@/lib/params/search-query";
import { openOnceIfWide } from "@/lib/render/open-on-wide-screens";
import { useViewNavigation } from "./use-view-navigation";

type Option = { slug: string; name: string };

const CHECKBOX =
  "h-4 w-4 rounded border-slate-400 accent-sky-700 dark:border-slate-600 dark:accent-sky-400";

/** A fieldset of same-named checkboxes: the browser sends `name=a&name=b`, which the parsers accept. */
function CheckboxGroup(props: {
  legend: string;
  name: string;
  options: Option[];
  selected: string[];
  listClassName: string;
}) {
  return (
    <fieldset>
      <legend className="mb-2 text-sm font-semibold">{props.legend}</legend>
      <ul className={`${props.listClassName} text-sm`}>
        {props.options.map((o) => (
          <li key={o.slug}>
            <label className="inline-flex items-center gap-2">
              <input
                type="checkbox"
                name={props.name}
                value={o.slug}
                defaultChecked={props.selected.includes(o.slug)}
                className={CHECKBOX}
              />
              {o.name}
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/**
 * The search box with company and practice filters: a plain GET form, so it works without
 * JavaScript and every result page has a URL that can be shared. With JavaScript the filters
 * behave as the grid's do: each tick applies by itself, as a history entry (rapid ticks
 * debounced into one), and Back and Forward set the form to the search shown.
 */
export function SearchForm(props: {
  q: string;
  companies: Option[];
  practices: Option[];
  selectedCompanies: string[];
  selectedPractices: string[];
  /** Kept across searches, as the links above the results set it. */
  provenance?: "curated" | "machine" | null;
  /**
   * <OpenOnWideScreens target="search-filters" /> when a filter is set: sent from the server
   * right after the panel, it opens it on a wide screen before the results are drawn.
   */
  opener?: ReactNode;
}) {
  const { q, selectedCompanies, selectedPractices } = props;
  const selected = selectedCompanies.length + selectedPractices.length;
  const form = useRef<HTMLFormElement>(null);
  const panel = useRef<HTMLDetailsElement>(null);
  const { navigate, pending, busy } = useViewNavigation();
  // As the grid's panel (docs/decisions/0007): sent closed, opened at first on a wide screen when
  // a filter is set, closed on a phone so the results start on the first screen; after that only
  // the reader opens or closes it. Here for a client-side navigation; `opener` in a document.
  useLayoutEffect(() => {
    if (panel.current) openOnceIfWide(panel.current, selected > 0);
  }, [selected]);
  const names = new Map([...props.companies, ...props.practices].map((o) => [o.slug, o.name]));
  const chips = [
    ...selectedCompanies.map((slug) => ({
      slug,
      href: searchHref({
        q,
        companies: selectedCompanies.filter((c) => c !== slug),
        practices: selectedPractices,
        provenance: props.provenance,
      }),
    })),
    ...selectedPractices.map((slug) => ({
      slug,
      href: searchHref({
        q,
        companies: selectedCompanies,
        practices: selectedPractices.filter((p) => p !== slug),
        provenance: props.provenance,
      }),
    })),
  ];

  // The search the inputs were last set to; at first the server's, so ticks made before hydration stay.
  const synced = useRef(JSON.stringify([q, selectedCompanies, selectedPractices]));
  useEffect(() => {
    const key = JSON.stringify([q, selectedCompanies, selectedPractices]);
    if (busy() || !form.current || key === synced.current) return;
    synced.current = key;
    for (const input of form.current.querySelectorAll<HTMLInputElement>("input[type=checkbox]"))
      input.checked = (input.name === "companies" ? selectedCompanies : selectedPractices).includes(
        input.value,
      );
    const box = form.current.elements.namedItem("q");
    if (box instanceof HTMLInputElement) box.value = q;
  }, [q, selectedCompanies, selectedPractices, pending, busy]);

  const hrefOf = (f: HTMLFormElement) => {
    const data = new FormData(f);
    return searchHref({
      q: String(data.get("q") ?? "").trim(),
      companies: data.getAll("companies").map(String),
      practices: data.getAll("practices").map(String),
      // The hidden field keeps it without JavaScript; a tick keeps it with.
      provenance: props.provenance,
    });
  };
  const onSubmit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    navigate(hrefOf(e.currentTarget), { immediate: true });
  };
  // Typing in the box waits for Enter or the button; a tick applies by itself.
  const onChange = (e: FormEvent<HTMLFormElement>) => {
    if ((e.target as HTMLInputElement).type === "checkbox") navigate(hrefOf(e.currentTarget));
  };

  return (
    <form
      ref={form}
      action="/search"
      method="get"
      role="search"
      aria-label="Search clauses"
      onSubmit={onSubmit}
      onChange={onChange}
      className="rounded-lg border border-slate-200 bg-slate-50 p-4 dark:border-slate-800 dark:bg-slate-900/60"
    >
      {props.provenance && <input type="hidden" name="provenance" value={props.provenance} />}
      <div className="flex gap-2">
        <label htmlFor="search-q" className="sr-only">
          Words to search for
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={q}
          maxLength={MAX_QUERY_LENGTH}
          placeholder={'e.g. arbitration, "third parties", cookies -flash'}
          className="min-w-0 flex-1 rounded-md border border-slate-300 bg-white px-3 py-2 text-base placeholder:text-slate-500 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:bg-slate-950 dark:placeholder:text-slate-400"
        />
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          Search
        </button>
      </div>

      {/* OpenOnWideScreens' script may have opened and marked it before hydration. */}
      <details id="search-filters" ref={panel} className="peer group mt-3" suppressHydrationWarning>
        <summary className="cursor-pointer rounded text-sm font-medium text-slate-700 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-300 dark:hover:text-sky-300">
          Filter by company and practice{selected > 0 ? ` (${selected} selected)` : ""}
        </summary>
        <div className="mt-3 grid gap-4 sm:grid-cols-[minmax(0,1fr)_minmax(0,2fr)]">
          <CheckboxGroup
            legend="Companies"
            name="companies"
            options={props.companies}
            selected={selectedCompanies}
            listClassName="space-y-1.5"
          />
          <CheckboxGroup
            legend="Practices"
            name="practices"
            options={props.practices}
            selected={selectedPractices}
            listClassName="grid gap-x-4 gap-y-1.5 sm:grid-cols-2"
          />
        </div>
        <div className="mt-4 flex flex-wrap items-center gap-4 text-sm">
          <button
            type="submit"
            className="rounded-md border border-sky-700 px-3 py-1.5 font-medium text-sky-800 hover:bg-sky-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600 dark:border-sky-400 dark:text-sky-300 dark:hover:bg-sky-950"
          >
            Apply filters
          </button>
          <span role="status" aria-live="polite" className="text-slate-600 dark:text-slate-400">
            {pending ? "Updating…" : ""}
          </span>
          {selected > 0 && (
            <Link
              href={searchHref({ q })}
              className="text-slate-700 underline hover:text-sky-800 dark:text-slate-300 dark:hover:text-sky-300"
            >
              Clear filters
            </Link>
          )}
        </div>
      </details>
      {props.opener}
      {chips.length > 0 && (
        // What the closed panel holds, each a link that removes it; hidden while the panel is open.
        <ul
          aria-label="Filters set"
          className="mt-2 flex flex-wrap gap-1.5 text-sm peer-open:hidden"
        >
          {chips.map((c) => (
            <li key={c.slug}>
              <Link
                href={c.href}
                aria-label={`Remove filter: ${names.get(c.slug) ?? c.slug}`}
                className="inline-flex items-center gap-1 rounded-full border border-sky-700 bg-sky-50 px-2.5 py-0.5 text-sky-900 hover:bg-sky-100 focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-sky-400 dark:bg-sky-950 dark:text-sky-100 dark:hover:bg-sky-900"
              >
                {names.get(c.slug) ?? c.slug}
                <span aria-hidden="true">×</span>
              </Link>
            </li>
          ))}
        </ul>
      )}

      <details className="mt-2">
        <summary className="cursor-pointer rounded text-sm text-slate-600 hover:text-sky-800 focus-visible:outline-2 focus-visible:outline-sky-600 dark:text-slate-400 dark:hover:text-sky-300">
          Search tips
        </summary>
        <ul className="mt-2 list-disc space-y-1 pl-5 text-sm text-slate-700 dark:text-slate-300">
          <li>
            Words match their other forms: <kbd className="font-mono">share</kbd> also finds
            “shared” and “sharing”.
          </li>
          <li>
            Put a phrase in quotes: <kbd className="font-mono">&quot;third parties&quot;</kbd>.
          </li>
          <li>
            Exclude a word with a minus: <kbd className="font-mono">cookies -flash</kbd>.
          </li>
          <li>
            Either word: <kbd className="font-mono">arbitration or truste</kbd>.
          </li>
        </ul>
      </details>
    </form>
  );
}
