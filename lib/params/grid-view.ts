import type { CompanySummary, Practice } from "../model";
import { gridColumnId } from "../grid-column-id";
import { nameMatchScore, rankByName } from "../name-match";
import { nameList } from "../name-list";
import { RATINGS, type Rating } from "../ratings";
import { gridPage, gridPageCount } from "./grid-pages";
import { parseGridSort } from "./grid-sort";
import { gridHref, sortParam, type GridSort, type GridState } from "./hrefs";
import { pageOrFirst, parsePageNumber } from "./page-number";
import { pastLastPageNotice } from "./past-last-page";
import { MAX_ITEMS, MAX_RAW_LENGTH, parseSlugList, partitionKnown } from "./slug-list";
import { unknownParamsNotice } from "./unknown-params";

/** Above this many companies the filter offers "add by name" instead of a checkbox each. */
export const COMPANY_CHECKBOXES = 24;
/** The most companies one grid compares at once. */
export const MAX_COMPARED = 10;
/** The most matches an ambiguous `add=` offers to pick from; the page counts the rest. */
export const MAX_SUGGESTIONS = 12;

export type SearchParams = Record<string, string | string[] | undefined>;

export type GridView = {
  practices: string[];
  allPractices: boolean;
  /** The practices as a URL gives them: "all", the chosen ones, or undefined for the core four. */
  practicesParam: string[] | "all" | undefined;
  companies: string[];
  /** The user's own pick of companies (one or more), or null for the paged default. */
  picked: string[] | null;
  /** Every valid company the URL names, even a single one (kept in the filter form). */
  chosen: string[];
  /** Where to send the browser after `add=` named exactly one company. */
  redirectTo: string | null;
  /**
   * The companies an added one joins: the pick, or else the page of the default the grid shows
   * (adding Signal to the curated five compares six, it does not replace them).
   */
  addingTo: string[];
  /** Companies matching an ambiguous `add=`, best first, at most MAX_SUGGESTIONS, to pick from. */
  suggestions: CompanySummary[];
  /** How many companies that `add=` matches in all (more than `suggestions` holds when it is long). */
  matchCount: number;
  /** The `add=` term as read (trimmed, cut to 80 characters); "" when there is none. */
  addTerm: string;
  ratings: Rating[];
  sort: GridSort;
  differences: boolean;
  page: number;
  pageCount: number;
  notices: string[];
};

/**
 * Every parameter the grid reads: its scope (grid-scope.ts), its view (below, as gridHref writes
 * it) and the two only its filter form sends without JavaScript (`add`, `at`). Any other is named
 * in a notice; a parameter the app itself sends must be here.
 */
export const GRID_PARAMS = [
  "sector",
  "provenance",
  "practices",
  "companies",
  "rating",
  "sort",
  "only",
  "page",
  "add",
  "at",
] as const;

const GRID_READS =
  "the grid reads sector, provenance, practices, companies, rating, sort, only and page (and its form's add and at)";

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

const tooLong = (list: string) =>
  `Read only the start of the ${list} list: at most ${MAX_ITEMS} values in ${MAX_RAW_LENGTH} characters.`;

/** The most left-out companies a notice names; the rest are counted. */
const LEFT_OUT_NAMED = 10;

/** Which companies a pick of more than MAX_COMPARED leaves out, by name, so none go unsaid. */
function leftOut(valid: string[], companies: CompanySummary[]): string {
  const names = new Map(companies.map((c) => [c.slug, c.name]));
  const out = valid.slice(MAX_COMPARED).map((s) => names.get(s) ?? s);
  const named =
    out.length > LEFT_OUT_NAMED
      ? `${out.slice(0, LEFT_OUT_NAMED).join(", ")} and ${out.length - LEFT_OUT_NAMED} more`
      : nameList(out);
  return `Comparing the first ${MAX_COMPARED} of the ${valid.length} companies chosen, the most at once; left out: ${named}.`;
}

/**
 * Turns the grid's query string into a view. Never throws: unknown or malformed values are
 * dropped and described in `notices`, so a shared link always opens a working page.
 */
