import { readFileSync } from "node:fs";
import path from "node:path";
import { parseEvaluationFigures } from "../lib/evaluation-figures";
import {
  AUDITS,
  auditTotals,
  DOUBLE_READINGS,
  doubleReadingMadeOn,
  doubleReadingTotals,
  historyAuditTotals,
  SECOND_READINGS,
} from "../lib/reading/audit-record";
import { ARTIFACTS, expect, test } from "./fixtures";

/** The figures as the evaluation wrote them: the page must show exactly these (they change with every retraining). */
const EVALUATION = readFileSync(
  path.join(import.meta.dirname, "..", "docs", "evaluation.md"),
  "utf8",
);
const measured = parseEvaluationFigures(EVALUATION);
const fixed = (n: number | null | undefined) => (n ?? NaN).toFixed(3).replace(".", "\\.");

/*
 * The methodology page is read by the site's readers, not its developers: it says where every
 * policy comes from, names practices as the rest of the site does, and gives each measured
 * figure once, as measured.
 */
test.beforeEach(async ({ page }) => {
  await page.goto("/methodology");
});

test("says where both kinds of policy come from, crediting Open Terms Archive", async ({
  page,
}) => {
  const sources = page.getByRole("region", { name: "Where the words come from" });
  await expect(sources).toContainText(
    "The 5 curated policies are archived copies from the Internet Archive’s Wayback Machine; the other 302, machine-read, are copies recorded by Open Terms Archive (data by Open Terms Archive contributors, licensed under ODC-BY 1.0).",
  );
  await expect(sources.getByRole("link", { name: "Open Terms Archive" })).toHaveAttribute(
    "href",
    "https://opentermsarchive.org",
  );
  await expect(sources.getByRole("link", { name: "ODC-BY 1.0" })).toHaveAttribute(
    "href",
    /opendatacommons\.org/,
  );
});

test("sends readers to no command or file of the repository", async ({ page }) => {
  const text = await page.locator("main").innerText();
  expect(text).not.toMatch(/npm run|docs\/|\.md\b/);
  const measuredOn = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeZone: "UTC" }).format(
    new Date(`${measured.writtenOn}T00:00:00Z`),
  );
  await expect(page.getByText(`last measured on ${measuredOn}`)).toBeVisible();
});

test("names each practice in the accuracy tables as the rest of the site does", async ({
  page,
}) => {
  const accuracy = page.getByRole("region", { name: "Machine reading and its accuracy" });
  const rowNames = (await accuracy.getByRole("rowheader").allInnerTexts()).map((t) => t.trim());
  expect(rowNames).toEqual(
    expect.arrayContaining([
      "Legal disclosure",
      "Third-party sharing",
      "Data collection or use (OPP-115’s First Party Collection/Use)",
    ]),
  );
  for (const slug of ["law-enforcement", "third-parties", "first-party", "policy-changes"])
    expect(rowNames).not.toContain(slug);
  // The figures themselves are the evaluation's, untouched.
  const legal = accuracy.getByRole("table", { name: /OPP-115/ }).getByRole("row", {
    name: /Legal disclosure/,
  });
  const oppRow = EVALUATION.slice(EVALUATION.indexOf("## (b)"))
    .split("\n")
    .find((line) => line.startsWith("| `law-enforcement` |"))!
    .split("|")
    .slice(2, -1)
    .map((cell) => cell.replace(/\*/g, "").trim());
  await expect(legal).toHaveText(new RegExp(oppRow.map((c) => c.replace(".", "\\.")).join("\\s*")));
});

test("gives each summary figure once, at the evaluation's three decimals", async ({ page }) => {
  const summary = page.getByRole("table", { name: "Accuracy of machine reading" });
  const expected = (row: typeof measured.opp115) =>
    new RegExp(
      [row?.microF1, row?.macroF1, row?.lowestF1, row?.keywordsMicroF1].map(fixed).join("\\s*"),
    );
  await expect(summary.getByRole("row", { name: /our labels, 5-fold/ })).toHaveText(
    expected(measured.crossValidation),
  );
  await expect(summary.getByRole("row", { name: /OPP-115 slice/ })).toHaveText(
    expected(measured.opp115),
  );
  // No rounded copy of them anywhere, and no second summary table. (Agreement between labellers
  // is another measure, Cohen's kappa, recorded at two decimals.)
  const f1Tables = page.getByRole("table", { name: /^Accuracy of machine reading$|^\(a\)|^\(b\)/ });
  await expect(f1Tables).toHaveCount(3);
  const figures = await f1Tables.locator("td").allInnerTexts();
  expect(figures.filter((f) => /^\d\.\d{2}$/.test(f.trim()))).toEqual([]);
  await expect(page.getByRole("table", { name: "Summary" })).toHaveCount(0);
});

