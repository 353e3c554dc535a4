import { ARTIFACTS, expect, expectOnlyThe404, test } from "./fixtures";

test("a company page shows its policy metadata, findings and every clause with anchors and tags", async ({
  page,
}) => {
  await page.goto("/companies/ibackup");
  await expect(page).toHaveTitle("IBackup privacy policy · Policy Atlas");
  await expect(page.getByRole("heading", { level: 1, name: "IBackup" })).toBeVisible();
  await expect(page.getByText("Last modified Jan 9, 2012")).toBeVisible();
  await expect(page.getByRole("link", { name: /Wayback Machine, Feb 5, 2017/ })).toHaveAttribute(
    "href",
    /web\.archive\.org/,
  );
  await expect(page.locator("#findings-title + ul > li")).toHaveCount(14);
  const clauses = page.locator("li.clause");
  expect(await clauses.count()).toBeGreaterThan(20);
  await expect(clauses.first()).toHaveAttribute("id", /^[a-z0-9-]+$/);
  await expect(
    page
      .getByRole("navigation", { name: "Policy contents" })
      .getByRole("link", { name: "Data Retention" }),
  ).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/company-desktop.png` });
});

test("a practice page puts every company's finding and quotes side by side", async ({ page }) => {
  // The curated five (the 302 machine-read companies follow, twelve to a page).
  await page.goto("/practices/disputes?provenance=curated");
  await expect(page.getByRole("heading", { level: 1, name: "Dispute resolution" })).toBeVisible();
  const cards = page.locator("#companies-title + ul > li");
  await expect(cards).toHaveCount(5);
  await expect(cards.locator("blockquote").first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/practice-desktop.png`, fullPage: true });
});

test("every rating badge leads to its explanation on the methodology page", async ({ page }) => {
  await page.goto("/?practices=retention");
  await page
    .getByRole("link", { name: /not addressed/i })
    .first()
    .click();
  await expect(page).toHaveURL(/\/methodology#rating-not-addressed$/);
  await expect(page.locator("#rating-not-addressed")).toContainText("silence is information");
});

test("an unknown practice gets a 404 page", async ({ page, consoleErrors }) => {
  const response = await page.goto("/practices/telepathy");
  expect(response?.status()).toBe(404);
  expectOnlyThe404(consoleErrors);
  await expect(page.getByRole("heading", { name: /couldn.t find that page/i })).toBeVisible();
});
