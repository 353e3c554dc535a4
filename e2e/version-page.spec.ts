import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { ARTIFACTS, expect, expectOnlyThe404, test } from "./fixtures";
import { versionsOf, type Version } from "./history-versions";

/*
 * A recorded version's page (/companies/{slug}/versions/{id}): Telegram's 40 versions, its
 * policy rewritten in 2024, so clauses of its early versions are gone from the company page.
 */

const DATE = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" });
const day = (iso: string) => DATE.format(new Date(iso));

/** The ids of the clauses a page shows. */
const clauseIds = (page: Page) =>
  page.locator("li.clause").evaluateAll((els) => els.map((e) => e.id));

test.describe("a recorded version's page", () => {
  test.setTimeout(660_000);
  let telegram: Version[] = [];
  let adroll: Version[] = [];
  test.beforeAll(async ({ request }) => {
    test.setTimeout(660_000);
    adroll = await versionsOf(request, "adroll", 13);
    telegram = await versionsOf(request, "telegram", 40);
  });

  test("says to cite a version's link, not its clause numbers, and the company page says where to copy it", async ({
    page,
  }) => {
    await page.goto(`/companies/telegram/versions/${telegram.at(-1)!.id}`);
    await expect(page.getByText(/Its number \(§\) counts this version’s clauses/)).toContainText(
      "so cite the link",
    );
    await page.goto("/companies/telegram");
    const note = page.getByText(/“Copy link” follows the current text/);
    await expect(note).toBeVisible();
    await expect(note.getByRole("link", { name: "policy history" })).toHaveAttribute(
      "href",
      "/companies/telegram/changes",
    );
    // A curated archive has one version: its link is the citation.
    await page.goto("/companies/mozy");
    await expect(page.getByText(/“Copy link” follows the current text/)).toHaveCount(0);
  });

  test("opens from the history, and a copied clause link lands on that clause in that version", async ({
    page,
    context,
  }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const old = telegram[3]!;
    await page.goto("/companies/telegram/changes");
    await page.getByRole("link", { name: `Read the version of ${day(old.recordedAt)}` }).click();
    await expect(page).toHaveURL(new RegExp(`/companies/telegram/versions/${old.id}$`));
    await expect(
      page.getByRole("heading", {
        level: 1,
        name: `Telegram’s policy as recorded by Open Terms Archive on ${day(old.recordedAt)}`,
      }),
    ).toBeVisible();
    await expect(page.getByTestId("version-status")).toContainText("Not the current text");
    await expect(page.getByTestId("version-attribution")).toContainText(
      "Text recorded by Open Terms Archive contributors, licensed under ODC-BY 1.0.",
    );
    const versions = page.getByRole("navigation", { name: "Versions" });
    await expect(
      versions.getByRole("link", { name: `← Previous version (${day(telegram[2]!.recordedAt)})` }),
    ).toHaveAttribute("href", `/companies/telegram/versions/${telegram[2]!.id}`);
    await expect(
      versions.getByRole("link", { name: "What changed since the previous version" }),
    ).toHaveAttribute("href", `/companies/telegram/changes?from=${telegram[2]!.id}&to=${old.id}`);
    await expect(versions.getByRole("link", { name: "Telegram’s current page" })).toBeVisible();

    // The tenth clause: copy its link, then open the link afresh.
    const clause = page.locator("li.clause").nth(9);
    const anchor = await clause.getAttribute("id");
    await clause.getByRole("link", { name: "Copy link to clause 10" }).click();
    await expect(clause.getByText("Copied")).toBeVisible();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(new RegExp(`/companies/telegram/versions/${old.id}#${anchor}$`));
    const text = await clause.locator(".clause-text").textContent();

    const fresh = await context.newPage();
    await fresh.goto(copied);
    const landed = fresh.locator(`li.clause[id="${anchor}"]`);
    await expect(landed).toHaveAttribute("data-highlighted", "true");
    await expect(landed).toBeInViewport();
    await expect(landed.locator(".clause-text")).toHaveText(text!);
    await expect(fresh.getByTestId("missing-clause")).toHaveCount(0);
    await fresh.close();
  });

  test("a cited clause of an old version lands, without JavaScript, under a bar saying the version's date and that it is not the current text, and names its section", async ({
    browser,
  }) => {
    const old = telegram[3]!;
    const context = await browser.newContext({
      javaScriptEnabled: false,
      viewport: { width: 1280, height: 720 },
    });
    const page = await context.newPage();
    await page.goto(`/companies/telegram/versions/${old.id}`);
    // A clause well down the page, far from the heading of its section.
    const clauses = page.locator("li.clause");
    const clause = clauses.nth(Math.min(24, (await clauses.count()) - 1));
    const anchor = (await clause.getAttribute("id"))!;
    const section = await clause.evaluate(
      (el) => el.closest("section")!.querySelector(":scope > .policy-heading")!.textContent,
    );

    await page.goto(`/companies/telegram/versions/${old.id}#${anchor}`);
    const landed = page.locator(`li.clause[id="${anchor}"]`);
    await expect(landed).toBeInViewport();
    const bar = page.getByTestId("version-bar");
    await expect(bar).toBeInViewport();
    // As shown: a phone's shorter words are in the markup too, hidden.
    await expect(bar).toContainText(`Version recorded ${day(old.recordedAt)}`, {
      useInnerText: true,
    });
    await expect(bar).toContainText(
      `Not the current text (${telegram.length - 4} later versions)`,
      { useInnerText: true },
    );
    await expect(bar.getByRole("link", { name: "Current policy" })).toHaveAttribute(
      "href",
      "/companies/telegram",
    );
    await expect(bar.getByRole("link", { name: "History", exact: true })).toHaveAttribute(
      "href",
      `/companies/telegram/changes#version-${old.id}`,
    );
    // The bar covers none of the clause.
    const barBox = (await bar.boundingBox())!;
    const clauseBox = (await landed.boundingBox())!;
    expect(clauseBox.y).toBeGreaterThanOrEqual(barBox.y + barBox.height);
    // The clause names its section (CSS generated content: the fragment never reaches the server).
    const label = await landed.evaluate((el) => getComputedStyle(el, "::before").content);
    expect(label).toBe(`"In the section “${section}”"`);
    await page.screenshot({ path: `${ARTIFACTS}/version-page-cited-clause-no-js.png` });
    await context.close();
  });

  test("an old version has its contents beside the text, below the version bar as the page scrolls", async ({
    page,
  }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    const old = telegram[3]!;
    await page.goto(`/companies/telegram/versions/${old.id}`);
    const contents = page.getByRole("navigation", { name: "Policy contents" });
    await expect(contents).toBeVisible();
    const entries = contents.getByRole("link");
    const headings = page.locator(".policy-heading");
    // One entry per section of the text, in its order.
    expect(await entries.count()).toBe(await headings.count());
    expect(await entries.count()).toBeGreaterThan(1);
    const middle = Math.floor((await entries.count()) / 2);
    const title = (await entries.nth(middle).textContent())!.trim();
    expect((await headings.nth(middle).textContent())!.trim()).toBe(title);
    await entries.nth(middle).click();
    await expect(page).toHaveURL(/#.+/);
    await expect(headings.nth(middle)).toBeInViewport();
    // A screen down the text, the contents stay in view and the bar covers none of them.
    await page.evaluate(() => window.scrollTo(0, 1200));
    const bar = (await page.getByTestId("version-bar").boundingBox())!;
    const box = (await contents.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(bar.y + bar.height);
    await expect(contents).toBeInViewport();
    await page.screenshot({ path: `${ARTIFACTS}/version-page-contents.png` });
    // On a phone the contents come first, above the text, and the text keeps the width.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.goto(`/companies/telegram/versions/${old.id}`);
    const phoneBox = (await contents.boundingBox())!;
    const textBox = (await page.locator("li.clause").first().boundingBox())!;
    expect(phoneBox.y).toBeLessThan(textBox.y);
    expect(textBox.width).toBeGreaterThan(300);
  });

  test("the latest version has no old-version bar, and a clause not arrived at names no section", async ({
    page,
  }) => {
    await page.goto(`/companies/telegram/versions/${telegram.at(-1)!.id}`);
    await expect(page.locator("li.clause").first()).toBeVisible();
    await expect(page.getByTestId("version-bar")).toHaveCount(0);
    const label = await page
      .locator("li.clause")
      .first()
      .evaluate((el) => getComputedStyle(el, "::before").content);
    expect(label).toBe("none");
  });

  test("the latest version says it is the text the company page shows, with the same anchors", async ({
    page,
  }) => {
    const latest = telegram.at(-1)!;
    await page.goto(`/companies/telegram/versions/${latest.id}`);
    await expect(page.getByTestId("version-status")).toContainText(
      "The latest recorded version: the text the company page shows.",
    );
    const here = await clauseIds(page);
    await page.goto("/companies/telegram");
    expect(await clauseIds(page)).toEqual(here);
  });

  test("a stale clause link on the company page leads to the latest version that had the clause", async ({
    page,
  }) => {
    await page.goto("/companies/telegram");
    const current = new Set(await clauseIds(page));
    await page.goto(`/companies/telegram/versions/${telegram[0]!.id}`);
    const gone = (await clauseIds(page)).find((id) => !current.has(id))!;
    expect(gone).toBeTruthy();

    await page.goto(`/companies/telegram#${gone}`);
    const notice = page.getByTestId("missing-clause");
    await expect(notice).toContainText("The clause this link points to is not in this copy");
    await notice.screenshot({ path: `${ARTIFACTS}/version-page-stale-link-notice.png` });
    await notice
      .getByRole("link", { name: "Read the clause in the latest recorded version that had it" })
      .click();
    await expect(page).toHaveURL(new RegExp(`/companies/telegram/versions/\\d+#${gone}$`));
    await expect(page.locator(`li.clause[id="${gone}"]`)).toHaveAttribute(
      "data-highlighted",
      "true",
    );
    await expect(page.getByTestId("version-status")).toContainText("Not the current text");
  });

  test("a clause link no recorded version had leads to the history, which says so", async ({
    page,
  }) => {
    await page.goto("/companies/telegram#privacy-000000");
    await page
      .getByTestId("missing-clause")
      .getByRole("link", { name: "Read the clause in the latest recorded version that had it" })
      .click();
    await expect(page).toHaveURL(/\/companies\/telegram\/changes\?missing=privacy-000000$/);
    await expect(page.getByRole("status").first()).toContainText(
      "No recorded version of Telegram’s policy has the clause “#privacy-000000”",
    );
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("Telegram: policy history");
  });

  test("a comparison links each changed clause to it in its version", async ({ page }) => {
    const [first, second] = adroll;
    await page.goto(`/companies/adroll/changes?from=${first!.id}&to=${second!.id}`);
    const added = page.locator(".diff-item-added");
    await expect(added).toHaveCount(1);
    const link = added.getByRole("link", { name: `in the version of ${day(second!.recordedAt)}` });
    const href = (await link.getAttribute("href"))!;
    expect(href).toMatch(new RegExp(`^/companies/adroll/versions/${second!.id}#`));
    await link.click();
    const clause = page.locator(`li.clause[id="${href.split("#")[1]}"]`);
    await expect(clause).toHaveAttribute("data-highlighted", "true");
    await expect(clause).toContainText("NextRoll offers a consent management platform");
  });

  test("another company's version is a 404 that leads to the company's history; so are an unknown id and a word", async ({
    page,
    request,
    consoleErrors,
  }) => {
    const path = `/companies/telegram/versions/${adroll[0]!.id}`;
    const res = await page.goto(path);
    expect(res?.status()).toBe(404);
    await expect(
      page.getByRole("heading", { name: "No such version of this company’s policy" }),
    ).toBeVisible();
    await expect(
      page.getByRole("link", { name: "The policy history of this company" }),
    ).toHaveAttribute("href", "/companies/telegram/changes");
    await page.screenshot({ path: `${ARTIFACTS}/version-page-404.png` });
    await expectOnlyThe404(page, consoleErrors, path);
    for (const id of ["999999999", "latest", "0", "1e3"]) {
      const other = await request.get(`/companies/telegram/versions/${id}`);
      expect(other.status(), id).toBe(404);
      expect(await other.text()).toContain("No such version of this company");
    }
  });

  test("has no accessibility violations, in light and dark", async ({ page }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.goto(`/companies/telegram/versions/${telegram[3]!.id}`);
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes[0]?.target.join(" ")}`)).toEqual([]);
    }
  });

  test("screenshots: desktop and 390 px, light and dark", async ({ page }) => {
    const old = telegram[3]!;
    for (const [width, label] of [
      [1280, "desktop"],
      [390, "phone"],
    ] as const) {
      await page.setViewportSize({ width, height: 900 });
      for (const colorScheme of ["light", "dark"] as const) {
        await page.emulateMedia({ colorScheme });
        await page.goto(`/companies/telegram/versions/${old.id}`);
        await page.screenshot({ path: `${ARTIFACTS}/version-page-${label}-${colorScheme}.png` });
      }
    }
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(
      `/companies/adroll/changes?from=${adroll[0]!.id}&to=${adroll[1]!.id}#diff-title`,
    );
    await page.screenshot({ path: `${ARTIFACTS}/version-links-in-diff.png` });
  });
});
