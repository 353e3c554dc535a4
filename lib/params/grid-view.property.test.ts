import fc from "fast-check";
import { nameMatchScore } from "../name-match";
import { describe, expect, it } from "vitest";
import practiceSeeds from "../../seeds/practices.json";
import type { CompanySummary } from "../queries/companies";
import type { Practice } from "../queries/practices";
import { RATINGS, type Rating } from "../ratings";
import { gridPage, gridPageCount } from "./grid-pages";
import {
  gridStateOf,
  MAX_COMPARED,
  MAX_SUGGESTIONS,
  parseGridView,
  type GridView,
  type SearchParams,
} from "./grid-view";
import { gridHref, type GridSort } from "./hrefs";
import { parseSlugList } from "./slug-list";

const practices: Practice[] = practiceSeeds.map((p, i) => ({ ...p, position: i + 1 }));
const practiceSlugs = practices.map((p) => p.slug);
const company = (slug: string): CompanySummary => ({
  slug,
  name: `${slug.toUpperCase()} Co`,
  legalName: slug,
  website: `https://${slug}.example`,
  effectiveDate: null,
  effectiveDatePrecision: null,
  effectiveDateLabel: null,
  archivedOn: null,
  sector: "cloud-storage" as const,
  provenance: "curated" as const,
  recordedBy: null,
  samePolicyAs: [],
  recordedLongAgo: false,
  mayNotBePrivacyPolicy: false,
  statedAfterRecorded: false,
  supersededBy: null,
});

const slugArb = fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,4})?$/);
/** Known companies: none, a few, or several pages of them. */
const companiesArb = fc
  .uniqueArray(
    slugArb.filter((s) => s !== "all"),
    { maxLength: 25 },
  )
  .map((slugs) => slugs.map(company));

const HOSTILE = [
  "<script>alert(1)</script>",
  "' OR '1'='1",
  "..%2f..%2fetc",
  "\u0000",
  "\u202e",
  "🙂",
  "a_b",
  "-",
  "x".repeat(300),
  "ALL",
  "Cookies ",
  "%E0%A4%A",
];

/** A query value for a list parameter, drawn from the given known slugs mixed with everything else. */
function listValue(known: string[]): fc.Arbitrary<string | string[]> {
  const item = fc.oneof(
    { weight: 4, arbitrary: known.length ? fc.constantFrom(...known) : fc.constant("x") },
    { weight: 2, arbitrary: slugArb },
    { weight: 1, arbitrary: fc.constantFrom(...HOSTILE) },
    { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 50 }) },
  );
  const joined = fc.array(item, { maxLength: 14 }).map((items) => items.join(","));
  const huge = fc
    .tuple(item, fc.integer({ min: 200, max: 1500 }))
    .map(([i, n]) => Array(n).fill(i).join(","));
  // Most or all of the known values, to reach the caps (e.g. more companies than one grid compares).
  const many = fc
    .shuffledSubarray(known, { minLength: Math.floor(known.length * 0.6) })
    .map((xs) => xs.join(","));
  return fc.oneof(
    { weight: 6, arbitrary: joined },
    { weight: 2, arbitrary: fc.array(joined, { minLength: 1, maxLength: 3 }) },
    { weight: 1, arbitrary: huge },
    { weight: 2, arbitrary: many },
  );
}

const pageValue = fc.oneof(
  fc.integer({ min: -3, max: 8 }).map(String),
  fc.constantFrom(
    "",
    "1.5",
    "1e3",
    "0x2",
    " 2 ",
    "NaN",
    "Infinity",
    "99999999999999999999",
    "-0",
    "２",
  ),
  fc.string({ unit: "binary", maxLength: 30 }),
  fc.array(fc.integer({ min: 1, max: 5 }).map(String), { minLength: 1, maxLength: 3 }),
);

