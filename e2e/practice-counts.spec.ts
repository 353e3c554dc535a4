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
