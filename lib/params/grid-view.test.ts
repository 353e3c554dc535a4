import { describe, expect, it } from "vitest";
import type { CompanySummary } from "../queries/companies";
import type { Practice } from "../queries/practices";
import { COMPANIES_PER_PAGE } from "./grid-pages";
import {
  GRID_PARAMS,
  MAX_COMPARED,
  MAX_SUGGESTIONS,
  gridStateOf,
  parseGridView,
} from "./grid-view";
import { gridHref } from "./hrefs";

const practice = (slug: string, core: boolean, position: number): Practice => ({
  slug,
  name: slug,
  description: "",
  core,
  position,
});
const practices = [
  practice("cookies", true, 0),
  practice("retention", true, 1),
  practice("disputes", true, 2),
  practice("third-parties", true, 3),
  practice("security", false, 4),
];
const company = (slug: string, name = slug): CompanySummary => ({
  slug,
  name,
  legalName: name,
  website: "https://x.test",
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
const five = ["centercode", "code42", "dotcloud", "ibackup", "mozy"].map((s) => company(s));
const known = { practices, companies: five };
const many = (n: number) =>
  Array.from({ length: n }, (_, i) => company(`c-${String(i).padStart(2, "0")}`, `Company ${i}`));

describe("parseGridView", () => {
  it("shows the four core practices and every company by default", () => {
    const v = parseGridView({}, known);
    expect(v.practices).toEqual(["cookies", "retention", "disputes", "third-parties"]);
    expect(v.companies).toEqual(five.map((c) => c.slug));
    expect(v.notices).toEqual([]);
  });

  it("keeps taxonomy order whatever order the URL lists practices in, and reads 'all'", () => {
    expect(parseGridView({ practices: "security,cookies" }, known).practices).toEqual([
      "cookies",
      "security",
    ]);
    expect(parseGridView({ practices: "all" }, known)).toMatchObject({
      allPractices: true,
      practices: practices.map((p) => p.slug),
    });
  });

  it("names what it ignored and falls back to a working view", () => {
    const v = parseGridView(
      { practices: "bogus", companies: "nope", rating: "awful", page: "x" },
      known,
    );
    expect(v.practices).toHaveLength(4);
    expect(v.notices.join(" ")).toMatch(
      /unknown practice: bogus.*core practices.*unknown company: nope.*unknown rating: awful.*page "x"/,
    );
  });

  it("names a parameter it does not read, with the one an obvious slip meant", () => {
    const v = parseGridView({ findings: "curated" }, known);
    expect(v.notices).toEqual([
      'Ignored unknown parameter "findings": the grid reads sector, provenance, practices, companies, rating, sort, only and page (and its form\'s add and at).',
    ]);
    expect(v.companies).toEqual(five.map((c) => c.slug));
    const slips = parseGridView({ practice: "cookies", company: "mozy" }, known);
    expect(slips.notices[0]).toMatch(
      /^Ignored unknown parameters "practice" \(did you mean practices\?\), "company" \(did you mean companies\?\): /,
    );
    // The slip is not read as what it meant: the default view, as the notice says.
    expect(slips.picked).toBeNull();
    expect(slips.practices).toHaveLength(4);
  });

  it("knows every parameter the app sends: its links and both of its forms", () => {
    const href = gridHref({
      sector: "messaging",
      provenance: "all",
      practices: ["disputes"],
      companies: ["code42"],
      ratings: ["concerning"],
      sort: "date",
      differences: true,
      page: 2,
    });
    const link = Object.fromEntries(new URL(href, "http://x").searchParams);
    expect(Object.keys(link).sort()).toEqual(
      [...GRID_PARAMS].filter((p) => p !== "add" && p !== "at").sort(),
    );
    expect(parseGridView(link, known).notices.join(" ")).not.toMatch(/unknown parameter/);
    // The filter form without JavaScript sends every field, empty ones too, and its position.
    const form = { ...link, add: "", at: "name:1", only: "" };
    expect(parseGridView(form, known).notices.join(" ")).not.toMatch(/unknown parameter/);
  });

  it("keeps a form sent without JavaScript with an unknown parameter where it is, to name it", () => {
    const v = parseGridView({ add: "", at: "name:1", practise: "cookies" }, known);
    expect(v.notices[0]).toMatch(/^Ignored unknown parameter "practise": /);
    expect(v.redirectTo).toBeNull();
  });

  it("shows one picked company alone, as the form says, rather than every company", () => {
    const one = parseGridView({ companies: "mozy" }, known);
    expect(one.picked).toEqual(["mozy"]);
    expect(one.companies).toEqual(["mozy"]);
    expect(one.notices).toEqual([]);
    expect(parseGridView({ companies: "mozy,ibackup" }, known).picked).toEqual(["mozy", "ibackup"]);
  });

  it("reads the sort order and the differences filter, and names a bad value", () => {
    expect(parseGridView({ sort: "date" }, known).sort).toBe("date");
    expect(parseGridView({ sort: "Retention" }, known).sort).toEqual({ practice: "retention" });
    expect(parseGridView({ sort: "name" }, known).sort).toBe("name");
    const bad = parseGridView({ sort: "price", only: "cheap" }, known);
    expect(bad.sort).toBe("name");
    expect(bad.differences).toBe(false);
    expect(bad.notices.join(" ")).toMatch(/Ignored sort.*"price".*Ignored only="cheap"/);
    expect(parseGridView({ only: "differences" }, known).differences).toBe(true);
  });

  it("reads page numbers strictly: digits only", () => {
    for (const page of ["1e1", "0x2", " 2", "2.0", "+2", "-1", "0"]) {
      const v = parseGridView({ page }, { practices, companies: many(20) });
      expect(v.page, page).toBe(1);
      expect(v.notices.join(" "), page).toMatch(/page/);
    }
    expect(parseGridView({ page: "3" }, { practices, companies: many(20) }).page).toBe(3);
  });

  it("pages through many companies and caps how many are compared", () => {
    const many = Array.from({ length: 20 }, (_, i) =>
      company(`c-${String(i).padStart(2, "0")}`, `Company ${i}`),
    );
    const v = parseGridView({ page: "2" }, { practices, companies: many });
    expect(v.companies).toEqual(
      many.slice(COMPANIES_PER_PAGE, 2 * COMPANIES_PER_PAGE).map((c) => c.slug),
    );
    // 6, 6 and 8: a last page of two joins the one before it.
    expect(v.pageCount).toBe(3);
    expect(parseGridView({ page: "99" }, { practices, companies: many }).page).toBe(v.pageCount);
    expect(
      parseGridView(
        { companies: many.map((c) => c.slug).join(",") },
        { practices, companies: many },
      ).picked,
    ).toHaveLength(MAX_COMPARED);
  });

  it("shows the last page for a page past it, and 'it' when there is one page", () => {
    expect(parseGridView({ page: "999" }, known).notices).toContain(
      "There is only 1 page of companies; showing it.",
    );
    const v = parseGridView({ page: "99" }, { practices, companies: many(20) });
    expect(v.notices).toContain("There are only 3 pages of companies; showing the last.");
  });

  it("names the companies a pick of more than it compares leaves out", () => {
    const eleven = many(11);
    const v = parseGridView(
      { companies: eleven.map((c) => c.slug).join(",") },
      { practices, companies: eleven },
    );
    expect(v.picked).toHaveLength(MAX_COMPARED);
    expect(v.notices).toContain(
      `Comparing the first ${MAX_COMPARED} of the 11 companies chosen, the most at once; left out: Company 10.`,
    );
    const lots = many(30);
    const all = parseGridView(
      { companies: lots.map((c) => c.slug).join(",") },
      { practices, companies: lots },
    );
    expect(all.notices).toContain(
      `Comparing the first ${MAX_COMPARED} of the 30 companies chosen, the most at once; left out: Company 10, Company 11, Company 12, Company 13, Company 14, Company 15, Company 16, Company 17, Company 18, Company 19 and 10 more.`,
    );
    const twelve = many(12);
    expect(
      parseGridView(
        { companies: twelve.map((c) => c.slug).join(",") },
        { practices, companies: twelve },
      ).notices.join(" "),
    ).toContain("left out: Company 10 and Company 11.");
  });

  it("adds a company typed by name and redirects to the canonical URL", () => {
    const named = [
      company("mozy", "Mozy"),
      company("ibackup", "IBackup"),
      company("idrive", "IDrive"),
    ];
    const v = parseGridView({ companies: "mozy", add: "ibackup" }, { practices, companies: named });
    expect(v.chosen).toEqual(["mozy", "ibackup"]);
    expect(v.redirectTo).toBe("/?companies=mozy,ibackup#col-ibackup");
    // The form without JavaScript sends the core practices ticked: the URL leaves them out.
    const fromForm = parseGridView(
      {
        practices: ["cookies", "retention", "disputes", "third-parties"],
        companies: "mozy",
        add: "ibackup",
      },
      { practices, companies: named },
    );
    expect(fromForm.redirectTo).toBe("/?companies=mozy,ibackup#col-ibackup");
  });

  it("offers suggestions when a typed name is ambiguous, and says when nothing matches", () => {
    const named = [
      company("mozy", "Mozy"),
      company("ibackup", "IBackup"),
      company("idrive", "IDrive"),
    ];
    const ambiguous = parseGridView({ add: "i" }, { practices, companies: named });
    expect(ambiguous.redirectTo).toBeNull();
    // Ranked by match (both names start with "i"), then the shorter name: not alphabetically.
    expect(ambiguous.suggestions.map((c) => c.slug)).toEqual(["idrive", "ibackup"]);
    expect(parseGridView({ add: "zzz" }, { practices, companies: named }).notices).toContain(
      `No company matches "zzz" among the ${named.length} in the atlas. To read a policy it does not hold, paste it into "Read a policy" in the menu.`,
    );
  });

  it("adds a typed company to the companies shown when none are picked, instead of replacing them", () => {
    const signal = { ...company("signal", "Signal"), provenance: "machine" as const };
    const withSignal = { practices, companies: [...five, signal] };
    const pool = five.map((c) => c.slug);
    const v = parseGridView({ add: "Signal" }, withSignal, pool);
    expect(v.addingTo).toEqual(pool);
    expect(v.chosen).toEqual([...pool, "signal"]);
    expect(v.redirectTo).toBe(
      "/?companies=centercode,code42,dotcloud,ibackup,mozy,signal#col-signal",
    );
    // A company already shown makes the shown ones the pick, nothing more.
    expect(parseGridView({ add: "mozy" }, withSignal, pool).chosen).toEqual(pool);
    // The scope the URL chose is kept, so "Clear the choice" leads back to it.
    expect(
      parseGridView({ add: "signal", sector: "messaging" }, withSignal, pool, {
        sector: "messaging",
        provenance: "curated",
      }).redirectTo,
    ).toBe(
      "/?sector=messaging&provenance=curated&companies=centercode,code42,dotcloud,ibackup,mozy,signal#col-signal",
    );
  });

  it("adds to the page of companies on screen", () => {
    const twenty = many(20);
    const v = parseGridView({ page: "2", add: "Company 15" }, { practices, companies: twenty });
    const pageTwo = twenty.slice(COMPANIES_PER_PAGE, 2 * COMPANIES_PER_PAGE).map((c) => c.slug);
    expect(v.addingTo).toEqual(pageTwo);
    expect(v.chosen).toEqual([...pageTwo, "c-15"]);
  });

  it("adds to the page on screen as the form sends it without JavaScript, with its order", () => {
    const twenty = many(20);
    const v = parseGridView({ at: "name:2", add: "Company 15" }, { practices, companies: twenty });
    const pageTwo = twenty.slice(COMPANIES_PER_PAGE, 2 * COMPANIES_PER_PAGE).map((c) => c.slug);
    expect(v.chosen).toEqual([...pageTwo, "c-15"]);
  });

  describe("links built from a view carry only what differs from the default", () => {
    const twenty = many(20);
    const hrefOf = (params: Record<string, string | string[]>) =>
      gridHref(gridStateOf(parseGridView(params, { practices, companies: twenty })));

    it("leaves the core practices out, given or not", () => {
      expect(hrefOf({ page: "2" })).toBe("/?page=2");
      expect(hrefOf({ practices: "cookies,retention,disputes,third-parties", page: "2" })).toBe(
        "/?page=2",
      );
      expect(hrefOf({ practices: "third-parties,cookies,disputes,retention" })).toBe("/");
    });

    it("keeps what differs: other practices, all of them, a sort", () => {
      expect(hrefOf({ practices: "cookies", sort: "date" })).toBe("/?practices=cookies&sort=date");
      expect(hrefOf({ practices: "all", only: "differences" })).toBe(
        "/?practices=all&only=differences",
      );
    });

    it("sends the form sent without JavaScript to that URL, its empty fields left out", () => {
      const v = parseGridView(
        {
          practices: ["cookies", "retention", "disputes", "third-parties"],
          add: "",
          rating: "",
          sort: "name",
        },
        { practices, companies: twenty },
      );
      expect(v.redirectTo).toBe("/");
    });
  });

  describe("the form sent without JavaScript from a later page", () => {
    const twenty = many(20);
    const form = (extra: Record<string, string | string[]>) =>
      parseGridView(
        {
          practices: ["cookies", "retention", "disputes", "third-parties"],
          add: "",
          rating: "",
          ...extra,
        },
        { practices, companies: twenty },
      );

    it("goes to page 1 when it changes the order, which puts other companies there", () => {
      const v = form({ at: "name:3", sort: "date" });
      expect(v.page).toBe(1);
      expect(v.redirectTo).toBe("/?sort=date");
    });

    it("stays on the page when the order is the same (the same companies, other rows)", () => {
      const v = form({ at: "date:3", sort: "date", practices: "security", rating: "concerning" });
      expect(v.page).toBe(3);
      expect(v.redirectTo).toBe("/?practices=security&rating=concerning&sort=date&page=3");
      expect(form({ at: "name:3" }).redirectTo).toBe("/?page=3");
    });

    it("leaves a malformed position out without a word: page 1", () => {
      expect(form({ at: "name:x" }).page).toBe(1);
      expect(form({ at: "name:x" }).notices).toEqual([]);
    });
  });

  it("lists every match of an ambiguous name up to the limit, and counts the rest", () => {
    const eleven = Array.from({ length: 11 }, (_, i) => company(`goo-${i}`, `Goo ${i}`));
    const some = parseGridView({ add: "goo" }, { practices, companies: eleven });
    expect(some.suggestions).toHaveLength(11);
    expect(some.matchCount).toBe(11);
    expect(some.notices).toContain('"goo" matches 11 companies; pick one below.');

    const lots = Array.from({ length: MAX_SUGGESTIONS + 5 }, (_, i) =>
      company(`go-${i}`, `Go ${i}`),
    );
    const v = parseGridView({ add: "go" }, { practices, companies: lots });
    expect(v.suggestions).toHaveLength(MAX_SUGGESTIONS);
    expect(v.matchCount).toBe(MAX_SUGGESTIONS + 5);
    expect(v.addTerm).toBe("go");
    expect(v.notices).toContain(
      `"go" matches ${MAX_SUGGESTIONS + 5} companies; the ${MAX_SUGGESTIONS} closest are below. Type more of the name to narrow them.`,
    );
    // Picking one adds it to what is shown: the first page when none are picked.
    expect(v.addingTo).toEqual(lots.slice(0, COMPANIES_PER_PAGE).map((c) => c.slug));
  });

  it("does not redirect an add= that the comparison has no room for, and says why", () => {
    const many = Array.from({ length: MAX_COMPARED + 1 }, (_, i) => company(`c${i}`));
    const full = many
      .slice(0, MAX_COMPARED)
      .map((c) => c.slug)
      .join(",");
    const v = parseGridView(
      { companies: full, add: `c${MAX_COMPARED}` },
      { practices, companies: many },
    );
    expect(v.redirectTo).toBeNull();
    expect(v.notices).toContain(
      `Already comparing ${MAX_COMPARED} companies, the most at once: remove one before adding "c${MAX_COMPARED}".`,
    );
    expect(
      parseGridView({ companies: full, add: "c0" }, { practices, companies: many }).redirectTo,
    ).toBe(`/?companies=${full}#col-c0`);
    // Nor does it offer names to pick from that there is no room for.
    const ambiguous = parseGridView({ companies: full, add: "c" }, { practices, companies: many });
    expect(ambiguous.suggestions).toEqual([]);
    expect(ambiguous.notices).toContain(
      `Already comparing ${MAX_COMPARED} companies, the most at once: remove one before adding "c".`,
    );
  });
});

describe("gridHref", () => {
  it("leaves defaults out and writes lists with plain commas", () => {
    expect(gridHref({})).toBe("/");
    expect(
      gridHref({
        practices: ["cookies", "retention"],
        companies: ["mozy", "ibackup"],
        ratings: ["concerning"],
        page: 1,
      }),
    ).toBe("/?practices=cookies,retention&companies=mozy,ibackup&rating=concerning");
  });

  it("round-trips through parseGridView", () => {
    const href = gridHref({
      practices: ["disputes"],
      companies: ["code42", "mozy"],
      ratings: ["neutral", "concerning"],
    });
    const params = Object.fromEntries(new URL(href, "http://x").searchParams);
    const v = parseGridView(params, known);
    expect(v).toMatchObject({
      practices: ["disputes"],
      picked: ["code42", "mozy"],
      ratings: ["neutral", "concerning"],
      notices: [],
    });
  });
});
