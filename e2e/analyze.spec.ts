import type http from "node:http";
import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { gateAnalyzePost } from "../lib/server/analyze-gate";
import { ARTIFACTS, expect, expectOnlyTheStatus, test } from "./fixtures";

/** A reading runs the classifier: on a machine busy loading the history, allow it time. */
const READING_TIMEOUT = 20_000;

const POLICY = [
  "# Acme Privacy Policy",
  "## Cookies",
  "We use third-party advertising cookies and web beacons from ad networks to show you ads.",
  "## Keeping your data",
  "If you cancel your account, your data may be retained in our backup records.",
  "## Children",
  "We do not knowingly collect personal information from children under 13.",
].join("\n\n");

/** Opens the folded list of companies to compare with and ticks one. */
async function pick(page: Page, company: string) {
  const picker = page
    .locator("details")
    .filter({ has: page.locator("summary", { hasText: /^Compare with/ }) });
  if (!(await picker.evaluate((d) => (d as HTMLDetailsElement).open)))
    await picker.locator("summary").click();
  await page.getByRole("checkbox", { name: company, exact: true }).check();
}

/** Reads POLICY from the /analyze form as "Acme", beside Mozy, and waits for the reading. */
async function readAcmeBesideMozy(page: Page) {
  await page.getByLabel("Policy text").fill(POLICY);
  await page.getByLabel("Name for the column").fill("Acme");
  await pick(page, "Mozy");
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(page.getByRole("heading", { name: "Acme: read by machine" })).toBeVisible({
    timeout: READING_TIMEOUT,
  });
}

test("pasting a policy shows it read as a machine-read column beside the companies picked", async ({
  page,
}) => {
  await page.goto("/analyze");
  await expect(page.getByRole("heading", { level: 1, name: "Read a policy" })).toBeVisible();
  await readAcmeBesideMozy(page);
  const grid = page.getByRole("table", {
    name: /Acme \(machine-read, not reviewed\) compared with Mozy/,
  });
  await expect(grid.getByRole("columnheader", { name: /Acme/ })).toContainText(
    "Machine-read, not reviewed",
  );
  await expect(grid.getByRole("columnheader", { name: /Mozy/ })).toBeVisible();
  const cookies = grid.getByRole("row", { name: /Cookies & tracking/ });
  await expect(cookies.locator("[data-machine-read]")).toContainText("Concerning");
  await expect(cookies.locator("[data-machine-read]")).toContainText(
    "Third-party tracking".split(" ")[0]!,
  );
  // Pasted text declares no format: the page does not call it markdown.
  await expect(
    page.getByText(/^“Acme Privacy Policy”, \d+ clauses read as plain text or markdown\./),
  ).toBeVisible();
  // Where it found nothing the reading says so as the grid does, never certain of silence.
  const disputes = grid
    .getByRole("row", { name: /Dispute resolution/ })
    .locator("[data-machine-read]");
  await expect(disputes).toContainText("No clause found");
  await expect(disputes).toContainText("No clause about this practice was found.");
  await expect(disputes).toContainText(
    /Closest clause: (under 1|\d+)% likely to be about this practice/,
  );
  await expect(disputes).not.toContainText(/speaks to|100%/);
  await expect(
    page
      .getByRole("group")
      .or(page.locator("details"))
      .filter({ hasText: "Data retention" })
      .first(),
  ).toBeVisible();
});

test("every machine-read cell carries the word and the mark, and the page links to the accuracy section", async ({
  page,
}) => {
  await page.goto("/analyze");
  await page.getByLabel("Policy text").fill(POLICY);
  await page.getByRole("button", { name: "Read the policy" }).click();
  const cells = page.locator("td[data-machine-read]");
  await expect(cells).toHaveCount(14, { timeout: READING_TIMEOUT });
  for (const cell of await cells.all()) {
    // Words and the icon, not one more tab stop in each of the 14 cells (as in the grid).
    const mark = cell.getByText("Machine-read", { exact: true });
    await expect(mark).toBeVisible();
    await expect(cell.locator(".provenance-mark svg")).toHaveCount(1);
    await expect(cell.getByRole("link", { name: "Machine-read" })).toHaveCount(0);
  }
  await page.getByRole("link", { name: "how accurate machine reading is" }).click();
  await expect(
    page.getByRole("heading", { name: "Machine reading and its accuracy" }),
  ).toBeVisible();
});

