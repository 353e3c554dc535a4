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

  test("is said on its card in the list of companies, with or without JavaScript", async ({
    browser,
  }) => {
    for (const javaScriptEnabled of [true, false]) {
      const context = await browser.newContext({ javaScriptEnabled });
      const page = await context.newPage();
      await page.goto("/companies?q=proton");
      const cards = page.getByRole("list", { name: "Companies" }).getByRole("listitem");
      const old = cards.filter({
        has: page.getByRole("link", { name: "ProtonMail", exact: true }),
      });
      await expect(old).toContainText("A newer recording of this service: Proton Mail.");
      const newer = cards.filter({
        has: page.getByRole("link", { name: "Proton Mail", exact: true }),
      });
      await expect(newer.filter({ hasNotText: "A newer recording" })).toHaveCount(1);
      await old.getByRole("link", { name: "Proton Mail", exact: true }).click();
      await expect(page).toHaveURL(/\/companies\/proton-mail$/);
      await context.close();
    }
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

test.describe("a stored text that reads as something other than a privacy policy", () => {
  test("says so at the top of the company's page, with its figures and the source", async ({
    page,
  }) => {
    // Kbin's stored "privacy policy" is its terms of service: one clause of six is about data.
    await page.goto("/companies/kbin");
    const note = header(page).getByTestId("may-not-be-policy");
    await expect(note).toHaveText(
      "This may not be Kbin’s privacy policy. Only 1 of the 6 clauses recorded here speaks to any of the 14 practices, where most of a privacy policy’s do: the text may be terms of service, a documentation page or an index of notices kept elsewhere, so its findings say little about how Kbin treats personal data. Read the original source for its policy.",
    );
    await expect(note.getByRole("link", { name: "original source" })).toHaveAttribute(
      "href",
      "https://kbin.social/privacy-policy",
    );
    // Base's stored text is a documentation landing page: its one clause tagged (collection) of
    // 16 is a product's blurb, "Let users sign up and sign in with Smart Wallet …".
    await page.goto("/companies/base");
    await expect(header(page).getByTestId("may-not-be-policy")).toContainText(
      "Only 1 of the 16 clauses recorded here speaks to any of the 14 practices",
    );
  });

  test("says so of a text that opens by naming itself terms, quoting its opening", async ({
    page,
  }) => {
    // Aetna's recording since April 2026 is its text-alert terms and their arbitration agreement:
    // a third of its clauses touch a practice, so only its opening tells.
    await page.goto("/companies/aetna");
    await expect(header(page).getByTestId("may-not-be-policy")).toContainText(
      "This may not be Aetna’s privacy policy. Its opening names it terms, not a privacy policy (“Read these terms and conditions (this “Agreement”) for important information…”)",
    );
    await page.goto("/?companies=aetna,signal");
    await expect(
      page.getByRole("table").getByRole("columnheader", { name: /^Aetna/ }),
    ).toContainText("Recorded text may not be its privacy policy");
  });

  test("is said in its grid column header, and only in its", async ({ page }) => {
    await page.goto("/?companies=kbin,signal");
    const grid = page.getByRole("table");
    await expect(grid.getByRole("columnheader", { name: /^Kbin/ })).toContainText(
      "Recorded text may not be its privacy policy",
    );
    await expect(grid.getByRole("columnheader", { name: /^Signal/ })).not.toContainText(
      "may not be",
    );
  });

  test("says nothing on a short real notice, a long policy or a curated company", async ({
    page,
  }) => {
    for (const slug of ["stadia", "signal", "mozy"]) {
      await page.goto(`/companies/${slug}`);
      await expect(header(page)).toBeVisible();
      await expect(page.getByTestId("may-not-be-policy")).toHaveCount(0);
    }
  });
});
