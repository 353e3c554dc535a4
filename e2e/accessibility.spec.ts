import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "./fixtures";

for (const [name, path] of [
  ["the grid", "/"],
  ["the grid with every practice", "/?practices=all"],
  ["a company page", "/companies/mozy"],
  ["a practice page", "/practices/third-parties"],
  ["the methodology page", "/methodology"],
  ["the about page", "/about"],
  ["the API reference", "/api"],
  [
    "the grid, two companies, only where they differ",
    "/?companies=code42,mozy&only=differences&sort=date",
  ],
  ["a search with filters", "/search?q=cookies&companies=mozy"],
  ["the company directory", "/companies?sector=messaging"],
  ["a machine-read company page", "/companies/signal"],
  ["a company's policy history", "/companies/adroll/changes"],
  ["the changes across the atlas", "/changes"],
  ["the page to read a policy", "/analyze"],
] as const) {
  test(`${name} has no accessibility violations`, async ({ page }) => {
    await page.goto(path);
    const results = await new AxeBuilder({ page }).analyze();
    expect(
      results.violations.map(
        (v) =>
          `${v.id}: ${v.nodes
            .map((n) => n.target.join(" "))
            .slice(0, 3)
            .join(", ")}`,
      ),
    ).toEqual([]);
  });
}

test("in forced colours every button keeps an edge, though its fill is dropped", async ({
  page,
}) => {
  await page.emulateMedia({ forcedColors: "active" });
  for (const [path, name] of [
    ["/?companies=mozy,signal", "Apply filters"],
    ["/companies", "Show"],
    ["/analyze", "Read the policy"],
    ["/methodology", "Search"],
  ] as const) {
    await page.goto(path);
    const edge = await page
      .getByRole("button", { name, exact: true })
      .evaluate((b) => [getComputedStyle(b).borderTopStyle, getComputedStyle(b).borderTopWidth]);
    expect(edge, `${name} on ${path}`).toEqual(["solid", "1px"]);
  }
});
