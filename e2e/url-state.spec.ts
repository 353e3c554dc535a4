import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import type { Page } from "@playwright/test";
import { ARTIFACTS, expect, test } from "./fixtures";

/*
 * The view lives in the URL: filter changes are history entries, the form always shows what the
 * grid shows, downloads hold exactly the view, and /search behaves the same way.
 */

const openFilters = async (page: Page) => {
  if (!(await page.getByRole("form", { name: "Filter the comparison" }).isVisible()))
    await page.getByText("Filter practices, companies and ratings").click();
  await expect(page.getByRole("form", { name: "Filter the comparison" })).toHaveAttribute(
    "data-ready",
    "",
  );
};
const CORE = ["Cookies & tracking", "Data retention", "Dispute resolution", "Third-party sharing"];
const rowNames = (page: Page) => page.getByRole("table").locator("tbody").getByRole("rowheader");
const columnNames = (page: Page) => page.getByRole("table").getByRole("columnheader");

test("each filter change is a history entry: Back and Forward walk through views, and the form follows", async ({
  page,
}) => {
  // At 307 companies the form lists the companies picked (others are added by name).
  await page.goto("/?companies=code42,ibackup,mozy");
  await openFilters(page);
  await page.getByRole("checkbox", { name: "Children" }).check();
  await expect(page).toHaveURL(/practices=cookies,retention,disputes,third-parties,children/);
  await expect(rowNames(page)).toHaveCount(5);
  await page.getByRole("checkbox", { name: "IBackup" }).uncheck();
  await page.getByRole("checkbox", { name: "Code 42" }).uncheck();
  // Two quick ticks make one step.
  await expect(page).toHaveURL(/companies=mozy$/);
  await expect(columnNames(page)).toHaveCount(2);

  await page.goBack();
  await expect(page).toHaveURL(/practices=cookies,retention,disputes,third-parties,children/);
  await expect(columnNames(page)).toHaveCount(4);
  await expect(page.getByRole("checkbox", { name: "IBackup" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "Children" })).toBeChecked();

  await page.goBack();
  await expect(page).toHaveURL(/\/\?companies=code42,ibackup,mozy$/);
  await expect(rowNames(page)).toHaveCount(4);
  await expect(page.getByRole("checkbox", { name: "Children" })).not.toBeChecked();

  await page.goForward();
  await page.goForward();
  await expect(page).toHaveURL(/companies=mozy$/);
  await expect(columnNames(page)).toHaveCount(2);
  await expect(page.getByRole("checkbox", { name: "Mozy" })).toBeChecked();
});

test("unticking the last practice says what happens, and the form ticks what the grid shows", async ({
  page,
}) => {
  await page.goto("/?practices=retention");
  await openFilters(page);
  await expect(rowNames(page)).toHaveCount(1);
  await page.getByRole("checkbox", { name: "Data retention" }).click();
  await expect(page.getByRole("status").filter({ hasText: "No practice is ticked" })).toHaveText(
    "No practice is ticked, so the grid shows the four core practices.",
  );
  await expect(rowNames(page)).toHaveCount(4);
  for (const name of CORE) await expect(page.getByRole("checkbox", { name })).toBeChecked();

  // From the default view, unticking the four at once changes nothing shown: the form says so.
  await page.goto("/");
  await openFilters(page);
  for (const name of CORE) await page.getByRole("checkbox", { name }).click();
  await expect(page.getByRole("status").filter({ hasText: "No practice is ticked" })).toBeVisible();
  for (const name of CORE) await expect(page.getByRole("checkbox", { name })).toBeChecked();
  await expect(rowNames(page)).toHaveCount(4);
});

test("one company picked is shown on its own, as ticked, with the count to match", async ({
  page,
}) => {
  await page.goto("/?companies=code42,mozy");
  await openFilters(page);
  await page.getByRole("checkbox", { name: "Code 42" }).uncheck();
  await expect(page).toHaveURL(/companies=mozy$/);
  await expect(columnNames(page)).toHaveText(["Practice", /Mozy/]);
  await expect(page.getByText(/4 of 14 practices · 1 of 307 companies/)).toBeVisible();
  await expect(page.getByRole("note")).toContainText("Showing Mozy on its own");
  await expect(page.getByRole("checkbox", { name: "Mozy" })).toBeChecked();
});

