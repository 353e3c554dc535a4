import type { Page } from "@playwright/test";
import { ARTIFACTS, expect, expectOnlyThe404, test } from "./fixtures";

test("the grid leads with the four core practices for all five companies", async ({ page }) => {
  await page.goto("/");
  const grid = page.getByRole("table");
  await expect(grid.locator("caption")).toContainText(
    "How Centercode, Code 42, dotCloud, IBackup, Mozy handle",
  );
  const rowHeaders = grid.locator("tbody th[scope=row]");
  await expect(rowHeaders).toHaveText([
    /Cookies & tracking/,
    /Data retention/,
    /Dispute resolution/,
    /Third-party sharing/,
  ]);
  for (const name of ["Centercode", "Code 42", "IBackup", "Mozy", "dotCloud"]) {
    await expect(grid.getByRole("columnheader", { name: new RegExp(name) })).toBeVisible();
  }
  // Silence is shown, never left blank.
  await expect(grid.getByRole("link", { name: /not addressed/i }).first()).toBeVisible();
  await page.screenshot({ path: `${ARTIFACTS}/grid-desktop.png`, fullPage: true });
});

test("filtering to one practice changes the URL and leaves only that row", async ({ page }) => {
  await page.goto("/");
  await page.getByText("Filter practices, companies and ratings").click();
  // The filters work without JavaScript too, but this test is about the instant path.
  await expect(page.locator("form[data-ready]")).toBeAttached();
  for (const name of ["Data retention", "Dispute resolution", "Third-party sharing"]) {
    await page.getByRole("checkbox", { name }).uncheck();
  }
  await expect(page).toHaveURL(/\?practices=cookies$/);
  await expect(page.locator("tbody th[scope=row]")).toHaveText([/Cookies & tracking/]);
  // The shared URL opens the same view from scratch.
  await page.reload();
  await expect(page.locator("tbody th[scope=row]")).toHaveCount(1);
});

test("a link that changes the view also updates the filter form", async ({ page }) => {
  await page.goto("/?practices=cookies");
  await page.getByText("Filter practices, companies and ratings").click();
  await expect(page.locator("form[data-ready]")).toBeAttached();
  await expect(page.getByRole("checkbox", { name: "Children" })).not.toBeChecked();
  await page.getByRole("link", { name: /show all 14 practices/i }).click();
  await expect(page).toHaveURL(/practices=all/);
  await expect(page.getByRole("checkbox", { name: "Children" })).toBeChecked();
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the filter form still filters, through its Apply button", async ({ page }) => {
    // At 307 companies the form lists the companies picked (others are added by name).
    await page.goto("/?companies=mozy,ibackup,code42");
    // Without a script to measure the screen the panel arrives closed, and opens on a click.
    await expect(page.getByRole("form", { name: "Filter the comparison" })).toBeHidden();
    await page.getByText("Filter practices, companies and ratings").click();
    await page.getByRole("checkbox", { name: "Data retention" }).uncheck();
    await page.getByRole("checkbox", { name: "Code 42" }).uncheck();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page.locator("tbody th[scope=row]")).toHaveCount(3);
    await expect(page.getByRole("columnheader")).toHaveText(["Practice", /IBackup/, /Mozy/]);
  });

  test("a new order goes to page 1 of it, and another row keeps the page, at the view's own URL", async ({
    page,
  }) => {
    await page.goto("/?provenance=all&page=5");
    const columns = await page.getByRole("columnheader").allTextContents();
    await page.getByText("Filter practices, companies and ratings").click();
    await page.getByRole("checkbox", { name: "Children" }).check();
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(
      /\/\?provenance=all&practices=cookies,retention,disputes,third-parties,children&page=5$/,
    );
    expect(await page.getByRole("columnheader").allTextContents()).toEqual(columns);
    await page.getByText("Filter practices, companies and ratings").click();
    await page.getByRole("combobox", { name: "Order companies" }).selectOption("date");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(
      /\/\?provenance=all&practices=cookies,retention,disputes,third-parties,children&sort=date$/,
    );
    await expect(
      page.getByRole("navigation", { name: "Companies pages" }).getByText(/^Page 1 of \d+$/),
    ).toBeVisible();
  });

  test("/companies's form goes to page 1 of a new order", async ({ page }) => {
    await page.goto("/companies?page=5");
    await page.getByRole("combobox", { name: "Sort by" }).selectOption("recorded");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/\/companies\?(?!.*page=)[^#]*sort=recorded/);
    await expect(page.getByText(/· 1–24 shown/)).toBeVisible();
  });
});

