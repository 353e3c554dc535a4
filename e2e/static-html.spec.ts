import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

/*
 * The blocks each page builds as one string of HTML (the grid's table, a company's findings,
 * contents and policy text, search hits) are sent once: as HTML in a document, with only a key
 * in React's payload (components/static-html.tsx). They must survive hydration, a client-side
 * navigation (whose payload carries the HTML itself) and Back to the document's own view.
 */

const GRID = "/?companies=code42,ibackup,mozy";

/** React's payload in a document: the strings of its `self.__next_f.push` scripts. */
function payloadOf(html: string): string {
  const rows = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)];
  return rows
    .map((m) => JSON.parse(m[1]!) as unknown[])
    .map((row) => (typeof row[1] === "string" ? row[1] : ""))
    .join("");
}

const firstQuote = (page: Page) =>
  page.getByRole("table").locator("blockquote").first().textContent();

test("the grid's table is in the document once, not again in React's payload", async ({ page }) => {
  const response = await page.request.get(GRID, { headers: { cookie: "e2e=uncached" } });
  const html = await response.text();
  await page.goto(GRID);
  const quote = (await firstQuote(page))!.trim();
  expect(quote.length).toBeGreaterThan(20);
  // HTML-escaped in the document: compare a stretch of plain words.
  const words = quote
    .replace(/[^A-Za-z ]+/g, " ")
    .trim()
    .split(/\s+/)
    .slice(0, 6)
    .join(" ");
  const payload = payloadOf(html);
  expect(payload.length).toBeGreaterThan(1000);
  expect(html.replace(/<script[\s\S]*?<\/script>/g, "")).toContain(words);
  expect(payload).not.toContain(words);
  expect(payload).toContain(`"island":"`);

  // A client-side navigation (an RSC request) has no HTML render: its payload carries the table.
  const rsc = await page.request.get(`${GRID}&practices=all`, { headers: { RSC: "1" } });
  expect(rsc.headers()["content-type"]).toContain("text/x-component");
  expect(await rsc.text()).toContain(words);
});

test("the table survives hydration, a client-side navigation and Back to the first view", async ({
  page,
}) => {
  await page.goto(GRID);
  await expect(page.locator("form[data-ready]")).toBeAttached();
  const rows = page.getByRole("table").locator("tbody").getByRole("rowheader");
  await expect(rows).toHaveCount(4);
  const quote = await firstQuote(page);

  if (!(await page.getByRole("form", { name: "Filter the comparison" }).isVisible()))
    await page.getByText("Filter practices, companies and ratings").click();
  await page.getByRole("checkbox", { name: "Children" }).check();
  await expect(page).toHaveURL(/practices=cookies,retention,disputes,third-parties,children/);
  await expect(rows).toHaveCount(5);
  await expect(page.getByRole("rowheader", { name: /Children/ })).toBeVisible();

  // Back restores the document's own view from the router's cache, whose payload has only keys.
  await page.goBack();
  await expect(page).toHaveURL(/\/\?companies=code42,ibackup,mozy$/);
  await expect(rows).toHaveCount(4);
  expect(await firstQuote(page)).toBe(quote);
  await page.goForward();
  await expect(rows).toHaveCount(5);
});

test("a company's findings, contents and policy text come back after leaving and returning", async ({
  page,
}) => {
  await page.goto("/companies/mozy");
  const contents = page.getByRole("navigation", { name: "Policy contents" });
  const clauses = page.locator("li.clause");
  await expect(contents.getByRole("link").first()).toBeVisible();
  const entries = await contents.getByRole("link").count();
  const clauseCount = await clauses.count();
  expect(entries).toBeGreaterThan(3);
  expect(clauseCount).toBeGreaterThan(10);
  const findings = page.locator("#findings-title + ul > li");
  await expect(findings).toHaveCount(14);

  // Away by a client-side link (the header's), then Back.
  await page.getByRole("banner").getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await page.goBack();
  await expect(page).toHaveURL(/\/companies\/mozy$/);
  await expect(contents.getByRole("link")).toHaveCount(entries);
  await expect(clauses).toHaveCount(clauseCount);
  await expect(findings).toHaveCount(14);
});

test("search hits come back after leaving and returning", async ({ page }) => {
  await page.goto("/search?q=arbitration");
  const hits = page.locator("main ol.space-y-4 > li");
  await expect(hits.first()).toBeVisible();
  const count = await hits.count();
  expect(count).toBeGreaterThan(1);
  await page.getByRole("banner").getByRole("link", { name: "About" }).click();
  await expect(page).toHaveURL(/\/about$/);
  await page.goBack();
  await expect(hits).toHaveCount(count);
});
