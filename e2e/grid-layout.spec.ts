import type { Page } from "@playwright/test";
import { ARTIFACTS, expect, test } from "./fixtures";

type Box = { left: number; right: number; top: number; bottom: number; width: number };

const columnBoxes = (page: Page): Promise<Box[]> =>
  page
    .getByRole("columnheader")
    .evaluateAll((ths) => ths.map((th) => th.getBoundingClientRect().toJSON() as Box));

/** No element of the page scrolls vertically by itself: the page is the one scroll area. */
const innerVerticalScrollers = (page: Page) =>
  page.evaluate(
    () =>
      [...document.querySelectorAll("main *")].filter(
        (el) =>
          el.scrollHeight > el.clientHeight + 1 &&
          /auto|scroll/.test(getComputedStyle(el).overflowY),
      ).length,
  );

/**
 * What a sighted keyboard user sees: the focused element is inside the viewport and nothing
 * (the sticky site header, the grid's sticky header row or first column) covers any of it.
 */
async function expectFocusedFullyVisible(page: Page) {
  const problem = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return "nothing focused";
    const b = el.getBoundingClientRect();
    const name = `${el.tagName} "${(el.textContent ?? "").trim().slice(0, 40)}"`;
    // Half a pixel either way is sub-pixel rounding of the scroll position, not hidden focus.
    if (b.top < -1 || b.left < -1 || b.bottom > innerHeight + 1 || b.right > innerWidth + 1)
      return `${name} is outside the viewport: ${JSON.stringify(b)}`;
    // The middle of each edge and the centre (corners may be rounded off, as on a badge).
    const inset = 2;
    const [midX, midY] = [(b.left + b.right) / 2, (b.top + b.bottom) / 2];
    const points = [
      [b.left + inset, midY],
      [b.right - inset, midY],
      [midX, b.top + inset],
      [midX, b.bottom - inset],
      [midX, midY],
    ] as const;
    for (const [x, y] of points) {
      const hit = document.elementFromPoint(x, y);
      if (hit && hit !== el && !el.contains(hit))
        return `${name} is covered at (${Math.round(x)}, ${Math.round(y)}) by ${hit.tagName}.${hit.className}`;
    }
    return null;
  });
  expect(problem).toBeNull();
}

const focusInGrid = (page: Page) =>
  page.evaluate(() => !!document.activeElement?.closest("table.comparison-grid"));

/** Tabs from the page's heading until keyboard focus is inside the grid. */
async function tabIntoGrid(page: Page) {
  await page.getByRole("heading", { level: 1 }).click();
  let steps = 0;
  while (!(await focusInGrid(page))) {
    await page.keyboard.press("Tab");
    expect(++steps).toBeLessThan(60);
  }
}

/** Tabs through every control of the grid, forward then back, checking each one as it gets focus. */
async function tabThroughGrid(page: Page) {
  // A hundred key presses, each checked in the page: give it room on a loaded machine.
  test.slow();
  const inGrid = () => focusInGrid(page);
  await tabIntoGrid(page);
  let visited = 0;
  while (await inGrid()) {
    await expectFocusedFullyVisible(page);
    visited++;
    await page.keyboard.press("Tab");
  }
  await page.keyboard.press("Shift+Tab");
  while (await inGrid()) {
    await expectFocusedFullyVisible(page);
    await page.keyboard.press("Shift+Tab");
  }
  expect(visited).toBeGreaterThan(20);
}