test("picking companies and a rating filters columns and cells, and the view is shareable", async ({
  page,
}) => {
  await page.goto("/?companies=mozy,ibackup&rating=concerning");
  await expect(page.getByRole("columnheader")).toHaveText(["Practice", /IBackup/, /Mozy/]);
  const cells = page.locator("tbody td");
  const ratings = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute("data-rating")));
  expect(ratings).toContain("concerning");
  await expect(page.getByText(/only concerning: \d+ findings?/)).toBeVisible();
});

test("a quote opens in place and links to the highlighted clause on the company page", async ({
  page,
}) => {
  await page.goto("/?practices=retention&companies=mozy,ibackup");
  const cell = page.locator("td[data-rating]").filter({ hasText: "live database" });
  await cell.getByText(/\d+ clauses?/).click();
  const quote = cell.locator("blockquote").first();
  await expect(quote).toBeVisible();
  const link = cell.getByRole("link", { name: /read in the policy/i }).first();
  const href = await link.getAttribute("href");
  expect(href).toMatch(/^\/companies\/mozy\?finding=retention#[a-z0-9-]+$/);
  const anchor = href!.split("#")[1]!;
  const quoted = (await quote.textContent())!.replace(/[“”]/g, "").trim().slice(0, 40);
  await link.click();
  await expect(page).toHaveURL(new RegExp(`/companies/mozy\\?finding=retention#${anchor}$`));
  const clause = page.locator(`[id="${anchor}"]`);
  await expect(clause).toBeInViewport();
  await expect(clause).toHaveAttribute("data-highlighted", "true");
  // Highlighted: a ring (box-shadow) that unhighlighted clauses do not have.
  expect(await clause.evaluate((el) => getComputedStyle(el).boxShadow)).not.toBe("none");
  expect(
    await page
      .locator("li.clause:not([data-highlighted])")
      .first()
      .evaluate((el) => getComputedStyle(el).boxShadow),
  ).toBe("none");
  // The quoted words are on the page, in the clause the link points to.
  await expect(clause).toContainText(quoted);
});

test("garbage in the query string still gives a working grid that says what it ignored", async ({
  page,
}) => {
  const response = await page.goto(
    "/?practices=%3Cscript%3E,cookies,../../etc&companies=nope&rating=awful&page=-3&x[]=1",
  );
  expect(response?.status()).toBe(200);
  await expect(page.getByRole("table")).toBeVisible();
  await expect(page.getByRole("status").first()).toContainText("Ignored unknown practice");
  await expect(page.getByRole("status").first()).toContainText("Ignored unknown company: nope");
  await expect(page.locator("tbody th[scope=row]")).toHaveText([/Cookies & tracking/]);
});

test("an unknown company gets a 404 page that leads onward", async ({ page, consoleErrors }) => {
  const response = await page.goto("/companies/acme-cloud");
  expect(response?.status()).toBe(404);
  await expectOnlyThe404(page, consoleErrors, "/companies/acme-cloud");
  await expect(
    page.getByRole("heading", { name: "No such company in Policy Atlas" }),
  ).toBeVisible();
  await expect(page.getByRole("link", { name: "Mozy" })).toBeVisible();
  await expect(page).toHaveTitle(/not found/i);
  // The suggestions say which they are, and the directory holds the rest.
  await expect(page.getByRole("heading", { name: "The 5 curated companies" })).toBeVisible();
  await expect(
    page.getByRole("heading", { name: /^The first \d+ of 302 machine-read companies, by name$/ }),
  ).toBeVisible();
  await page.getByRole("link", { name: "Browse all 307 companies" }).click();
  await expect(page).toHaveURL(/\/companies$/);
  await expect(page.getByRole("heading", { level: 1, name: "Companies" })).toBeVisible();
});

test("the grid stays readable on a 375 px phone", async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 812 });
  await page.goto("/");
  // Each practice is named above its cells, its name pinned while the row scrolls sideways.
  const practiceName = page.locator("tbody th[scope=row] a").first();
  await expect(practiceName).toBeVisible();
  await expect(practiceName).toHaveCSS("position", "sticky");
  const pageWidth = await page.evaluate(() => document.documentElement.scrollWidth);
  expect(pageWidth).toBeLessThanOrEqual(375);
  await page.screenshot({ path: `${ARTIFACTS}/grid-phone.png`, fullPage: true });
});