test("the download holds exactly the view: its rating filter, its companies, absolute links", async ({
  page,
  baseURL,
}) => {
  await page.goto("/?practices=retention,disputes&companies=code42,mozy&rating=concerning");
  const status = page.getByRole("status").filter({ hasText: "only concerning" });
  const shown = Number((await status.textContent())!.match(/(\d+) findings?/)![1]);
  expect(shown).toBeGreaterThan(0);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^CSV of this view/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^policy-atlas-retention-disputes-code42-mozy-concerning-only-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const rows = parse(await readFile((await download.path())!), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(rows).toHaveLength(shown);
  for (const row of rows) {
    expect(row.rating).toBe("concerning");
    expect(["code42", "mozy"]).toContain(row.company);
    for (const link of row.evidence_links!.split(" | ").filter(Boolean))
      expect(link.startsWith(`${baseURL}/companies/${row.company}?finding=${row.practice}#`)).toBe(
        true,
      );
  }
});

test("the default view's download is named for what it holds, and all 14 practices are one click away", async ({
  page,
}) => {
  await page.goto("/");
  const [core] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^CSV of this view \(4 practices, 5 companies\)/ }).click(),
  ]);
  // The default view is the curated five of all the companies: the name counts them.
  expect(core.suggestedFilename()).toMatch(/^policy-atlas-core-practices-5-companies-/);
  const [all] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^JSON of all 14 practices for these 5 companies/ }).click(),
  ]);
  expect(all.suggestedFilename()).toMatch(/^policy-atlas-all-practices-5-companies-.*\.json$/);
  const doc = JSON.parse(await readFile((await all.path())!, "utf8")) as { cells: unknown[] };
  expect(doc.cells).toHaveLength(14 * 5);
});

test("differences first: only the practices where the companies differ, each row saying so", async ({
  page,
}) => {
  await page.goto("/?practices=all&companies=code42,mozy");
  await expect(rowNames(page)).toHaveCount(14);
  const differing = await page.locator("tr[data-differs]").count();
  expect(differing).toBeGreaterThan(0);
  expect(differing).toBeLessThan(14);
  await expect(page.locator("tr[data-differs]").first()).toContainText("Ratings differ");

  await page.getByRole("link", { name: /^Only where they differ/ }).click();
  await expect(page).toHaveURL(/only=differences/);
  await expect(rowNames(page)).toHaveCount(differing);
  await expect(page.getByText(`${differing} of 14 practices differ`)).toBeVisible();
  for (const row of await rowNames(page).all()) await expect(row).toContainText("Ratings differ");
  await openFilters(page);
  await expect(
    page.getByRole("checkbox", { name: "Only practices where the companies differ" }),
  ).toBeChecked();
});

