import type { Page } from "@playwright/test";
import { expect, test as base } from "./fixtures";

/*
 * Runs against the second server (project "hostile-seeds"), whose seed files
 * (e2e/fixtures/hostile-seeds) put script, event-handler, javascript: and raw-HTML payloads in
 * a policy, its headings, the company's name and the findings. Every page must show them as
 * text: no dialog opens and no element they describe exists in the DOM.
 */

/** Any alert(), confirm() or prompt() fails the test. */
const test = base.extend<{ dialogs: string[] }>({
  dialogs: [
    async ({ page }, use) => {
      const dialogs: string[] = [];
      page.on("dialog", (d) => {
        dialogs.push(`${d.type()}: ${d.message()}`);
        void d.dismiss();
      });
      await use(dialogs);
      expect(dialogs, "dialogs opened by injected script").toEqual([]);
    },
    { auto: true },
  ],
});

const EVIL = "Evil Corp <script>alert(1)</script>";

/** Fails if the DOM holds anything the hostile text could have become. */
async function expectNoInjectedElements(page: Page) {
  const found = await page.evaluate(() => {
    const problems: string[] = [];
    for (const s of document.querySelectorAll("script")) {
      const text = s.textContent ?? "";
      // Next streams page data in `self.__next_f.push(…)` scripts, with "<" escaped; anything else naming alert is injected.
      if (/alert\(|onerror|onload/.test(text) && !/^\s*\(?self\.__next_f/.test(text))
        problems.push(`script: ${text.slice(0, 80)}`);
      if (/<\/?script|<img|<svg|<iframe/i.test(text))
        problems.push(`script holding raw markup: ${text.slice(0, 80)}`);
    }
    for (const el of document.querySelectorAll("*")) {
      for (const attr of el.attributes) {
        if (/^on/i.test(attr.name))
          problems.push(`<${el.localName} ${attr.name}="${attr.value.slice(0, 40)}">`);
        if (
          /^\s*javascript:/i.test(attr.value) &&
          /^(href|src|action|formaction|data|xlink:href)$/i.test(attr.name)
        )
          problems.push(`<${el.localName} ${attr.name}="${attr.value}">`);
      }
    }
    for (const selector of [
      "iframe",
      "object",
      "embed",
      "img[src='x']",
      "svg[onload]",
      "meta[http-equiv='refresh' i]",
      "textarea",
      "b[onmouseover]",
      "animate",
    ]) {
      if (document.querySelector(selector)) problems.push(`element ${selector}`);
    }
    for (const s of document.querySelectorAll("style"))
      if ((s.textContent ?? "").includes("body{display:none}")) problems.push("injected <style>");
    return problems;
  });
  expect(found, "injected elements").toEqual([]);
  await expect(page.locator("body")).toBeVisible();
}

test("the comparison grid shows the hostile company and findings as text", async ({ page }) => {
  await page.goto("/?companies=evil-corp,mozy&practices=all");
  await expect(page.getByRole("columnheader", { name: EVIL })).toBeVisible();
  await expect(
    page.getByText(
      "Sets a tracking cookie literally named <script>alert(1)</script> and lets partners load <img src=x onerror=alert(1)> pixels.",
    ),
  ).toBeVisible();
  await expect(
    page.getByText(
      `Keeps data forever in a table called "><svg onload=alert(1)>; nothing is ever deleted.`,
    ),
  ).toBeVisible();
  await expect(page.getByText("via [click](javascript:alert(1)) and waives")).toBeVisible();
  await expect(
    page.getByText(`<iframe src="javascript:alert(1)"></iframe>`, { exact: false }).first(),
  ).toBeVisible();
  await expect(
    page.getByText("<style>body{display:none}</style> must not hide the page."),
  ).toBeVisible();
  // Opened, the evidence shows the quotes as text too.
  await page
    .locator("details")
    .evaluateAll((all) => all.forEach((d) => ((d as HTMLDetailsElement).open = true)));
  await expect(
    page.getByText("load <img src=x onerror=alert(1)> pixels so that Mallory can count", {
      exact: false,
    }),
  ).toBeVisible();
  await expectNoInjectedElements(page);
});

test("the company page shows the hostile name, policy and findings as text", async ({ page }) => {
  await page.goto("/companies/evil-corp");
  await expect(page).toHaveTitle(/Evil Corp <script>alert\(1\)<\/script> privacy policy/);
  await expect(page.getByRole("heading", { level: 1, name: EVIL })).toBeVisible();
  await expect(
    page.getByText(`Evil Corp "><img src=x onerror=alert(1)> Ltd.`, { exact: false }),
  ).toBeVisible();
  const website = page.getByRole("link", { name: `evil-corp.example/"><svg onload=alert(1)>` });
  await expect(website).toHaveAttribute(
    "href",
    `https://evil-corp.example/"><svg onload=alert(1)>`,
  );

  // Markup written as text in the policy stays text; raw HTML in it is dropped by the seed loader.
  await expect(
    page
      .getByText("a tracking cookie literally named <script>alert(1)</script> on every visit", {
        exact: false,
      })
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByText(
        `in a table Mallory calls "><svg onload=alert(1)> so that nothing is ever deleted`,
        { exact: false },
      )
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(
    page
      .getByText(
        `brokers named "><svg onload=alert(1)> and <iframe src="javascript:alert(1)"></iframe>.`,
        { exact: false },
      )
      .filter({ visible: true })
      .first(),
  ).toBeVisible();
  await expect(
    page.getByText("Raw HTML block: the Mallory retention schedule is posted here."),
  ).toBeVisible();
  await expect(
    page.getByText("and click here for the Mallory opt-out.", { exact: false }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "click here" })).toHaveCount(0);
  await expect(
    page.getByRole("heading", { name: "Cookies <img src=x onerror=alert(1)>" }).first(),
  ).toBeVisible();

  await expect(
    page.getByText("Silent on use of data. </textarea><script>alert(1)</script> stays text."),
  ).toBeVisible();
  await expect(
    page.getByText(
      "Silent on legal disclosure. <svg><animate onbegin=alert(1) attributeName=x></svg> is text.",
    ),
  ).toBeVisible();
  await expectNoInjectedElements(page);
});

test("the practice page shows every company's hostile summary and quotes as text", async ({
  page,
}) => {
  await page.goto("/practices/third-parties");
  await expect(page.getByRole("link", { name: EVIL })).toBeVisible();
  await expect(
    page.getByText(
      `Sells data to anyone, including brokers named "><svg onload=alert(1)> and <iframe src="javascript:alert(1)"></iframe>.`,
    ),
  ).toBeVisible();
  await expect(
    page
      .getByText(
        `including brokers named "><svg onload=alert(1)> and <iframe src="javascript:alert(1)"></iframe>`,
        { exact: false },
      )
      .first(),
  ).toBeVisible();
  await expectNoInjectedElements(page);

  await page.goto("/practices/cookies");
  await expect(
    page
      .getByText("literally named <script>alert(1)</script> on every visit", { exact: false })
      .first(),
  ).toBeVisible();
  await expectNoInjectedElements(page);
});

test("search results for words in the hostile text show it as text", async ({ page }) => {
  // Narrowed to the hostile company, every matching clause is listed, not its best two.
  const results = (q: string) =>
    page.goto(`/search?q=${encodeURIComponent(q)}&companies=evil-corp`);
  const hit = page
    .getByRole("heading", { level: 4, name: /^Evil Corp <script>alert\(1\)<\/script> — / })
    .first();

  await results("Mallory");
  await expect(hit).toBeVisible();
  await expect(
    page
      .getByText(
        `brokers named "><svg onload=alert(1)> and <iframe src="javascript:alert(1)"></iframe>.`,
        { exact: false },
      )
      .first(),
  ).toBeVisible();
  await expectNoInjectedElements(page);

  // Across companies, the hostile name heads its group and names the link to its other matches.
  await page.goto(`/search?q=Mallory`);
  await expect(
    page.getByRole("heading", { level: 3, name: "Evil Corp <script>alert(1)</script>" }),
  ).toBeVisible();
  await expect(
    page.getByRole("link", {
      name: /^\d+ more matching clauses? in Evil Corp <script>alert\(1\)<\/script>$/,
    }),
  ).toBeVisible();
  await expectNoInjectedElements(page);

  await results("tracking cookie");
  await expect(hit).toBeVisible();
  await expect(
    page
      .getByText("literally named <script>alert(1)</script> on every visit", { exact: false })
      .first(),
  ).toBeVisible();
  await expectNoInjectedElements(page);

  await results("alert onerror");
  await expect(
    page
      .getByRole("heading", { level: 4, name: /Cookies <img src=x onerror=alert\(1\)>$/ })
      .first(),
  ).toBeVisible();
  await expectNoInjectedElements(page);
});
