import http from "node:http";
import { expect, test, type APIRequestContext, type APIResponse } from "@playwright/test";

/*
 * Hostile input against every page and API route of the production server: requests generated
 * from lists of routes × hostile values × ways of putting them in a URL, plus bad methods,
 * odd headers and raw paths. No browser is needed, so this spec uses Playwright's plain `test`.
 * Every response must be below 500, leak nothing of the server, reflect no markup, and (under
 * /api) answer errors as JSON {error}.
 */

const PAGES = [
  "/",
  "/companies/mozy",
  "/practices",
  "/practices/cookies",
  "/methodology",
  "/about",
  "/search",
  "/search?q=cookies",
  "/api",
];
const APIS = [
  "/api/companies",
  "/api/companies/mozy",
  "/api/practices",
  "/api/matrix",
  "/api/search",
  "/api/search?q=cookies",
  "/api/export",
  "/api/health",
  "/api/openapi.json",
];
const ROUTES = [...PAGES, ...APIS];
/** Routes with a dynamic segment, for hostile values in the path itself. */
const DYNAMIC = ["/companies/", "/practices/", "/api/companies/"];
const PARAMS = [
  "practices",
  "companies",
  "rating",
  "sort",
  "only",
  "page",
  "add",
  "q",
  "limit",
  "format",
  "x",
];

const enc = encodeURIComponent;
/** Hostile values, each written as it appears in a URL, so that broken encodings stay broken. */
const VALUES: Array<[name: string, inUrl: string]> = [
  ["10 KB of letters", "a".repeat(10_240)],
  ["10 KB list of slugs", enc("cookies,".repeat(1_300))],
  ["10 KB of escapes", "%41".repeat(3_500)],
  ["SQL quote", enc("' OR '1'='1")],
  ["SQL stacked statement", enc(`cookies'; DROP TABLE "Company";--`)],
  ["SQL union", enc("x' UNION SELECT current_user, version()--")],
  ["SQL sleep", enc("'; SELECT pg_sleep(10);--")],
  ["tsquery operators", enc("!(&|:*<->) & | !")],
  ["LIKE wildcards", enc("%_\\%")],
  ["script tag", enc("<script>alert(1)</script>")],
  ["img onerror", enc("<img src=x onerror=alert(1)>")],
  ["attribute breakout", enc(`"><svg onload=alert(1)>`)],
  ["javascript URL", enc("javascript:alert(1)")],
  ["truncated escape", "%E0%A4%A"],
  ["bad hex escape", "%zz"],
  ["lone percent", "%"],
  ["null byte", "%00"],
  ["null byte inside a slug", "cook%00ies"],
  ["overlong UTF-8 slash", "%C0%AF"],
  ["overlong UTF-8 NUL", "%C0%80"],
  ["UTF-16 surrogate as UTF-8", "%ED%A0%80"],
  ["right-to-left override", enc("\u202Eseikooc\u202C")],
  ["emoji with joiners", enc("🙂👩‍👩‍👧")],
  ["combining accent", enc("c\u0301ookies")],
  ["full-width letters", enc("ｃｏｏｋｉｅｓ")],
  ["zero-width space", enc("coo\u200Bkies")],
  ["path traversal", enc("../../../etc/passwd")],
  ["encoded traversal", "..%2f..%2fetc%2fpasswd"],
  ["double-encoded traversal", "%252e%252e%252f"],
  ["huge exponent", "1e308"],
  ["negative", "-1"],
  ["huge integer", "99999999999999999999999"],
  ["not a number", "NaN"],
  ["template syntax", enc("${7*7}{{7*7}}%s%n")],
  ["prototype key", "__proto__"],
  ["JSON operator", enc(`{"$gt":""}`)],
  ["header injection", "%0d%0aSet-Cookie:%20x=1"],
  ["empty", ""],
];

/** Ways of putting one value into a query string. */
const SHAPES: Array<[name: string, query: (key: string, value: string) => string]> = [
  ["plain", (k, v) => `${k}=${v}`],
  ["repeated key", (k, v) => `${k}=1&${k}=${v}&${k}=2`],
  ["array key", (k, v) => `${k}[]=${v}`],
  ["object key", (k, v) => `${k}[b]=${v}`],
  ["value as the key", (_k, v) => `${v}=1`],
  ["every parameter at once", (_k, v) => PARAMS.map((p) => `${p}=${v.slice(0, 1_200)}`).join("&")],
];

