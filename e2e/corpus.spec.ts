import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { ARTIFACTS, expect, expectOnlyThe404, test } from "./fixtures";

/*
 * The 302 machine-read companies beside the curated five: a machine finding never looks like a
 * reviewed one (mark and words, in light, dark and print), and /companies finds them by name
 * with and without JavaScript.
 */
const COMPARE = "/?companies=mozy,signal&practices=retention,cookies";

test.describe("a machine-read cell", () => {
  for (const scheme of ["light", "dark"] as const) {
    test(`is marked "machine-read" with its confidence, and a curated one is not (${scheme})`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(COMPARE);
      const grid = page.getByRole("table");
      const machine = grid.locator('td[data-provenance="machine"]').first();
      // Words in the cell, not a link: the column's header leads to how machine reading works.
      await expect(machine.getByText("Machine-read", { exact: true })).toBeVisible();
      await expect(machine.getByRole("link", { name: /machine-read/i })).toHaveCount(0);
      // A suggested rating shows its confidence; where no clause was found, how near the closest came.
      await expect(
        grid.locator('td[data-provenance="machine"]:not([data-rating="not-addressed"])').first(),
      ).toContainText(/Confidence \d+% \((high|medium|low)\)/);
      const silent = grid.locator('td[data-provenance="machine"][data-rating="not-addressed"]');
      await expect(silent.first()).toContainText(
        /Closest clause: (under 1|\d+)% likely to be about this practice/,
      );
      await expect(silent.first()).not.toContainText("Confidence");
      await expect(grid.getByRole("columnheader", { name: /Signal/ })).toContainText(
        /machine-read/i,
      );
      const curated = grid.locator('td[data-provenance="curated"]').first();
      await expect(curated).toBeVisible();
      await expect(curated.getByText(/machine-read/i)).toHaveCount(0);
      // Shape, not colour alone: the machine's cell edge and mark are dashed.
      expect(await machine.evaluate((el) => getComputedStyle(el).borderLeftStyle)).toBe("dashed");
      await page.screenshot({ path: `${ARTIFACTS}/corpus-grid-${scheme}.png`, fullPage: true });
    });
  }

  test("stays marked in print, with a dashed edge in black", async ({ page }) => {
    // A full-page screenshot of the printed grid, quotes opened, is slow on a busy machine.
    test.setTimeout(60_000);
    await page.goto(COMPARE);
    await page.emulateMedia({ media: "print" });
    const machine = page.locator('td[data-provenance="machine"]').first();
    const mark = machine.getByText("Machine-read", { exact: true });
    await expect(mark).toBeVisible();
    // Web-first checks: they wait for the print styles (and a grid still hydrating) to settle.
    await expect(machine).toHaveCSS("border-left-style", "dashed");
    await expect(machine).toHaveCSS("border-left-color", "rgb(0, 0, 0)");
    await expect(mark).toHaveCSS("border-top-style", "dashed");
    await page.screenshot({ path: `${ARTIFACTS}/corpus-grid-print.png`, fullPage: true });
  });

  test("a printed page of a sector says which page of how many companies it is", async ({
    page,
  }) => {
    await page.goto("/?sector=social");
    await page.emulateMedia({ media: "print" });
    await expect(page.getByRole("status").first()).toBeVisible();
    await expect(page.getByRole("status").first()).toContainText(/\d+ of \d+ companies/);
    const printedPage = page.locator("p", { hasText: /^Page 1 of \d+$/ });
    await expect(printedPage).toBeVisible();
    // The pager and the view's links are no use on paper.
    await expect(page.getByRole("navigation", { name: "Companies pages" })).toBeHidden();
    await expect(page.getByRole("link", { name: /Show all \d+ practices/ })).toBeHidden();
    await page.emulateMedia({ media: "screen" });
    await expect(printedPage).toBeHidden();
    await expect(page.getByRole("navigation", { name: "Companies pages" })).toContainText(
      /Page 1 of \d+/,
    );
  });

  test("prints in the light palette from a browser set to dark", async ({ page }) => {
    test.setTimeout(60_000);
    await page.emulateMedia({ colorScheme: "dark" });
    await page.goto(COMPARE);
    const quote = page.locator("td blockquote.evidence-quote").first();
    const practice = page.locator("tbody th").first();
    // On screen the dark palette: light words on a dark page.
    await expect(page.locator("body")).not.toHaveCSS("background-color", "rgb(255, 255, 255)");
    await page.emulateMedia({ media: "print", colorScheme: "dark" });
    // On paper dark words on white, whatever the screen's scheme.
    await expect(page.locator("body")).toHaveCSS("background-color", "rgb(255, 255, 255)");
    for (const el of [quote, practice]) {
      // Tailwind's colours compute as oklch(); a canvas turns any CSS colour into RGB.
      const [r, g, b] = await el.evaluate((e) => {
        const ctx = document.createElement("canvas").getContext("2d")!;
        ctx.fillStyle = getComputedStyle(e).color;
        ctx.fillRect(0, 0, 1, 1);
        return [...ctx.getImageData(0, 0, 1, 1).data];
      });
      expect(r! + g! + b!, "text colour on paper").toBeLessThan(3 * 140);
    }
    await page.screenshot({ path: `${ARTIFACTS}/corpus-grid-print-dark.png`, fullPage: true });
  });

  test('says "No clause found", never "Not addressed", where the machine found nothing', async ({
    page,
  }) => {
    await page.goto("/?sector=messaging&practices=all");
    const machineCells = page.locator('td[data-provenance="machine"]');
    await expect(machineCells.first()).toBeVisible();
    await expect(machineCells.getByText("Not addressed", { exact: true })).toHaveCount(0);
    await expect(page.getByRole("heading", { name: "Who wrote the finding" })).toBeVisible();
    // Filtered on silence, the status line words it as the machine's cells do.
    await page.goto("/?sector=messaging&practices=all&rating=not-addressed");
    await expect(
      page.getByRole("status").filter({ hasText: /only no clause found: \d+ findings?/ }),
    ).toBeVisible();
    await page.goto("/?companies=mozy,signal&practices=all&rating=not-addressed");
    await expect(
      page
        .getByRole("status")
        .filter({ hasText: /only not addressed or no clause found: \d+ findings?/ }),
    ).toBeVisible();
    // The rating filter's own option says the same, and the company legend promises no more
    // than the grid does (the companies in scope, a page at a time, at 307 companies).
    await expect(page.locator('select[name="rating"] option[value="not-addressed"]')).toHaveText(
      "Only not addressed or no clause found",
    );
    await page.goto("/?practices=all");
    await expect(page.locator('select[name="rating"] option[value="not-addressed"]')).toHaveText(
      "Only not addressed",
    );
    await expect(
      page.getByText("(none ticked = the view’s companies, a page at a time)"),
    ).toBeAttached();
  });
});