const FIVE = ["Practice", /Centercode/, /Code 42/, /dotCloud/, /IBackup/, /Mozy/];
const filterPanel = (page: Page) => page.getByRole("form", { name: "Filter the comparison" });
const addBox = (page: Page) => page.getByRole("textbox", { name: /^Add a company/ });

test.describe("adding a company by name", () => {
  test("adds it to the five companies shown, not instead of them", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Filter practices, companies and ratings").click();
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await expect(addBox(page)).toHaveAccessibleName("Add a company to the 5 shown:");
    await expect(page.getByText("307 in all; the grid compares up to 10.")).toBeVisible();
    await addBox(page).fill("Signal");
    await addBox(page).press("Enter");
    await expect(page).toHaveURL(
      /\/\?companies=centercode,code42,dotcloud,ibackup,mozy,signal#col-signal$/,
    );
    await expect(page.getByRole("columnheader")).toHaveText([...FIVE, /Signal/]);
  });

  test("a company is added by another name its data gives it (CrashPlan for Code 42)", async ({
    page,
  }) => {
    await page.goto("/?companies=signal&add=crashplan");
    await expect(page.getByRole("columnheader")).toHaveText(["Practice", /Code 42/, /Signal/]);
  });

  test("an ambiguous name lists every match, and the one picked joins the five", async ({
    page,
  }) => {
    await page.goto("/?add=goo");
    const notice = page.getByRole("status").filter({ hasText: /"goo" matches/ });
    const count = Number((await notice.textContent())!.match(/matches (\d+) companies/)![1]);
    expect(count).toBeGreaterThan(8);
    const picks = page.getByRole("navigation", { name: "Matching companies" }).getByRole("link");
    // As many to pick from as the notice says match: not eight of eleven.
    await expect(picks).toHaveCount(count);
    await expect(page.getByRole("columnheader")).toHaveText(FIVE);
    await picks.filter({ hasText: /^Add Google$/ }).click();
    await expect(page).toHaveURL(/[?&]companies=centercode,code42,dotcloud,ibackup,mozy,google$/);
    // In name order, as every pick is drawn.
    await expect(page.getByRole("columnheader")).toHaveText([
      ...FIVE.slice(0, 4),
      /Google/,
      ...FIVE.slice(4),
    ]);
  });

  test("a name with many matches lists the twelve closest and says how to find the rest", async ({
    page,
  }) => {
    await page.goto("/?add=on");
    const notice = page.getByRole("status").filter({ hasText: /"on" matches/ });
    await expect(notice).toContainText(
      /"on" matches \d+ companies; the 12 closest are below\. Type more of the name to narrow them\./,
    );
    const total = Number((await notice.textContent())!.match(/matches (\d+) companies/)![1]);
    const nav = page.getByRole("navigation", { name: "Matching companies" });
    await expect(nav.getByRole("listitem")).toHaveCount(12);
    await expect(nav).toContainText(`And ${total - 12} more: type more of the name, or`);
    await expect(
      nav.getByRole("link", { name: `see all ${total} in the directory` }),
    ).toHaveAttribute("href", "/companies?q=on");
  });

  test("a full grid says so instead of dropping the company", async ({ page }) => {
    const ten = "centercode,code42,dotcloud,ibackup,mozy,signal,github,spotify,whatsapp,zoom";
    await page.goto(`/?companies=${ten}&add=telegram`);
    await expect(page.getByRole("status").first()).toContainText(
      'Already comparing 10 companies, the most at once: remove one before adding "telegram".',
    );
    await expect(
      page.getByText("The grid is full at 10 companies: untick one to add another."),
    ).toBeAttached();
    await expect(page.getByRole("columnheader")).toHaveCount(11);
  });
});