test.describe("at 1280 px", () => {
  test.use({ viewport: { width: 1280, height: 800 } });

  test("five companies fit side by side in even columns, and the page is the only scroll area", async ({
    page,
  }) => {
    await page.goto("/?practices=all");
    const boxes = await columnBoxes(page);
    expect(boxes).toHaveLength(6);
    for (const b of boxes) expect(b.right).toBeLessThanOrEqual(1280);
    const widths = boxes.slice(1).map((b) => b.width);
    expect(Math.max(...widths) - Math.min(...widths)).toBeLessThan(2);
    expect(Math.min(...widths)).toBeGreaterThan(150);
    expect(await innerVerticalScrollers(page)).toBe(0);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      1280,
    );

    // Scrolled down to the last practice, the company names stay in view below the site header.
    await page.getByRole("rowheader", { name: /Legal disclosure/ }).scrollIntoViewIfNeeded();
    await page.mouse.wheel(0, 400);
    const header = await page.locator("header.site-header").boundingBox();
    const mozy = await page.getByRole("columnheader", { name: /Mozy/ }).boundingBox();
    expect(mozy!.y).toBeGreaterThanOrEqual(header!.y + header!.height - 1);
    expect(mozy!.y).toBeLessThan(header!.y + header!.height + 4);
    await page.screenshot({ path: `${ARTIFACTS}/grid-1280-scrolled.png` });
  });

  test("company columns keep even widths under the rating filter", async ({ page }) => {
    for (const [view, columns] of [
      ["/?rating=concerning&practices=all", 5],
      ["/?companies=mozy,code42,dotcloud&rating=protective&practices=all", 3],
      ["/?companies=ibackup,centercode&rating=not-addressed&practices=all", 2],
    ] as const) {
      await page.goto(view);
      const widths = (await columnBoxes(page)).slice(1).map((b) => b.width);
      expect(widths, view).toHaveLength(columns);
      expect(Math.max(...widths) - Math.min(...widths), view).toBeLessThan(2);
    }
  });

  test("tabbing through the grid keeps every focused control fully in view", async ({ page }) => {
    await page.goto("/");
    await tabThroughGrid(page);
  });

  test("each column header says what its dates are, and the introduction that the policies are archived", async ({
    page,
  }) => {
    await page.goto("/");
    const mozy = page.getByRole("columnheader", { name: /Mozy/ });
    await expect(mozy).toContainText(/Policy dated\s+May 14, 2009/);
    await expect(mozy).toContainText(/Archived\s+Nov 27, 2016/);
    const intro = page.locator("main p").first();
    await expect(intro).toContainText(/archived/i);
    await expect(intro).toContainText(/2009/);
    await expect(intro).toContainText(/not the companies. current terms/i);
    // Centercode's policy states no date: the years span the other four, and the intro says so.
    await expect(intro).toContainText("of policies dated 2009–2012 (one states no date)");
    await expect(page.getByRole("columnheader", { name: /Centercode/ })).toContainText(
      "Policy states no date",
    );
  });
});

test.describe("at 1000 px", () => {
  test.use({ viewport: { width: 1000, height: 760 } });

  test("tabbing forward and back through the grid never hides focus under the sticky column or header", async ({
    page,
  }) => {
    await page.goto("/");
    await tabThroughGrid(page);
    await page.screenshot({ path: `${ARTIFACTS}/grid-1000.png`, fullPage: true });
  });
});

test.describe("at 760 px, where five companies need sideways scrolling", () => {
  test.use({ viewport: { width: 760, height: 700 } });

  test("focus scrolls clear of the sticky practice column in both directions", async ({ page }) => {
    await page.goto("/");
    const overflows = await page
      .locator("table.comparison-grid")
      .evaluate((t) => t.parentElement!.scrollWidth > t.parentElement!.clientWidth);
    expect(overflows).toBe(true);
    await tabThroughGrid(page);
  });
});

