"use client";

import { useRouter } from "next/navigation";
import { useEffect, useRef, useState, useTransition } from "react";
import { useHydrated } from "./use-hydrated";
import {
  directoryHref,
  directorySortOptions,
  MAX_NAME_QUERY,
} from "@/lib/params/company-directory";
import type { Provenance } from "@/lib/provenance";
import type { SectorSlug } from "@/lib/sectors";
import { focusOnArrival } from "./focus-on-arrival";
import { SectorOptions } from "./sector-options";

type Props = {
  q: string;
  sector: SectorSlug | null;
  provenance: Provenance | null;
  sort: "name" | "recorded" | null;
};

const FIELD =
  "h-10 rounded-md border border-slate-300 bg-white px-3 text-base focus-visible:outline-2 focus-visible:outline-sky-600 dark:border-slate-700 dark:bg-slate-950";

const FORM_LABEL = "Find companies";

/**
 * The /companies filters: a plain GET form (works without JavaScript: type, then press Enter or
 * "Show"); with JavaScript the list follows as you type (debounced) and on every change, with
 * the state in the URL so any view can be shared. A menu changed from the keyboard waits for
 * Enter or "Show", as the grid's do: arrow keys step through the options one change at a time.
 */
export function CompanyDirectoryForm(props: Props) {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  const [q, setQ] = useState(props.q);
  // The URL's name can change without typing (back button, "Clear filters"): follow it then,
  // but never overwrite letters typed since the last request went out.
  const [seenQ, setSeenQ] = useState(props.q);
  const [sentQ, setSentQ] = useState(props.q);
  if (props.q !== seenQ) {
    setSeenQ(props.q);
    if (props.q !== sentQ.trim()) {
      setQ(props.q);
      setSentQ(props.q);
    }
  }
  const form = useRef<HTMLFormElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const keyed = useRef(false);
  const [note, setNote] = useState("");
  // Hydrated: the keyboard handling below is in place (tests wait for it).
  const ready = useHydrated();

  useEffect(
    () => () => {
      if (timer.current) clearTimeout(timer.current);
    },
    [],
  );

  const go = (delay: number) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => {
      const data = new FormData(form.current!);
      const value = (k: string) => {
        const v = data.get(k);
        return typeof v === "string" && v ? v : null;
      };
      setSentQ(value("q") ?? "");
      const href = directoryHref({
        q: value("q") ?? "",
        sector: value("sector") as SectorSlug | null,
        provenance: value("provenance") as Provenance | null,
        sort: value("sort") as "name" | "recorded" | null,
      });
      startTransition(() => router.replace(href, { scroll: false }));
    }, delay);
  };

  // The form is mounted anew when a menu's value changes (its key holds them), which would drop
  // focus to the top of the page: ask for it back on the control used, once the list arrives.
  const apply = (control: string) => {
    const data = new FormData(form.current!);
    const changed = (["sector", "provenance", "sort"] as const).some(
      (k) => (data.get(k) || null) !== (props[k] ?? null),
    );
    if (changed) focusOnArrival([`form[aria-label="${FORM_LABEL}"] ${control}`]);
    setNote("");
    go(0);
  };

  return (
    <form
      ref={form}
      action="/companies"
      method="get"
      role="search"
      aria-label={FORM_LABEL}
      data-ready={ready ? "" : undefined}
      className="grid gap-3 rounded-lg border border-slate-200 bg-slate-50 p-4 sm:grid-cols-2 lg:grid-cols-[2fr_1fr_1fr_1fr_auto] lg:items-end dark:border-slate-800 dark:bg-slate-900/60"
      onSubmit={(e) => {
        e.preventDefault();
        apply('button[type="submit"]');
      }}
      onKeyDown={(e) => {
        if (!(e.target instanceof HTMLSelectElement)) return;
        keyed.current = true;
        if (e.key === "Enter") {
          e.preventDefault();
          apply(`select[name="${e.target.name}"]`);
        }
      }}
      onPointerDown={() => (keyed.current = false)}
      onChange={(e) => {
        const target = e.target;
        if (!(target instanceof HTMLSelectElement)) return;
        if (keyed.current) setNote("Press Enter or Show to apply this choice.");
        else apply(`select[name="${target.name}"]`);
      }}
    >
      <label className="grid gap-1 text-sm font-semibold sm:col-span-2 lg:col-span-1">
        Name
        <input
          name="q"
          type="search"
          value={q}
          maxLength={MAX_NAME_QUERY}
          autoComplete="off"
          placeholder="e.g. Signal, mail, proton"
          className={`${FIELD} font-normal`}
          onChange={(e) => {
            setQ(e.target.value);
            go(200);
          }}
        />
      </label>
      <label className="grid gap-1 text-sm font-semibold">
        Sector
        <select name="sector" defaultValue={props.sector ?? ""} className={`${FIELD} font-normal`}>
          <SectorOptions anyLabel="Every sector" />
        </select>
      </label>
      <label className="grid gap-1 text-sm font-semibold">
        Findings
        <select
          name="provenance"
          defaultValue={props.provenance ?? ""}
          className={`${FIELD} font-normal`}
        >
          <option value="">Curated and machine-read</option>
          <option value="curated">Curated only</option>
          <option value="machine">Machine-read only</option>
        </select>
      </label>
      <label className="grid gap-1 text-sm font-semibold">
        Sort by
        <select name="sort" defaultValue={props.sort ?? ""} className={`${FIELD} font-normal`}>
          {directorySortOptions(q.trim() !== "").map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      </label>
      <div className="relative flex items-center gap-3">
        <button
          type="submit"
          className="rounded-md bg-sky-700 px-4 py-2 text-sm font-medium text-white hover:bg-sky-800 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-sky-600"
        >
          Show
        </button>
        <span aria-live="polite" className="text-sm text-slate-600 dark:text-slate-400">
          {pending ? "Updating…" : ""}
        </span>
        {/* Under the button, out of the flow: a line this long in the last column would squeeze
            the menus beside it. */}
        <span
          aria-live="polite"
          className="absolute top-full left-0 mt-0.5 text-xs whitespace-nowrap text-slate-700 lg:right-0 lg:left-auto dark:text-slate-300"
        >
          {note}
        </span>
      </div>
    </form>
  );
}