test.describe("adding a company by name, without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("adds it to the page of companies shown", async ({ page }) => {
    await page.goto("/");
    await page.getByText("Filter practices, companies and ratings").click();
    await addBox(page).fill("signal");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(
      /\/\?companies=centercode,code42,dotcloud,ibackup,mozy,signal#col-signal$/,
    );
    await expect(page.getByRole("columnheader")).toHaveText([...FIVE, /Signal/]);

    // On the second page of a sector, what joins is that page.
    await page.goto("/?sector=messaging&page=2");
    const shown = await page.getByRole("columnheader").allTextContents();
    await page.getByText("Filter practices, companies and ratings").click();
    await addBox(page).fill("Mozy");
    await page.getByRole("button", { name: "Apply filters" }).click();
    await expect(page).toHaveURL(/\/\?sector=messaging&companies=[a-z0-9-,]+,mozy#col-mozy$/);
    await expect(page.getByRole("columnheader")).toHaveCount(shown.length + 1);
  });
});

test.describe("the filter panel on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("stays closed with companies picked, so the grid starts on the first screen", async ({
    page,
  }) => {
    await page.goto("/?companies=github,signal,spotify,whatsapp");
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await expect(filterPanel(page)).toBeHidden();
    const header = await page.getByRole("columnheader", { name: /GitHub/ }).boundingBox();
    expect(header!.y).toBeLessThan(844);
    await page.getByText("Filter practices, companies and ratings").click();
    await expect(filterPanel(page)).toBeVisible();
    // Opened by the reader, it stays open while the view changes.
    await page.getByRole("checkbox", { name: "Children" }).check();
    await expect(page).toHaveURL(/children/);
    await expect(filterPanel(page)).toBeVisible();
  });

  test("stays closed after an ignored parameter, whose notice stays in view", async ({ page }) => {
    await page.goto("/?practices=nonsense");
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await expect(filterPanel(page)).toBeHidden();
    await expect(page.getByRole("status").first()).toContainText(
      "Ignored unknown practice: nonsense",
    );
    await expect(page.getByRole("status").first()).toBeInViewport();
  });
});

test.describe("the filter panel on a phone without JavaScript", () => {
  test.use({ viewport: { width: 390, height: 844 }, javaScriptEnabled: false });

  test("stays closed and opens on a click", async ({ page }) => {
    await page.goto("/?companies=github,signal");
    await expect(filterPanel(page)).toBeHidden();
    await page.getByText("Filter practices, companies and ratings").click();
    await expect(filterPanel(page)).toBeVisible();
  });
});

test("on a wide screen the panel is open on arrival when the URL sets a filter, under the CSP", async ({
  page,
}) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/?companies=mozy,ibackup");
  // Open in the document as parsed, before React takes over.
  await expect(page.locator("details#grid-filters[open]")).toBeAttached();
  await expect(filterPanel(page)).toBeVisible();
  await page.goto("/");
  await expect(page.locator("form[data-ready]")).toBeAttached();
  await expect(filterPanel(page)).toBeHidden();
  expect(violations).toEqual([]);
});

test("with a rating filter the status counts the practices that have such a finding, as many as the rows", async ({
  page,
}) => {
  await page.goto("/?rating=concerning&practices=all");
  const rows = page.getByRole("table").locator("tbody th[scope=row]");
  await expect(rows.first()).toBeVisible();
  const shown = await rows.count();
  expect(shown).toBeLessThan(14);
  await expect(page.getByRole("status").filter({ hasText: /practices/ })).toContainText(
    `${shown} of 14 practices have a concerning finding among these companies`,
  );
});

test("including machine-read on the default view says what comes first and offers sectors and names to compare", async ({
  page,
}) => {
  await page.goto("/?provenance=all");
  await expect(page.getByRole("status").filter({ hasText: /practices/ })).toContainText(
    /6 of 307 companies: the 5 curated first, then the 302 machine-read by name/,
  );
  const offers = page.getByRole("navigation", { name: "Machine-read companies to compare" });
  await expect(offers.getByRole("link", { name: /Messaging/ })).toBeVisible();
  await expect(offers.getByRole("link", { name: /by name/ })).toBeVisible();
  await offers.getByRole("link", { name: /Messaging/ }).click();
  await expect(page).toHaveURL(/\/\?sector=messaging$/);
  await expect(page.getByRole("status").filter({ hasText: /practices/ })).toContainText(
    "6 of 18 companies in Messaging",
  );
});