test("the download of silence tells the machine's 'no clause found' from 'not addressed', with the page's number", async ({
  page,
}) => {
  await page.goto("/?companies=mozy,signal&practices=all&rating=not-addressed");
  const status = page
    .getByRole("status")
    .filter({ hasText: /only not addressed or no clause found: \d+ findings?/ });
  const shown = Number((await status.textContent())!.match(/(\d+) findings?/)![1]);
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^CSV of this view/ }).click(),
  ]);
  const rows = parse(await readFile((await download.path())!), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect(rows).toHaveLength(shown);
  const signal = rows.filter((r) => r.company === "signal");
  expect(signal.length).toBeGreaterThan(0);
  for (const row of rows)
    expect(row).toMatchObject(
      row.company === "signal"
        ? { provenance: "machine", rating: "no-clause-found", confidence: "" }
        : { provenance: "curated", rating: "not-addressed", closest_clause_probability: "" },
    );
  // The CSV's number is the one the grid cell shows.
  const { practice, closest_clause_probability: p } = signal[0]!;
  expect(p).toMatch(/^0\.\d\d$/);
  const pct = Math.round(Number(p) * 100);
  await page.goto(`/?companies=mozy,signal&practices=${practice}`);
  await expect(page.getByRole("table").locator('td[data-provenance="machine"]')).toContainText(
    `Closest clause: ${pct < 1 ? "under 1" : pct}% likely to be about this practice`,
  );
  const api = await (await page.request.get("/api/companies/signal")).json();
  expect(
    api.company.findings.find((f: { practice: string }) => f.practice === practice),
  ).toMatchObject({
    rating: "no-clause-found",
    confidence: null,
    closestClauseProbability: Number(p),
  });
});

