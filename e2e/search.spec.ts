import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "./fixtures";

const resultLinks = (page: Page) =>
  page
    .getByRole("region", { name: "Results" })
    .getByRole("heading", { level: 3 })
    .getByRole("link");

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
  await expect(page.getByRole("status").filter({ hasText: "clauses match" })).toHaveText(
    /2 clauses match “arbitration”/,
  );
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
    const dotcloud = await resultLinks(page).allTextContents();
    expect(dotcloud.length).toBeGreaterThan(0);
    for (const name of dotcloud) expect(name).toMatch(/^dotCloud — /);

    // With a filter active the filter panel is already open.
    await expect(page.getByText("Filter by company and practice (1 selected)")).toBeVisible();
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

    await page.getByRole("link", { name: "Clear filters" }).click();
    await expect(page).toHaveURL(/\/search\?q=safe%20harbor$/);
    await expect(resultLinks(page)).toHaveCount(all);
  });
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

  await page.goto("/search?q=zyxwvut");
  await expect(page.getByRole("status")).toHaveText(
    /No clause matches “zyxwvut”: check the spelling/,
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

  await page.goto("/search?q=arbitration&page=999");
  await expect(page.getByRole("status")).toHaveText(/There is no page 999 of results/);
});

test("results are paged, twenty at a time", async ({ page }) => {
  await page.goto("/search?q=information");
  await expect(resultLinks(page)).toHaveCount(20);
  await page
    .getByRole("navigation", { name: "Result pages" })
    .getByRole("link", { name: /Next/ })
    .click();
  await expect(page).toHaveURL(/page=2/);
  await expect(page.getByRole("status").filter({ hasText: "showing 21–" })).toBeVisible();
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
  const bad = await request.get("/api/search?q=arbitration&limit=0");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({ error: "limit must be a whole number from 1 to 100." });
});
