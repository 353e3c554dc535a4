import { expect, test } from "./fixtures";

/*
 * Pages that show the companies' own words, among them quotes holding long unbroken URLs
 * (http://www.networkadvertising.org/managing/opt_out.asp, in several machine-read policies):
 * none may make a 390 px phone scroll sideways. The grid scrolls inside its own frame.
 */
const PAGES = [
  "/",
  "/?rating=concerning&practices=all",
  "/?provenance=all",
  "/?companies=xanga,webs,mix,123greetings&practices=cookies,third-parties,choice",
  "/practices/cookies",
  "/practices/third-parties",
  "/practices/choice",
  "/companies",
  "/companies/xanga",
  "/companies/123greetings?q=networkadvertising",
  "/search?q=networkadvertising",
  "/search?q=%22third+parties%22+-advertising",
  "/methodology",
  "/changes",
];

test.describe("on a 390 px phone", () => {
  test.use({ viewport: { width: 390, height: 844 } });

  for (const path of PAGES) {
    test(`${path} does not scroll sideways`, async ({ page }) => {
      await page.goto(path);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      expect(wide, `${path} is ${wide} px wide`).toBeLessThanOrEqual(390);
    });
  }
});
