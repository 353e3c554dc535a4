import { test as base, expect, type Page } from "@playwright/test";

/** The addresses that answered 404 during a test, kept beside its console errors. */
const notFoundOf = new WeakMap<string[], Set<string>>();

/** Every test fails if the browser logs an error (a failed request, a React warning, a script error). */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
      const notFound = new Set<string>();
      notFoundOf.set(errors, notFound);
      page.on("response", (r) => {
        if (r.status() === 404) notFound.add(new URL(r.url()).pathname);
      });
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("dialog", (d) => {
        errors.push(`unexpected dialog: ${d.message()}`);
        void d.dismiss();
      });
      await use(errors);
      expect(errors, "errors logged in the browser console").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

export const ARTIFACTS = "e2e/artifacts";

/**
 * A response meant to carry an error status makes Chromium log exactly that ("the server
 * responded with a status of 413"); accept that one line and nothing else.
 */
export function expectOnlyTheStatus(consoleErrors: string[], status: number): void {
  const expected = consoleErrors.filter((e) => e.includes(`status of ${status}`));
  expect(expected).toHaveLength(1);
  consoleErrors.splice(consoleErrors.indexOf(expected[0]!), 1);
}

/**
 * A page that is meant to answer 404 makes Chromium log that, without the address, and the
 * router may ask for the page's data again once it has loaded (a second identical line, at
 * any time). So: once the page is idle, every 404 must have been for `path`, and its lines are
 * the only errors accepted.
 */
export async function expectOnlyThe404(
  page: Page,
  consoleErrors: string[],
  path: string,
): Promise<void> {
  await page.waitForLoadState("networkidle");
  expect([...(notFoundOf.get(consoleErrors) ?? [])]).toEqual([path]);
  expect(consoleErrors.filter((e) => e.includes("status of 404")).length).toBeGreaterThan(0);
  const others = consoleErrors.filter((e) => !e.includes("status of 404"));
  consoleErrors.splice(0, consoleErrors.length, ...others);
}