/** Hostile dynamic segments (values above also go into the path). */
const SEGMENTS = [
  "..%2f..%2fetc%2fpasswd",
  "%2e%2e",
  "%2e%2e%2f%2e%2e%2fpackage.json",
  "MOZY",
  "mozy%20",
  "mozy%2fextra",
  "mozy/extra/deeper",
  "mozy;jsessionid=1",
  "%252e%252e",
  "a".repeat(5_000),
  enc("<script>alert(1)</script>"),
  enc("مثال"),
];

const WRITE_METHODS = ["POST", "PUT", "DELETE", "PATCH", "TRACE", "PROPFIND"];

const HEADERS: Array<Record<string, string>> = [
  { RSC: "1", "Next-Router-State-Tree": "%zz" },
  { "Next-Router-State-Tree": JSON.stringify(["", { children: ["..", {}] }]) },
  { "Next-Router-Prefetch": "1", "Next-Router-Segment-Prefetch": "/../../etc" },
  { "Next-Action": "0".repeat(40) },
  { Accept: "text/x-component" },
  { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "javascript" },
  { "Accept-Language": "x".repeat(4_000), "User-Agent": "<script>alert(1)</script>" },
  { Range: "bytes=0-1,-5", "If-None-Match": "*" },
];

/** Things a response body must never contain: a stack trace, server paths or internals. */
const LEAKS: Array<[string, RegExp]> = [
  ["stack frame", /\bat (?:Object\.|async |new )?[\w$.<>]+ \((?:file:\/\/|\/|node:)/],
  ["at Object.", /at Object\./],
  ["error with a stack", /Error:[^\n]*\n\s+at /],
  ["node_modules path", /node_modules/],
  ["working directory", /\/work\//],
  ["server bundle path", /\.next\/server|next-e2e\/server/],
  ["Prisma", /prisma/i],
  ["PostgreSQL error", /syntax error at or near|SQLSTATE|relation "[^"]+" does not exist/],
  ["package.json", /"devDependencies"/],
  ["environment", /DATABASE_URL|postgresql:\/\//],
];
/** Markup from the hostile values that must never come back unescaped in an HTML page. */
const INJECTED = ["<script>alert(1)</script>", "<img src=x onerror", "<svg onload"];

let sent = 0;
const tally = new Map<string, number>();
const statuses = new Map<number, number>();

type Request = {
  label: string;
  path: string;
  method?: string;
  headers?: Record<string, string>;
  data?: string | Buffer;
};

/** Problems with one response, as readable lines (empty when it is fine). */
function inspect(
  req: Request,
  status: number,
  headers: Record<string, string>,
  body: string,
): string[] {
  statuses.set(status, (statuses.get(status) ?? 0) + 1);
  const problems: string[] = [];
  const method = req.method ?? "GET";
  const where = `${method} ${req.path.slice(0, 120)}${req.path.length > 120 ? "…" : ""} [${req.label}]`;
  if (status >= 500) problems.push(`${where}: status ${status}`);
  // A page's React payload names the URL's own segments ("c":["","prisma","schema.prisma"]):
  // the request echoed back as data, not something the server leaked.
  const unechoed = body.replace(/\\?"c\\?":\[[^\]]*\]/g, "");
  for (const [name, re] of LEAKS)
    if (re.test(unechoed)) problems.push(`${where}: body shows ${name}`);
  const type = headers["content-type"] ?? "";
  if (type.includes("html"))
    for (const x of INJECTED) if (body.includes(x)) problems.push(`${where}: page reflects ${x}`);
  if (Object.keys(headers).some((h) => h === "set-cookie"))
    problems.push(`${where}: response sets a cookie`);
  if (status === 405 && !/\bGET\b/.test(headers["allow"] ?? ""))
    problems.push(`${where}: 405 without Allow: GET`);
  // Judged on the path as the server resolves it: "/api/../x" is a page, and so is /api itself.
  const resolved = new URL(req.path, "http://localhost").pathname;
  const api = resolved.startsWith("/api/");
  if (api && status >= 400 && method !== "HEAD") {
    let error: unknown;
    try {
      error = (JSON.parse(body) as { error?: unknown }).error;
    } catch {
      error = undefined;
    }
    if (!type.startsWith("application/json") || typeof error !== "string" || !error)
      problems.push(`${where}: API error ${status} is not JSON {error}: ${body.slice(0, 80)}`);
  }
  return problems;
}

async function send(request: APIRequestContext, req: Request): Promise<string[]> {
  sent++;
  tally.set(req.label.split(":")[0]!, (tally.get(req.label.split(":")[0]!) ?? 0) + 1);
  let res: APIResponse;
  try {
    res = await request.fetch(req.path, {
      method: req.method ?? "GET",
      headers: req.headers,
      data: req.data,
      maxRedirects: 0,
      failOnStatusCode: false,
      timeout: 20_000,
    });
  } catch (e) {
    return [
      `${req.method ?? "GET"} ${req.path.slice(0, 120)} [${req.label}]: no response (${(e as Error).message.split("\n")[0]})`,
    ];
  }
  const body = req.method === "HEAD" ? "" : await res.text();
  return inspect(req, res.status(), res.headers(), body);
}

/** Sends every request, a few at a time, and fails listing each bad response. */
async function sendAll(request: APIRequestContext, requests: Request[]) {
  const problems: string[] = [];
  const queue = [...requests];
  await Promise.all(
    Array.from({ length: 4 }, async () => {
      for (let req = queue.shift(); req; req = queue.shift())
        problems.push(...(await send(request, req)));
    }),
  );
  expect(problems, `${problems.length} bad responses of ${requests.length}`).toEqual([]);
}

/** A GET with a raw request line, for paths a URL parser would tidy up (dot segments). */
function rawGet(
  baseURL: string,
  path: string,
): Promise<{ status: number; headers: Record<string, string>; body: string }> {
  const { hostname, port } = new URL(baseURL);
  return new Promise((resolve, reject) => {
    const req = http.request(
      { host: hostname, port, path, method: "GET", timeout: 20_000 },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (c: string) => (body += c));
        res.on("end", () =>
          resolve({
            status: res.statusCode ?? 0,
            headers: res.headers as Record<string, string>,
            body,
          }),
        );
      },
    );
    req.on("timeout", () => req.destroy(new Error("timed out")));
    req.on("error", reject);
    req.end();
  });
}

