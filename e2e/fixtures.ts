import { test as base, expect } from "@playwright/test";

/** Every test fails if the browser logs an error (a failed request, a React warning, a script error). */
export const test = base.extend<{ consoleErrors: string[] }>({
  consoleErrors: [
    async ({ page }, use) => {
      const errors: string[] = [];
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

/** A page that is meant to answer 404 makes Chromium log exactly that; accept that one line and nothing else. */
export function expectOnlyThe404(consoleErrors: string[]): void {
  expectOnlyTheStatus(consoleErrors, 404);
}