test("a sector paged through downloads whole: every company of the sector, not only the page", async ({
  page,
}) => {
  const sector = (await (await page.request.get("/api/companies?sector=messaging")).json()) as {
    companies: { slug: string }[];
  };
  const all = sector.companies.map((c) => c.slug);
  expect(all.length).toBeGreaterThan(6);
  await page.goto("/?sector=messaging");
  const shown = await page.getByRole("table").getByRole("columnheader").count();
  expect(shown - 1).toBeLessThan(all.length);
  // "This view" is still the page shown.
  await expect(
    page.getByRole("link", { name: /^CSV of this view \(4 practices, 6 companies\)/ }),
  ).toBeVisible();
  await expect(
    page.getByText(`Download the whole Messaging sector (${all.length} companies, 4 practices):`),
  ).toBeVisible();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByRole("link", { name: /^CSV of the whole sector/ }).click(),
  ]);
  expect(download.suggestedFilename()).toMatch(
    /^policy-atlas-core-practices-messaging-companies-\d{4}-\d{2}-\d{2}\.csv$/,
  );
  const rows = parse(await readFile((await download.path())!), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  expect([...new Set(rows.map((r) => r.company))].sort()).toEqual([...all].sort());
  expect(rows).toHaveLength(all.length * 4);
});

for (const width of [1280, 390])
  for (const scheme of ["light", "dark"] as const)
    test(`screenshot: a sector's downloads at ${width} px, ${scheme}`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto("/?sector=messaging");
      const downloads = page.getByRole("region", { name: "Download the data" });
      await downloads.scrollIntoViewIfNeeded();
      await expect(downloads).toContainText("Download the whole Messaging sector");
      await page.screenshot({ path: `${ARTIFACTS}/sector-downloads-${width}-${scheme}.png` });
    });

test("the legend draws each kind of finding as its grid cell does", async ({ page }) => {
  await page.goto(COMPARE);
  const grid = page.getByRole("table");
  await expect(grid.locator('td[data-provenance="curated"] .provenance-mark')).toHaveCount(0);
  await expect(
    grid.locator('td[data-provenance="machine"]').first().locator(".provenance-mark"),
  ).toHaveCount(1);
  const legend = page.getByRole("region", { name: "Who wrote the finding" });
  const [curated, machine] = [legend.getByRole("term").nth(0), legend.getByRole("term").nth(1)];
  await expect(curated).toContainText("Curated");
  await expect(curated.locator(".provenance-mark")).toHaveCount(0);
  await expect(legend.getByRole("definition").nth(0)).toContainText("Its cell carries no mark");
  await expect(machine.locator(".provenance-mark")).toHaveCount(1);
});