/** Known companies, plus query parameters that mostly name them (and other things, and junk keys). */
const scenario = companiesArb.chain((companies) =>
  fc.record({
    companies: fc.constant(companies),
    params: fc
      .record(
        {
          practices: listValue([...practiceSlugs, "all"]),
          companies: listValue(companies.map((c) => c.slug)),
          rating: listValue([...RATINGS]),
          sort: fc.oneof(
            fc.constantFrom("name", "date", "DATE", ...practiceSlugs, "price", ""),
            fc.string({ maxLength: 20 }),
          ),
          only: fc.oneof(fc.constantFrom("differences", "Differences", "same"), fc.string()),
          page: pageValue,
          add: fc.oneof(
            companies.length
              ? fc.constantFrom(
                  ...companies.flatMap((c) => [
                    c.slug,
                    c.name,
                    ` ${c.name.toLowerCase()} `,
                    c.slug.slice(0, 2),
                  ]),
                )
              : fc.constant("nobody"),
            fc.constantFrom(...HOSTILE, "", "   ", "co"),
            fc.string({ unit: "binary", maxLength: 120 }),
          ),
        },
        { requiredKeys: [] },
      )
      .chain((known) =>
        fc
          .dictionary(fc.string({ maxLength: 12 }), fc.oneof(fc.string(), fc.array(fc.string())), {
            maxKeys: 3,
          })
          .map((extra) => ({ ...extra, ...known }) as SearchParams),
      ),
  }),
);

/** Parses a link the way Next hands a page its searchParams: repeated keys become arrays. */
function paramsOf(href: string): SearchParams {
  const out: SearchParams = {};
  for (const [k, v] of new URL(href, "http://localhost").searchParams) {
    const prev = out[k];
    out[k] = prev === undefined ? v : Array.isArray(prev) ? [...prev, v] : [prev, v];
  }
  return out;
}

const isSubsequence = (xs: string[], of: readonly string[]) => {
  let i = 0;
  for (const x of xs) {
    i = of.indexOf(x, i);
    if (i < 0) return false;
    i++;
  }
  return true;
};

/** The values listed by an "Ignored unknown …: a, b." notice. */
function ignoredIn(notices: string[], prefix: RegExp): string[] {
  const n = notices.find((m) => prefix.test(m));
  if (!n) return [];
  return n.replace(prefix, "").replace(/\.$/, "").split(", ");
}

