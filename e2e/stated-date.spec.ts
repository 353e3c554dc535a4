import type { Page } from "@playwright/test";
import { parse } from "csv-parse/sync";
import { ARTIFACTS, expect, test } from "./fixtures";

/** The "Policy date" of a company page: the date the policy states for itself. */
const policyDate = (page: Page) =>
  page
    .getByRole("term")
    .filter({ hasText: "Policy date" })
    .locator("xpath=following-sibling::dd[1]");

test("a machine-read company shows the date its policy states, however it is written", async ({
  page,
}) => {
  for (const [slug, shown] of [
    ["tiktok", "Last modified Nov 30, 2025"], // "Last updated: _30 November 2025_"
    ["vinted", "Last modified Jun 21, 2023"], // "Date last updated: 06-21-2023"
    ["mozilla", "Dated Nov 5, 2025"], // "November 5, 2025" alone under the title
  ] as const) {
    await page.goto(`/companies/${slug}`);
    await expect(policyDate(page)).toHaveText(
      `${shown} (as stated in the policy; read by machine)`,
    );
  }
});

test("a policy dated after it was recorded says it was published ahead of that date (Atlassian: effective Aug 17, 2026, recorded Apr 21, 2026)", async ({
  page,
}) => {
  await page.goto("/companies/atlassian");
  await expect(policyDate(page)).toHaveText(
    "Effective Aug 17, 2026 (as stated in the policy; read by machine)Later than this copy was recorded: a policy is often published before the date it takes effect.",
  );
  // A date before the recording needs no such word.
  await page.goto("/companies/tiktok");
  await expect(page.getByTestId("stated-after-recorded")).toHaveCount(0);
});

test("a policy that states only a month shows that month, never a day (Bing: 'Last Updated: June 2026')", async ({
  page,
}) => {
  await page.goto("/companies/bing");
  await expect(policyDate(page)).toHaveText(
    "Last modified June 2026 (as stated in the policy; read by machine)",
  );
  await page.goto("/?companies=bing,tiktok,mozy&sort=date");
  const header = page.getByRole("columnheader", { name: /Bing/ });
  await expect(header).toContainText("Policy dated June 2026 (last modified)");
  // Newest first: TikTok's Nov 30, 2025 is older than June 2026.
  const names = await page.getByRole("columnheader").allInnerTexts();
  const at = (name: string) => names.findIndex((n) => n.includes(name));
  expect(at("Bing")).toBeLessThan(at("TikTok"));
});

test("a day and month that could be either way round are not guessed, and the page says the machine found no date (Match: 01/02/2026)", async ({
  page,
}) => {
  await page.goto("/companies/match");
  await expect(policyDate(page)).toHaveText("No date found (read by machine)");
});

test("/analyze shows a pasted policy's own date, read by machine", async ({ page }) => {
  test.setTimeout(60_000);
  await page.goto("/analyze");
  await page
    .getByLabel("Policy text")
    .fill(
      "Last updated: _30 November 2025_\n\n# Acme Privacy Policy\n\nWe use advertising cookies.",
    );
  await page.getByLabel("Name for the column").fill("Acme");
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(
    page.getByText(
      "Date the policy states for itself: Last modified Nov 30, 2025, read by machine from “Last updated: 30 November 2025”.",
    ),
  ).toBeVisible({ timeout: 20_000 });
  await page.screenshot({ path: `${ARTIFACTS}/analyze-stated-date.png` });
});

test("screenshots of TikTok's policy date at 1280 and 390 pixels, light and dark", async ({
  page,
}) => {
  test.setTimeout(60_000);
  for (const [width, label] of [
    [1280, "desktop"],
    [390, "phone"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto("/companies/tiktok");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({ path: `${ARTIFACTS}/company-tiktok-${label}-${colorScheme}.png` });
    }
  }
});

test("screenshots of a month-only date in the grid and on the company page, 1280 and 390 pixels, light and dark", async ({
  page,
}) => {
  test.setTimeout(90_000);
  for (const [width, label] of [
    [1280, "desktop"],
    [390, "phone"],
  ] as const) {
    await page.setViewportSize({ width, height: 900 });
    for (const [path, name] of [
      ["/companies/bing", "company-bing"],
      ["/?companies=bing,logitech,tiktok&sort=date", "grid-month-dates"],
    ] as const) {
      await page.goto(path);
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.screenshot({ path: `${ARTIFACTS}/${name}-${label}-${colorScheme}.png` });
      }
    }
  }
});

test("in the grid, a policy dated after it was recorded says it takes effect then (Snapchat: Sep 21, 2026, recorded Aug 5)", async ({
  page,
}) => {
  await page.goto("/?companies=snapchat,tiktok");
  const snapchat = page.getByRole("columnheader", { name: /Snapchat/ });
  await expect(snapchat).toContainText("Policy takes effect Sep 21, 2026");
  await expect(snapchat).toContainText("Recorded Aug 5, 2026, ahead of that date");
  await expect(snapchat).not.toContainText("Policy dated");
  // A date before the recording reads as before.
  const tiktok = page.getByRole("columnheader", { name: /TikTok/ });
  await expect(tiktok).toContainText("Policy dated Nov 30, 2025 (last modified)");
  await expect(tiktok).not.toContainText("ahead of that date");
});

test("the exports say when a policy's date is later than its recording", async ({ request }) => {
  const csv = await (
    await request.get("/api/export?format=csv&practices=cookies&companies=snapchat,tiktok")
  ).text();
  const rows = parse(csv, { bom: true, columns: true }) as Record<string, string>[];
  const value = (slug: string) => rows.find((r) => r.company === slug)!.policy_date_after_recording;
  expect(value("snapchat")).toBe("true");
  expect(value("tiktok")).toBe("false");
  const json = await (
    await request.get("/api/export?format=json&practices=cookies&companies=snapchat,tiktok")
  ).json();
  const bySlug = new Map(
    (json.companies as { slug: string; statedAfterRecorded: boolean }[]).map((c) => [c.slug, c]),
  );
  expect(bySlug.get("snapchat")!.statedAfterRecorded).toBe(true);
  expect(bySlug.get("tiktok")!.statedAfterRecorded).toBe(false);
});