test.describe.configure({ timeout: 240_000 });

test("hostile query values in every shape leave every route answering below 500, without leaks", async ({
  request,
}) => {
  // Every route meets every value; the parameter and the shape rotate, so all of them are covered too.
  const requests = ROUTES.flatMap((route, r) =>
    VALUES.map(([name, value], v) => {
      const param = PARAMS[(r + v) % PARAMS.length]!;
      const [shape, query] = SHAPES[(r * 5 + v) % SHAPES.length]!;
      return {
        label: `query: ${name}, ${shape} ${param}`,
        path: `${route}${route.includes("?") ? "&" : "?"}${query(param, value)}`,
      };
    }),
  );
  await sendAll(request, requests);
});

test("hostile values in dynamic path segments answer 4xx, never 5xx", async ({ request }) => {
  const segments = [
    ...SEGMENTS,
    ...VALUES.filter(([, v]) => v.length < 2_000 && v !== "").map(([, v]) => v),
  ];
  const requests = DYNAMIC.flatMap((prefix) =>
    segments.map((s) => ({ label: `path segment: ${s.slice(0, 30)}`, path: prefix + s })),
  );
  await sendAll(request, requests);
  for (const prefix of DYNAMIC) {
    for (const bad of ["%E0%A4%A", "%zz", "%C0%AF"]) {
      const res = await request.get(prefix + bad, { failOnStatusCode: false });
      sent++;
      statuses.set(res.status(), (statuses.get(res.status()) ?? 0) + 1);
      expect([400, 404], `${prefix}${bad}`).toContain(res.status());
    }
  }
});

test("very long paths and deep nesting answer 4xx", async ({ request }) => {
  const requests = [
    "/" + "a".repeat(8_000),
    "/companies/" + "b".repeat(8_000),
    "/practices/cookies/" + "x/".repeat(3_000),
    "/api/" + "x/".repeat(3_000),
    "/api/companies/mozy/" + "%41".repeat(2_500),
    "/" + "%2e%2e/".repeat(1_000) + "etc/passwd",
    "/" + "🙂".repeat(1_000),
  ].map((path) => ({ label: "long path", path }));
  await sendAll(request, requests);
});

