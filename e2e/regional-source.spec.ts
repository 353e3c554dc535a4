import { expect, test } from "./fixtures";

/*
 * A recorded page that is a regional copy says so, as its address does (lib/regional-source.ts):
 * TikTok's is its EEA policy, Snapchat's the UK English site; Discord's address names no region.
 * And a name the atlas does not have says what the atlas covers and where to read it anyway.
 */

test("the company page names the region its recorded page was written for, and only when the address does", async ({
  page,
}) => {
  await page.goto("/companies/tiktok");
  await expect(page.getByTestId("regional-source")).toHaveText(
    "Recorded from the page for the EEA, as its address shows: people elsewhere may be shown another version of the policy.",
  );
  await page.goto("/companies/snapchat");
  await expect(page.getByTestId("regional-source")).toContainText(
    "Recorded from the UK English page",
  );
  await page.goto("/companies/discord");
  await expect(page.getByRole("heading", { level: 1, name: "Discord" })).toBeVisible();
  await expect(page.getByTestId("regional-source")).toHaveCount(0);
});

test("the /companies entry carries the same note", async ({ page }) => {
  await page.goto("/companies?q=tiktok");
  const entry = page.getByRole("list", { name: "Companies" }).getByRole("listitem").first();
  await expect(entry.getByRole("link", { name: "TikTok", exact: true })).toBeVisible();
  await expect(entry.getByTestId("regional-source")).toHaveText(
    "Recorded from the page for the EEA",
  );
});

test("the API gives the note as regionalSource, in the list and for one company", async ({
  request,
}) => {
  const one = await (await request.get("/api/companies/google")).json();
  expect(one.company.regionalSource).toEqual({
    region: "IE",
    kind: "region",
    note: "Recorded from the page for Ireland",
  });
  const { companies } = await (await request.get("/api/companies")).json();
  const bySlug = new Map(
    (companies as { slug: string; regionalSource: unknown }[]).map((c) => [
      c.slug,
      c.regionalSource,
    ]),
  );
  expect(bySlug.get("tiktok")).toMatchObject({ region: "EEA", kind: "region" });
  expect(bySlug.get("discord")).toBeNull();
  expect(bySlug.get("mozy")).toBeNull();
  expect([...bySlug.values()].filter((r) => r !== null)).toHaveLength(50);
});

test("a name the atlas does not have says what it covers and leads to reading the policy anyway", async ({
  page,
}) => {
  await page.goto("/companies?q=slack");
  await expect(page.getByText("No company matches.")).toBeVisible();
  const empty = page.getByTestId("no-company");
  await expect(empty).toContainText(
    "The atlas covers 307 companies: the 5 curated ones and 302 services whose policies Open Terms Archive records, and no name among them matches “slack”.",
  );
  await empty.getByRole("link", { name: "Read a policy the atlas doesn’t have" }).click();
  await expect(page).toHaveURL(/\/analyze$/);
});
