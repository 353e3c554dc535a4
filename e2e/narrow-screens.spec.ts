import { expect, test } from "./fixtures";

/*
 * Pages that show the companies' own words, among them quotes holding long unbroken URLs
 * (http://www.networkadvertising.org/managing/opt_out.asp, in several machine-read policies):
 * none may make a 390 px phone scroll sideways. The grid scrolls inside its own frame.
 */
const PAGES = [
  "/",
  "/?rating=concerning&practices=all",
  "/?provenance=all",
  "/?companies=xanga,webs,mix,123greetings&practices=cookies,third-parties,choice",
  "/practices/cookies",
  "/practices/third-parties",
  "/practices/choice",
  "/practices/retention?sector=dating&rating=concerning",
  "/companies",
  "/companies/xanga",
  "/companies/123greetings?q=networkadvertising",
  "/search?q=networkadvertising",
  "/search?q=%22third+parties%22+-advertising",
  "/methodology",
  "/changes",
  // What the reader typed is echoed in sentences: a word longer than the line must break.
  `/?add=${"a".repeat(300)}`,
  `/search?q=${"supercalifragilistic".repeat(4)}`,
  `/search?q=${"a".repeat(3000)}`,
];

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of PAGES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, `${path} is ${wide} px wide`).toBeLessThanOrEqual(390);
    });
  }
});

test("a long word typed into the search does not widen the page on a 1280 px screen either", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`/search?q=${"a".repeat(3000)}`);
  await expect(page.getByRole("status").filter({ hasText: "No clause matches" })).toBeVisible();
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1280);
});

test.describe("tap targets on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("the main nav links, and the history's version radios and date links, are at least 24 px tall", async ({
    page,
  }) => {
    await page.goto("/companies/telegram/changes");
    const heights = async (selector: string) =>
      page
        .locator(selector)
        .evaluateAll((els) => els.map((e) => Math.round(e.getBoundingClientRect().height)));
    const nav = await heights('nav[aria-label="Main"] a');
    expect(nav).toHaveLength(7);
    for (const h of nav) expect(h).toBeGreaterThanOrEqual(24);
    // A radio's hit area is its label, which clicking anywhere in checks it.
    const radios = await heights('label:has(> input[type="radio"][name="from"])');
    expect(radios.length).toBeGreaterThan(10);
    for (const h of radios) expect(h).toBeGreaterThanOrEqual(24);
    const dates = await heights('tr[id^="version-"] a[href*="/versions/"]');
    expect(dates.length).toBeGreaterThan(10);
    for (const h of dates) expect(h).toBeGreaterThanOrEqual(24);

    // The label's corner, off the 16 px radio itself, still picks the version.
    const label = page.locator('label:has(> input[type="radio"][name="from"])').nth(2);
    await label.scrollIntoViewIfNeeded();
    const box = (await label.boundingBox())!;
    await page.mouse.click(box.x + 2, box.y + 2);
    await expect(label.locator("input")).toBeChecked();
  });
});