test.describe("at 375 px", () => {
  test.use({ viewport: { width: 375, height: 812 } });

  test("loading restyles nothing for sticky heights; the grid's header row is measured when focus enters the grid", async ({
    page,
  }) => {
    await page.goto("/");
    await expect(page.locator("form[data-ready]")).toBeAttached();
    // Two frames: hydration's effects have run and the page has been restyled since.
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    const written = () =>
      page.evaluate(() =>
        ["--site-header-h", "--grid-head-h"].map((v) =>
          document.documentElement.style.getPropertyValue(v),
        ),
      );
    // The site header does not stick on a phone: the stylesheet's 0px is exact, so nothing is
    // written (a variable set on the root restyles the whole page); the grid's header row serves
    // keyboard focus alone, so it waits for focus.
    expect(await written()).toEqual(["", ""]);
    await tabIntoGrid(page);
    const headRow = await page
      .locator("table.comparison-grid > thead th:last-child")
      .evaluate((th) => th.getBoundingClientRect().height);
    const [siteHeader, gridHead] = await written();
    expect(siteHeader).toBe("");
    expect(parseFloat(gridHead!)).toBeCloseTo(headRow, 1);
    await expectFocusedFullyVisible(page);
  });

  test("two companies sit side by side with each practice named above its row", async ({
    page,
  }) => {
    await page.goto("/?companies=mozy,ibackup");
    const [ibackup, mozy] = await Promise.all(
      ["IBackup", "Mozy"].map((n) =>
        page.getByRole("columnheader", { name: new RegExp(n) }).boundingBox(),
      ),
    );
    expect(ibackup!.x).toBeGreaterThanOrEqual(0);
    expect(mozy!.x + mozy!.width).toBeLessThanOrEqual(375);
    expect(Math.abs(ibackup!.y - mozy!.y)).toBeLessThan(2);
    expect(mozy!.x).toBeGreaterThan(ibackup!.x + 100);
    const row = page
      .getByRole("row")
      .filter({ has: page.getByRole("rowheader", { name: /retention/ }) });
    const practice = await row.getByRole("rowheader").boundingBox();
    const cells = await row
      .getByRole("cell")
      .evaluateAll((tds) => tds.map((td) => td.getBoundingClientRect().toJSON() as Box));
    expect(cells).toHaveLength(2);
    for (const c of cells) {
      expect(c.left).toBeGreaterThanOrEqual(0);
      expect(c.right).toBeLessThanOrEqual(375);
      expect(c.top).toBeGreaterThanOrEqual(practice!.y + practice!.height - 1);
    }
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    expect(await innerVerticalScrollers(page)).toBe(0);
    // Stacked, the header row scrolls away with the page, so each cell names its company.
    await expect(page.locator("td .cell-company").first()).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/grid-375-two.png`, fullPage: true });
  });

  test("scrolled sideways to an added company, the at-a-glance label stays pinned as the practice names do", async ({
    page,
  }) => {
    await page.goto("/?add=tiktok");
    await expect(page).toHaveURL(/#col-tiktok$/);
    const scroll = page.locator(".grid-scroll");
    await scroll.evaluate((s) => (s.scrollLeft = s.scrollWidth));
    expect(await scroll.evaluate((s) => s.scrollLeft)).toBeGreaterThan(100);
    const frame = (await scroll.boundingBox())!;
    for (const label of [
      page.locator("tr.at-a-glance > th > *"),
      page.locator("tbody th > a").first(),
    ]) {
      const box = (await label.boundingBox())!;
      expect(box.x).toBeGreaterThanOrEqual(frame.x);
      expect(box.x).toBeLessThan(frame.x + 20);
    }
    await expect(page.getByRole("rowheader", { name: /At a glance/ })).toBeInViewport();
  });

  test("with five companies the grid scrolls sideways and focus stays in view", async ({
    page,
  }) => {
    await page.goto("/");
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      375,
    );
    // The header row scrolls away with the page here, so each cell names its company.
    await expect(page.locator("td[data-rating]").first()).toContainText(/^Centercode/);
    await expect(page.locator("td .cell-company").first()).toBeVisible();
    await tabThroughGrid(page);
  });
});

test("printing shows every quote expanded and no controls", async ({ page }) => {
  await page.goto("/?practices=retention");
  await page.emulateMedia({ media: "print" });
  const quotes = page.locator("table.comparison-grid blockquote");
  expect(await quotes.count()).toBeGreaterThan(2);
  for (const q of await quotes.all()) await expect(q).toBeVisible();
  await expect(page.getByRole("search")).toBeHidden();
  await page.screenshot({ path: `${ARTIFACTS}/grid-print.png`, fullPage: true });
});

test.describe("at 390 × 844, a phone's first screen", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  test("shows the grid's first practice row, not only its column headers", async ({ page }) => {
    await page.goto("/");
    const glance = page.locator("tr.at-a-glance");
    const firstPractice = page.locator("tbody th[scope=row] a").first();
    await expect(firstPractice).toHaveText("Cookies & tracking");
    // The at-a-glance counts whole, and the first practice's name under them, above the fold.
    const glanceBox = (await glance.boundingBox())!;
    const nameBox = (await firstPractice.boundingBox())!;
    expect(glanceBox.y + glanceBox.height).toBeLessThanOrEqual(844);
    expect(nameBox.y + nameBox.height).toBeLessThanOrEqual(844);
  });

  test("with four machine-read companies picked, the intro folds and the first row still shows", async ({
    page,
  }) => {
    await page.goto("/?companies=whatsapp,spotify,tiktok,paypal");
    const firstPractice = page.locator("tbody th[scope=row] a").first();
    const nameBox = (await firstPractice.boundingBox())!;
    expect(nameBox.y + nameBox.height).toBeLessThanOrEqual(844);
    // The intro's first sentence shows; the rest (who read the columns, and how well) is a fold.
    const fold = page.locator("details", { hasText: "What these columns are, and who read them" });
    await expect(fold).not.toHaveAttribute("open");
    await expect(fold.locator("p")).toBeHidden();
    await fold.locator("summary").click();
    await expect(fold.locator("p")).toContainText(
      "read by software: their ratings are suggestions, not reviewed",
    );
    await expect(fold.getByRole("link", { name: "how accurate machine reading is" })).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/grid-phone-picked-intro.png` });
  });
});