test("terms of service pasted in place of a policy are read, with a note that they may not be one", async ({
  page,
}) => {
  await page.goto("/analyze");
  await page
    .getByLabel("Policy text")
    .fill(
      [
        "# Acme Terms of Service",
        "Welcome to Acme. By using our platform you agree to these terms.",
        "## Community rules",
        "Be kind to one another. Spam and hate speech are not allowed on Acme.",
        "## Content you post",
        "You keep the rights to the pictures and posts you upload to Acme.",
        "## Early version",
        "Some features may not work as intended while we improve the platform.",
        "## Warranty",
        "The service is provided as is, without warranty of any kind.",
        "## Contact",
        "Questions about these terms can be sent to our support team.",
      ].join("\n\n"),
    );
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(page.getByRole("heading", { name: /read by machine/ })).toBeVisible({
    timeout: READING_TIMEOUT,
  });
  await expect(page.getByTestId("may-not-be-policy")).toHaveText(
    "This may not be a privacy policy. None of the 6 clauses read speak to any of the 14 practices, where most of a privacy policy’s do: the text may be terms of service, a documentation page or an index of notices kept elsewhere, so its findings say little about how the service treats personal data. Paste the privacy policy itself for a useful reading.",
  );
  // A policy, read the same way, carries no such note.
  await page.getByLabel("Policy text").fill(POLICY);
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(
    page.getByText(/age threshold for children is stated \(under 13\)/i).first(),
  ).toBeVisible({
    timeout: READING_TIMEOUT,
  });
  await expect(page.getByTestId("may-not-be-policy")).toHaveCount(0);
});

test("uploading an HTML file reads it, leaving out its scripts and navigation", async ({
  page,
}) => {
  await page.goto("/analyze");
  const html =
    "<html><body><nav><a href='/'>Home</a></nav><script>alert(1)</script><main><h1>Beta privacy</h1>" +
    "<h2>Sharing</h2><p>We do not sell your personal information.</p></main></body></html>";
  await page
    .getByLabel(/Or upload a file/)
    .setInputFiles({ name: "beta.html", mimeType: "text/html", buffer: Buffer.from(html) });
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(page.getByText(/1 clauses? read as HTML\./)).toBeVisible({
    timeout: READING_TIMEOUT,
  });
  // With no name given, the column and the heading take the title the reading found.
  await expect(page.getByRole("heading", { name: "Beta privacy: read by machine" })).toBeVisible();
  await expect(page.getByRole("columnheader", { name: /Beta privacy/ })).toBeVisible();
});

test("a reading beside no company is framed as wide as its columns, not the page", async ({
  page,
}) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/analyze");
  await page.getByLabel("Policy text").fill(POLICY);
  await page.getByRole("button", { name: "Read the policy" }).click();
  const table = page.getByRole("table", { name: /compared with no other company/ });
  await expect(table).toBeVisible({ timeout: READING_TIMEOUT });
  const frame = page.locator(".grid-frame");
  const [t, f] = [await table.boundingBox(), await frame.boundingBox()];
  // The frame ends at the table's edge (its border aside), not 500 px further on.
  expect(f!.x + f!.width - (t!.x + t!.width)).toBeLessThanOrEqual(4);
  await page.screenshot({ path: `${ARTIFACTS}/analyze-lone-column.png` });
});

test("by keyboard: a few tabs from the text to the button, then the focus on the reading's heading", async ({
  page,
}) => {
  await page.goto("/analyze");
  await page.getByLabel("Policy text").fill(POLICY);
  await page.getByLabel("Policy text").focus();
  const button = page.getByRole("button", { name: "Read the policy" });
  let tabs = 0;
  while (!(await button.evaluate((b) => b === document.activeElement)) && tabs < 20) {
    await page.keyboard.press("Tab");
    tabs += 1;
  }
  // The file, the name, the folded list of companies, the button: not one stop per company.
  expect(tabs).toBeLessThanOrEqual(5);
  await page.keyboard.press("Enter");
  const heading = page.getByRole("heading", { name: "Acme Privacy Policy: read by machine" });
  await expect(heading).toBeFocused({ timeout: READING_TIMEOUT });
  await expect(heading).toBeInViewport();
  // At the top of the window, just under the sticky header, with the grid below it in view.
  const top = await heading.evaluate((h) => h.getBoundingClientRect().top);
  const headerBottom = await page
    .locator(".site-header")
    .evaluate((h) => h.getBoundingClientRect().bottom);
  // A header that does not stick (a phone's) has scrolled away: then the window's top edge.
  const clear = Math.max(0, headerBottom);
  expect(top).toBeGreaterThanOrEqual(clear);
  expect(top).toBeLessThan(clear + 40);
  await expect(page.getByRole("table").first()).toBeInViewport();
  // A screen reader hears one sentence, not the whole grid.
  const status = page.getByRole("status").filter({ hasText: /^Read: / });
  await expect(status).toHaveText(
    /^Read: \d+ clauses, a rating suggested for \d+ of 14 practices; the reading is below\.$/,
  );
  await expect(page.locator("[aria-live]").filter({ has: page.getByRole("table") })).toHaveCount(0);
});

