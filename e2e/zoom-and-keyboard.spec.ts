import type { Page } from "@playwright/test";
import { ARTIFACTS, expect, test } from "./fixtures";

/*
 * Zoomed to 200%, a 1280-wide window is 640 × 450 CSS px and a 1366 × 768 laptop 683 × 384:
 * nothing sticky may take most of the screen, and a column scrolled away from its header must
 * still say whose it is. Anchors must land clear of whatever sticks.
 */
const SIZES = [
  { width: 390, height: 844 },
  { width: 640, height: 450 },
  { width: 683, height: 384 },
  { width: 1280, height: 900 },
];

/** What covers the top of the viewport: the site header and the grid's header row, if they stick. */
const stickyCover = (page: Page) =>
  page.evaluate(() => {
    const bottoms = [
      document.querySelector("header.site-header")!,
      document.querySelector("table.comparison-grid thead th:last-child")!,
    ]
      .map((el) => el.getBoundingClientRect())
      .filter((r) => r.top >= -1 && r.top < 2 * innerHeight)
      .map((r) => r.bottom);
    return Math.max(0, ...bottoms.filter((b) => b > 0));
  });

/** Where an anchored element's top is, and how far down the sticky site header covers. */
const anchorAndCover = (page: Page, anchor: string) =>
  page.evaluate((id) => {
    const header = document.querySelector("header.site-header")!;
    const sticky = getComputedStyle(header).position === "sticky";
    return {
      top: document.getElementById(id)!.getBoundingClientRect().top,
      cover: sticky ? header.getBoundingClientRect().bottom : 0,
    };
  }, anchor);

for (const size of SIZES) {
  test.describe(`at ${size.width} × ${size.height}`, () => {
    test.use({ viewport: size });

    test("every column scrolled to its third practice says whose it is, and what sticks leaves most of the screen", async ({
      page,
    }) => {
      await page.goto("/?companies=mozy,signal,whatsapp");
      const row = page.locator("table.comparison-grid tbody tr").nth(2);
      await row.scrollIntoViewIfNeeded();
      await page.evaluate(() => window.scrollBy(0, 120));
      const names = ["Mozy", "Signal", "WhatsApp"];
      const cells = row.getByRole("cell");
      await expect(cells).toHaveCount(3);
      const cover = await stickyCover(page);
      expect(cover, "the sticky bars' bottom").toBeLessThan(size.height * 0.4);
      // A column is labelled by its header row when that row sticks in view, else by its cells.
      const headers = await page
        .getByRole("columnheader")
        .evaluateAll((ths) => ths.slice(1).map((th) => th.getBoundingClientRect().bottom));
      for (const [i, name] of names.entries()) {
        const headerInView = headers[i]! > 0 && headers[i]! <= cover + 1;
        if (!headerInView) await expect(cells.nth(i).locator(".cell-company")).toHaveText(name);
      }
      await page.screenshot({
        path: `${ARTIFACTS}/grid-zoom-${size.width}x${size.height}.png`,
      });
    });

    for (const target of [
      "/companies/mozy#privacy-complaints-84f6cb",
      "/methodology#rating-concerning",
    ])
      test(`${target} lands clear of the sticky header`, async ({ page }) => {
        await page.goto(target);
        const id = target.split("#")[1]!;
        await expect(page.locator(`[id="${id}"]`)).toBeInViewport();
        // Hydration measures the header and may arrive at the anchor again.
        await page.waitForTimeout(500);
        const { top, cover } = await anchorAndCover(page, id);
        expect(top).toBeGreaterThanOrEqual(cover);
      });

    test("a version in a company's history lands clear of the sticky header", async ({ page }) => {
      await page.goto("/companies/tiktok/changes");
      const id = await page.locator('[id^="version-"]').nth(3).getAttribute("id");
      await page.goto(`/companies/tiktok/changes#${id}`);
      await page.waitForTimeout(500);
      const { top, cover } = await anchorAndCover(page, id!);
      expect(top).toBeGreaterThanOrEqual(cover);
      expect(top).toBeLessThan(size.height);
    });
  });
}

