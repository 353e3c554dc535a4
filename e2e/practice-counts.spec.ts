import type { Locator, Page } from "@playwright/test";
import { ARTIFACTS, expect, test } from "./fixtures";

/*
 * The counts of ratings on /practices and on a practice page: every company in scope (never one
 * page of them), curated and machine-read apart, the machine's silence worded "no clause found".
 */

/** A line of counts as { rating: count }, read from the chips' own attributes. */
async function countsIn(list: Locator): Promise<Record<string, number>> {
  await expect(list).toBeVisible();
  const chips = list.getByRole("listitem");
  const counts: Record<string, number> = {};
  for (const chip of await chips.all())
    counts[(await chip.getAttribute("data-rating"))!] = Number(
      await chip.getAttribute("data-count"),
    );
  return counts;
}

const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);

const curatedList = (page: Page, practice: string) =>
  page.getByRole("list", { name: `${practice}: ratings of the 5 curated companies` });
const machineList = (page: Page, practice: string) =>
  page.getByRole("list", { name: `${practice}: ratings of the 302 machine-read companies` });

test("/practices counts each practice's curated and machine-read companies apart, curated first", async ({
  page,
}) => {
  await page.goto("/practices");
  const card = page.getByRole("listitem").filter({
    has: page.getByRole("heading", { level: 2, name: /Cookies & tracking/ }),
  });
  const curated = curatedList(page, "Cookies & tracking");
  const machine = machineList(page, "Cookies & tracking");
  // All five curated companies and all 302 machine-read ones, never summed into one line.
  expect(sum(await countsIn(curated))).toBe(5);
  expect(sum(await countsIn(machine))).toBe(302);
  const curatedBox = (await curated.boundingBox())!;
  const machineBox = (await machine.boundingBox())!;
  expect(curatedBox.y).toBeLessThan(machineBox.y);
  // The machine-read line carries the grid's mark, and its silence is "no clause found".
  const machineLine = card.locator('div[data-provenance="machine"]');
  await expect(machineLine.getByRole("link", { name: "Machine-read" })).toHaveAttribute(
    "href",
    "/methodology#machine-reading",
  );
  await expect(machine.locator('li[data-rating="not-addressed"]')).toContainText("no clause found");
  await expect(machine).not.toContainText(/not addressed/i);
  await expect(curated.locator('li[data-rating="not-addressed"]')).toContainText("not addressed");
  // Every practice has both lines.
  await expect(page.getByRole("list", { name: /ratings of the 5 curated companies$/ })).toHaveCount(
    14,
  );
  await expect(
    page.getByRole("list", { name: /ratings of the 302 machine-read companies$/ }),
  ).toHaveCount(14);
  await page.screenshot({ path: `${ARTIFACTS}/practices-desktop.png`, fullPage: true });
});