export function parseGridView(
  params: SearchParams,
  known: { practices: Practice[]; companies: CompanySummary[] },
  /** The companies the paged default shows (grid-scope.ts); every known company when omitted. */
  pool?: string[],
  /** The scope the URL chose (grid-scope.ts), kept in the URL an `add=` redirects to. */
  scope: Pick<GridState, "sector" | "provenance"> = {},
): GridView {
  const notices: string[] = [];
  const unknownParams = unknownParamsNotice(params, GRID_PARAMS, GRID_READS);
  if (unknownParams) notices.push(unknownParams);
  const practiceSlugs = known.practices.map((p) => p.slug);
  const companySlugs = known.companies.map((c) => c.slug);

  const core = known.practices.filter((p) => p.core).map((p) => p.slug);
  let practices = core;
  let allPractices = false;
  const rawPractices = parseSlugList(params.practices);
  if (rawPractices) {
    const wantsAll = rawPractices.slugs.includes("all");
    const { valid, unknown } = partitionKnown(
      { ...rawPractices, slugs: rawPractices.slugs.filter((s) => s !== "all") },
      practiceSlugs,
    );
    if (unknown.length)
      notices.push(
        `Ignored unknown practice${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`,
      );
    if (rawPractices.truncated) notices.push(tooLong("practices"));
    if (wantsAll) practices = practiceSlugs;
    else if (valid.length) practices = practiceSlugs.filter((s) => valid.includes(s));
    else if (rawPractices.slugs.length || rawPractices.malformed.length)
      notices.push("Showing the four core practices instead.");
    allPractices = practices.length === practiceSlugs.length;
  }

  let picked: string[] | null = null;
  let chosen: string[] = [];
  const rawCompanies = parseSlugList(params.companies);
  if (rawCompanies) {
    const { valid, unknown } = partitionKnown(rawCompanies, companySlugs);
    if (unknown.length)
      notices.push(
        `Ignored unknown compan${unknown.length > 1 ? "ies" : "y"}: ${unknown.join(", ")}.`,
      );
    if (rawCompanies.truncated) notices.push(tooLong("companies"));
    if (valid.length > MAX_COMPARED) notices.push(leftOut(valid, known.companies));
    chosen = valid.slice(0, MAX_COMPARED);
  }

  const sorted = parseGridSort(params.sort, practiceSlugs);
  if (!sorted.ok) notices.push(`Ignored sort: ${sorted.error}`);
  const sort = sorted.ok ? sorted.sort : "name";

  // Without JavaScript the filter form sends the page on screen with the order it is a page of
  // (`at=name:5`): kept while that order is, since another order puts other companies there.
  const formPage = pageInOrder(params.at, sortParam(sort) ?? "name");
  const rawPage = params.page ?? (chosen.length ? undefined : formPage);

  // The page of the default the grid shows when no company is picked, as the paging below reads it.
  const defaultOrder = pool ?? companySlugs;
  const defaultPage = pageOrFirst(rawPage, gridPageCount(defaultOrder.length));
  const shownByDefault = gridPage(defaultOrder, defaultPage);

  // `add=<name or slug>` comes from the "add a company" box, which scales to any number of
  // companies. It adds to the companies on screen: the pick, or the default page when none is.
  let redirectTo: string | null = null;
  let suggestions: CompanySummary[] = [];
  let matchCount = 0;
  let added = false;
  let addedSlug = "";
  const addingTo = chosen.length ? chosen : shownByDefault;
  const rawAdd = first(params.add);
  const term = typeof rawAdd === "string" ? rawAdd.trim().slice(0, 80) : "";
  if (term) {
    // Best match first (exact name, then names and words starting with the term), at any size.
    const ranked = rankByName(term, known.companies);
    const exact = ranked.filter((c) => nameMatchScore(term, c) === 0);
    const matches = exact.length ? exact : ranked;
    const full = addingTo.length >= MAX_COMPARED;
    // Adding a company already shown changes nothing, so a full grid has room for it.
    const roomFor = (slugs: string[]) => !full || slugs.every((s) => addingTo.includes(s));
    if (matches.length && !roomFor(matches.map((c) => c.slug))) {
      // Redirecting would drop the company without a word; stay and say why.
      notices.push(
        `Already comparing ${MAX_COMPARED} companies, the most at once: remove one before adding "${term}".`,
      );
    } else if (matches.length === 1) {
      const slug = matches[0]!.slug;
      added = true;
      addedSlug = slug;
      chosen = addingTo.includes(slug) ? addingTo : [...addingTo, slug];
    } else if (matches.length > 1) {
      suggestions = matches.slice(0, MAX_SUGGESTIONS);
      matchCount = matches.length;
      notices.push(
        matches.length > MAX_SUGGESTIONS
          ? `"${term}" matches ${matches.length} companies; the ${MAX_SUGGESTIONS} closest are below. Type more of the name to narrow them.`
          : `"${term}" matches ${matches.length} companies; pick one below.`,
      );
    } else
      // Say what the atlas holds and where a policy it lacks can be read (the review of
      // 2026-12-04: "Dropbox" found nothing and said nothing more).
      notices.push(
        `No company matches "${term}" among the ${known.companies.length.toLocaleString("en")} in the atlas. To read a policy it does not hold, paste it into "Read a policy" in the menu.`,
      );
  }

  // One company is a view of its own (what you tick is what you see); the page invites a second.
  if (chosen.length >= 1) picked = chosen;

  const ratings: Rating[] = [];
  const rawRatings = parseSlugList(params.rating);
  if (rawRatings) {
    const { valid, unknown } = partitionKnown(rawRatings, RATINGS);
    if (unknown.length)
      notices.push(
        `Ignored unknown rating${unknown.length > 1 ? "s" : ""}: ${unknown.join(", ")}.`,
      );
    if (rawRatings.truncated) notices.push(tooLong("ratings"));
    ratings.push(...RATINGS.filter((r) => valid.includes(r)));
  }

  let differences = false;
  const rawOnly = first(params.only);
  if (rawOnly !== undefined) {
    if (String(rawOnly).trim().toLowerCase() === "differences") differences = true;
    else
      notices.push(
        `Ignored only="${String(rawOnly).slice(0, 20)}": the one choice is only=differences.`,
      );
  }

  const ordered = picked ? companySlugs.filter((s) => picked!.includes(s)) : (pool ?? companySlugs);
  const pageCount = picked ? 1 : gridPageCount(ordered.length);
  let page = 1;
  const parsedPage = parsePageNumber(rawPage);
  if (parsedPage) {
    if (picked) {
      if (!parsedPage.ok || parsedPage.page !== 1)
        notices.push(
          `Ignored page "${parsedPage.ok ? parsedPage.page : parsedPage.raw}": the chosen companies fit on one page.`,
        );
    } else if (!parsedPage.ok) notices.push(`Ignored page "${parsedPage.raw}": not a page number.`);
    else {
      if (parsedPage.page > pageCount) notices.push(pastLastPageNotice(pageCount, "companies"));
      page = Math.min(parsedPage.page, pageCount);
    }
  }
  const companies = picked ? ordered : gridPage(ordered, page);
  // The form without JavaScript sends its ticked practices; the core four are the default.
  const practicesParam = allPractices
    ? "all"
    : practices.join() === core.join()
      ? undefined
      : practices;
  if (added) {
    // The fragment is the added company's column: on a phone it would be off-screen to the
    // right, and the browser scrolls the grid to it, with or without JavaScript.
    redirectTo = `${gridHref({
      sector: scope.sector,
      provenance: scope.provenance,
      practices: practicesParam,
      companies: chosen,
      ratings,
      sort,
      differences,
    })}#${gridColumnId(addedSlug)}`;
  } else if ((params.at !== undefined || params.add !== undefined) && notices.length === 0) {
    // The form sent without JavaScript (it alone sends these, `add` empty): the same view at
    // its own URL, page and all, defaults left out, as the form builds it with JavaScript.
    redirectTo = gridHref({
      sector: scope.sector,
      provenance: scope.provenance,
      practices: practicesParam,
      companies: picked,
      ratings,
      sort,
      differences,
      page,
    });
  }
  return {
    practices,
    allPractices,
    practicesParam,
    companies,
    picked,
    chosen,
    redirectTo,
    addingTo,
    suggestions,
    matchCount,
    addTerm: term,
    ratings,
    sort,
    differences,
    page,
    pageCount,
    notices,
  };
}

/** The page of `at=<order>:<page>` when the grid is in that order, else undefined (page 1). */
function pageInOrder(raw: string | string[] | undefined, order: string): string | undefined {
  const m = /^([a-z0-9-]+):(\d+)$/.exec(first(raw)?.trim().toLowerCase() ?? "");
  return m && m[1] === order ? m[2] : undefined;
}

/** The state a view stands for, to build its links (and its variations) with gridHref. */
export function gridStateOf(view: GridView): GridState {
  return {
    // The core four are the default, left out of every link.
    practices: view.practicesParam,
    companies: view.picked,
    ratings: view.ratings,
    sort: view.sort,
    differences: view.differences,
    page: view.page,
  };
}
