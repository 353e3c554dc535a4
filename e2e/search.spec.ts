import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ARTIFACTS, expect, test } from "./fixtures";

/** Each result's link to its clause: a level-4 heading under its company's level-3 heading. */
const resultLinks = (page: Page) =>
  page
    .getByRole("region", { name: "Results" })
    .getByRole("heading", { level: 4 })
    .getByRole("link");
const companyHeadings = (page: Page) =>
  page.getByRole("region", { name: "Results" }).getByRole("heading", { level: 3 });

test("searching from the header box lands on /search with ranked results, and a hit leads to its clause", async ({
  page,
}) => {
  await page.goto("/");
  await page
    .getByRole("banner")
    .getByRole("searchbox", { name: "Search every clause" })
    .fill("arbitration");
  await page
    .getByRole("banner")
    .getByRole("searchbox", { name: "Search every clause" })
    .press("Enter");

  await expect(page).toHaveURL(/\/search\?q=arbitration$/);
  await expect(page).toHaveTitle(/“arbitration” — search · Policy Atlas/);
  await expect(page.getByRole("heading", { level: 1, name: "Search every clause" })).toBeVisible();
  // Every company is searched; the curated five alone give the two matches checked here.
  await page
    .getByRole("navigation", { name: "Findings to include" })
    .getByRole("link", { name: "Curated only" })
    .click();
  await expect(page).toHaveURL(/\/search\?q=arbitration&provenance=curated$/);
  await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText(
    /2 clauses in 2 companies match “arbitration”/,
  );
  await expect(companyHeadings(page)).toHaveText(["Centercode", "dotCloud"]);
  await expect(resultLinks(page)).toHaveCount(2);
  await expect(
    page.getByRole("link", { name: /^Centercode — Enforcement and Dispute Resolution$/ }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: /^dotCloud — / })).toBeVisible();
  await expect(page.locator("mark").first()).toHaveText(/^arbitration$/i);
  await expect(page.getByRole("searchbox", { name: "Words to search for" })).toHaveValue(
    "arbitration",
  );
  const counts = page.getByRole("navigation", { name: "Matches by company" });
  await expect(counts.getByRole("link", { name: /^Centercode 1 clause$/ })).toBeVisible();
  // With hundreds of companies only those with matches are listed (no row of zeros).
  await expect(counts.getByText(/^Mozy /)).toHaveCount(0);

  const hit = page.getByRole("link", { name: /^Centercode — / });
  const href = await hit.getAttribute("href");
  expect(href).toMatch(
    /^\/companies\/centercode\?q=arbitration#enforcement-and-dispute-resolution-[0-9a-f]+$/,
  );
  await hit.click();
  await expect(page).toHaveURL(new RegExp(`${href!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`));
  const clause = page.locator(`[id="${href!.split("#")[1]}"]`);
  await expect(clause).toBeInViewport();
  await expect(clause).toHaveAttribute("data-highlighted", "true");
  await expect(clause).toContainText("American Arbitration Association");
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("company counts and the filter form narrow the results through the URL", async ({
    page,
  }) => {
    await page.goto("/search?q=safe+harbor");
    const all = await resultLinks(page).count();
    expect(all).toBeGreaterThan(3);

    await page
      .getByRole("navigation", { name: "Matches by company" })
      .getByRole("link", { name: /^dotCloud \d+ clauses?$/ })
      .click();
    await expect(page).toHaveURL(/[?&]companies=dotcloud(&|$)/);
    expect(await resultLinks(page).count()).toBeGreaterThan(0);
    await expect(companyHeadings(page)).toHaveText(["dotCloud"]);
    for (const link of await resultLinks(page).all())
      await expect(link).toHaveAccessibleName(/^dotCloud — /);

    // Without a script to measure the screen the panel arrives closed, its filters named below it.
    const filters = page.getByRole("list", { name: "Filters set" });
    await expect(filters.getByRole("link")).toHaveText(["dotCloud×"]);
    await page.getByText("Filter by company and practice (1 selected)").click();
    await expect(filters).toBeHidden();
    await expect(page.getByRole("checkbox", { name: "dotCloud" })).toBeChecked();
    await page.getByRole("checkbox", { name: "Dispute resolution" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/companies=dotcloud/);
    await expect(page).toHaveURL(/practices=disputes/);
    await expect(page.getByRole("status").filter({ hasText: "with these filters" })).toBeVisible();
    const filtered = page
      .getByRole("region", { name: "Results" })
      .getByRole("list", { name: "Practices of this clause" });
    for (const tags of await filtered.allTextContents())
      expect(tags).toContain("Dispute resolution");

    // Back closed; its filters are named under it, and it still clears them all.
    await expect(filters.getByRole("link")).toHaveText(["dotCloud×", "Dispute resolution×"]);
    await page.getByText("Filter by company and practice (2 selected)").click();
    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/search\?q=safe%20harbor$/);
    await expect(resultLinks(page)).toHaveCount(all);
  });
});