test("by keyboard: after one company is picked, a Tab from the find box lands on the next one typed", async ({
  page,
}) => {
  await page.goto("/analyze");
  await page.locator("summary", { hasText: /^Compare with/ }).click();
  const find = page.getByRole("searchbox", { name: "Find a company to compare with" });
  await find.focus();
  await page.keyboard.type("PayPal");
  await page.keyboard.press("Tab");
  await page.keyboard.press("Space");
  const paypal = page.getByRole("checkbox", { name: "PayPal", exact: true });
  await expect(paypal).toBeChecked();
  await page.keyboard.press("Shift+Tab");
  await expect(find).toBeFocused();
  // Focus by keyboard selects the box's text, so typing replaces it.
  await page.keyboard.type("Zoom");
  await expect(find).toHaveValue("Zoom");
  await page.keyboard.press("Tab");
  const zoom = page.getByRole("checkbox", { name: "Zoom", exact: true });
  // The match comes first; PayPal, picked, stays listed apart after it.
  await expect(zoom).toBeFocused();
  await page.keyboard.press("Space");
  await expect(zoom).toBeChecked();
  await expect(paypal).toBeChecked();
  await expect(page.locator("#compare-with")).toContainText(/Zoom\s*Also picked:\s*PayPal/);
  await expect(page.locator("summary", { hasText: /^Compare with/ })).toContainText(
    "picked: PayPal, Zoom",
  );
});

test("while reading, the focus never falls to the page and a second press does not post again", async ({
  page,
}) => {
  await page.goto("/analyze");
  await page.getByLabel("Policy text").fill(POLICY);
  let posts = 0;
  page.on("request", (r) => {
    if (r.method() === "POST" && new URL(r.url()).pathname === "/analyze") posts += 1;
  });
  // A disabled button loses the focus to <body>: a blur with nowhere to go.
  await page.evaluate(() => {
    (window as unknown as { lost: number }).lost = 0;
    document.addEventListener("focusout", (e) => {
      if (!e.relatedTarget) (window as unknown as { lost: number }).lost += 1;
    });
  });
  await page.getByRole("button", { name: "Read the policy" }).focus();
  await page.keyboard.press("Enter");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: /read by machine/ })).toBeFocused({
    timeout: READING_TIMEOUT,
  });
  expect(await page.evaluate(() => (window as unknown as { lost: number }).lost)).toBe(0);
  expect(posts).toBe(1);
});

test("the grid's quotes and the clauses per practice say what each counts", async ({ page }) => {
  await page.goto("/analyze");
  // The sale sentence decides third-party sharing; the classifier puts it under sharing alone.
  const policy = [
    "# Acme Privacy Policy",
    "## Sharing",
    "We may sell your personal information to data brokers.",
  ].join("\n\n");
  await page.getByLabel("Policy text").fill(policy);
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(page.locator("td[data-machine-read]")).toHaveCount(14, {
    timeout: READING_TIMEOUT,
  });
  const sharing = page
    .getByRole("row", { name: /Third-party sharing/ })
    .locator("[data-machine-read]");
  // The grid counts quotes, not clauses, and says what they are.
  await expect(sharing.locator("summary").filter({ hasText: /quotes?$/ })).toHaveText(
    /^\d+ quotes?$/,
  );
  await expect(sharing.locator("summary").filter({ hasText: /clauses?$/ })).toHaveCount(0);
  await sharing
    .locator("summary")
    .filter({ hasText: /quotes?$/ })
    .click();
  await expect(sharing).toContainText("The sentences the rating rests on, then the clauses");
  // Numbered by its place in the text sent, so the founder finds it in the draft.
  await expect(sharing.locator("blockquote").first()).toContainText(
    /§1“We may sell your personal information to data brokers\.”/,
  );
  await expect(
    page.locator("summary").filter({ hasText: /^Third-party sharing — 1 clause$/ }),
  ).toBeVisible();
  // What would move each rating, so the reader of a draft knows what wording to change.
  const brief = page.getByRole("region", { name: "What would change a suggested rating" });
  await expect(brief.getByRole("row", { name: /^Third-party sharing/ })).toContainText(
    "a sale of personal data",
  );
  await expect(brief.getByRole("row")).toHaveCount(15);
});