test("a sector paged through keeps, on every page and in its download, each practice its companies differ on", async ({
  page,
}) => {
  const practices = "retention,third-parties,security,international,business-transfer";
  const matrix = (await (
    await page.request.get(`/api/matrix?sector=cloud-storage&practices=${practices}&perPage=200`)
  ).json()) as {
    practices: { slug: string; name: string }[];
    cells: { practice: string; rating: string }[];
  };
  // The same word for silence whoever found it, as the grid compares them.
  const rated = (r: string) => (r === "no-clause-found" ? "not-addressed" : r);
  const differing = matrix.practices.filter(
    (p) =>
      new Set(matrix.cells.filter((c) => c.practice === p.slug).map((c) => rated(c.rating))).size >
      1,
  );
  expect(differing.length).toBeGreaterThan(1);

  const view = `/?sector=cloud-storage&practices=${practices}&sort=retention&only=differences`;
  let alikeHere = 0;
  for (const n of [1, 2]) {
    await page.goto(n === 1 ? view : `${view}&page=2`);
    await expect(rowNames(page)).toHaveText(differing.map((p) => new RegExp(`^${p.name}`)));
    for (const row of await rowNames(page).all())
      await expect(row).toContainText(/Ratings differ|Same on this page; differs on another/);
    alikeHere += await page.locator("tr[data-differs-elsewhere]").count();
  }
  // The status line (printed with the grid) names the chosen practices left out as alike.
  const alike = matrix.practices.filter((p) => !differing.includes(p)).map((p) => p.name);
  await expect(page.getByRole("status").filter({ hasText: "practices differ" })).toContainText(
    alike.length
      ? `the same for all 11 companies: ${alike.join(", ").replace(/, ([^,]*)$/, " and $1")}`
      : "practices differ ·",
  );
  // Ordered by retention, the first page's companies are alike on it: the row stays, and says why.
  expect(alikeHere).toBeGreaterThan(0);
  const sectorCsv = page.getByRole("link", { name: /^CSV of the whole sector/ });
  await expect(sectorCsv).toHaveAttribute(
    "href",
    new RegExp(`practices=${differing.map((p) => p.slug).join(",")}&`),
  );
});

test("companies can be ordered by date or by how protective they are on a practice, in the URL", async ({
  page,
}) => {
  await page.goto("/?practices=retention");
  await openFilters(page);
  await page.getByRole("combobox", { name: "Order companies" }).selectOption("retention");
  await expect(page).toHaveURL(/sort=retention/);
  await expect(page.getByText(/most protective on Data retention first/)).toBeVisible();
  const order = ["protective", "neutral", "concerning", "not-addressed"];
  const ratings = await page
    .locator("tbody td[data-rating]")
    .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-rating")!));
  const ranks = ratings.map((r) => order.indexOf(r));
  expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

  await page.getByRole("combobox", { name: "Order companies" }).selectOption("date");
  await expect(page).toHaveURL(/sort=date/);
  await page.goBack();
  await expect(page).toHaveURL(/sort=retention/);
  await expect(page.getByRole("combobox", { name: "Order companies" })).toHaveValue("retention");
});

test("search filters apply as the grid's do", async ({ page }) => {
  await page.goto("/search?q=cookies");
  await page.getByText("Filter by company and practice").click();
  // At 307 companies the form lists only the companies already chosen; practices are all there.
  await page.getByRole("checkbox", { name: "Data retention" }).check();
  await expect(page).toHaveURL(/\/search\?q=cookies&practices=retention$/);
  await expect(page.getByRole("status").filter({ hasText: "with these filters" })).toBeVisible();
  await page.goBack();
  await expect(page).toHaveURL(/\/search\?q=cookies$/);
  await expect(page.getByRole("checkbox", { name: "Data retention" })).not.toBeChecked();
  // A tick keeps the choice of curated or machine-read companies, as the form does without JavaScript.
  await page.goto("/search?q=cookies&provenance=curated");
  await page.getByText("Filter by company and practice").click();
  await page.getByRole("checkbox", { name: "Data retention" }).check();
  await expect(page).toHaveURL(/\/search\?q=cookies&practices=retention&provenance=curated$/);
});

test("the API has a readable reference at /api, linked from the footer, and an OpenAPI 3.1 document", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await page.getByRole("contentinfo").getByRole("link", { name: "JSON API reference" }).click();
  await expect(page).toHaveURL(/\/api$/);
  await expect(page.getByRole("heading", { level: 1, name: "JSON API reference" })).toBeVisible();
  for (const name of [
    "The comparison grid",
    "Search every clause",
    "Download the grid",
    "A policy's versions",
    "Compare two versions",
    "Read a policy by machine",
    "Atom feeds of policy changes",
  ])
    await expect(page.getByRole("heading", { level: 2, name })).toBeVisible();
  await expect(page.getByText("POST", { exact: true })).toBeVisible();
  await expect(page.getByRole("link", { name: "/feeds/companies/telegram.atom" })).toBeVisible();
  await expect(page.getByRole("table", { name: "Parameters of /api/matrix" })).toContainText(
    "perPage",
  );
  const res = await request.get("/api/openapi.json");
  expect(res.status()).toBe(200);
  const doc = (await res.json()) as { openapi: string; paths: Record<string, unknown> };
  expect(doc.openapi).toBe("3.1.0");
  expect(Object.keys(doc.paths)).toContain("/api/export");
  expect(Object.keys(doc.paths)).toContain("/api/companies/{slug}/diff");
  const nope = await request.get("/api/nope");
  expect(nope.status()).toBe(404);
  expect((await nope.json()).error).toContain("POST /api/analyze");
});

