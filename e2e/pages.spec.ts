import { ARTIFACTS, expect, expectOnlyThe404, test } from "./fixtures";

test("a company page shows its policy metadata, findings and every clause with anchors and tags", async ({
  page,
}) => {
  await page.goto("/companies/ibackup");
  await expect(page).toHaveTitle("IBackup privacy policy · Policy Atlas");
  await expect(page.getByRole("heading", { level: 1, name: "IBackup" })).toBeVisible();
  await expect(page.getByText("Last modified Jan 9, 2012")).toBeVisible();
  const archived = page.getByRole("link", { name: /Wayback Machine, Feb 5, 2017/ });
  await expect(archived).toHaveAttribute("href", /web\.archive\.org/);
  // Printed, the link keeps the address it leads to, which its words do not say.
  const after = () => archived.evaluate((a) => getComputedStyle(a, "::after").content);
  expect(await after()).toBe("none");
  await page.emulateMedia({ media: "print" });
  expect(await after()).toMatch(/^" \(https:\/\/web\.archive\.org\/.+\)"$/);
  await page.emulateMedia({ media: "screen" });
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

test("at 390 px the company header's facts wrap with no separator starting a line", async ({
  page,
}) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto("/companies/mozy");
  const facts = page
    .getByRole("list")
    .filter({ has: page.getByRole("link", { name: "mozy.com", exact: true }) })
    .first();
  await expect(facts.getByRole("listitem")).toHaveText([
    "Curated",
    "Cloud storage & backup",
    "Mozy, Inc.",
    "mozy.com",
  ]);
  const { left, clip, items } = await facts.evaluate((ul) => ({
    left: ul.getBoundingClientRect().left,
    clip: getComputedStyle(ul).overflowX,
    items: [...ul.children].map((li) => {
      const box = li.getBoundingClientRect();
      const dot = parseFloat(getComputedStyle(li, "::before").width);
      return { top: Math.round(box.top), dotLeft: box.left, dotRight: box.left + dot };
    }),
  }));
  expect(clip).toBe("clip");
  const startsLine = items.map((item, i) => i === 0 || item.top > items[i - 1]!.top);
  expect(startsLine.filter(Boolean).length, "the facts wrap at this width").toBeGreaterThan(1);
  items.forEach((item, i) => {
    // A line's first item has its dot outside the list, where it is clipped; the others inside.
    if (startsLine[i]) expect(item.dotRight).toBeLessThanOrEqual(left + 0.5);
    else expect(item.dotLeft).toBeGreaterThanOrEqual(left);
  });
  await page.screenshot({ path: `${ARTIFACTS}/company-phone-header.png` });
});

test("a printed company page leaves out the contents and gives the policy the width", async ({
  page,
}) => {
  await page.goto("/companies/mozy");
  const toc = page.getByRole("navigation", { name: "Policy contents" });
  await expect(toc).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(toc).toBeHidden();
  // The clauses take the page's width, not the second of two columns.
  const policy = await page
    .getByRole("region", { name: "The policy, clause by clause" })
    .boundingBox();
  const clause = await page.locator("li.clause").first().boundingBox();
  expect(clause!.width).toBeGreaterThan(policy!.width * 0.9);
});

test("a practice page puts every company's finding and quotes side by side", async ({ page }) => {
  // The curated five (the 302 machine-read companies follow, twelve to a page).
  await page.goto("/practices/disputes?provenance=curated");
  await expect(page.getByRole("heading", { level: 1, name: "Dispute resolution" })).toBeVisible();
  const cards = page.locator("#companies-title ~ ul > li");
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

test("the machine's 'No clause found' leads to what it means, not to the meaning of silence", async ({
  page,
}) => {
  await page.goto("/?sector=messaging&practices=all");
  const badge = page
    .locator('td[data-provenance="machine"]')
    .getByRole("link", { name: "No clause found", exact: true })
    .first();
  await expect(badge).toHaveAttribute("href", "/methodology#no-clause-found");
  await badge.click();
  await expect(page).toHaveURL(/\/methodology#no-clause-found$/);
  const meaning = page.locator("#no-clause-found");
  await expect(meaning).toContainText("the classifier can miss a clause");
  await expect(meaning).toBeInViewport();
  await expect(page.locator("#rating-not-addressed")).toContainText(
    "machine reading says “No clause found”, which is not a finding of silence",
  );
});

test("an unknown practice gets a 404 page", async ({ page, consoleErrors }) => {
  const response = await page.goto("/practices/telepathy");
  expect(response?.status()).toBe(404);
  await expectOnlyThe404(page, consoleErrors, "/practices/telepathy");
  await expect(page.getByRole("heading", { name: /couldn.t find that page/i })).toBeVisible();
});

test("the header's navigation names the section the page is in, for a screen reader and the eye", async ({
  page,
}) => {
  for (const [path, section] of [
    ["/", "Compare"],
    ["/companies/mozy/changes", "Companies"],
    ["/practices/cookies", "Practices"],
    ["/search?q=cookies", null],
  ] as const) {
    await page.goto(path);
    const nav = page.getByRole("navigation", { name: "Main" });
    const current = nav.locator('[aria-current="page"]');
    if (section === null) {
      await expect(current, path).toHaveCount(0);
      continue;
    }
    await expect(current, path).toHaveCount(1);
    await expect(current, path).toHaveText(section);
    // Not by colour alone: the current section is underlined, the others are not.
    expect(await current.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe("underline");
    expect(
      await nav
        .getByRole("link", { name: section === "Compare" ? "About" : "Compare" })
        .evaluate((a) => getComputedStyle(a).textDecorationLine),
    ).toBe("none");
  }
});

test("a company page breaks only the source address anywhere, never the words said in its place", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.goto("/companies/brevo");
  const missing = page
    .locator("dt", { hasText: "Original source" })
    .locator("xpath=following-sibling::dd[1]");
  await expect(missing).toContainText("record of this service");
  await expect(missing).toHaveCSS("word-break", "normal");
  await page.goto("/companies/wetransfer");
  const source = page
    .locator("dt", { hasText: "Original source" })
    .locator("xpath=following-sibling::dd[1]");
  await expect(source.getByRole("link")).toHaveCSS("word-break", "break-all");
});