test("an empty form and a file that is not text get a clear message", async ({ page }) => {
  await page.goto("/analyze");
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
    /Paste a policy into the box or choose a file/,
  );
  // The field to fix is marked, says why, and has the keyboard.
  const box = page.getByRole("textbox", { name: "Policy text" });
  await expect(box).toHaveAttribute("aria-invalid", "true");
  await expect(box).toHaveAccessibleDescription(/Paste a policy into the box or choose a file/);
  await expect(box).toBeFocused();
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: "x.md",
    mimeType: "text/markdown",
    buffer: Buffer.from([0x89, 0x50, 0, 0, 1]),
  });
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(/binary file/);
});

test("a refused file's message, said under the button, is brought into view", async ({ page }) => {
  // The button ends just above this window's bottom edge, so the click scrolls nothing.
  await page.setViewportSize({ width: 1280, height: 870 });
  await page.goto("/analyze");
  await page.getByLabel(/Or upload a file/).setInputFiles({
    name: "draft.docx",
    mimeType: "application/octet-stream",
    buffer: Buffer.concat([Buffer.from("PK\x03\x04"), Buffer.alloc(64)]),
  });
  await expect(page.getByRole("button", { name: "Read the policy" })).toBeInViewport({ ratio: 1 });
  await page.getByRole("button", { name: "Read the policy" }).click();
  const refusal = page.getByRole("alert").filter({ hasText: /\w/ });
  await expect(refusal).toHaveText(/binary file/);
  await expect(refusal).toBeInViewport({ ratio: 1 });
});