test.describe("keyboard", () => {
  test.use({ viewport: { width: 1280, height: 900 } });

  test("after Next → the keyboard is on the new page's grid, and Tab walks its columns", async ({
    page,
  }) => {
    await page.goto("/?provenance=all");
    const first = await page.getByRole("columnheader").nth(1).textContent();
    await page.getByRole("link", { name: "Next →" }).focus();
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/page=2$/);
    const grid = page.getByRole("table");
    await expect(grid).toBeFocused();
    await expect(grid).toBeInViewport();
    expect(await page.getByRole("columnheader").nth(1).textContent()).not.toBe(first);
    await page.keyboard.press("Tab");
    const firstCompany = page.getByRole("columnheader").nth(1).getByRole("link").first();
    await expect(firstCompany).toBeFocused();
    await page.screenshot({ path: `${ARTIFACTS}/grid-after-next-page.png` });
  });

  for (const { from, target } of [
    { from: "/companies", target: "#paged-summary" },
    { from: "/search?q=cookies", target: "#paged-summary" },
    { from: "/changes", target: "#paged-summary" },
    { from: "/practices/cookies?provenance=all", target: "#companies-title" },
  ])
    test(`after Next → on ${from} the keyboard is on what the new page holds`, async ({ page }) => {
      await page.goto(from);
      await page.getByRole("link", { name: "Next →" }).first().focus();
      await page.keyboard.press("Enter");
      await expect(page).toHaveURL(/page=2/);
      const arrived = page.locator(target);
      await expect(arrived).toBeFocused();
      await expect(arrived).toBeInViewport();
    });

  test("adding a company by name leads the keyboard to its column, or to the notice when none matches", async ({
    page,
  }) => {
    await page.goto("/?provenance=all");
    await page.getByText("Filter practices, companies and ratings").click();
    const add = page.getByRole("textbox", { name: /Add a company/ });
    await add.fill("sig");
    await add.press("Enter");
    await expect(page).toHaveURL(/signal#col-signal$/);
    await expect(page.getByRole("table")).toHaveAccessibleName(/Signal/);
    await expect(
      page.getByRole("columnheader", { name: /Signal/ }).getByRole("link", { name: "Signal" }),
    ).toBeFocused();

    await page.getByRole("textbox", { name: /Add a company/ }).fill("zzqx");
    await page.getByRole("textbox", { name: /Add a company/ }).press("Enter");
    await expect(page).toHaveURL(/add=zzqx/);
    await expect(
      page.getByRole("status").filter({ hasText: 'No company matches "zzqx"' }),
    ).toBeFocused();
  });

  test("arrow keys step through the Rating menu without applying it; Enter applies it", async ({
    page,
  }) => {
    await page.goto("/?companies=mozy,signal");
    const rating = page.getByRole("combobox", { name: "Rating" });
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await rating.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(rating).toHaveValue("neutral");
    await expect(page.getByText("Press Enter or Apply filters to show this choice.")).toBeVisible();
    // Longer than the filters' debounce: nothing was applied.
    await page.waitForTimeout(1200);
    await expect(page).toHaveURL(/\/\?companies=mozy,signal$/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/rating=neutral/);
    await expect(rating).toBeFocused();
  });

  test("/companies: arrow keys step through the Sector menu; Enter applies it and the keyboard stays on it", async ({
    page,
  }) => {
    await page.goto("/companies");
    const sector = page.getByRole("combobox", { name: "Sector" });
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await sector.focus();
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await expect(sector).toHaveValue("messaging");
    await expect(page.getByText("Press Enter or Show to apply this choice.")).toBeVisible();
    // Longer than the form's debounce: nothing was applied.
    await page.waitForTimeout(1200);
    await expect(page).toHaveURL(/\/companies$/);
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/companies\?sector=messaging$/);
    await expect(page.getByRole("combobox", { name: "Sector" })).toBeFocused();
    await expect(
      page
        .getByRole("list", { name: "Companies" })
        .getByRole("link", { name: "Signal", exact: true }),
    ).toBeVisible();
  });

  test("/companies: a menu picked with the mouse applies at once, and focus stays on it", async ({
    page,
  }) => {
    await page.goto("/companies");
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await page.getByRole("combobox", { name: "Findings" }).selectOption("curated");
    await expect(page).toHaveURL(/\/companies\?provenance=curated$/);
    await expect(page.getByRole("combobox", { name: "Findings" })).toBeFocused();
  });

  test("a cell's machine-read mark is words, not one more tab stop", async ({ page }) => {
    await page.goto("/?companies=mozy,signal");
    const signalCells = page.locator('td[data-provenance="machine"]');
    await expect(signalCells.first().getByText("Machine-read")).toBeVisible();
    await expect(signalCells.getByRole("link", { name: "Machine-read" })).toHaveCount(0);
    // The column's header still leads to how machine reading works.
    await expect(
      page
        .getByRole("columnheader", { name: /Signal/ })
        .getByRole("link", { name: "Machine-read" }),
    ).toHaveAttribute("href", "/methodology#machine-reading");
  });

  test("/search shows one search box, the page's own", async ({ page }) => {
    await page.goto("/search?q=cookies");
    await expect(page.getByRole("searchbox")).toHaveCount(1);
    await expect(page.getByRole("searchbox", { name: "Words to search for" })).toHaveValue(
      "cookies",
    );
    await page.goto("/about");
    await expect(page.getByRole("banner").getByRole("searchbox")).toHaveValue("");
  });
});