test("write methods get 405 with an Allow header, OPTIONS and HEAD are answered, on pages and API alike", async ({
  request,
}) => {
  const bodies: Array<[string, string | Buffer | undefined, Record<string, string>]> = [
    ["no body", undefined, {}],
    [
      "JSON body",
      JSON.stringify({ slug: "evil", name: "<script>alert(1)</script>" }),
      { "Content-Type": "application/json" },
    ],
    [
      "form body",
      "slug=evil&name=%3Cscript%3E",
      { "Content-Type": "application/x-www-form-urlencoded" },
    ],
    [
      "server action",
      "[]",
      { "Next-Action": "f".repeat(40), "Content-Type": "text/plain;charset=UTF-8" },
    ],
    ["1 MB body", Buffer.alloc(1_000_000, "a"), { "Content-Type": "application/octet-stream" }],
  ];
  const requests: Request[] = [];
  ROUTES.forEach((route, r) => {
    for (const [m, method] of WRITE_METHODS.entries()) {
      const [name, data, headers] = bodies[(r + m) % bodies.length]!;
      requests.push({
        label: `method: ${method} with ${name}`,
        path: route,
        method,
        data,
        headers,
      });
    }
    requests.push(
      { label: "method: OPTIONS", path: route, method: "OPTIONS" },
      { label: "method: HEAD", path: route, method: "HEAD" },
    );
  });
  await sendAll(request, requests);

  const post = await request.post("/api/matrix", { failOnStatusCode: false });
  expect(post.status()).toBe(405);
  expect(post.headers()["allow"]).toBe("GET, HEAD, OPTIONS");
  expect(await post.json()).toEqual({ error: expect.stringContaining("POST") });
  const del = await request.delete("/companies/mozy", { failOnStatusCode: false });
  expect(del.status()).toBe(405);
  expect(await del.text()).not.toContain("<html");
  sent += 2;
  for (const s of [post.status(), del.status()]) statuses.set(s, (statuses.get(s) ?? 0) + 1);
});

test("odd and hostile headers change nothing for the worse", async ({ request }) => {
  const requests = ROUTES.flatMap((route) =>
    HEADERS.map((headers, h) => ({
      label: "header set",
      path: `${route}${route.includes("?") ? "&" : "?"}practices=cookies`,
      headers: { ...headers, "X-Set": String(h + 1) },
    })),
  );
  await sendAll(request, requests);
});

test("dot segments and file paths sent raw never reach a file", async ({ baseURL }) => {
  const paths = [
    "/companies/%2e%2e",
    "/companies/%2E%2E/%2e%2e/etc/passwd",
    "/companies/../../etc/passwd",
    "/api/companies/..%2f..%2f..%2fpackage.json",
    "/practices/..;/..;/package.json",
    "//etc/passwd",
    "/%2e%2e/%2e%2e/package.json",
    "/_next/static/../../../package.json",
    "/_next/static/..%2f..%2f..%2fpackage.json",
    "/_next/static/%2e%2e/%2e%2e/server/app/page.js",
    "/.env",
    "/package.json",
    "/prisma/schema.prisma",
    "/.next/server/app/page.js",
    "/.data/next-e2e/server/app/page.js",
    "/node_modules/next/package.json",
    "/api/../package.json",
  ];
  const problems: string[] = [];
  for (const path of paths) {
    sent++;
    tally.set("raw path", (tally.get("raw path") ?? 0) + 1);
    const res = await rawGet(baseURL!, path);
    problems.push(...inspect({ label: "raw path", path }, res.status, res.headers, res.body));
    if (res.status === 200 && /generator client|"dependencies"|root:x:0:0/.test(res.body))
      problems.push(`${path}: served a file`);
  }
  expect(problems).toEqual([]);
});

test("sent at least 200 generated requests", () => {
  const groups = [...tally].map(([group, n]) => `${group} ${n}`).join(", ");
  const codes = [...statuses]
    .sort(([a], [b]) => a - b)
    .map(([code, n]) => `${code}×${n}`)
    .join(" ");
  console.log(`hostile-input: sent ${sent} requests (${groups}); statuses ${codes}`);
  expect(sent).toBeGreaterThanOrEqual(200);
});

