import { expect, test } from "@playwright/test";

test("the home page lists the five companies", async ({ page }) => {
  await page.goto("/");
  for (const name of [/code 42/i, /centercode/i, /dotcloud/i, /mozy/i, /ibackup/i]) {
    await expect(page.getByRole("link", { name }).first()).toBeVisible();
  }
});