test("shows every item of a machine finding's list with its bullet", async ({ page }) => {
  const list = page
    .locator("#machine-reading")
    .getByRole("list")
    .filter({ hasText: "never claims that a policy is silent" });
  const items = list.getByRole("listitem");
  await expect(items).toHaveCount(3);
  for (const item of await items.all())
    expect(await item.evaluate((li) => getComputedStyle(li).display)).toBe("list-item");
});

test("says what the hand audits of machine ratings found, in all and audit by audit", async ({
  page,
}) => {
  const t = auditTotals();
  const region = page.getByRole("region", { name: "Curated and machine-read findings" });
  await expect(
    region.getByRole("heading", { name: "Checked by hand: the suggested ratings" }),
  ).toBeVisible();
  await expect(region).toContainText(
    `${t.findings.toLocaleString("en")} findings in ${t.audits} audits; ${t.wrongRatings} ratings wrong`,
  );
  const table = region.getByRole("table", { name: "Hand audits of machine-read ratings" });
  await expect(table).toBeHidden();
  await region.locator("summary", { hasText: "Each audit" }).click();
  await expect(table.locator("tbody tr")).toHaveCount(AUDITS.length);
  await expect(table.locator("tbody tr").first()).toContainText(
    "48, every 12th from the 12th and the 6th",
  );
  await expect(table.locator("tbody tr").first()).toContainText("Cookies & tracking");
  const h = historyAuditTotals();
  await expect(page.locator("#history-audits")).toContainText(
    `of ${h.ratingChanges} in ${h.audits} audits, ${h.truthful} were true`,
  );
  // The second reading is told beside the re-audits it checks, with what they had missed.
  const wrong = SECOND_READINGS.reduce((n, s) => n + s.wrongRatings, 0);
  const read = SECOND_READINGS.reduce((n, s) => n + s.findings, 0);
  await expect(page.locator("#second-reading")).toContainText(`${read} of their findings`);
  await expect(page.locator("#second-reading")).toContainText(`It found ${wrong} ratings wrong`);
  await expect(page.locator("#second-reading")).toContainText("the re-audits’ rate is a floor");
  // The double readings give the rate to expect today, pooled, and each with its own figures.
  const doubles = doubleReadingTotals();
  const double = page.locator("#double-reading");
  await expect(double).toContainText(
    `In all, ${doubles.wrong} of ${doubles.findings.toLocaleString("en")} ratings wrong`,
  );
  await expect(double).toContainText("This is the rate to expect");
  await double.locator("summary", { hasText: "Each double reading" }).click();
  const rows = double.locator("tbody");
  await expect(rows).toHaveCount(DOUBLE_READINGS.length);
  for (const [i, d] of DOUBLE_READINGS.entries()) {
    const wrong = d.wrongRatings + d.falseNoClauseFound;
    await expect(rows.nth(i).locator("th")).toContainText(doubleReadingMadeOn(d.madeOn));
    await expect(rows.nth(i)).toContainText(`${d.companies} companies: ${d.sample}`);
    await expect(rows.nth(i).locator("td").nth(3)).toContainText(`${wrong} (`);
  }
  await expect(rows.last().locator("th")).toContainText(`${DOUBLE_READINGS.length}`);
  // A reading's label is the name of its rules and tests, a sequence ahead of the calendar: never
  // shown as though it were the day it was made.
  for (const d of DOUBLE_READINGS) await expect(double).not.toContainText(d.label);
  await page.locator("#audits").screenshot({ path: `${ARTIFACTS}/methodology-audits.png` });
});