test.describe("the grid at 307 companies", () => {
  test("still shows the curated five by default, and a sector view pages through its companies", async ({
    page,
  }) => {
    await page.goto("/");
    const headers = page.getByRole("table").getByRole("columnheader");
    await expect(headers).toHaveCount(6);
    await expect(page.locator('td[data-provenance="machine"]')).toHaveCount(0);

    await page.goto("/?sector=messaging");
    await expect(page.locator('td[data-provenance="machine"]').first()).toBeVisible();
    await page.getByRole("link", { name: /next/i }).click();
    await expect(page).toHaveURL(/sector=messaging.*page=2|page=2.*sector=messaging/);

    // A sector of seven is one comparison: a last page of one joins the page before it.
    await page.goto("/?sector=dating");
    await expect(headers).toHaveCount(8);
    await expect(page.getByText("4 of 14 practices · 7 of 7 companies in Dating")).toBeVisible();
    await expect(page.getByRole("navigation", { name: "Companies pages" })).toHaveCount(0);
  });

  test("with companies chosen by name, says so instead of claiming a scope, and clearing keeps the practices", async ({
    page,
  }) => {
    await page.goto("/?companies=mozy,spotify,signal&practices=all");
    await expect(page.getByRole("navigation", { name: "Findings to include" })).toHaveCount(0);
    await expect(page.getByText(/in scope/)).toHaveCount(0);
    await expect(
      page.getByText("Comparing the 3 companies you chose, 2 of them machine-read"),
    ).toBeVisible();
    await page.getByRole("link", { name: "Clear the choice" }).click();
    await expect(page).toHaveURL(/\/\?practices=all$/);
    await expect(
      page
        .getByRole("navigation", { name: "Findings to include" })
        .getByRole("link", { name: "Curated only" }),
    ).toHaveAttribute("aria-current", "true");
  });

  test("companies added to the curated five are named as added, and can be shown alone", async ({
    page,
  }) => {
    // What "Add a company" leaves in the URL after adding two to the default view.
    await page.goto("/?practices=retention&add=WhatsApp");
    await expect(page).toHaveURL(
      /companies=centercode,code42,dotcloud,ibackup,mozy,whatsapp#col-whatsapp$/,
    );
    await page.goto(`${page.url().split("#")[0]}&add=Spotify`);
    await expect(page.getByRole("columnheader", { name: /Spotify/ })).toBeVisible();
    await expect(
      page.getByText("Comparing 7 companies: the 5 curated and the 2 you added, all machine-read"),
    ).toBeVisible();
    await page.getByRole("link", { name: "Only the 2 you added" }).click();
    await expect(page).toHaveURL(
      /practices=retention&companies=(spotify,whatsapp|whatsapp,spotify)$/,
    );
    await expect(page.getByRole("table").getByRole("columnheader")).toHaveCount(3);
    await expect(
      page.getByText("Comparing the 2 companies you chose, all machine-read"),
    ).toBeVisible();
  });

  test("including machine-read keeps the curated companies first", async ({ page }) => {
    await page.goto("/");
    await page
      .getByRole("navigation", { name: "Findings to include" })
      .getByRole("link", { name: /Include/ })
      .click();
    await expect(page).toHaveURL(/provenance=all/);
    const cells = page
      .getByRole("table")
      .locator("tr")
      .filter({ has: page.locator("td[data-provenance]") })
      .first()
      .locator("td[data-provenance]");
    await expect(cells).toHaveCount(6);
    // The five curated columns lead the first page; the machine-read ones follow.
    for (let i = 0; i < 5; i++)
      await expect(cells.nth(i)).toHaveAttribute("data-provenance", "curated");
    await expect(cells.nth(5)).toHaveAttribute("data-provenance", "machine");
  });

  test("ranks add-by-name suggestions by how well the name matches", async ({ page }) => {
    await page.goto("/?add=proton");
    const suggestions = page
      .getByRole("navigation", { name: "Matching companies" })
      .getByRole("link");
    await expect(suggestions.first()).toHaveText(/Add Proton/);
  });
});

