import type { Provenance } from "../provenance";
import { sectorName } from "../sectors";
import { directoryHref, type DirectoryView } from "./company-directory";

/** A way out of an empty /companies view: what dropping a filter would show, and its link. */
export type DirectoryElsewhere = { text: string; href: string };

const KIND: Record<Provenance, string> = { curated: "curated", machine: "machine-read" };
const OTHER: Record<Provenance, Provenance> = { curated: "machine", machine: "curated" };

/**
 * When the filters leave no company, the companies the same search finds with one filter
 * dropped ("12 companies match “mail” in other sectors"), else with both; empty when none would,
 * so the page can say the atlas has no such company at all.
 */
export function directoryElsewhere(
  view: Pick<DirectoryView, "q" | "sector" | "provenance" | "explicitSort" | "unfiltered">,
): DirectoryElsewhere[] {
  const { q, sector, provenance, unfiltered } = view;
  const state = { q, sector, provenance, sort: view.explicitSort };
  const companies = (n: number, kind?: Provenance | null) =>
    `${n} ${kind ? `${KIND[kind]} ` : ""}${n === 1 ? "company" : "companies"}`;
  const matchWord = (n: number) => (n === 1 ? "matches" : "match");
  const out: DirectoryElsewhere[] = [];

  const n = unfiltered.sector;
  if (sector && n)
    out.push({
      text: q
        ? `${companies(n, provenance)} ${matchWord(n)} “${q}” in other sectors`
        : `${companies(n, provenance)} in other sectors`,
      href: directoryHref({ ...state, sector: null }),
    });
  const m = unfiltered.provenance;
  if (provenance && m) {
    const where = sector ? ` in ${sectorName(sector)}` : "";
    out.push({
      text: q
        ? `${companies(m, OTHER[provenance])} ${matchWord(m)} “${q}”${where}`
        : `${companies(m, OTHER[provenance])}${where}`,
      href: directoryHref({ ...state, provenance: null }),
    });
  }
  const both = unfiltered.both;
  if (!out.length && sector && provenance && both)
    out.push({
      text: q
        ? `${companies(both)} ${matchWord(both)} “${q}” in other sectors, of either kind`
        : `${companies(both)} in other sectors, of either kind`,
      href: directoryHref({ ...state, sector: null, provenance: null }),
    });
  return out;
}