/*
 * Machine reading takes a policy by POST (/api/analyze, and the /analyze form). Hostile bodies
 * end quickly with a clear 4xx or a sane reading; the rate limit comes last, as it uses up the
 * client's readings for a while.
 */
test("POST /api/analyze answers hostile bodies with 413, 415 or 400 and reads hostile pages sanely", async ({
  request,
}) => {
  const post = async (label: string, type: string | null, data: string | Buffer) => {
    const headers: Record<string, string> = type ? { "content-type": type } : {};
    const req: Request = {
      label: `analyze: ${label}`,
      path: "/api/analyze",
      method: "POST",
      headers,
      data,
    };
    const started = Date.now();
    const res = await request.fetch(req.path, {
      method: "POST",
      headers,
      data,
      failOnStatusCode: false,
      timeout: 30_000,
    });
    const body = await res.text();
    expect(inspect(req, res.status(), res.headers(), body)).toEqual([]);
    return { status: res.status(), body, ms: Date.now() - started };
  };

  const big = await post("over 2 MB", "text/plain", "a".repeat(2 * 1024 * 1024 + 10));
  expect(big.status).toBe(413);
  expect(JSON.parse(big.body).error).toMatch(/2 MB/);

  expect((await post("JSON body", "application/json", '{"a":1}')).status).toBe(415);
  expect((await post("no content type", null, "We collect data.")).status).toBe(415);
  expect(
    (await post("another charset", "text/plain; charset=latin1", "We collect data.")).status,
  ).toBe(415);

  const binary = await post(
    "binary",
    "text/plain",
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 0xff, 0xfe]),
  );
  expect(binary.status).toBe(400);
  expect(JSON.parse(binary.body).error).toMatch(/binary/);
  expect((await post("empty", "text/plain", "")).status).toBe(400);
  expect(
    (await post("scripts only", "text/html", "<html><script>alert(1)</script></html>")).status,
  ).toBe(400);

  const tiny = await post("100,000 tiny paragraphs", "text/markdown", "a\n\n".repeat(100_000));
  expect(tiny.status).toBe(400);
  expect(tiny.ms).toBeLessThan(5_000);

  const deep = await post("HTML nested 5,000 deep", "text/html", `${"<span>".repeat(5_000)}x`);
  expect(deep.status).toBe(400);

  const line = await post(
    "1 MB single line",
    "text/plain",
    "We keep your data for 30 days. ".repeat(33_000),
  );
  expect(line.status).toBe(200);
  expect(line.ms).toBeLessThan(20_000);

  const scripts = '<script>document.write("<p>x</p>")</script><style>p{}</style>'.repeat(2_000);
  const page = await post(
    "HTML full of scripts",
    "text/html",
    `<html><body>${scripts}<h1>Acme</h1><p>We use third-party advertising cookies.</p>${scripts}</body></html>`,
  );
  expect(page.status).toBe(200);
  const reading = JSON.parse(page.body) as {
    clauses: Array<{ text: string }>;
    findings: unknown[];
  };
  expect(reading.clauses.map((c) => c.text)).toEqual(["We use third-party advertising cookies."]);
  expect(reading.findings).toHaveLength(14);
  expect(page.body).not.toContain("<script");
});

test("the /analyze form post refuses an oversized body with 413 and reflects nothing", async ({
  request,
}) => {
  const res = await request.post("/analyze", {
    headers: { "content-type": "text/plain" },
    data: `<script>alert(1)</script>${"a".repeat(2_200_000)}`,
    failOnStatusCode: false,
  });
  expect(res.status()).toBe(413);
  const body = await res.text();
  expect(body).not.toContain("<script>alert(1)");
  expect(body).toContain("2 MB");
});

test("reading posts are rate-limited per client: 429 with Retry-After, as JSON on the API", async ({
  request,
}) => {
  let limited: APIResponse | null = null;
  for (let i = 0; i < 60 && !limited; i++) {
    const res = await request.post("/api/analyze", {
      headers: { "content-type": "text/plain" },
      data: "We collect your email address.",
      failOnStatusCode: false,
    });
    expect(res.status()).toBeLessThan(500);
    if (res.status() === 429) limited = res;
  }
  expect(limited, "no 429 after 60 readings").not.toBeNull();
  expect(Number(limited!.headers()["retry-after"])).toBeGreaterThan(0);
  expect((await limited!.json()).error).toMatch(/Too many readings/);
});