describe("parseGridView properties", () => {
  it("never throws and always yields a view that can be drawn", () => {
    fc.assert(
      fc.property(scenario, ({ companies, params }) => {
        const view = parseGridView(params, { practices, companies });
        const companySlugs = companies.map((c) => c.slug);

        expect(view.practices.length).toBeGreaterThan(0);
        expect(isSubsequence(view.practices, practiceSlugs)).toBe(true);
        expect(view.allPractices).toBe(view.practices.length === practiceSlugs.length);

        expect(isSubsequence(view.companies, companySlugs)).toBe(true);
        expect(isSubsequence(view.ratings, RATINGS)).toBe(true);

        expect(isSubsequence([...view.chosen].sort(), [...companySlugs].sort())).toBe(true);
        expect(new Set(view.chosen).size).toBe(view.chosen.length);
        expect(view.chosen.length).toBeLessThanOrEqual(MAX_COMPARED);
        expect(view.picked).toEqual(view.chosen.length >= 1 ? view.chosen : null);
        expect(view.suggestions.length).toBeLessThanOrEqual(MAX_SUGGESTIONS);
        expect(view.matchCount).toBeGreaterThanOrEqual(view.suggestions.length);
        for (const s of view.suggestions) expect(companies).toContain(s);
        if (view.redirectTo !== null) {
          // After add=, the browser goes to the same grid with the company in the list, and nothing
          // left to add, at the added company's column.
          expect(view.redirectTo).toMatch(/^\/(\?[a-z0-9=&,-]+)?(#col-[a-z0-9-]+)?$/);
          const target = parseGridView(paramsOf(view.redirectTo), { practices, companies });
          expect(target.chosen).toEqual(view.chosen);
          expect(target.redirectTo).toBeNull();
          // Adding keeps every company that was on screen; the form sent with nothing to add
          // (an empty or blank box) goes to the same view at its own URL.
          if (view.addTerm) for (const slug of view.addingTo) expect(target.chosen).toContain(slug);
          else expect(target.companies).toEqual(view.companies);
        }

        if (view.picked) {
          expect(view.picked.length).toBeGreaterThanOrEqual(1);
          expect(view.picked.length).toBeLessThanOrEqual(MAX_COMPARED);
          // The grid draws the pick in the list's order; links keep the order the user gave.
          expect([...view.companies].sort()).toEqual([...view.picked].sort());
          expect(view.pageCount).toBe(1);
        } else {
          expect(view.pageCount).toBe(gridPageCount(companySlugs.length));
          expect(view.companies).toEqual(gridPage(companySlugs, view.page));
          if (companySlugs.length) expect(view.companies.length).toBeGreaterThan(0);
        }
        expect(Number.isInteger(view.page)).toBe(true);
        expect(view.page).toBeGreaterThanOrEqual(1);
        expect(view.page).toBeLessThanOrEqual(view.pageCount);
      }),
      { numRuns: 500 },
    );
  });

  it("explains every value it drops in a notice", () => {
    fc.assert(
      fc.property(scenario, ({ companies, params }) => {
        const view = parseGridView(params, { practices, companies });
        const companySlugs = companies.map((c) => c.slug);
        const lists = [
          {
            key: "practices",
            label: "practices",
            unknown: /^Ignored unknown practices?: /,
            kept: (s: string) => view.practices.includes(s) || (s === "all" && view.allPractices),
          },
          {
            key: "companies",
            label: "companies",
            unknown: /^Ignored unknown compan(y|ies): /,
            kept: (s: string) => view.companies.includes(s),
          },
          {
            key: "rating",
            label: "ratings",
            unknown: /^Ignored unknown ratings?: /,
            kept: (s: string) => view.ratings.includes(s as Rating),
          },
        ] as const;
        for (const list of lists) {
          const requested = parseSlugList(params[list.key]);
          if (!requested) continue;
          if (requested.truncated)
            expect(view.notices.some((n) => n.includes(`start of the ${list.label} list`))).toBe(
              true,
            );
          const ignored = ignoredIn(view.notices, list.unknown);
          for (const value of [...requested.slugs, ...requested.malformed]) {
            if (list.kept(value)) continue;
            const knownCompany = list.key === "companies" && companySlugs.includes(value);
            if (knownCompany)
              expect(
                view.notices.some((n) => /^Comparing the first/.test(n)),
                value,
              ).toBe(true);
            else expect(ignored, `${list.key}: ${value}`).toContain(value);
          }
        }
        const rawAdd = Array.isArray(params.add) ? params.add[0] : params.add;
        const term = rawAdd?.trim().slice(0, 80);
        if (term && !view.redirectTo)
          expect(
            view.notices.some((n) => n.includes(`"${term}"`)),
            `add ${JSON.stringify(term)}`,
          ).toBe(true);
        if (term && view.redirectTo) {
          // The one company the term names (by slug or name, else by part of one; case, spaces
          // and punctuation aside) is in the list the browser is sent to.
          const matching = companies.filter((c) => nameMatchScore(term, c) !== null);
          const exact = matching.filter((c) => nameMatchScore(term, c) === 0);
          const named = exact.length ? exact : matching;
          expect(named).toHaveLength(1);
          expect(view.chosen).toContain(named[0]!.slug);
        }
        const rawSort = Array.isArray(params.sort) ? params.sort[0] : params.sort;
        const sortWord = rawSort?.trim().toLowerCase();
        if (sortWord && sortWord !== "name" && view.sort === "name")
          expect(view.notices.some((n) => n.startsWith("Ignored sort"))).toBe(true);
        const rawOnly = Array.isArray(params.only) ? params.only[0] : params.only;
        if (rawOnly !== undefined && !view.differences)
          expect(view.notices.some((n) => n.startsWith("Ignored only="))).toBe(true);
        const rawPage = Array.isArray(params.page) ? params.page[0] : params.page;
        if (rawPage !== undefined && String(view.page) !== String(Number(rawPage))) {
          expect(
            view.notices.some((n) => /page/i.test(n)),
            `page ${JSON.stringify(rawPage)}`,
          ).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe("add= properties", () => {
  it("puts the company named by add= into the comparison, or says why not", () => {
    const adding = fc
      .uniqueArray(slugArb, { minLength: 2, maxLength: 25 })
      .map((slugs) => slugs.map(company))
      .chain((companies) =>
        fc.record({
          companies: fc.constant(companies),
          listed: fc.shuffledSubarray(companies.map((c) => c.slug)),
          target: fc.constantFrom(...companies),
          byName: fc.boolean(),
        }),
      );
    fc.assert(
      fc.property(adding, ({ companies, listed, target, byName }) => {
        const term = byName ? target.name : target.slug;
        const view = parseGridView(
          { companies: listed.join(","), add: term },
          { practices, companies },
        );
        if (view.redirectTo)
          expect(
            parseGridView(paramsOf(view.redirectTo), { practices, companies }).chosen,
          ).toContain(target.slug);
        else expect(view.notices.some((n) => n.includes(`"${term}"`))).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

describe("gridHref properties", () => {
  const linkOf = (view: GridView) => gridHref(gridStateOf(view));

  it("writes a link that parses back to the same view, without notices", () => {
    fc.assert(
      fc.property(scenario, ({ companies, params }) => {
        const view = parseGridView(params, { practices, companies });
        const href = linkOf(view);
        expect(href).toMatch(/^\/(\?[a-z0-9=&,-]+)?$/);
        const again = parseGridView(paramsOf(href), { practices, companies });
        const drawn = ({
          practices,
          allPractices,
          companies,
          picked,
          ratings,
          sort,
          differences,
          page,
          pageCount,
        }: GridView) => ({
          practices,
          allPractices,
          companies,
          picked,
          ratings,
          sort,
          differences,
          page,
          pageCount,
        });
        expect(drawn(again)).toEqual(drawn(view));
        expect(again.notices).toEqual([]);
        expect(linkOf(again)).toBe(href);
      }),
      { numRuns: 500 },
    );
  });

  it("round-trips any valid choice of practices, companies, ratings and page", () => {
    const choice = companiesArb.chain((companies) =>
      fc.record({
        companies: fc.constant(companies),
        practices: fc.oneof(
          fc.constant("all" as const),
          fc.subarray(practiceSlugs, { minLength: 1 }),
        ),
        picked:
          companies.length >= 1
            ? fc.option(
                fc.subarray(
                  companies.map((c) => c.slug),
                  { minLength: 1, maxLength: Math.min(MAX_COMPARED, companies.length) },
                ),
                { nil: null },
              )
            : fc.constant(null),
        ratings: fc.subarray([...RATINGS]),
        sort: fc.constantFrom<GridSort>(
          "name",
          "date",
          ...practiceSlugs.map((practice) => ({ practice })),
        ),
        differences: fc.boolean(),
        page: fc.integer({
          min: 1,
          max: gridPageCount(companies.length),
        }),
      }),
    );
    fc.assert(
      fc.property(
        choice,
        ({ companies, practices: chosen, picked, ratings, sort, differences, page }) => {
          const href = gridHref({
            practices: chosen,
            companies: picked,
            ratings,
            sort,
            differences,
            page: picked ? undefined : page,
          });
          const view = parseGridView(paramsOf(href), { practices, companies });
          expect(view.notices).toEqual([]);
          expect(view.practices).toEqual(chosen === "all" ? practiceSlugs : chosen);
          expect(view.picked).toEqual(picked);
          expect(view.ratings).toEqual(ratings);
          expect(view.sort).toEqual(sort);
          expect(view.differences).toBe(differences);
          expect(view.page).toBe(picked ? 1 : page);
        },
      ),
      { numRuns: 500 },
    );
  });
});
