import { expect, expectOnlyThe404, test } from "./fixtures";

const ROUTES = [
  "/",
  "/companies/mozy",
  "/practices/cookies",
  "/methodology",
  "/about",
  "/search?q=cookies",
  "/api/matrix",
  "/api/companies/nope",
  "/companies/nope",
  "/icon.svg",
  "/favicon.ico",
];

for (const route of ROUTES) {
  test(`${route} carries the security headers`, async ({ request }) => {
    const response = await request.get(route);
    const h = response.headers();
    expect(h["x-content-type-options"]).toBe("nosniff");
    expect(h["referrer-policy"]).toBe("strict-origin-when-cross-origin");
    expect(h["permissions-policy"]).toContain("camera=()");
    expect(h["x-powered-by"]).toBeUndefined();
    const csp = h["content-security-policy"] ?? "";
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).toMatch(/script-src 'self' 'nonce-[0-9a-f]{32}' 'strict-dynamic'/);
    expect(csp).not.toMatch(/script-src[^;]*'unsafe-inline'/);
  });
}

test("every inline script carries this response's nonce, and the nonce changes per response, cached or not", async ({
  request,
}) => {
  const nonces = new Set<string>();
  for (let i = 0; i < 3; i++) {
    const response = await request.get("/companies/ibackup");
    const nonce = /'nonce-([0-9a-f]+)'/.exec(
      response.headers()["content-security-policy"] ?? "",
    )?.[1];
    expect(nonce).toBeTruthy();
    nonces.add(nonce!);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script\b([^>]*)>/g)].map((m) => m[1]!);
    expect(scripts.length).toBeGreaterThan(0);
    for (const attrs of scripts) expect(attrs).toContain(`nonce="${nonce}"`);
  }
  expect(nonces.size).toBe(3);
});

test("pages run under the policy without a single violation", async ({ page, consoleErrors }) => {
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
  });
  await page.goto("/?practices=all");
  await page.getByText("Filter practices, companies and ratings").click();
  await page.getByRole("checkbox", { name: "Children" }).uncheck();
  await expect(page).toHaveURL(/practices=/);
  await page.goto("/companies/code42");
  // Prerendered at build time (no nonce from Next): the front server stamps them.
  await page.goto("/about");
  const missing = await page.goto("/no-such-page");
  expect(missing?.status()).toBe(404);
  await expectOnlyThe404(page, consoleErrors, "/no-such-page");
  expect(violations).toEqual([]);
});

test("/favicon.ico, which browsers and crawlers ask for unprompted, is the app's icon", async ({
  request,
}) => {
  const response = await request.get("/favicon.ico");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/x-icon");
  const body = await response.body();
  // An ICO directory: reserved 0, type 1 (icon), three images.
  expect([body.readUInt16LE(0), body.readUInt16LE(2), body.readUInt16LE(4)]).toEqual([0, 1, 3]);
});

test("the API and the change feeds answer a client that holds their body with a 304 and no bytes", async ({
  request,
}) => {
  for (const route of [
    "/api/matrix?practices=cookies",
    "/api/companies/mozy",
    "/feeds/changes.atom",
  ]) {
    const first = await request.get(route);
    expect(first.status(), route).toBe(200);
    const etag = first.headers()["etag"] ?? "";
    expect(etag, route).toMatch(/^W\/"[\w-]{27}"$/);
    const lastModified = first.headers()["last-modified"] ?? "";
    expect(Date.parse(lastModified), route).toBeGreaterThan(Date.parse("2020-01-01"));
    const again = await request.get(route, { headers: { "if-none-match": etag } });
    expect(again.status(), route).toBe(304);
    expect((await again.body()).length, route).toBe(0);
    const since = await request.get(route, { headers: { "if-modified-since": lastModified } });
    expect(since.status(), route).toBe(304);
    const stale = await request.get(route, { headers: { "if-none-match": 'W/"not-this-one"' } });
    expect(stale.status(), route).toBe(200);
  }
  // Pages carry a fresh nonce in each response, so no validator: a copy kept by a client could
  // not run its scripts under the next response's policy.
  const page = await request.get("/companies/mozy", { headers: { "if-none-match": "*" } });
  expect(page.status()).toBe(200);
  expect(page.headers()["etag"]).toBeUndefined();
});