test.describe("spread across companies, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a long policy gets two clauses, not the page, and a link to the rest of its matches, which lists them all", async ({
    page,
  }) => {
    await page.goto("/search?q=arbitration");
    const companies = await companyHeadings(page).allTextContents();
    expect(companies.length).toBeGreaterThanOrEqual(10);
    expect(new Set(companies).size).toBe(companies.length);
    // At most two clauses of each company, under its name.
    const groups = page.locator("li.search-group");
    await expect(groups).toHaveCount(companies.length);
    for (const group of await groups.all()) {
      const n = await group.getByRole("heading", { level: 4 }).count();
      expect(n).toBeGreaterThanOrEqual(1);
      expect(n).toBeLessThanOrEqual(2);
    }
    await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText(
      /^\d+ clauses in \d+ companies match “arbitration”: companies with the best match first, up to 2 clauses from each/,
    );

    const more = page.getByRole("link", { name: /^\d+ more matching clauses? in / }).first();
    const [, extra, company] = (await more.textContent())!.match(
      /^(\d+) more matching clauses? in (.+?)\s*→?$/,
    )!;
    await more.click();
    await expect(page).toHaveURL(/\/search\?q=arbitration&companies=[a-z0-9-]+$/);
    const all = Number(extra) + 2;
    await expect(page.getByRole("status").filter({ hasText: "match" })).toHaveText(
      new RegExp(
        `^${all} clauses of ${company!.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} match “arbitration”`,
      ),
    );
    await expect(resultLinks(page)).toHaveCount(Math.min(all, 20));
    await expect(companyHeadings(page)).toHaveText([company!]);
    // Narrowed to one company, the status line dates its text and links to its history.
    const status = page.getByRole("status").filter({ hasText: "match" });
    await expect(status).toContainText(
      /Search covers .+’s latest recorded text, of [A-Z][a-z]{2} \d/,
    );
    await expect(status.getByRole("link", { name: "its history" })).toHaveAttribute(
      "href",
      /^\/companies\/[a-z0-9-]+\/changes$/,
    );
    await expect(page.getByRole("link", { name: /more matching clause/ })).toHaveCount(0);
  });

  test("each machine-read company carries the machine-read mark once, a curated one none", async ({
    page,
  }) => {
    await page.goto("/search?q=cookies&provenance=machine");
    const groups = page.locator("li.search-group");
    const n = await groups.count();
    expect(n).toBeGreaterThan(5);
    for (let i = 0; i < n; i++)
      await expect(
        groups.nth(i).getByRole("link", { name: "Machine-read", exact: true }),
      ).toHaveCount(1);
    await page.goto("/search?q=cookies&provenance=curated");
    await expect(companyHeadings(page)).toHaveCount(5);
    await expect(page.getByRole("link", { name: "Machine-read", exact: true })).toHaveCount(0);
  });

  test("a machine-read clause's practices are machine tags, dashed under their name; a curated one's are not", async ({
    page,
  }) => {
    await page.goto("/search?q=cookies&provenance=machine");
    const results = page.getByRole("region", { name: "Results" });
    const machineTags = results.getByRole("list", {
      name: "Practices of this clause (machine tags)",
    });
    expect(await machineTags.count()).toBeGreaterThan(5);
    await expect(results.getByText("Machine tags:").first()).toBeVisible();
    await expect(machineTags.first().getByRole("listitem").first()).toHaveCSS(
      "border-top-style",
      "dashed",
    );
    await page.goto("/search?q=cookies&provenance=curated");
    await expect(page.getByText("Machine tags:")).toHaveCount(0);
    await expect(
      page
        .getByRole("list", { name: "Practices of this clause", exact: true })
        .first()
        .getByRole("listitem")
        .first(),
    ).toHaveCSS("border-top-width", "0px");
  });
});

