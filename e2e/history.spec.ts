import { ARTIFACTS, expect, test } from "./fixtures";
import { historyLoaded, versionsOf, type Version } from "./history-versions";
import { historyAuditOf } from "../lib/reading/audit-record";

/*
 * The history loads in the background after start (docs/history.md); AdRoll is among the first
 * companies loaded. Its second recorded version (October 2023) adds one clause and nothing else.
 */
const ADDED = "NextRoll offers a consent management platform";

/** A version's day as the timeline names it ("Sep 11, 2023"; a time follows on a shared day). */
const dateName = (iso: string) =>
  new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(new Date(iso));

test.describe("policy history", () => {
  test.setTimeout(660_000);
  let versions: Version[] = [];
  test.beforeAll(async ({ request }) => {
    // The hook waits for the background load, not the 30 s a hook gets by default.
    test.setTimeout(660_000);
    versions = await versionsOf(request, "adroll", 13);
  });

  test("the diff page shows a clause added between two versions, grouped by practice", async ({
    page,
  }) => {
    const [first, second] = versions;
    await page.goto(`/companies/adroll/changes?from=${first!.id}&to=${second!.id}`);
    await expect(
      page.getByRole("heading", { level: 1, name: "AdRoll: policy history" }),
    ).toBeVisible();
    await expect(
      page.getByRole("heading", {
        level: 2,
        name: "What changed from Sep 11, 2023 to Oct 21, 2023",
      }),
    ).toBeVisible();
    await expect(page.getByTestId("diff-summary")).toContainText(/^1 clause changed/);
    const added = page.locator(".diff-item-added");
    await expect(added).toHaveCount(1);
    await expect(added).toContainText(ADDED);
    await expect(added.getByText("Added", { exact: true })).toBeVisible();
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute("href", "/feeds/companies/adroll.atom");
    await page.screenshot({ path: `${ARTIFACTS}/history-diff-desktop.png`, fullPage: true });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.screenshot({ path: `${ARTIFACTS}/history-diff-desktop-dark.png`, fullPage: true });
  });

  test("a modified clause shows its inserted and deleted words", async ({ page }) => {
    await page.goto(
      `/companies/adroll/changes?from=${versions[0]!.id}&to=${versions[versions.length - 1]!.id}`,
    );
    const modified = page.locator(".diff-item-modified");
    expect(await modified.count()).toBeGreaterThan(0);
    await expect(page.locator(".diff-ins, .diff-added-block").first()).toBeVisible();
    // The practices a changed clause speaks to are the classifier's, and say so.
    const tags = modified.getByRole("list", { name: "Practices (machine tags)" });
    expect(await tags.count()).toBeGreaterThan(0);
    await expect(tags.first()).toBeVisible();
    await expect(modified.getByText("Machine tags:").first()).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/history-diff-long.png`, fullPage: true });
  });

  test("the changed clauses are in the document once, not again in React's payload", async ({
    page,
  }) => {
    const url = `/companies/adroll/changes?from=${versions[0]!.id}&to=${versions[versions.length - 1]!.id}`;
    const html = await (
      await page.request.get(url, { headers: { cookie: "e2e=uncached" } })
    ).text();
    const payload = [...html.matchAll(/self\.__next_f\.push\((\[.*?\])\)<\/script>/gs)]
      .map((m) => JSON.parse(m[1]!) as unknown[])
      .map((row) => (typeof row[1] === "string" ? row[1] : ""))
      .join("");
    expect(payload).toContain(`"island":"`);
    const document = html.replace(/<script[\s\S]*?<\/script>/g, "");
    expect(document.match(/class="diff-item /g)?.length ?? 0).toBeGreaterThan(1);
    expect(payload).not.toContain("diff-item");
    // Hydrated, the page still shows them and its links work.
    await page.goto(url);
    await expect(page.locator(".diff-item").first()).toBeVisible();
    await page.getByTestId("clause-in-version").first().click();
    await expect(page).toHaveURL(/\/companies\/adroll\/versions\/\d+#/);
  });

  test("a version that only retyped its clauses (Google Play's curly apostrophes of Jun 26, 2026) is no change", async ({
    page,
    request,
  }) => {
    const retypedVersion = async () =>
      (await versionsOf(request, "google-play", 24)).find((v) =>
        v.recordedAt.startsWith("2026-06-26"),
      )!;
    // A database loaded by older code shows its old counts until the history is reloaded.
    await expect
      .poll(async () => (await retypedVersion()).changedClauses, { timeout: 600_000 })
      .toBe(0);
    const retyped = await retypedVersion();
    await page.goto(
      `/companies/google-play/changes?from=${retyped.comparedTo!.id}&to=${retyped.id}`,
    );
    await expect(page.getByTestId("diff-summary")).toContainText(
      /^No clause changed\..*\(3 of them only in new typography: quotes, dashes or spaces\)\./,
    );
    await expect(page.locator(".diff-item")).toHaveCount(0);
    await expect(page.locator(`#version-${retyped.id}`)).toContainText("Layout only");
  });

  test("two versions can be compared with the timeline form, without JavaScript", async ({
    browser,
  }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/companies/adroll/changes");
    await page
      .getByRole("radio", {
        name: new RegExp(
          `^Compare from the version of ${dateName(versions[0]!.recordedAt)}(, \\d\\d:\\d\\d UTC)?$`,
        ),
      })
      .check();
    await page
      .getByRole("radio", {
        name: new RegExp(
          `^Compare to the version of ${dateName(versions[1]!.recordedAt)}(, \\d\\d:\\d\\d UTC)?$`,
        ),
      })
      .check();
    await page.getByRole("button", { name: "Compare the selected versions" }).click();
    await expect(page).toHaveURL(new RegExp(`[?&]from=${versions[0]!.id}(&|#|$)`));
    await expect(page).toHaveURL(new RegExp(`[?&]to=${versions[1]!.id}(&|#|$)`));
    // The comparison opens at its heading, not at the top of the page.
    await expect(page).toHaveURL(/#diff-title$/);
    await expect(page.getByRole("heading", { name: /^What changed from/ })).toBeInViewport();
    await expect(page.locator(".diff-item-added")).toContainText(ADDED);
    await context.close();
  });

  test("a comparison followed from /changes on a practice leads with that practice's clauses, without JavaScript", async ({
    browser,
  }) => {
    // AdRoll's change of Mar 15, 2025: its children's clause is also about sharing, and filed
    // under Third-party sharing a reader following children's clauses would not find it.
    const march = versions.find((v) => v.recordedAt.startsWith("2025-03-15"))!;
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto("/changes?practice=children&company=adroll");
    const row = page.getByRole("link", { name: /^6 clauses changed, in children, / });
    await expect(row).toHaveAttribute(
      "href",
      `/companies/adroll/changes?from=${march.comparedTo!.id}&to=${march.id}&practice=children`,
    );
    await row.click();
    const followed = page.getByRole("region", { name: /^Changed clauses about children/ });
    await expect(followed).toHaveCount(1);
    await expect(followed.locator(".diff-item")).toHaveCount(2);
    await expect(page.getByTestId("diff-summary")).toContainText(
      /^6 clauses changed, in children, /,
    );
    await expect(followed).toContainText("NextRoll does not have actual knowledge");
    await expect(page.getByTestId("diff-followed-note")).toHaveText(
      "2 of the 6 changed clauses are about children (the machine's tags), shown first; the other changes follow.",
    );
    // Each changed clause once: the rest stay under their practices, reached from the contents.
    await expect(page.locator(".diff-item")).toHaveCount(6);
    const contents = page.getByRole("navigation", { name: "Changed clauses by practice" });
    await expect(contents.getByRole("link").first()).toHaveText("Changed clauses about children");
    await expect(contents.getByRole("link").first()).toHaveAttribute("href", "#diff-followed");
    // Two other versions compared from the timeline keep the practice chosen there.
    await expect(page.getByRole("combobox", { name: "Clauses about" })).toHaveValue("children");
    await page.getByRole("combobox", { name: "Clauses about" }).selectOption("retention");
    await page.getByRole("button", { name: "Compare the selected versions" }).click();
    await expect(page).toHaveURL(/[?&]practice=retention(&|#|$)/);
    await expect(page.getByTestId("diff-followed-note")).toContainText("data retention");
    // Without the practice, the comparison has no such section and files the clause elsewhere.
    await page.goto(`/companies/adroll/changes?from=${march.comparedTo!.id}&to=${march.id}`);
    await expect(page.getByRole("region", { name: /^Changed clauses about/ })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 3, name: /^Children/ })).toHaveCount(0);
    // A practice the page cannot read is named, not silently dropped.
    await page.goto(
      `/companies/adroll/changes?from=${march.comparedTo!.id}&to=${march.id}&practice=kids`,
    );
    await expect(page.getByText(/Not a practice: "kids"/)).toBeVisible();
    await context.close();
  });

  test("the diff page reads at 375 px, in light and dark, and prints without controls", async ({
    browser,
  }) => {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({
        viewport: { width: 375, height: 800 },
        colorScheme,
      });
      const page = await context.newPage();
      await page.goto(
        `/companies/adroll/changes?from=${versions[0]!.id}&to=${versions[versions.length - 1]!.id}`,
      );
      await expect(page.getByTestId("diff-summary")).toBeVisible();
      const width = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(width).toBeLessThanOrEqual(375);
      await page.screenshot({
        path: `${ARTIFACTS}/history-diff-phone-${colorScheme}.png`,
        fullPage: true,
      });
      if (colorScheme === "light") {
        await page.emulateMedia({ media: "print" });
        await expect(
          page.getByRole("button", { name: "Compare the selected versions" }),
        ).toBeHidden();
        await expect(page.getByTestId("diff-summary")).toBeVisible();
        await page.screenshot({ path: `${ARTIFACTS}/history-diff-print.png`, fullPage: true });
      }
      await context.close();
    }
  });

  test("a suggested rating that moved from the machine's silence says 'no clause found', never 'not addressed'", async ({
    page,
    request,
  }) => {
    // Acuity Ads' third recorded version (April 2023) gives its first clause about children.
    const acuity = await versionsOf(request, "acuityads", 13);
    const [, second, third] = acuity;
    await page.goto(`/companies/acuityads/changes?from=${second!.id}&to=${third!.id}`);
    const suggested = page
      .locator("div")
      .filter({ hasText: /^Suggested ratings that changed \(machine-read, not reviewed\):/ });
    // The same version also states that its sharing may be a sale (third-party sharing moves
    // to concerning); the children's rating is the one that moved from silence.
    await expect(
      suggested.getByRole("listitem").filter({ hasText: /^Children: no clause found → neutral$/ }),
    ).toHaveCount(1);
    await expect(page.locator(`#version-${third!.id}`)).toContainText(
      "Children: no clause found → neutral",
    );
    await expect(page.getByRole("region", { name: "Suggested ratings over time" })).toContainText(
      "Children: no clause found → neutral",
    );
    await expect(page.locator("main")).not.toContainText(/not addressed/i);
    // How far to trust an alert: what the hand audits of such moves found, and how.
    const checked = historyAuditOf(third!.recordedAt)!;
    expect(checked.period).toBe("recorded since 2022");
    await expect(suggested.last()).toContainText(
      `Checked by hand, ${checked.truthful} of ${checked.ratingChanges} such moves recorded since 2022 were true`,
    );
    await expect(suggested.last().getByRole("link", { name: "how we checked" })).toHaveAttribute(
      "href",
      "/methodology#history-audits",
    );
    await suggested.screenshot({ path: `${ARTIFACTS}/history-rating-change.png` });
    // The feeds name the changed practices, never a machine rating as "not addressed".
    for (const feed of [
      "/feeds/companies/acuityads.atom",
      "/feeds/practices/children.atom",
      "/feeds/changes.atom",
    ]) {
      const res = await request.get(feed);
      expect(res.status()).toBe(200);
      expect((await res.text()).toLowerCase()).not.toContain("not addressed");
    }
  });

  test("a bad comparison URL says what was wrong and still shows the history", async ({ page }) => {
    const response = await page.goto("/companies/adroll/changes?from=abc&to=12");
    expect(response?.status()).toBe(200);
    await expect(page.getByRole("status").first()).toContainText('"from" must be a version id');
    await expect(page.getByRole("heading", { name: "All recorded versions" })).toBeVisible();
  });

  test("a comparison of a version with itself, or with another company's, says so in words", async ({
    page,
    request,
  }) => {
    const [first] = versions;
    const [mozy] = await versionsOf(request, "mozy", 1);
    await page.goto(`/companies/adroll/changes?from=${first!.id}&to=${first!.id}`);
    await expect(page.getByRole("status").first()).toContainText(
      `The same version (${dateName(first!.recordedAt)}) was picked twice`,
    );
    await expect(page.getByRole("heading", { name: /^What changed/ })).toHaveCount(0);
    await page.goto(`/companies/adroll/changes?from=${mozy!.id}&to=${first!.id}`);
    await expect(page.getByRole("status").first()).toHaveText(
      `Version ${mozy!.id} is not among AdRoll’s recorded versions. Pick two different versions in the list below, one under From and one under To, then “Compare the selected versions”.`,
    );
  });

  test("a curated company's history says plainly it has one archived version", async ({
    page,
    request,
  }) => {
    await versionsOf(request, "mozy", 1);
    await page.goto("/companies/mozy/changes");
    await expect(page.getByText(/holds one archived version of Mozy.s policy/)).toBeVisible();
    // Never recorded again, so nothing to subscribe to.
    await expect(page.getByRole("link", { name: "Atom feed of changes" })).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(0);
    await page.goto("/companies/mozy");
    await expect(page.locator('link[rel="alternate"][type="application/atom+xml"]')).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Atom feed of changes" })).toHaveCount(0);
    await expect(page.getByRole("link", { name: "Policy history", exact: true })).toHaveAttribute(
      "href",
      "/companies/mozy/changes",
    );
    await expect(page.getByRole("heading", { name: "Policy history" })).toBeVisible();
    await expect(page.getByText(/One archived version/)).toBeVisible();
    // The feed's address answers as the page does: no feed, and why.
    const feed = await request.get("/feeds/companies/mozy.atom");
    expect(feed.status()).toBe(404);
    expect(await feed.text()).toContain("Mozy's policy is an archived copy");
  });

  test("a company page leads to its history and its feed from its first screen, the feed named as it names itself", async ({
    page,
    request,
  }) => {
    await versionsOf(request, "telegram", 2);
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto("/companies/telegram");
    const history = page.getByRole("link", { name: "Policy history", exact: true });
    await expect(history).toBeInViewport();
    const feed = page.getByRole("link", { name: "Atom feed of changes" });
    await expect(feed).toBeInViewport();
    await expect(feed).toHaveAttribute("href", "/feeds/companies/telegram.atom");
    const alternate = page.locator('link[rel="alternate"][type="application/atom+xml"]');
    const xml = await (await request.get("/feeds/companies/telegram.atom")).text();
    expect(xml).toContain(`<title type="text">${await alternate.getAttribute("title")}</title>`);
    await page.screenshot({ path: `${ARTIFACTS}/company-history-links.png` });
    await history.click();
    await expect(page).toHaveURL(/\/companies\/telegram\/changes$/);
  });

  test("/changes lists changes across the atlas and filters them by practice", async ({ page }) => {
    await page.goto("/changes");
    await expect(page.getByRole("heading", { level: 1, name: "Policy changes" })).toBeVisible();
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute("href", "/feeds/changes.atom");
    await page.getByLabel("Practice").selectOption("cookies");
    await page.getByRole("button", { name: "Show changes" }).click();
    await expect(page).toHaveURL(/practice=cookies/);
    await expect(page.getByText(/touching Cookies & tracking/)).toBeVisible();
    await page.screenshot({ path: `${ARTIFACTS}/history-changes-desktop.png`, fullPage: true });
  });

  test("/changes past its last page shows the last and says so, not an empty list", async ({
    page,
  }) => {
    await page.goto("/changes?practice=cookies&page=99999");
    await expect(
      page.getByText(
        /^There (are only \d+ pages of changes; showing the last|is only 1 page of changes; showing it)\.$/,
      ),
    ).toBeVisible();
    await expect(
      page.getByText(/^[1-9][\d,]* changes? touching Cookies & tracking\.$/),
    ).toBeVisible();
    await expect(page.getByText("No change matches these filters")).toHaveCount(0);
    await expect(page.getByRole("link", { name: /clauses? changed/ }).first()).toBeVisible();
  });

  test("/changes follows the companies typed by name, at the address of their slugs, and its feed with them", async ({
    page,
  }) => {
    // From one company's history to its changes beside others'.
    await page.goto("/companies/telegram/changes");
    await page.getByRole("link", { name: "Follow it with other companies" }).click();
    await expect(page).toHaveURL(/\/changes\?company=telegram$/);
    const companies = page.getByRole("textbox", { name: "Companies" });
    await expect(companies).toHaveValue("Telegram");
    await companies.fill("Telegram, imdb");
    await page.getByRole("combobox", { name: "Practice" }).selectOption("disputes");
    await page.getByRole("button", { name: "Show changes" }).click();
    await expect(page).toHaveURL(/[?&]company=telegram,imdb(&|$)/);
    await expect(page.getByText(/ by Telegram or IMDb touching Dispute resolution/)).toBeVisible();
    await expect(companies).toHaveValue("Telegram, IMDb");
    const slugs = await page
      .locator("ol li a[href*='/companies/'][href*='/changes?']")
      .evaluateAll((links) =>
        links.map((a) => new URL((a as HTMLAnchorElement).href).pathname.split("/")[2]),
      );
    expect(slugs.length).toBeGreaterThan(0);
    expect(new Set(slugs)).toEqual(new Set(slugs.filter((s) => s === "telegram" || s === "imdb")));
    await expect(page.getByRole("link", { name: "Atom feed of these changes" })).toHaveAttribute(
      "href",
      /company=telegram,imdb/,
    );
    await page.goto("/changes?company=telegrm");
    await expect(
      page.getByText(/Ignored: company "telegrm" \(did you mean Telegram\?/),
    ).toBeVisible();
  });

  test("on a 390 px phone /changes folds its introduction, so the first change shows on the first screen", async ({
    browser,
    request,
  }) => {
    // Measured as it stands once loaded: while the history loads, a status line says so.
    await historyLoaded(request);
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({
        viewport: { width: 390, height: 844 },
        colorScheme,
      });
      const page = await context.newPage();
      await page.goto("/changes");
      const leftOut = page.getByTestId("changes-left-out");
      await expect(leftOut).toContainText("Not listed: re-extractions, layout only");
      await expect(leftOut.getByText(/Open Terms Archive reading a page anew/)).toBeHidden();
      const firstChange = page
        .getByRole("list")
        .filter({ hasText: "recorded" })
        .getByRole("listitem")
        .first();
      const box = (await firstChange.boundingBox())!;
      expect(box.y).toBeLessThan(844);
      await page.screenshot({ path: `${ARTIFACTS}/changes-phone-${colorScheme}.png` });
      await leftOut.locator("summary").click();
      await expect(leftOut.getByText(/Open Terms Archive reading a page anew/)).toBeVisible();
      await context.close();
    }
  });

  test("/changes offers its changes, every page of them, as CSV and JSON downloads", async ({
    page,
    request,
  }) => {
    await page.goto("/changes?practice=cookies&since=2024-01-01");
    const status = await page.locator("#paged-summary").innerText();
    const total = Number(status.match(/^([\d,]+) change/)![1]!.replaceAll(",", ""));
    expect(total).toBeGreaterThan(50);
    const downloads = page.getByRole("group", { name: "Download these changes" });
    await expect(downloads).toContainText(`Download these ${total.toLocaleString("en")} changes:`);
    const csvLink = downloads.getByRole("link", { name: /^CSV/ });
    await expect(csvLink).toHaveAttribute(
      "href",
      "/api/changes?practice=cookies&since=2024-01-01&format=csv",
    );
    const csv = await request.get((await csvLink.getAttribute("href"))!);
    expect(csv.headers()["content-disposition"]).toMatch(
      /filename="policy-atlas-changes-cookies-since-2024-01-01-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const lines = (await csv.text()).trim().split("\r\n");
    expect(lines[0]).toContain("company,company_slug,sector,recorded_at,kind");
    // One row per change (no clause text, so no line breaks inside a row), the header aside.
    expect(lines).toHaveLength(total + 1);
    expect(lines[1]).toMatch(/,https?:\/\/[^,]+\/companies\/[a-z0-9-]+\/changes\?from=\d+&to=\d+,/);
    expect(lines[1]).toContain("Open Terms Archive contributors");
    const jsonHref = await downloads.getByRole("link", { name: /^JSON/ }).getAttribute("href");
    const json = (await (await request.get(jsonHref!)).json()) as {
      changes: unknown[];
      paging: { total: number };
    };
    expect(json.changes).toHaveLength(total);
    expect(json.paging.total).toBe(total);
  });

  test("/changes reads from and to, a timeline's names, as its dates, at the URL that says since and until", async ({
    page,
    request,
  }) => {
    await page.goto("/changes?from=2024-01-01&to=2024-06-30&practice=cookies");
    await expect(page).toHaveURL(/\/changes\?practice=cookies&since=2024-01-01&until=2024-06-30$/);
    await expect(page.getByLabel("From", { exact: true })).toHaveValue("2024-01-01");
    await expect(page.getByLabel("To", { exact: true })).toHaveValue("2024-06-30");
    // In prose the dates read as the list's do, not as the URL's.
    await expect(
      page.getByRole("status").filter({ hasText: "since Jan 1, 2024 until Jun 30, 2024" }),
    ).toBeVisible();
    // The feed a reader's autodiscovery offers is titled as the feed titles itself.
    await expect(
      page.locator('link[rel="alternate"][type="application/atom+xml"]'),
    ).toHaveAttribute(
      "title",
      "Policy Atlas: privacy policy changes — cookies & tracking, since Jan 1, 2024, until Jun 30, 2024",
    );
    // A from that is no date (a version id pasted from a timeline) is named, not dropped in silence.
    await page.goto("/changes?from=1234");
    await expect(page.getByText(/Ignored: from "1234"/)).toBeVisible();
    const feed = await request.get("/feeds/changes.atom?from=2024-01-01", { maxRedirects: 0 });
    expect(feed.status()).toBe(308);
    expect(feed.headers()["location"]).toBe("/feeds/changes.atom?since=2024-01-01");
  });

  test("a page that went back and forth shows it in its timeline, shaded, and not among the atlas's changes", async ({
    page,
    request,
  }) => {
    // MediaFire's page flickered between texts in June 2024 (versions 4–11; 5, 6, 7, 9 and 11
    // return to an earlier one), after a capture cut off at an eighth of the policy (version 2, a
    // failed capture) and the whole text again (3, which changed no clause).
    const mediafire = await versionsOf(request, "mediafire", 14);
    // A database kept from an earlier run holds MediaFire's versions before this load rewrites
    // them: wait for the load to finish.
    await historyLoaded(request);
    await page.goto("/companies/mediafire/changes");
    const kinds = page.getByTestId("history-kinds").locator("summary");
    await expect(kinds).toContainText("8 back and forth and 1 failed capture");
    await kinds.click();
    await expect(
      page.getByText(/8 versions are the page going back and forth between texts/),
    ).toBeVisible();
    // Versions 2–11 are one run of rows that are not changes: folded, and opened to read them.
    const run = page.getByTestId("hidden-run").first();
    await expect(run.locator("summary")).toContainText(
      "10 versions that are not changes (8 back and forth, 1 layout only, 1 failed capture)",
    );
    await run.locator("summary").click();
    await expect(page.locator(`#version-${mediafire[1]!.id}`)).toContainText(
      "A page with no policy on it — not a change",
    );
    await expect(page.locator(`#version-${mediafire[2]!.id}`)).toContainText(
      "the last recorded whole",
    );
    // Undone: the page went back to the text before it, on the day of the next version.
    // (Jun 6 holds another version of the flicker: the note gives the time of the one it names.)
    await expect(page.locator(`#version-${mediafire[3]!.id}`)).toContainText(
      /Short-lived: on Jun 6, 2024, \d\d:\d\d UTC the page went back to the text of May 22, 2024/,
    );
    const third = page.locator(`#version-${mediafire[4]!.id}`);
    await expect(third).toContainText("Back to the text of");
    await expect(third.getByText("Back and forth", { exact: true })).toBeVisible();
    await expect(
      page.locator(`#version-${mediafire[11]!.id}`).getByText("Changed", { exact: true }),
    ).toBeVisible();
    await third.getByTestId("back-and-forth-note").getByRole("link", { name: /2024/ }).click();
    await expect(page).toHaveURL(new RegExp(`#version-${mediafire[0]!.id}$`));
    await page.screenshot({ path: `${ARTIFACTS}/history-returns-desktop.png`, fullPage: true });
    await page.goto("/companies/mediafire");
    await expect(
      page.getByText(/8 of them the page switching back and forth between texts within days/),
    ).toBeVisible();
    // Its latest version is a re-extraction (2025-09-23): counted, not among the latest changes.
    await expect(
      page.getByText(
        /1 of them a re-extraction by Open Terms Archive, not a change by MediaFire, left out below/,
      ),
    ).toBeVisible();
    const history = page.getByRole("region", { name: "Policy history" });
    await expect(history.getByText("Re-extraction", { exact: true })).toHaveCount(0);
    // Its two changes; the first recording is not a change, and is in the sentence's "since".
    await expect(history.locator("li")).toHaveCount(2);
    const feed = await (await request.get("/feeds/companies/mediafire.atom")).text();
    for (let v = 1; v <= 10; v++) expect(feed).not.toContain(`to=${mediafire[v]!.id}<`);
  });

  test("a rewritten clause reads as its old text, then its new; a reworded one keeps word marks in whole phrases", async ({
    page,
    request,
  }) => {
    const telegram = await versionsOf(request, "telegram", 40);
    const qwant = await versionsOf(request, "qwant", 22);
    const pair = (versions: Version[], day: string) => {
      const i = versions.findIndex((v) => v.recordedAt.startsWith(day));
      return `from=${versions[i - 1]!.id}&to=${versions[i]!.id}`;
    };
    // Qwant, August 2026: the "Device data" clause was rewritten in a dozen places.
    await page.goto(`/companies/qwant/changes?${pair(qwant, "2026-08-21")}`);
    const device = page.locator(".diff-item-modified", { hasText: "Device data — If you consent" });
    await expect(device.getByTestId("diff-rewritten")).toBeVisible();
    await expect(device.locator("del, ins")).toHaveCount(0);
    await expect(device.locator(".diff-removed-block")).toContainText("Before: Device data");
    await expect(device.locator(".diff-added-block")).toContainText("After: Device data");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      await device.scrollIntoViewIfNeeded();
      await page.screenshot({ path: `${ARTIFACTS}/history-rewritten-${colorScheme}.png` });
    }
    await page.setViewportSize({ width: 390, height: 844 });
    await device.scrollIntoViewIfNeeded();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${ARTIFACTS}/history-rewritten-phone-dark.png` });
    await page.setViewportSize({ width: 1280, height: 900 });
    // Telegram, August 2026: "No user data is mined" became "No contents of private chats or
    // contacts lists are mined": one deletion and one insertion, not words alternating.
    await page.emulateMedia({ colorScheme: "light" });
    await page.goto(`/companies/telegram/changes?${pair(telegram, "2026-08-22")}`);
    const ads = page.locator(".diff-item-modified", { hasText: "sponsored messages are based" });
    await expect(ads.getByTestId("diff-rewritten")).toHaveCount(0);
    await expect(ads.locator("del", { hasText: /^user data is $/ })).toHaveCount(1);
    await expect(
      ads.locator("ins", { hasText: /^contents of private chats or contacts lists are $/ }),
    ).toHaveCount(1);
    await expect(ads.locator("del", { hasText: /^user$/ })).toHaveCount(0);
    await ads.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/history-word-marks.png` });
  });

  test("a version that changed the page but no clause is badged “Layout only” and listed nowhere as a change", async ({
    page,
    request,
  }) => {
    const telegram = await versionsOf(request, "telegram", 40);
    // March 20, 2025: the page changed, none of its clauses did.
    const layoutOnly = telegram.find((v) => v.recordedAt.startsWith("2025-03-20T06"))!;
    expect(layoutOnly).toMatchObject({ kind: "change", changedClauses: 0, backAndForth: false });
    await page.goto("/companies/telegram/changes");
    const row = page.locator(`#version-${layoutOnly.id}`);
    await expect(row.getByText("Layout only", { exact: true })).toBeVisible();
    await expect(row.getByText("Changed", { exact: true })).toHaveCount(0);
    await expect(row.getByRole("link", { name: "no clause changed" })).toBeVisible();
    // The introduction counts them, and its fold says what they are.
    await expect(page.getByTestId("history-kinds").locator("summary")).toContainText(
      /Not listed as changes: .*\d+ layout only/,
    );
    await page.getByTestId("history-kinds").locator("summary").click();
    await expect(
      page.getByText(/versions are marked “Layout only”: the page changed/),
    ).toBeVisible();
    // The default comparison is the latest change listed, never a layout-only version.
    await expect(page.getByTestId("diff-summary")).not.toContainText("No clause changed");
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/history-layout-only.png` });
    const feed = await (await request.get("/feeds/companies/telegram.atom")).text();
    expect(feed).not.toContain(`to=${layoutOnly.id}<`);
    const changes = await (await request.get("/changes?since=2025-03-20&until=2025-03-20")).text();
    expect(changes).not.toContain(`to=${layoutOnly.id}"`);
    await page.goto("/companies/telegram");
    await expect(
      page.getByText(/changes to the page’s layout that changed no clause/),
    ).toBeVisible();
    const history = page.getByRole("region", { name: "Policy history" });
    await expect(history.getByText("Layout only", { exact: true })).toHaveCount(0);
  });

  test("each back-and-forth row tells one story with its badge, and is set apart yet readable", async ({
    browser,
    request,
  }) => {
    const telegram = await versionsOf(request, "telegram", 40);
    const on = (iso: string) => telegram.find((v) => v.recordedAt.startsWith(iso))!;
    const may6 = on("2024-05-06");
    const [may9flicker, may9kept] = telegram.filter((v) => v.recordedAt.startsWith("2024-05-09"));
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto("/companies/telegram/changes");
        // The page kept the text it came back to on May 9: a change, told as one, not shaded.
        const kept = page.locator(`#version-${may9kept!.id}`);
        await expect(kept.getByText("Changed", { exact: true })).toBeVisible();
        await expect(kept).toContainText(
          "Back to the text of May 6, 2024, and this time the page kept it.",
        );
        await expect(kept).toHaveAttribute("data-status", "change");
        // May 6 was its first showing: the page came back to it, it was not undone.
        const first = page.locator(`#version-${may6.id}`);
        await expect(first.getByText("Back and forth", { exact: true })).toBeVisible();
        await expect(first).not.toContainText("Short-lived");
        // Two versions of May 9: each named with its time.
        await expect(first).toContainText(
          /came back to this one on May 9, 2024, \d\d:\d\d UTC and kept it/,
        );
        const flicker = page.locator(`#version-${may9flicker!.id}`);
        await expect(flicker).toContainText(
          /Short-lived: on May 9, 2024, \d\d:\d\d UTC the page went back to the text of May 6, 2024/,
        );
        // Set apart from a change by its background, in both colour schemes.
        const background = (id: number) =>
          page.locator(`#version-${id}`).evaluate((el) => getComputedStyle(el).backgroundColor);
        expect(await background(may6.id)).not.toBe(await background(may9kept!.id));
        await first.scrollIntoViewIfNeeded();
        await page.screenshot({
          path: `${ARTIFACTS}/history-back-and-forth-${width}-${colorScheme}.png`,
        });
        await context.close();
      }
    }
  });

  test("two versions of one day are told apart by their time, in the comparison and the list", async ({
    page,
    request,
  }) => {
    // WhatsApp's page was recorded twice on Apr 29, 2021: at 12:59 and at 13:10 (UTC).
    const whatsapp = await versionsOf(request, "whatsapp", 2);
    const [earlier, later] = whatsapp.filter((v) => v.recordedAt.startsWith("2021-04-29"));
    await page.goto(`/companies/whatsapp/changes?from=${earlier!.id}&to=${later!.id}`);
    await expect(
      page.getByRole("heading", {
        name: "What changed from Apr 29, 2021, 12:59 UTC to Apr 29, 2021, 13:10 UTC",
      }),
    ).toBeVisible();
    await expect(page.getByTestId("diff-ends")).toContainText(
      "Comparing the version of Apr 29, 2021, 12:59 UTC",
    );
    await expect(page.locator(`#version-${earlier!.id}`)).toContainText("12:59 UTC");
    // A day with one version keeps its date alone.
    const other = whatsapp.find((v) => !v.recordedAt.startsWith("2021-04-29"))!;
    const sameDay = whatsapp.filter(
      (v) => v.recordedAt.slice(0, 10) === other.recordedAt.slice(0, 10),
    );
    if (sameDay.length === 1)
      await expect(page.locator(`#version-${other.id}`)).not.toContainText("UTC");
    await page.getByTestId("diff-ends").scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/history-same-day.png` });
  });

  test("a return the page kept is counted from the text it last kept, not from the hours-long one", async ({
    page,
    request,
  }) => {
    const telegram = await versionsOf(request, "telegram", 40);
    const april = telegram.find((v) => v.recordedAt.startsWith("2024-04-10"))!;
    const kept = telegram.filter((v) => v.recordedAt.startsWith("2024-05-09"))[1]!;
    await page.goto("/companies/telegram/changes");
    const row = page.locator(`#version-${kept.id}`);
    await expect(row.getByRole("link", { name: "1 modified" })).toHaveAttribute(
      "href",
      `/companies/telegram/changes?from=${april.id}&to=${kept.id}`,
    );
    await expect(row.getByTestId("since-kept")).toHaveText(
      ", counted from the text of Apr 10, 2024, the last the page kept",
    );
    await row.getByRole("link", { name: "1 modified" }).click();
    await expect(
      page.getByRole("heading", { name: /What changed from Apr 10, 2024 to May 9, 2024$/ }),
    ).toBeVisible();
    await expect(page.getByTestId("diff-summary")).toContainText("1 clause changed");
    await page.locator(`#version-${kept.id}`).scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/history-kept-return.png` });
    const changes = await (await request.get("/changes?since=2024-05-09&until=2024-05-09")).text();
    expect(changes).toContain(`from=${april.id}&amp;to=${kept.id}`);
  });

  test("a failed capture (Instagram's cookie wall of May 2, 2026) is marked as such, not listed as a change, and nothing is counted from it", async ({
    page,
    request,
  }) => {
    const instagram = await versionsOf(request, "instagram", 165);
    const wall = instagram.find((v) => v.recordedAt.startsWith("2026-05-02T00"))!;
    expect(wall.captureFailed).toBe(true);
    // The change of Jul 24, 2026 is counted from a text of the policy, never from the wall.
    const jul24 = instagram.find((v) => v.recordedAt.startsWith("2026-07-24"))!;
    expect(jul24.comparedTo?.id).not.toBe(wall.id);
    expect(instagram.filter((v) => v.comparedTo?.id === wall.id)).toEqual([]);
    // Not among the atlas's changes, nor in the feed.
    const changes = await (await request.get("/changes?since=2026-05-02&until=2026-05-02")).text();
    expect(changes).not.toContain(`to=${wall.id}`);
    const feed = await (await request.get("/feeds/companies/instagram.atom")).text();
    expect(feed).not.toContain(`to=${wall.id}`);
    // In the timeline: its badge and row say what it is; its comparison says why clauses differ.
    await page.goto(`/companies/instagram/changes#version-${wall.id}`);
    const row = page.locator(`#version-${wall.id}`);
    await expect(row).toBeVisible();
    await expect(row).toContainText("Failed capture");
    await expect(row).toContainText("A page with no policy on it — not a change");
    await expect(page.getByTestId("history-kinds").locator("summary")).toContainText(
      "2 failed captures",
    );
    await row.scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${ARTIFACTS}/history-failed-capture.png` });
    await row.getByRole("link", { name: "A page with no policy on it — not a change" }).click();
    await expect(page.getByText(/The later version is a failed capture/)).toBeVisible();
  });

  test("TikTok's history says why it opens on a change months before its latest version, and folds what are not changes", async ({
    browser,
    request,
  }) => {
    const tiktok = (await versionsOf(request, "tiktok", 81)).reverse();
    // Oct 29, 2025: the latest change of words. Dec 16 only dropped a link to the archived policy
    // ("Click here to view our current Privacy Policy."), page furniture: layout only.
    const oct29 = tiktok.find((v) => v.recordedAt.startsWith("2025-10-29"))!;
    const dec16 = tiktok.find((v) => v.recordedAt.startsWith("2025-12-16"))!;
    const latest = tiktok[0]!;
    const inRun = tiktok.find((v) => v.recordedAt.startsWith("2026-06-15"))!;
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto("/companies/tiktok/changes");
        await expect(page.getByTestId("diff-ends")).toHaveText(
          // The badges are in brackets for a screen reader (sr-only), not glued to the dates.
          "Comparing the version of Sep 23, 2025 (Re-extraction) with the version of Oct 29, 2025 (Changed). Link to this comparison",
        );
        const why = page.getByTestId("since-latest-change");
        await expect(why).toContainText(
          "The latest change listed is that of Oct 29, 2025. The 49 versions recorded since (Oct 31, 2025 – Aug 17, 2026) are not listed: 46 went back and forth between texts and 3 changed only the layout.",
        );
        // "Last updated: 30 November 2025" came with the change of Oct 29, 2025.
        await expect(page.getByTestId("stated-after")).toHaveText(
          "TikTok’s current policy gives the date “Last modified Nov 30, 2025”, later than this change was recorded (Oct 29, 2025): a policy is often published ahead of the date it takes effect.",
        );
        await expect(
          why.getByRole("link", { name: /Compare the latest version \(Aug 17, 2026\)/ }),
        ).toHaveAttribute("href", `/companies/tiktok/changes?from=${oct29.id}&to=${latest.id}`);
        await page.screenshot({ path: `${ARTIFACTS}/history-tiktok-${width}-${colorScheme}.png` });
        // The 46 back-and-forth rows are one closed row; the first row shown after it is a change.
        const run = page.getByTestId("hidden-run");
        await expect(run).toHaveCount(1);
        await expect(run.locator("summary")).toContainText(
          "49 versions that are not changes (46 back and forth, 3 layout only), Oct 31, 2025 – Aug 17, 2026",
        );
        await expect(page.locator(`#version-${latest.id}`)).toBeHidden();
        await expect(page.locator(`#version-${dec16.id}`)).toBeHidden();
        await expect(page.locator(`#version-${oct29.id}`)).toBeVisible();
        await run.scrollIntoViewIfNeeded();
        await page.screenshot({
          path: `${ARTIFACTS}/history-tiktok-versions-${width}-${colorScheme}.png`,
        });
        await context.close();
      }
    }
    const page = await browser.newPage();
    // A link to a row inside the closed run shows it: on arrival, and on the same page.
    await page.goto(`/companies/tiktok/changes#version-${inRun.id}`);
    await expect(page.locator(`#version-${inRun.id}`)).toBeVisible();
    await page.goto("/companies/tiktok/changes");
    await page.evaluate((id) => (location.hash = `version-${id}`), latest.id);
    await expect(page.locator(`#version-${latest.id}`)).toBeVisible();
    await expect(page.locator(`#version-${latest.id}`)).toBeInViewport();
    // A comparison with a version inside the run opens it, so its checked radio shows.
    await page.goto(`/companies/tiktok/changes?from=${oct29.id}&to=${latest.id}`);
    await expect(page.getByTestId("since-latest-change")).toHaveCount(0);
    await expect(page.getByTestId("stated-after")).toHaveCount(0);
    await expect(page.locator(`#version-${latest.id}`)).toBeVisible();
    await page.close();
    // Without JavaScript the run still opens (a native <details>).
    const context = await browser.newContext({ javaScriptEnabled: false });
    const noScript = await context.newPage();
    await noScript.goto("/companies/tiktok/changes");
    await noScript.getByTestId("hidden-run").locator("summary").click();
    await expect(noScript.locator(`#version-${latest.id}`)).toBeVisible();
    await context.close();
  });

  test("a kept return that changed no clause says so in its note, and ratings say what they count from", async ({
    page,
    request,
  }) => {
    const snapchat = await versionsOf(request, "snapchat", 10);
    const back = snapchat.find((v) => v.recordedAt.startsWith("2023-04-07"))!;
    await page.goto("/companies/snapchat/changes");
    const row = page.locator(`#version-${back.id}`);
    await row.evaluate((el) => el.closest("details")?.setAttribute("open", ""));
    await expect(row.getByText("Layout only", { exact: true })).toBeVisible();
    await expect(row.getByTestId("back-and-forth-note")).toHaveText(
      "Back to the text of Mar 9, 2023, which the page kept; no clause differs from the text it kept before, so no change is listed.",
    );
    await expect(row).not.toContainText("this time the page kept it");
    // Alibaba.com's change that stuck after the page went back and forth in 2018 moved suggested
    // ratings; the list names the text it counts from, as the timeline row does.
    await versionsOf(request, "alibaba-com", 900);
    await page.goto("/companies/alibaba-com/changes");
    const ratings = page.getByRole("region", { name: "Suggested ratings over time" });
    await expect(ratings.getByTestId("since-kept").first()).toHaveText(
      /^Counted from the text of \w{3} \d{1,2}, \d{4}, the last the page kept\.$/,
    );
    const changes = await (await request.get("/changes")).text();
    expect(changes).toContain("a page going back and forth between texts within days");
  });

  test("TikTok's French policy of Nov 2021 is recorded in another language, not a change, and left out of the changes and ratings", async ({
    browser,
    request,
  }) => {
    const tiktok = await versionsOf(request, "tiktok", 81);
    const french = tiktok.find((v) => v.recordedAt.startsWith("2021-11-02"))!;
    const back = tiktok.find((v) => v.recordedAt.startsWith("2022-01-18"))!;
    for (const colorScheme of ["light", "dark"] as const) {
      for (const width of [1280, 390]) {
        const context = await browser.newContext({ viewport: { width, height: 900 }, colorScheme });
        const page = await context.newPage();
        await page.goto(`/companies/tiktok/changes#version-${french.id}`);
        const row = page.locator(`#version-${french.id}`);
        await expect(row).toBeVisible();
        await expect(row.getByText("Another language", { exact: true })).toBeVisible();
        await expect(
          row.getByRole("link", { name: "Recorded in another language — not a change" }),
        ).toBeVisible();
        await expect(row).not.toContainText("added");
        await row.evaluate((el) => el.scrollIntoView({ block: "center" }));
        await page.screenshot({
          path: `${ARTIFACTS}/history-tiktok-2021-${width}-${colorScheme}.png`,
        });
        await context.close();
      }
    }
    const page = await browser.newPage();
    await page.goto("/companies/tiktok/changes");
    await expect(page.getByTestId("history-kinds").locator("summary")).toContainText(
      "1 in another language",
    );
    await page.getByTestId("history-kinds").locator("summary").click();
    await expect(
      page.getByText(/1 version was recorded in another language than English/),
    ).toBeVisible();
    // No practice falls to "no clause found" on Nov 2, 2021 and comes back on Jan 18, 2022.
    const ratings = page.getByRole("region", { name: "Suggested ratings over time" });
    await expect(ratings.getByText("Nov 2, 2021")).toHaveCount(0);
    await expect(ratings.getByText("Jan 18, 2022")).toHaveCount(0);
    await page.close();
    // Jan 18, 2022 is listed as what changed since the English text before the translation
    // (Oct 18, 2021: one clause), never as the French text undone.
    const oct18 = tiktok.find((v) => v.recordedAt.startsWith("2021-10-18"))!;
    for (const path of [
      "/changes?since=2021-11-02&until=2021-11-02",
      "/changes?since=2022-01-18&until=2022-01-18",
      "/feeds/companies/tiktok.atom",
      "/feeds/changes.atom?since=2021-11-02&until=2021-11-02",
      "/feeds/changes.atom?since=2022-01-18&until=2022-01-18",
    ]) {
      const body = await (await request.get(path)).text();
      expect(body, path).not.toMatch(new RegExp(`(from|to)=${french.id}\\b`));
      if (path.includes("2021-11-02")) continue;
      expect(body, path).toMatch(new RegExp(`from=${oct18.id}&amp;to=${back.id}\\b`));
      // Counted from the last English text: the French one was skipped, not kept and undone.
      expect(body, path).toMatch(
        path.startsWith("/feeds") ? /the last recorded in English/ : /the last in English/,
      );
    }
  });

  test("Signal's history, whose versions are re-extractions, opens on no empty comparison, and its company page lists no first recording as a change", async ({
    page,
    request,
  }) => {
    await versionsOf(request, "signal", 3);
    await page.goto("/companies/signal/changes");
    await expect(page.getByTestId("diff-ends")).toHaveCount(0);
    await expect(page.getByTestId("diff-summary")).toHaveCount(0);
    await expect(
      page.getByText(/None of the 3 recorded versions changed a clause of the policy/),
    ).toBeVisible();
    // The introduction counts the re-extractions, as it counts the other versions that are not changes.
    await expect(page.getByTestId("history-kinds").locator("summary")).toContainText(
      "Not listed as changes: 2 re-extractions",
    );
    await page.getByTestId("history-kinds").locator("summary").click();
    await expect(
      page.getByText(/2 versions are re-extractions, marked “Re-extraction”/),
    ).toBeVisible();
    await page.goto("/companies/signal");
    const history = page.getByRole("region", { name: "Policy history" });
    await expect(history.getByText("First recorded", { exact: true })).toHaveCount(0);
    await expect(history).not.toContainText("The latest change");
    await expect(history).toContainText(
      "No change to the policy’s clauses is listed since the first version recorded.",
    );
  });
});

test("a comparison following a practice says 'is' of a single clause about it", async ({
  page,
}) => {
  // GitHub's versions of Sep 23, 2025 and Apr 28, 2026: ids are stable for the same data.
  await page.goto("/companies/github/changes?from=930053&to=930054&practice=security");
  await expect(page.getByTestId("diff-followed-note")).toHaveText(
    /^1 of the \d+ changed clauses is about data security \(the machine's tags\)/,
  );
});