test("on a wide screen the grid's intro is one paragraph, with no fold", async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/?companies=whatsapp,mozy");
  await expect(page.locator("details", { hasText: "What these columns are" })).toBeHidden();
  // innerText: the phone's full stop (hidden here) is in the paragraph's text content.
  await expect(page.locator("p", { hasText: "in the copy we hold" }).first()).toContainText(
    "practice by practice, in the copy we hold",
    { useInnerText: true },
  );
  await expect(page.locator("p", { hasText: "in the copy we hold" }).first()).toContainText(
    "read by software: their ratings are suggestions",
    { useInnerText: true },
  );
});

const EIGHT = "github,gitlab,atlassian,amazon-web-services,google,zoom,cloudflare,miro";

/** Marks, badges and counts whose box runs past the right edge of their own cell. */
const spillingOutOfCells = (page: Page) =>
  page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "table.comparison-grid :is(.provenance-mark, .rating-badge, .rating-counts > li, thead th > a)",
      ),
    ].flatMap((el) => {
      const cell = el.closest("th, td")!.getBoundingClientRect();
      const box = el.getBoundingClientRect();
      return box.right > cell.right + 0.5 || box.left < cell.left - 0.5
        ? [`${el.textContent!.trim()} by ${Math.round(box.right - cell.right)} px`]
        : [];
    }),
  );