test("screenshots of the results at 1280 and 390 pixels, light and dark", async ({ page }) => {
  for (const [width, name] of [
    [1280, "desktop"],
    [390, "phone"],
  ] as const)
    for (const colorScheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 1100 });
      await page.emulateMedia({ colorScheme });
      await page.goto("/search?q=arbitration");
      await expect(companyHeadings(page).first()).toBeVisible();
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        width,
      );
      // On a phone the results start below the matches-by-company list: show them.
      if (width < 400)
        await page.evaluate(() =>
          document.querySelector("#results-heading")!.parentElement!.scrollIntoView(),
        );
      await page.screenshot({ path: `${ARTIFACTS}/search-${name}-${colorScheme}.png` });
    }
});

test.describe("matches by company on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("five companies, then the rest behind 'Show N more', so the first result shows early", async ({
    page,
  }) => {
    await page.goto("/search?q=cookies");
    const counts = page.getByRole("navigation", { name: "Matches by company" });
    // "All companies" and the five with the most matches.
    await expect(counts.getByRole("link")).toHaveCount(6);
    const more = counts.getByText(/^Show \d+ more companies$/);
    const hidden = Number((await more.textContent())!.match(/\d+/)![0]);
    expect(hidden).toBeGreaterThan(10);
    const first = await companyHeadings(page).first().boundingBox();
    // Near the first screen's end, not a screen further down under 25 companies.
    expect(first!.y).toBeLessThan(1000);
    await more.click();
    await expect(counts.getByRole("link")).toHaveCount(6 + hidden);
    await expect(counts.getByText(/more companies with matches; narrow by practice/)).toBeVisible();
    await counts.getByText("Show fewer companies").click();
    await expect(counts.getByRole("link")).toHaveCount(6);
  });
});

test.describe("the filter panel on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("arrives closed with filters set, naming them as links that remove one each", async ({
    page,
  }) => {
    await page.goto("/search?q=cookies&companies=github&practices=cookies,retention");
    const panel = page.locator("details#search-filters");
    await expect(panel).not.toHaveAttribute("open");
    await expect(page.getByRole("checkbox", { name: "Data retention" })).toBeHidden();
    const filters = page.getByRole("list", { name: "Filters set" });
    await expect(filters.getByRole("link")).toHaveText([
      "GitHub×",
      "Cookies & tracking×",
      "Data retention×",
    ]);
    // The results start on the first screen (their status line), not a screen under the open panel.
    await expect(
      page.getByRole("status").filter({ hasText: "clauses of GitHub match" }),
    ).toBeInViewport();
    await page.screenshot({ path: `${ARTIFACTS}/search-filters-phone-light.png` });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: `${ARTIFACTS}/search-filters-phone-dark.png` });
    await filters.getByRole("link", { name: "Remove filter: Data retention" }).click();
    await expect(page).toHaveURL(/\/search\?q=cookies&companies=github&practices=cookies$/);
    await expect(filters.getByRole("link")).toHaveText(["GitHub×", "Cookies & tracking×"]);
    await page.getByText("Filter by company and practice (2 selected)").click();
    await expect(filters).toBeHidden();
    await expect(page.getByRole("checkbox", { name: "Cookies & tracking" })).toBeChecked();
  });
});