for (const width of [1280, 375])
  for (const scheme of ["light", "dark"] as const)
    test(`screenshots: the filter panel and /api at ${width} px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/?practices=all&companies=code42,mozy,ibackup&sort=retention");
      // Open on arrival at 1280 px; closed on a phone, where it would push the grid down.
      const form = page.getByRole("form", { name: "Filter the comparison" });
      if (width < 640) await expect(form).toBeHidden();
      else await expect(form).toBeVisible();
      await openFilters(page);
      await page.screenshot({
        path: `${ARTIFACTS}/filters-${width}-${scheme}.png`,
        fullPage: false,
      });
      await page.getByRole("table").scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/grid-differs-${width}-${scheme}.png` });
      await page.getByRole("region", { name: "Download the data" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/exports-${width}-${scheme}.png` });
      await page.goto("/api");
      await page.screenshot({ path: `${ARTIFACTS}/api-${width}-${scheme}.png`, fullPage: false });
      await page.getByRole("heading", { name: "The comparison grid" }).scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/api-matrix-${width}-${scheme}.png` });
      await page
        .getByRole("heading", { name: "Read a policy by machine" })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/api-analyze-${width}-${scheme}.png` });
      await page
        .getByRole("heading", { name: "Atom feeds of policy changes" })
        .scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/api-feeds-${width}-${scheme}.png` });
    });

test("the grid's links carry only what differs from the default view, never the core practices", async ({
  page,
}) => {
  await page.goto("/?provenance=all&practices=cookies,retention,disputes,third-parties&page=2");
  await expect(page.getByRole("link", { name: "Next →" })).toHaveAttribute(
    "href",
    "/?provenance=all&page=3",
  );
  await expect(page.getByRole("link", { name: /^Only where they differ/ })).toHaveAttribute(
    "href",
    "/?provenance=all&only=differences&page=2",
  );
  const hrefs = await page
    .locator('a[href^="/?"]')
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(hrefs.filter((h) => h!.includes("third-parties"))).toEqual([]);
});

test("the grid names a parameter it does not read, says what a slip meant, and still shows the grid", async ({
  page,
}) => {
  const res = await page.goto("/?practice=cookies&company=mozy&findings=curated");
  expect(res?.status()).toBe(200);
  const notice = page.getByRole("status").filter({ hasText: "Ignored unknown parameters" });
  await expect(notice).toContainText(
    'Ignored unknown parameters "practice" (did you mean practices?), "company" (did you mean companies?), "findings": the grid reads sector, provenance, practices, companies, rating, sort, only and page',
  );
  // Nothing it ignored is read: the default view, the core four practices for the curated five.
  await expect(rowNames(page)).toContainText(CORE);
  await expect(columnNames(page)).toHaveCount(6);
  for (const width of [1280, 390])
    for (const scheme of ["light", "dark"] as const) {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.screenshot({ path: `${ARTIFACTS}/unknown-parameter-${width}-${scheme}.png` });
    }

  // Every link the grid makes is one it reads.
  await page.goto("/?provenance=all&practices=all&rating=concerning&sort=date&page=2");
  const hrefs = await page
    .locator('a[href^="/?"]')
    .evaluateAll((links) => [...new Set(links.map((a) => a.getAttribute("href")!))]);
  expect(hrefs.length).toBeGreaterThan(5);
  for (const href of hrefs) {
    const html = await (await page.request.get(href)).text();
    expect(html, href).not.toContain("Ignored unknown parameter");
  }
});