test("a practice page counts every company in scope, not the page shown, and says so", async ({
  page,
}) => {
  await page.goto("/practices");
  const overview = {
    curated: await countsIn(curatedList(page, "Cookies & tracking")),
    machine: await countsIn(machineList(page, "Cookies & tracking")),
  };

  await page.goto("/practices/cookies?page=2");
  await expect(page.locator("#companies-title ~ ul > li")).toHaveCount(12);
  await expect(
    page.getByText("Ratings of all 307 companies, on every page (this page shows 12):"),
  ).toBeVisible();
  const group = page.getByRole("group", { name: /Ratings of all 307 companies/ });
  // The same counts as /practices: all companies, whatever the page.
  expect(await countsIn(group.getByRole("list", { name: /5 curated companies$/ }))).toEqual(
    overview.curated,
  );
  const machine = group.getByRole("list", { name: /302 machine-read companies$/ });
  expect(await countsIn(machine)).toEqual(overview.machine);
  await expect(machine).toContainText("no clause found");
  await expect(machine).not.toContainText(/not addressed/i);
  await expect(group.getByRole("link", { name: "Machine-read" })).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/practice-counts-desktop.png` });

  // A filter narrows the scope, and the words say which companies are counted.
  await page.goto("/practices/cookies?provenance=curated");
  await expect(page.getByText("Ratings of all 5 curated companies:")).toBeVisible();
  expect(await countsIn(curatedList(page, "Cookies & tracking"))).toEqual(overview.curated);
  await expect(machineList(page, "Cookies & tracking")).toHaveCount(0);
  await page.goto("/practices/cookies?provenance=machine&page=3");
  await expect(
    page.getByText(
      "Ratings of all 302 machine-read companies, on every page (this page shows 12):",
    ),
  ).toBeVisible();
  expect(await countsIn(machineList(page, "Cookies & tracking"))).toEqual(overview.machine);
  await expect(curatedList(page, "Cookies & tracking")).toHaveCount(0);
});

test("a practice page narrows to a sector and a rating, with or without JavaScript, and names what it cannot use", async ({
  browser,
}) => {
  for (const javaScriptEnabled of [true, false]) {
    const context = await browser.newContext({ javaScriptEnabled });
    const page = await context.newPage();
    await page.goto("/practices/retention");
    await page.getByLabel("Sector:").selectOption("dating");
    await page.getByLabel("Rating:").selectOption("neutral");
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(/\/practices\/retention\?sector=dating&rating=neutral$/);
    await expect(
      page.getByRole("heading", {
        name: "What each policy says: companies in Dating, rated neutral",
      }),
    ).toBeVisible();
    // The counts are the sector's, every rating; the list is the rating asked.
    await expect(page.getByText("Ratings of all 7 companies in Dating:")).toBeVisible();
    const counts = await countsIn(
      page.getByRole("list", { name: /ratings of the 7 machine-read companies$/ }),
    );
    expect(sum(counts)).toBe(7);
    const cards = page.locator("#companies-title ~ ul > li");
    await expect(cards).toHaveCount(counts.neutral!);
    await expect(page.getByText(`${counts.neutral} of them rated neutral:`)).toBeVisible();
    for (const card of await cards.all())
      await expect(card.getByRole("link", { name: /^Neutral/ })).toBeVisible();
    // The kind chosen keeps the sector and rating.
    await page.getByRole("link", { name: "Machine-read only" }).click();
    await expect(page).toHaveURL(/\?sector=dating&provenance=machine&rating=neutral$/);
    await page.getByRole("link", { name: "Every company" }).click();
    await expect(page).toHaveURL(/\/practices\/retention\?provenance=machine$/);
    await expect(page.getByText("Ratings of all 302 machine-read companies")).toBeVisible();
    await context.close();
  }
});

test("a practice page filtered on 'not addressed' counts the machine's 'no clause found' apart, in its heading and count", async ({
  page,
}) => {
  await page.goto("/practices/children?rating=not-addressed");
  await expect(
    page.getByRole("heading", {
      name: "What each policy says: companies rated not addressed, or where the machine found no clause",
    }),
  ).toBeVisible();
  const curated = await countsIn(curatedList(page, "Children"));
  const machine = await countsIn(machineList(page, "Children"));
  await expect(
    page.getByText(
      `Of them, ${curated["not-addressed"]} rated not addressed (a person found the policy silent) and ${machine["not-addressed"]} machine-read with no clause found (not proof the policy is silent), on every page`,
    ),
  ).toBeVisible();
  await page.goto("/practices/children?rating=not-addressed&provenance=machine");
  await expect(
    page.getByRole("heading", {
      name: "What each policy says: companies where the machine found no clause",
    }),
  ).toBeVisible();
});

test("a practice page names a sector, rating or parameter it cannot use, and shows every company", async ({
  page,
}) => {
  const res = await page.goto("/practices/retention?sector=datting&rating=awful&ratings=neutral");
  expect(res!.status()).toBe(200);
  const notices = page.getByRole("status");
  await expect(notices).toContainText('Ignored sector "datting": it takes one of');
  await expect(notices).toContainText('Ignored rating "awful"');
  await expect(notices).toContainText('"ratings" (did you mean rating?)');
  await expect(
    page.getByText("Ratings of all 307 companies, on every page (this page shows 12):"),
  ).toBeVisible();
});

test("a practice page past its last page shows the last and says so", async ({ page }) => {
  const res = await page.goto("/practices/retention?page=9999");
  expect(res!.status()).toBe(200);
  await expect(
    page.getByText("There are only 26 pages of companies; showing the last."),
  ).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Companies pages" })).toContainText(
    "Page 26 of 26",
  );
});

test("the counts fit a 390 px phone, in light and dark", async ({ browser }) => {
  for (const colorScheme of ["light", "dark"] as const) {
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      colorScheme,
    });
    const page = await context.newPage();
    for (const path of ["/practices", "/practices/retention"]) {
      await page.goto(path);
      await expect(machineList(page, "Data retention")).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(390);
    }
    await page.screenshot({ path: `${ARTIFACTS}/practice-counts-phone-${colorScheme}.png` });
    await context.close();
  }
});