test("on a wide screen the filter panel is open on arrival when a filter is set, as before", async ({
  page,
}) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/search?q=cookies&companies=github&practices=cookies,retention");
    await expect(page.locator("details#search-filters")).toHaveAttribute("open");
    await expect(page.getByRole("checkbox", { name: "Data retention" })).toBeChecked();
    await expect(page.getByRole("list", { name: "Filters set" })).toBeHidden();
    await page.screenshot({ path: `${ARTIFACTS}/search-filters-desktop-${colorScheme}.png` });
  }
  await page.goto("/search?q=cookies");
  await expect(page.locator("details#search-filters")).not.toHaveAttribute("open");
});

test.describe("matches by company on a phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("the rest still open with a click", async ({ page }) => {
    await page.goto("/search?q=cookies");
    const counts = page.getByRole("navigation", { name: "Matches by company" });
    await expect(counts.getByRole("link")).toHaveCount(6);
    await counts.getByText(/^Show \d+ more companies$/).click();
    expect(await counts.getByRole("link").count()).toBeGreaterThan(6);
  });
});

test("beside the results on a wide screen every listed company shows, with no toggle", async ({
  page,
}) => {
  await page.goto("/search?q=cookies");
  const counts = page.getByRole("navigation", { name: "Matches by company" });
  await expect(counts.getByRole("link")).toHaveCount(25);
  await expect(counts.getByText(/^Show \d+ more/)).toBeHidden();
});

test("empty, unsearchable, unmatched and hostile searches get a sentence that helps, never an error page", async ({
  page,
}) => {
  await page.goto("/search");
  await expect(page).toHaveTitle(/Search every clause · Policy Atlas/);
  await expect(page.getByText(/Type a word or phrase to search every clause/)).toBeVisible();
  await page.getByRole("link", { name: "arbitration", exact: true }).click();
  // Every company's clauses, the machine-read ones included: a page of results.
  await expect(resultLinks(page).first()).toBeVisible();

  await page.goto("/search?q=!!!");
  await expect(page.getByRole("status")).toHaveText(/has no words to search for/);

  await page.goto("/search?q=the+and+of");
  await expect(page.getByRole("status")).toHaveText(/has no words to search for/);

  // Invisible characters alone are said to be so, not echoed as an empty “”.
  await page.goto("/search?q=%E2%80%8B");
  await expect(page.getByRole("status")).toHaveText(
    /^Your search holds no words, only invisible characters/,
  );

  await page.goto("/search?q=zyxwvut");
  await expect(page.getByRole("status")).toHaveText(
    /No clause matches “zyxwvut”: check the spelling/,
  );
  // A sentence removed last year is not a misspelling: the message says what is searched.
  await expect(page.getByRole("status")).toContainText(
    /Search covers each policy’s latest recorded text \(the newest recorded [A-Z][a-z]{2} \d{1,2}, \d{4}\); earlier versions are in each company’s history\./,
  );

  const hostile = await page.goto(
    `/search?q=${encodeURIComponent("<script>alert(1)</script>'; DROP TABLE clause; --")}`,
  );
  expect(hostile?.status()).toBe(200);
  await expect(page.getByRole("status")).toHaveText(
    /No clause matches “<script>alert\(1\)<\/script>'; DROP TABLE clause; --”/,
  );

  const long = await page.goto(`/search?q=${"privacy%20".repeat(250)}`);
  expect(long?.status()).toBe(200);
  await expect(page.getByText(/only its first 200 characters were used/)).toBeVisible();

  await page.goto("/search?q=arbitration&companies=acme,centercode&practices=snooping&page=abc");
  await expect(page.getByText("Ignored unknown company: acme.")).toBeVisible();
  await expect(page.getByText("Ignored unknown practice: snooping.")).toBeVisible();
  await expect(resultLinks(page)).toHaveCount(1);

  // /changes's singular names narrow the search too; a parameter it does not read is named.
  await page.goto("/search?q=arbitration&company=centercode&sector=messaging");
  await expect(
    page.getByText(/^Ignored unknown parameter "sector": the search reads/),
  ).toBeVisible();
  await expect(resultLinks(page)).toHaveCount(1);

  await page.goto("/search?q=arbitration&page=999");
  await expect(page.getByRole("status")).toHaveText(/There is no page 999 of results/);
});