test.describe("adding a company on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  /** Whether the column header of `name` is on screen, sideways as well as down. */
  const columnOnScreen = async (page: Page, name: string) => {
    const box = (await page.getByRole("columnheader", { name: new RegExp(name) }).boundingBox())!;
    return box.x >= 0 && box.x + box.width <= 390 && box.y >= 0 && box.y < 844;
  };

  test("brings the added company's column into view and keeps the panel open for the next", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("form[data-ready]")).toBeAttached();
    await page.getByText("Filter practices, companies and ratings").click();
    await addBox(page).fill("tiktok");
    await addBox(page).press("Enter");
    await expect(page).toHaveURL(
      /companies=centercode,code42,dotcloud,ibackup,mozy,tiktok#col-tiktok$/,
    );
    const tiktok = page
      .getByRole("columnheader", { name: /TikTok/ })
      .getByRole("link", { name: "TikTok", exact: true });
    await expect(tiktok).toBeFocused();
    expect(await columnOnScreen(page, "TikTok")).toBe(true);
    // Column 6 of 6: the grid scrolled sideways to it.
    expect(await page.locator(".grid-scroll").evaluate((s) => s.scrollLeft)).toBeGreaterThan(0);
    await page.screenshot({ path: `${ARTIFACTS}/grid-phone-added-tiktok.png` });
    // The panel is still open: a second company needs no reopening.
    await expect(filterPanel(page)).toBeVisible();
    await addBox(page).fill("snapchat");
    await addBox(page).press("Enter");
    await expect(page).toHaveURL(/,tiktok,snapchat#col-snapchat$/);
    expect(await columnOnScreen(page, "Snapchat")).toBe(true);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("lands on the added company's column", async ({ page }) => {
      await page.goto("/");
      await page.getByText("Filter practices, companies and ratings").click();
      await addBox(page).fill("tiktok");
      await page.getByRole("button", { name: "Apply filters" }).click();
      await expect(page).toHaveURL(/,tiktok#col-tiktok$/);
      expect(await columnOnScreen(page, "TikTok")).toBe(true);
    });
  });
});

test("under a rating filter the cells outside it stay links but leave the Tab order", async ({
  page,
}) => {
  await page.goto("/?rating=concerning&practices=all");
  const dimmed = page.locator("td", { hasText: "Outside the rating filter." });
  expect(await dimmed.count()).toBeGreaterThan(5);
  const badges = dimmed.getByRole("link");
  for (const badge of await badges.all()) await expect(badge).toHaveAttribute("tabindex", "-1");
  // The matching cells' badges stay in the Tab order.
  const matching = page.locator('td[data-rating="concerning"]').first().getByRole("link").first();
  await expect(matching).not.toHaveAttribute("tabindex", "-1");
});

test("links and checkboxes get the same 2 px focus ring as buttons", async ({ page }) => {
  await page.goto("/?companies=mozy,ibackup");
  await expect(page.locator("form[data-ready]")).toBeAttached();
  const button = page.getByRole("button", { name: "Apply filters" });
  for (const control of [
    page.getByRole("checkbox", { name: "Children" }),
    page.getByRole("link", { name: "Reset" }),
    page.getByRole("link", { name: "how we rate", exact: true }),
    button,
  ]) {
    await control.focus();
    await page.keyboard.press("Shift+Tab");
    await page.keyboard.press("Tab");
    await expect(control).toBeFocused();
    await expect(control).toHaveCSS("outline-style", "solid");
    await expect(control).toHaveCSS("outline-width", "2px");
  }
});

test("a printed comparison says the address it came from, filters included, and the day", async ({
  page,
}) => {
  await page.goto("/?practices=cookies,retention&companies=mozy,ibackup");
  const line = page.getByText(/^Printed from /);
  await expect(line).toBeHidden();
  await page.emulateMedia({ media: "print" });
  const today = new Date().toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
  });
  await expect(line).toBeVisible();
  await expect(line).toHaveText(`Printed from ${page.url()} on ${today}.`);
  expect(page.url()).toContain("practices=cookies");
  // Filters change the address without a new page: the line is read again when printing starts.
  await page.evaluate(() => {
    history.replaceState(history.state, "", "/?practices=disputes");
    window.dispatchEvent(new Event("beforeprint"));
  });
  await expect(line).toContainText("/?practices=disputes on ");
});
