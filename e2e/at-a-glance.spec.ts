import type { Page } from "@playwright/test";
import { ARTIFACTS, expect, test } from "./fixtures";

/** The words of each chip in a company's line of counts, e.g. ["0 protective", "1 neutral", …]. */
async function countsOf(page: Page, label: string): Promise<string[]> {
  const list = page.getByRole("list", { name: label });
  await expect(list).toBeVisible();
  return (await list.getByRole("listitem").allInnerTexts()).map((t) =>
    t.replace(/\s+/g, " ").trim(),
  );
}

test("the grid opens with each company's counts of the practices shown, in words", async ({
  page,
}) => {
  await page.goto("/");
  const glance = page.getByRole("rowheader", { name: /At a glance/ });
  await expect(glance).toContainText("ratings of the 4 practices shown");
  expect(await countsOf(page, "Mozy: ratings of the 4 practices shown")).toEqual([
    "0 protective",
    "1 neutral",
    "3 concerning",
    "0 not addressed",
  ]);
  expect(await countsOf(page, "Code 42: ratings of the 4 practices shown")).toEqual([
    "0 protective",
    "3 neutral",
    "0 concerning",
    "1 not addressed",
  ]);
  // The counts agree with the badges in the same column.
  const column = await page
    .locator("tbody td[data-rating]")
    .evaluateAll((tds) => tds.map((td) => td.getAttribute("data-rating")));
  expect(column.filter((r) => r === "concerning").length).toBe(
    [3, 3, 2, 1, 0].reduce((a, b) => a + b), // Mozy, IBackup, dotCloud, Centercode, Code 42
  );
});

test("the counts follow the rows shown", async ({ page }) => {
  await page.goto("/?practices=all&companies=mozy,dotcloud");
  expect(await countsOf(page, "dotCloud: ratings of the 14 practices shown")).toEqual([
    "1 protective",
    "8 neutral",
    "3 concerning",
    "2 not addressed",
  ]);
  await page.goto("/?practices=retention&companies=mozy,dotcloud");
  expect(await countsOf(page, "dotCloud: ratings of the 1 practice shown")).toEqual([
    "0 protective",
    "0 neutral",
    "0 concerning",
    "1 not addressed",
  ]);
});

test("the company page shows the counts of all its findings", async ({ page }) => {
  await page.goto("/companies/mozy");
  expect(await countsOf(page, "Mozy: ratings of its 14 findings")).toEqual([
    "1 protective",
    "10 neutral",
    "3 concerning",
    "0 not addressed",
  ]);
});

test.describe("on a phone", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("the first company's counts fit beside the practice column", async ({ page }) => {
    await page.goto("/");
    const list = page.getByRole("list", { name: "Centercode: ratings of the 4 practices shown" });
    await expect(list).toBeVisible();
    const box = (await list.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(375);
    await page.screenshot({ path: `${ARTIFACTS}/at-a-glance-grid-phone.png` });
    await page.goto("/companies/ibackup");
    const company = page.getByRole("list", { name: "IBackup: ratings of its 14 findings" });
    await expect(company).toBeVisible();
    const cbox = (await company.boundingBox())!;
    expect(cbox.x + cbox.width).toBeLessThanOrEqual(375);
  });
});

test("the counts print, with their words", async ({ page }) => {
  await page.emulateMedia({ media: "print" });
  await page.goto("/");
  const list = page.getByRole("list", { name: "IBackup: ratings of the 4 practices shown" });
  await expect(list).toBeVisible();
  await expect(list.getByRole("listitem")).toHaveText([
    /0\s*protective/,
    /1\s*neutral/,
    /3\s*concerning/,
    /0\s*not addressed/,
  ]);
  await page.goto("/companies/centercode");
  await expect(
    page.getByRole("list", { name: "Centercode: ratings of its 14 findings" }),
  ).toBeVisible();
});