test.describe("printed on A4 landscape (1032 CSS px inside the margins)", () => {
  test.use({ viewport: { width: 1032, height: 740 } });

  for (const [label, companies] of [
    ["8 companies", EIGHT],
    ["10 companies", `${EIGHT},snapchat,tiktok`],
  ] as const)
    test(`${label} fit the paper, with every mark whole inside its cell`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.goto(`/?companies=${companies}&practices=all`);
      await page.emulateMedia({ media: "print" });
      await expect(page.locator(".grid-scroll")).toHaveCSS("overflow-x", "visible");
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        1032,
      );
      const last = (await columnBoxes(page)).at(-1)!;
      expect(last.right).toBeLessThanOrEqual(1032);
      expect(await spillingOutOfCells(page)).toEqual([]);
      // Still the machine's mark, in words and a dashed outline.
      const mark = page.locator("thead .provenance-mark").first();
      await expect(mark).toHaveText(/machine-read/i);
      await expect(mark).toHaveCSS("border-top-style", "dashed");
      await page.screenshot({ path: `${ARTIFACTS}/grid-print-${companies.split(",").length}.png` });
    });

  test("at 10 companies a one-word name stays whole and every count stays beside its word", async ({
    page,
  }) => {
    await page.goto(`/?companies=centercode,${EIGHT},snapchat`);
    await page.emulateMedia({ media: "print" });
    const brokenNames = await page
      .locator("thead th > a")
      .evaluateAll((links) =>
        links
          .filter((a) => !/\s/.test(a.textContent!.trim()) && a.getClientRects().length > 1)
          .map((a) => a.textContent),
      );
    expect(brokenNames).toEqual([]);
    // The count and the first line of its word share a line: "0 protective", not "0" / "protective".
    const apart = await page
      .locator("table.comparison-grid .rating-counts > li")
      .evaluateAll((chips) =>
        chips
          .filter((li) => {
            const count = li.querySelector("span")!.getBoundingClientRect();
            const words = document.createRange();
            words.selectNodeContents(li.lastChild!);
            return Math.abs(words.getClientRects()[0]!.top - count.top) > 3;
          })
          .map((li) => li.textContent),
      );
    expect(apart).toEqual([]);
    expect(await spillingOutOfCells(page)).toEqual([]);
  });

  test("names the company in every cell, so a page after the first has no anonymous column", async ({
    page,
  }) => {
    await page.goto("/?practices=all");
    // On screen the header row sticks above these five columns, so the cells need no name.
    await expect(page.locator("td .cell-company").first()).toBeHidden();
    await page.emulateMedia({ media: "print" });
    const heads = await page
      .locator("thead tr:first-child th[scope=col] a")
      .evaluateAll((links) => links.map((a) => a.textContent!.trim()));
    expect(heads).toHaveLength(5);
    const rows = page.locator("tbody tr");
    expect(await rows.count()).toBe(14);
    for (const row of await rows.all()) {
      const names = row.locator("td .cell-company");
      await expect(names).toHaveText(heads);
      for (const name of await names.all()) await expect(name).toBeVisible();
    }
    await page.pdf({ path: `${ARTIFACTS}/grid-print-all-practices.pdf`, landscape: true });
  });

  test("lets a tall row run on to the next page, keeping each summary and quote whole", async ({
    page,
  }) => {
    // The first row, its quotes opened, is often taller than what the header leaves of page 1:
    // kept whole, it left that page blank below the header.
    await page.goto("/?practices=all");
    await page.emulateMedia({ media: "print" });
    const cell = page.locator("tbody td").first();
    await expect(cell).toHaveCSS("break-inside", "auto");
    await expect(cell.locator(".cell-summary")).toHaveCSS("break-inside", "avoid");
    await expect(cell.locator("blockquote").first()).toHaveCSS("break-inside", "avoid");
  });

  test("leaves out the words that invite a click: opening a cell, how we rate", async ({
    page,
  }) => {
    await page.goto(`/?companies=${EIGHT}`);
    const intro = page.locator("main p").first();
    await expect(intro).toContainText("Open a cell’s clauses", { useInnerText: true });
    await page.emulateMedia({ media: "print" });
    await expect(intro).not.toContainText("Open a cell’s clauses", { useInnerText: true });
    await expect(intro).toContainText("their ratings are suggestions, not reviewed.", {
      useInnerText: true,
    });
    await expect(intro.getByRole("link", { name: "how we rate" })).toBeHidden();
  });
});

test("at 1440 px eight companies fit without sideways scrolling, while the prose keeps its width", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(`/?companies=${EIGHT}&practices=all`);
  const scroll = page.locator(".grid-scroll");
  await expect(scroll).toHaveCSS("overflow-x", "visible");
  expect(await scroll.evaluate((s) => s.scrollWidth <= s.clientWidth)).toBe(true);
  const boxes = await columnBoxes(page);
  expect(boxes).toHaveLength(9);
  for (const b of boxes) expect(b.right).toBeLessThanOrEqual(1440);
  // Wider than the 80rem page column, inside the page's gutters.
  const frame = (await page.locator(".grid-frame").boundingBox())!;
  expect(frame.width).toBeGreaterThan(1280);
  expect(frame.x).toBeGreaterThanOrEqual(16);
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(1440);
  const intro = (await page.locator("main p").first().boundingBox())!;
  expect(intro.width).toBeLessThanOrEqual(768);
  // Five companies do not stretch: their columns stay near their usual width.
  await page.goto("/");
  expect((await page.locator(".grid-frame").boundingBox())!.width).toBeLessThan(1300);
  await page.goto(`/?companies=${EIGHT}&practices=all`);
  await page.screenshot({ path: `${ARTIFACTS}/grid-1440-eight.png` });
});