test("results are paged by company, about twenty clauses a page, no company on two pages", async ({
  page,
}) => {
  await page.goto("/search?q=information");
  const first = await companyHeadings(page).allTextContents();
  expect(await resultLinks(page).count()).toBeGreaterThanOrEqual(19);
  await expect(
    page.getByRole("status").filter({ hasText: /companies 1–\d+ of \d+/ }),
  ).toBeVisible();
  await page
    .getByRole("navigation", { name: "Result pages" })
    .getByRole("link", { name: /Next/ })
    .click();
  await expect(page).toHaveURL(/page=2/);
  await expect(
    page.getByRole("status").filter({ hasText: `companies ${first.length + 1}–` }),
  ).toBeVisible();
  const second = await companyHeadings(page).allTextContents();
  expect(second.length).toBeGreaterThan(5);
  expect(second.filter((name) => first.includes(name))).toEqual([]);
});

test("the results page passes axe's accessibility checks in light and dark mode", async ({
  page,
}) => {
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    await page.goto("/search?q=safe+harbor&companies=dotcloud,mozy");
    const { violations } = await new AxeBuilder({ page }).include("#main").analyze();
    expect(
      violations.map(
        (v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  }
});

test("on a 375-pixel phone the results fit the screen without sideways scrolling", async ({
  page,
}) => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto("/search?q=arbitration");
  await expect(resultLinks(page).first()).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
});

test("the search API answers JSON and refuses a bad limit with 400", async ({ request }) => {
  const ok = await request.get("/api/search?q=arbitration&limit=1&provenance=curated");
  expect(ok.status()).toBe(200);
  expect(await ok.json()).toMatchObject({
    query: "arbitration",
    total: 2,
    results: [{ snippet: expect.stringContaining("«Arbitration»") }],
  });
  // Spread across companies on request, in the same shape: five results, five companies.
  const spread = await request.get("/api/search?q=arbitration&perCompany=1&limit=5");
  expect(spread.status()).toBe(200);
  const { results } = (await spread.json()) as { results: Array<{ company: string }> };
  expect(new Set(results.map((r) => r.company)).size).toBe(5);
  expect((await request.get("/api/search?q=arbitration&perCompany=0")).status()).toBe(400);
  const bad = await request.get("/api/search?q=arbitration&limit=0");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "limit must be a whole number from 1 to 100." });
});

test("a query holding a quoted phrase is shown as typed, not inside more quotes, and third-party is one mark", async ({
  page,
}) => {
  await page.goto(`/search?q=${encodeURIComponent('"third parties" -advertising')}`);
  const status = page.getByRole("status").filter({ hasText: /match/ });
  await expect(status).toContainText('match "third parties" -advertising:');
  await expect(status).not.toContainText("“");
  const marks = page.locator("mark.clause-mark");
  await expect(marks.filter({ hasText: /^third-party$/i }).first()).toBeVisible();
  await expect(marks.filter({ hasText: /^party$/i })).toHaveCount(0);
});

test("narrowed to some companies, the list of matches by company says the others are not in the results", async ({
  page,
}) => {
  await page.goto("/search?q=cookies&companies=whatsapp,spotify");
  const counts = page.getByRole("navigation", { name: "Matches by company" });
  await expect(
    counts.getByText(/The results are from the companies you chose \(highlighted\); the others/),
  ).toBeVisible();
  await page.goto("/search?q=cookies");
  await expect(counts.getByText(/The results are from/)).toHaveCount(0);
});