test.describe("/companies", () => {
  test("filters by name as you type, with the state in the URL", async ({ page }) => {
    await page.goto("/companies");
    await expect(page.getByRole("heading", { name: "Companies", level: 1 })).toBeVisible();
    await page.getByRole("searchbox", { name: "Name" }).fill("signal");
    await expect(page).toHaveURL(/\/companies\?q=signal/);
    const list = page.getByRole("list", { name: "Companies" });
    await expect(list.getByRole("link", { name: "Signal", exact: true })).toBeVisible();
    await expect(list.getByRole("listitem")).toHaveCount(1);
    // A screen reader hears the count as the list follows, not the "Clear filters" link after it.
    const live = page.locator("#paged-summary [aria-live]");
    await expect(live).toHaveText("1 company matches · best match first");
    await expect(page.locator("#paged-summary")).toContainText("Clear filters");
    await page.getByRole("combobox", { name: "Sector" }).selectOption("messaging");
    await expect(page).toHaveURL(/sector=messaging/);
    await page.screenshot({ path: `${ARTIFACTS}/corpus-companies-desktop.png`, fullPage: true });
  });

  test("offers sort orders that differ, with and without a name typed", async ({ page }) => {
    await page.goto("/companies");
    const sort = page.getByRole("combobox", { name: "Sort by" });
    await expect(sort.getByRole("option")).toHaveText([
      "Name (A–Z)",
      "Date recorded (newest first)",
    ]);
    await page.getByRole("searchbox", { name: "Name" }).fill("moz");
    await expect(page).toHaveURL(/\/companies\?q=moz$/);
    await expect(sort.getByRole("option")).toHaveText([
      "Best match",
      "Name (A–Z)",
      "Date recorded (newest first)",
    ]);
    await expect(page.getByText(/best match first/)).toBeVisible();
    await sort.selectOption({ label: "Name (A–Z)" });
    await expect(page).toHaveURL(/\/companies\?q=moz&sort=name$/);
    await expect(page.getByText(/best match first/)).toHaveCount(0);
  });

  test("names companies as they call themselves, not by a web address", async ({ page }) => {
    const list = page.getByRole("list", { name: "Companies" });
    for (const [q, names] of [
      ["thomson", ["Thomson Reuters"]],
      ["vodafone", ["Vodafone Ireland"]],
      ["blizzard", ["Blizzard Entertainment", "Blizzard Entertainment (Privacy World)"]],
    ] as const) {
      await page.goto(`/companies?q=${q}`);
      // Each entry's own link, to its page (the sector link goes to /companies?sector=…).
      const links = list.locator('a[href^="/companies/"]');
      await expect(links).toHaveCount(names.length);
      expect((await links.allTextContents()).sort()).toEqual([...names]);
    }
    // The slugs, which are in shared URLs, stay.
    await page.goto("/companies/thomsonreuters-com");
    await expect(page.getByRole("heading", { level: 1 })).toContainText("Thomson Reuters");
  });

  test("finds a company by another name its data gives it, and says which", async ({ page }) => {
    const list = page.getByRole("list", { name: "Companies" });
    await page.goto("/companies?q=crashplan");
    await expect(list.getByRole("link", { name: "Code 42", exact: true })).toBeVisible();
    await expect(list).toContainText("Policy published at crashplan.com");
    await page.goto("/companies?q=pro+softnet");
    await expect(list.getByRole("link", { name: "IBackup", exact: true })).toBeVisible();
    await expect(list).toContainText("Legal name: Pro Softnet Corporation");
  });

  test("with nothing left by a filter, says where the name matches and drops the filter", async ({
    page,
  }) => {
    await page.goto("/companies?q=mail&sector=dating");
    await expect(page.locator("#paged-summary [aria-live]")).toHaveText("No company matches.");
    await expect(page.getByText(/atlas covers/)).toHaveCount(0);
    await page
      .getByRole("link", { name: /companies? match(es)? “mail” in other sectors$/ })
      .click();
    await expect(page).toHaveURL(/\/companies\?q=mail$/);
    await expect(
      page
        .getByRole("list", { name: "Companies" })
        .getByRole("link", { name: "Gmail", exact: true }),
    ).toBeVisible();
    await page.goto("/companies?q=signal&provenance=curated");
    await page
      .getByRole("link", { name: /machine-read compan(y|ies) match(es)? “signal”$/ })
      .click();
    await expect(page).toHaveURL(/\/companies\?q=signal$/);
  });

  test("warns on a policy recorded long ago, as the grid does", async ({ page }) => {
    await page.goto("/companies?q=line");
    const line = page
      .getByRole("list", { name: "Companies" })
      .getByRole("listitem")
      .filter({ has: page.getByRole("link", { name: "LINE", exact: true }) });
    await expect(line).toContainText("last recorded Sep 30, 2023");
    await expect(line.getByTestId("policy-may-differ")).toHaveText("Current policy may differ");
  });

  test("leads from its introduction to the five curated companies", async ({ page }) => {
    await page.goto("/companies");
    await page.getByRole("link", { name: "5 whose policies a person read and rated" }).click();
    await expect(page).toHaveURL(/\/companies\?provenance=curated/);
    const list = page.getByRole("list", { name: "Companies" });
    await expect(list.getByRole("listitem")).toHaveCount(5);
    await expect(list.getByRole("link", { name: "Mozy", exact: true })).toBeVisible();
  });

  test("works without JavaScript: the form submits as a GET", async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/companies?sector=dating");
    await expect(
      page
        .getByRole("list", { name: "Companies" })
        .getByRole("link", { name: "Tinder", exact: true }),
    ).toBeVisible();
    await page.getByRole("searchbox", { name: "Name" }).fill("bum");
    await page.getByRole("button", { name: "Show" }).click();
    await expect(page).toHaveURL(/q=bum/);
    const list = page.getByRole("list", { name: "Companies" });
    await expect(list.getByRole("link", { name: "Bumble", exact: true })).toBeVisible();
    await expect(list.getByRole("listitem")).toHaveCount(1);
    await context.close();
  });

  test("at phone width", async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto("/companies?provenance=machine&sort=recorded");
    await expect(page.getByRole("list", { name: "Companies" }).getByRole("listitem")).toHaveCount(
      24,
    );
    await page.screenshot({ path: `${ARTIFACTS}/corpus-companies-phone.png`, fullPage: true });
    await page.goto(COMPARE);
    await page.screenshot({ path: `${ARTIFACTS}/corpus-grid-phone.png`, fullPage: true });
    await page.goto("/companies/signal");
    await expect(page.getByText(/Machine-read, not reviewed/)).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/corpus-company-phone.png` });
  });
});

test.describe("a slug typed as the name is written", () => {
  test("leads to the lower-case page, the rest of the address and its query kept", async ({
    page,
  }) => {
    for (const [typed, lower] of [
      ["/companies/WhatsApp", "/companies/whatsapp"],
      ["/companies/MOZY", "/companies/mozy"],
      ["/practices/Cookies", "/practices/cookies"],
      ["/companies/Mozy?q=backup", "/companies/mozy?q=backup"],
      ["/companies/Signal/changes", "/companies/signal/changes"],
    ] as const) {
      const response = await page.goto(typed);
      expect(response?.status(), typed).toBe(200);
      expect(response?.request().redirectedFrom()?.url(), typed).toMatch(/[A-Z]/);
      expect(new URL(page.url()).pathname + new URL(page.url()).search).toBe(lower);
    }
  });

  test("an unknown slug's 404 suggests the closest names first", async ({
    page,
    consoleErrors,
  }) => {
    const response = await page.goto("/companies/signall");
    expect(response?.status()).toBe(404);
    await expectOnlyThe404(page, consoleErrors, "/companies/signall");
    const closest = page.getByRole("region", { name: "Closest names to “signall”" });
    await expect(closest.getByRole("link").first()).toHaveText("Signal");
    await closest.getByRole("link", { name: "Signal", exact: true }).click();
    await expect(page).toHaveURL(/\/companies\/signal$/);
  });
});

test("a policy recorded with unreadable characters says how many, where its text begins", async ({
  page,
}) => {
  await page.goto("/companies/nissan");
  await expect(page.getByTestId("unreadable-text")).toHaveText(
    /^\d+ characters of the recorded text could not be read when it was recorded, and are shown as “\uFFFD”\.$/,
  );
  await page.goto("/companies/signal");
  await expect(page.getByTestId("unreadable-text")).toHaveCount(0);
});

test.describe("the company directory's URL", () => {
  test("names a parameter it does not know, as it names a value it cannot use", async ({
    page,
  }) => {
    await page.goto("/companies?findings=curated&sector=nowhere");
    await expect(page.getByText('Ignored unknown parameter "findings"')).toBeVisible();
    await expect(page.getByText(/Ignored unknown sector "nowhere"/)).toBeVisible();
  });

  test("the form sent without JavaScript leaves its empty fields out of the URL", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/companies?q=&sector=&provenance=&sort=recorded");
    await expect(page).toHaveURL(/\/companies\?sort=recorded$/);
    await page.goto("/companies?q=bum&sector=&provenance=&sort=");
    await expect(page).toHaveURL(/\/companies\?q=bum$/);
    await context.close();
  });
});

test("a machine-read company's page leads its reader to how a finding is corrected or reviewed", async ({
  page,
}) => {
  await page.goto("/companies/wetransfer");
  const notice = page.locator("p", { hasText: "Machine-read, not reviewed." });
  await notice.getByRole("link", { name: /Is a finding wrong\?/ }).click();
  await expect(page).toHaveURL(/\/methodology#corrections$/);
  const section = page.getByRole("region", { name: "Is a finding about your service wrong?" });
  await expect(section).toBeInViewport();
  await expect(section).toContainText("when its data is next updated");
  await expect(section).toContainText("a person reviews the whole policy");
  // The e2e server sets no CORRECTIONS_CONTACT: the page says so rather than invent an address.
  await expect(section).toContainText("publishes no address for corrections");
  await page.screenshot({ path: `${ARTIFACTS}/methodology-corrections.png` });
  // A curated company's page has no machine notice, so no such link.
  await page.goto("/companies/mozy");
  await expect(page.getByRole("link", { name: /Is a finding wrong\?/ })).toHaveCount(0);
});
