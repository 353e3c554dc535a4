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

/** A page that is meant to answer 404 makes Chromium log exactly that; accept that one line and nothing else. */
export function expectOnlyThe404(consoleErrors: string[]): void {
  const expected = consoleErrors.filter((e) => /status of 404/.test(e));
  expect(expected).toHaveLength(1);
  consoleErrors.splice(consoleErrors.indexOf(expected[0]!), 1);
}
