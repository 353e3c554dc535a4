import { ARTIFACTS, expect, test } from "./fixtures";

/*
 * Corpus services that are not what they seem: several services recording one policy text
 * (Gmail, Google Voice, Blogger), and a recording long before the corpus's newest with a newer
 * one of the same service (ProtonMail → Proton Mail). The reader is told, quietly, where they
 * meet the company.
 */
const header = (page: import("@playwright/test").Page) => page.locator("article header").first();

test.describe("a company sharing its policy text", () => {
  test("names the companies with the same text on its page, each a link", async ({ page }) => {
    await page.goto("/companies/gmail");
    const note = header(page).getByText(/^The same policy text as/);
    await expect(note).toHaveText(
      "The same policy text as Blogger and Google Voice, so the findings are the same.",
    );
    await note.getByRole("link", { name: "Google Voice" }).click();
    await expect(page).toHaveURL(/\/companies\/google-voice$/);
    await expect(header(page).getByText(/^The same policy text as/)).toHaveText(
      "The same policy text as Blogger and Gmail, so the findings are the same.",
    );
  });

  test("says nothing of the kind on a company whose text is its own", async ({ page }) => {
    await page.goto("/companies/signal");
    await expect(header(page)).toBeVisible();
    await expect(page.getByText(/same policy text/i)).toHaveCount(0);
    await expect(page.getByText(/may differ/)).toHaveCount(0);
  });

  test("is said in the column headers of a sector grid showing them side by side", async ({
    page,
  }) => {
    await page.goto("/?sector=messaging");
    const grid = page.getByRole("table");
    await expect(grid.getByRole("columnheader", { name: /^Gmail/ })).toContainText(
      "Same policy text as Google Voice",
    );
    await expect(grid.getByRole("columnheader", { name: /^Google Voice/ })).toContainText(
      "Same policy text as Gmail",
    );
    await expect(grid.getByRole("columnheader", { name: /^Discord/ })).not.toContainText(
      "Same policy text",
    );
  });
});

test.describe("a recording long before the corpus's newest", () => {
  test("says the policy may have changed and links the newer recording", async ({ page }) => {
    await page.goto("/companies/protonmail");
    await expect(header(page)).toContainText(
      "Last recorded Mar 11, 2022: the service’s current policy may differ. A newer recording: Proton Mail.",
    );
    await header(page).getByRole("link", { name: "Proton Mail", exact: true }).click();
    await expect(page).toHaveURL(/\/companies\/proton-mail$/);
    await expect(header(page)).not.toContainText("may differ");
    await expect(header(page)).not.toContainText("A newer recording");
  });

  test("is said in its grid column header", async ({ page }) => {
    await page.goto("/?companies=proton-mail,protonmail");
    const grid = page.getByRole("table");
    await expect(grid.getByRole("columnheader", { name: /^ProtonMail/ })).toContainText(
      "Last recorded Mar 11, 2022: the service’s current policy may differ",
    );
    await expect(grid.getByRole("columnheader", { name: /^Proton Mail/ })).not.toContainText(
      "may differ",
    );
  });
});

test.describe("screenshots", () => {
  for (const scheme of ["light", "dark"] as const)
    for (const [width, label] of [
      [1280, "desktop"],
      [390, "phone"],
    ] as const)
      test(`Gmail, ProtonMail and the messaging grid (${scheme}, ${label})`, async ({ page }) => {
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize({ width, height: 900 });
        for (const [path, name] of [
          ["/companies/gmail", "gmail"],
          ["/companies/protonmail", "protonmail"],
          ["/?sector=messaging", "messaging"],
          ["/?sector=messaging&page=2", "messaging-2"],
        ] as const) {
          await page.goto(path);
          await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
          await page.screenshot({ path: `${ARTIFACTS}/relations-${name}-${scheme}-${label}.png` });
        }
      });
});