test.describe("a post the front server refuses, with JavaScript", () => {
  test("over the 2 MB cap: the message is in the page and the text stays in the box", async ({
    page,
    consoleErrors,
  }) => {
    await page.goto("/analyze");
    const huge = "We keep your data for thirty days. ".repeat(66_000);
    await page.getByLabel("Policy text").fill(huge);
    await page.getByRole("button", { name: "Read the policy" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
      /over the 2 MB limit/,
    );
    await expect(page.getByRole("heading", { level: 1, name: "Read a policy" })).toBeVisible();
    expect((await page.getByLabel("Policy text").inputValue()).length).toBe(huge.length);
    expectOnlyTheStatus(consoleErrors, 413);
  });

  test("rate-limited: the message says when to try again, and the next reading works", async ({
    page,
    consoleErrors,
  }) => {
    // The front server's own answer to a client over its limit (spending this client's real
    // readings would slow the tests that follow).
    const scripted = {
      method: "POST",
      socket: { remoteAddress: "e2e-rate-limited" },
      headers: { "next-action": "x" },
    } as unknown as http.IncomingMessage;
    const refusal = (() => {
      for (;;) {
        const answer = gateAnalyzePost(scripted, "/analyze");
        if (answer) return answer;
      }
    })();
    expect(refusal.status).toBe(429);
    let refused = 0;
    await page.route("**/analyze", (route) => {
      if (route.request().method() !== "POST" || refused++ > 0) return route.fallback();
      return route.fulfill({ status: 429, headers: refusal.headers, body: refusal.body });
    });

    await page.goto("/analyze");
    await page.getByLabel("Policy text").fill(POLICY);
    await page.getByRole("button", { name: "Read the policy" }).click();
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveText(
      /^Too many readings from your address: try again in \d+ seconds\.$/,
    );
    expectOnlyTheStatus(consoleErrors, 429);
    await page.getByRole("button", { name: "Read the policy" }).click();
    await expect(
      page.getByRole("heading", { name: "Acme Privacy Policy: read by machine" }),
    ).toBeVisible();
    await expect(page.getByRole("alert").filter({ hasText: /\w/ })).toHaveCount(0);
  });
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("the form posts and the reading comes back as a page", async ({ page }) => {
    await page.goto("/analyze");
    await page.getByLabel("Policy text").fill(POLICY);
    // The folded list opens without JavaScript, and the form posts as a plain form.
    await pick(page, "Code 42");
    await page.getByRole("button", { name: "Read the policy" }).click();
    await expect(page.getByRole("heading", { name: /read by machine/ })).toBeInViewport();
    await expect(page.locator("td[data-machine-read]")).toHaveCount(14);
    await expect(page.getByRole("columnheader", { name: /Code 42/ })).toBeVisible();
  });

  test("five companies picked: the page shows four and says which one it left out", async ({
    page,
  }) => {
    await page.goto("/analyze");
    await page.getByLabel("Policy text").fill(POLICY);
    // Nothing stops a fifth tick without JavaScript.
    for (const company of ["Code 42", "Mozy", "PayPal", "Signal", "Zoom"])
      await pick(page, company);
    await page.getByRole("button", { name: "Read the policy" }).click();
    await expect(page.locator("td[data-machine-read]")).toHaveCount(14);
    await expect(
      page.getByText(
        "Showing 4 of the 5 you picked: the reading is compared with at most four; Zoom was left out.",
      ),
    ).toBeVisible();
    for (const company of ["Code 42", "Mozy", "PayPal", "Signal"])
      await expect(page.getByRole("columnheader", { name: new RegExp(company) })).toBeVisible();
    await expect(page.getByRole("columnheader", { name: /Zoom/ })).toHaveCount(0);
  });

  test("the page that comes back keeps the text, the column's name and the companies ticked", async ({
    page,
  }) => {
    // Markup in the text comes back as the box's text, never as elements of the page.
    const policy = `${POLICY}\n\nWe keep logs </textarea><b id="injected">90 days</b> & more.`;
    await page.goto("/analyze");
    await page.getByLabel("Policy text").fill(policy);
    await page.getByLabel("Name for the column").fill("Acme <i>Ltd</i>");
    await pick(page, "Code 42");
    await pick(page, "Mozy");
    await page.getByRole("button", { name: "Read the policy" }).click();
    await expect(page.getByRole("heading", { name: /read by machine/ })).toBeVisible();
    await expect(page.getByLabel("Policy text")).toHaveValue(policy);
    await expect(page.getByLabel("Name for the column")).toHaveValue("Acme <i>Ltd</i>");
    // The list comes back folded, its summary naming the companies ticked.
    await expect(page.locator("summary", { hasText: /^Compare with/ })).toContainText(
      "picked: Code 42, Mozy",
    );
    await page.locator("summary", { hasText: /^Compare with/ }).click();
    await expect(page.getByRole("checkbox", { name: "Code 42", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Mozy", exact: true })).toBeChecked();
    await expect(page.getByRole("checkbox", { name: "Zoom", exact: true })).not.toBeChecked();
    await expect(page.locator("#injected")).toHaveCount(0);

    // An uploaded file's text, once read, comes back in the box (a file input cannot be refilled).
    const html = "<html><body><h1>Beta privacy</h1><p>We do not sell your data.</p></body></html>";
    await page
      .getByLabel(/Or upload a file/)
      .setInputFiles({ name: "beta.html", mimeType: "text/html", buffer: Buffer.from(html) });
    await page.getByRole("button", { name: "Read the policy" }).click();
    await expect(page.getByText(/1 clauses? read as HTML\./)).toBeVisible();
    await expect(page.getByLabel("Policy text")).toHaveValue(html);
  });
});

test("screenshots at 1280 and 390 pixels, light and dark", async ({ page }) => {
  // Two readings and twelve screenshots: more than the default 30 s on a busy machine.
  test.setTimeout(120_000);
  for (const [width, label] of [
    [1280, "desktop"],
    [390, "phone"],
  ] as const) {
    // The reading is the same in both colour schemes: read once per width, then switch.
    await page.setViewportSize({ width, height: 900 });
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto("/analyze");
    await readAcmeBesideMozy(page);
    await page
      .locator("td[data-machine-read] details")
      .first()
      .evaluate((d) => ((d as HTMLDetailsElement).open = true));
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await page.screenshot({
        path: `${ARTIFACTS}/analyze-${label}-${colorScheme}.png`,
        fullPage: true,
      });
      if (label === "phone") {
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: `${ARTIFACTS}/analyze-phone-${colorScheme}-top.png` });
        await page.getByRole("heading", { name: "Acme: read by machine" }).scrollIntoViewIfNeeded();
        await page.screenshot({ path: `${ARTIFACTS}/analyze-phone-${colorScheme}-result.png` });
      }
    }
  }
});

test("the page with a reading passes axe's accessibility checks in light and dark mode", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await page.goto("/analyze");
  // The page before a reading, then with one.
  const before = await new AxeBuilder({ page }).include("#main").analyze();
  expect(before.violations.map((v) => v.id)).toEqual([]);
  await page.getByLabel("Policy text").fill(POLICY);
  await pick(page, "Mozy");
  await page.getByRole("button", { name: "Read the policy" }).click();
  await expect(page.locator("td[data-machine-read]")).toHaveCount(14);
  for (const colorScheme of ["light", "dark"] as const) {
    await page.emulateMedia({ colorScheme });
    const { violations } = await new AxeBuilder({ page }).include("#main").analyze();
    expect(
      violations.map(
        (v) => `${colorScheme}: ${v.id} ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
      ),
    ).toEqual([]);
  }
});
