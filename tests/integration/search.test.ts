import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { HIT_END, HIT_START, stripSentinels } from "@/lib/search/highlight";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

let db: TestDatabase;
let searchClauses: typeof import("@/lib/queries/search-clauses").searchClauses;
let GET: typeof import("@/app/api/search/route").GET;

type ClauseRow = {
  company: string;
  anchor: string;
  heading: string;
  text: string;
  practices: string[];
};
let clauses: ClauseRow[];
const clauseAt = (company: string, anchor: string) =>
  clauses.find((c) => c.company === company && c.anchor === anchor)!;
const keyOf = (r: { company: string; anchor: string }) => `${r.company}#${r.anchor}`;

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase());
  ({ searchClauses } = await import("@/lib/queries/search-clauses"));
  ({ GET } = await import("@/app/api/search/route"));
  clauses = await db.query<ClauseRow>(`
    SELECT co.slug AS company, c.anchor, array_to_string(c.heading_path, ' ') AS heading, c.text,
           ARRAY(SELECT p.slug FROM clause_practice cp JOIN practice p ON p.id = cp.practice_id WHERE cp.clause_id = c.id) AS practices
    FROM clause c JOIN policy po ON po.id = c.policy_id JOIN company co ON co.id = po.company_id`);
});

afterAll(() => dropAppDatabase(db));

async function api(query: string) {
  const res = await GET(new Request(`http://localhost/api/search?${query}`));
  return {
    status: res.status,
    type: res.headers.get("content-type"),
    body: (await res.json()) as Record<string, unknown>,
  };
}

describe("searchClauses", () => {
  it("finds exactly the clauses that mention arbitration — Centercode's and dotCloud's dispute clauses — and ranks them", async () => {
    const mentioning = clauses.filter((c) => /arbitrat/i.test(c.text));
    expect(mentioning.map((c) => c.company).sort()).toEqual(["centercode", "dotcloud"]);
    const outcome = await searchClauses({ q: "arbitration" });
    expect(outcome.total).toBe(2);
    expect(outcome.results.map(keyOf).sort()).toEqual(mentioning.map(keyOf).sort());
    for (const hit of outcome.results) {
      expect(hit.practices).toContain("disputes");
      expect(hit.rank).toBeGreaterThan(0);
    }
    expect(
      outcome.byCompany
        .filter((c) => c.count > 0)
        .map((c) => c.company)
        .sort(),
    ).toEqual(["centercode", "dotcloud"]);
  });

  it("ranks a clause whose heading names the subject above clauses that mention it in passing", async () => {
    const outcome = await searchClauses({ q: "retention" });
    expect(outcome.total).toBeGreaterThan(1);
    const [top, ...rest] = outcome.results;
    expect(top!.headingPath.join(" ")).toMatch(/retention/i);
    expect(top!.practices).toContain("retention");
    for (const hit of rest) expect(hit.rank).toBeLessThanOrEqual(top!.rank);
    const ranks = outcome.results.map((r) => r.rank);
    expect(ranks).toEqual([...ranks].sort((a, b) => b - a));
  });

  it("highlights the matched words with the sentinels, in passages taken from the clause itself", async () => {
    const outcome = await searchClauses({ q: "arbitration" });
    for (const hit of outcome.results) {
      const marked = [
        ...hit.snippet.matchAll(new RegExp(`${HIT_START}([^${HIT_END}]*)${HIT_END}`, "g")),
      ].map((m) => m[1]);
      expect(marked.length).toBeGreaterThan(0);
      for (const word of marked) expect(word).toMatch(/^arbitration$/i);
      const text = clauseAt(hit.company, hit.anchor).text;
      for (const passage of stripSentinels(hit.snippet)
        .split("…")
        .map((s) => s.trim())
        .filter(Boolean))
        expect(text).toContain(passage);
    }
  });

  it("marks a match in the heading when the clause's own words have none", async () => {
    const headingOnly = clauses.filter(
      (c) => /\bgather/i.test(c.heading) && !/gather/i.test(c.text),
    );
    expect(headingOnly.length).toBeGreaterThan(0);
    const outcome = await searchClauses({ q: "gathered", limit: 100 });
    for (const c of headingOnly) {
      const hit = outcome.results.find((h) => keyOf(h) === keyOf(c))!;
      expect(hit.snippet).not.toContain(HIT_START);
      expect(hit.headingMarked).toMatch(new RegExp(`${HIT_START}Gather(ed)?${HIT_END}`));
    }
    // Where the passage marks the match, the heading is shown plain.
    for (const hit of outcome.results.filter((h) => h.snippet.includes(HIT_START)))
      expect(hit.headingMarked).toBeNull();
  });

  it("matches a quoted phrase only where its words are adjacent", async () => {
    const phrase = await searchClauses({ q: '"dispute resolution"', limit: 100 });
    const words = await searchClauses({ q: "dispute resolution", limit: 100 });
    expect(phrase.total).toBeGreaterThan(0);
    for (const hit of phrase.results) {
      const c = clauseAt(hit.company, hit.anchor);
      expect(`${c.heading}\n${c.text}`).toMatch(/disputes?\s+resolution/i);
    }
    expect(phrase.results.map(keyOf).every((k) => words.results.map(keyOf).includes(k))).toBe(true);
  });

  it("holds a quoted phrase to its words where stop words fell out of it ('do not disclose' is not just 'disclose')", async () => {
    const phrase = await searchClauses({ q: '"do not disclose"', limit: 100 });
    const word = await searchClauses({ q: "disclose", limit: 100 });
    expect(phrase.total).toBeGreaterThan(0);
    expect(word.total).toBeGreaterThan(phrase.total);
    for (const hit of phrase.results)
      expect(clauseAt(hit.company, hit.anchor).text).toMatch(/\bdo\W+not\W+disclose\b/i);
    // Curly quotes, as phones type them, are the same phrase.
    expect((await searchClauses({ q: "“do not disclose”", limit: 100 })).total).toBe(phrase.total);
    // An excluded phrase is left to the tsquery, as before: no words are required of it.
    expect((await searchClauses({ q: 'disclose -"do not share"', limit: 100 })).total).toBe(
      (await searchClauses({ q: "disclose -share", limit: 100 })).total,
    );
  });

  it("leaves out clauses with a -excluded word", async () => {
    expect(
      clauseAt(
        "dotcloud",
        (await searchClauses({ q: "arbitration", companies: ["dotcloud"] })).results[0]!.anchor,
      ).text,
    ).toMatch(/mediate/);
    const outcome = await searchClauses({ q: "arbitration -mediate" });
    expect(outcome.results.map((r) => r.company)).toEqual(["centercode"]);
    expect(outcome.total).toBe(1);
  });

  it("finds either word with `or`", async () => {
    const [either, a, b] = await Promise.all([
      searchClauses({ q: "arbitration or truste", limit: 100 }),
      searchClauses({ q: "arbitration", limit: 100 }),
      searchClauses({ q: "truste", limit: 100 }),
    ]);
    const union = new Set([...a.results, ...b.results].map(keyOf));
    expect(b.total).toBeGreaterThan(0);
    expect(new Set(either.results.map(keyOf))).toEqual(union);
    expect(either.total).toBe(union.size);
  });

  it("filters by company while still counting matches for every company that has any", async () => {
    const outcome = await searchClauses({ q: "arbitration", companies: ["dotcloud"] });
    expect(outcome.results.map((r) => r.company)).toEqual(["dotcloud"]);
    expect(outcome.total).toBe(1);
    expect(outcome.byCompany).toEqual([
      { company: "centercode", companyName: "Centercode", count: 1 },
      { company: "dotcloud", companyName: "dotCloud", count: 1 },
    ]);
  });

  it("filters by practice: only clauses tagged with one of the chosen practices", async () => {
    const all = await searchClauses({ q: "safe harbor", limit: 100 });
    const disputes = await searchClauses({ q: "safe harbor", practices: ["disputes"], limit: 100 });
    expect(disputes.total).toBeGreaterThan(0);
    expect(disputes.total).toBeLessThan(all.total);
    for (const hit of disputes.results) expect(hit.practices).toContain("disputes");
    // Exactly the unfiltered hits that carry the practice, in the same order.
    expect(all.total).toBeLessThanOrEqual(100);
    const key = (h: { company: string; anchor: string }) => `${h.company}#${h.anchor}`;
    expect(disputes.results.map(key)).toEqual(
      all.results.filter((h) => h.practices.includes("disputes")).map(key),
    );
    expect(await searchClauses({ q: "arbitration", practices: ["cookies"] })).toMatchObject({
      total: 0,
      results: [],
    });
    const both = await searchClauses({
      q: "safe harbor",
      practices: ["disputes", "international"],
      companies: ["mozy"],
      limit: 100,
    });
    for (const hit of both.results) {
      expect(hit.company).toBe("mozy");
      expect(hit.practices.some((p) => p === "disputes" || p === "international")).toBe(true);
    }
    expect(both.byCompany.reduce((n, c) => n + c.count, 0)).toBeGreaterThanOrEqual(both.total);
  });

  it("pages through results with limit and offset without gaps or repeats", async () => {
    const whole = await searchClauses({ q: "information", limit: 30 });
    expect(whole.total).toBeGreaterThan(30);
    const pages = await Promise.all(
      [0, 10, 20].map((offset) => searchClauses({ q: "information", limit: 10, offset })),
    );
    expect(pages.flatMap((p) => p.results).map(keyOf)).toEqual(whole.results.map(keyOf));
  });

  it("spreads a page across companies: at most perCompany clauses of each, their best, the company with the best match first", async () => {
    // Every match of "data", best first: one long policy fills most of a page of twenty.
    const flat = await searchClauses({ q: "data", limit: 100 });
    expect(flat.total).toBeLessThanOrEqual(100);
    const firstPage = flat.results.slice(0, 20).filter((r) => r.company === "mozy");
    expect(firstPage.length).toBeGreaterThan(2);

    const spread = await searchClauses({ q: "data", perCompany: 2, limit: 20 });
    expect(spread.total).toBe(flat.total);
    const companies = [...new Set(flat.results.map((r) => r.company))];
    // Company by company in the order of their best clause; each one's two best, best first.
    expect(spread.results.map(keyOf)).toEqual(
      companies.flatMap((c) => flat.results.filter((r) => r.company === c).slice(0, 2)).map(keyOf),
    );
    expect(spread.listed).toBe(spread.byCompany.reduce((n, c) => n + Math.min(c.count, 2), 0));
    expect(spread.firstCompany).toBe(1);
  });

  it("pages across companies without splitting one between pages, gaps or repeats", async () => {
    const whole = await searchClauses({ q: "data", perCompany: 3, limit: 100 });
    expect(whole.byCompany.length).toBe(5);
    expect(whole.listed).toBe(whole.results.length);
    // Each company's first result is at 0, 3, 6, 9, 12: a page of 4 from 0 holds the two that
    // start in it, whole (6 results); each later page of 4 holds the one company starting in it.
    const pages = await Promise.all(
      [0, 4, 8, 12].map((offset) => searchClauses({ q: "data", perCompany: 3, limit: 4, offset })),
    );
    expect(pages.map((p) => p.results.length)).toEqual([6, 3, 3, 3]);
    expect(pages.map((p) => p.firstCompany)).toEqual([1, 3, 4, 5]);
    expect(pages.flatMap((p) => p.results).map(keyOf)).toEqual(whole.results.map(keyOf));
    expect(pages.map((p) => new Set(p.results.map((r) => r.company)).size)).toEqual([2, 1, 1, 1]);
  });

  it("spreads only the companies in scope, and counts every company that has matches", async () => {
    const outcome = await searchClauses({
      q: "data",
      companies: ["mozy", "code42"],
      perCompany: 2,
    });
    expect(outcome.results.map((r) => r.company).sort()).toEqual([
      "code42",
      "code42",
      "mozy",
      "mozy",
    ]);
    expect(outcome.listed).toBe(4);
    expect(outcome.byCompany).toHaveLength(5);
    const machine = await searchClauses({ q: "data", provenance: ["machine"], perCompany: 2 });
    expect(machine).toMatchObject({ total: 0, listed: 0, firstCompany: 0, results: [] });
  });

  it.each([
    ["a 2,000-character query", "privacy ".repeat(250)],
    ["only punctuation", "!!!"],
    ["an SQL fragment", "'; DROP TABLE clause; --"],
    ["markup", "<script>alert(1)</script>"],
    ["stop-words only", "the and of"],
    ["a NUL character", "cook\u0000ies"],
    ["the highlight markers", `${HIT_START}${HIT_END}`],
    ["a lone operator", "-"],
    ["an unclosed quote", '"safe harbor'],
    ["a bare or", "or"],
    ["backslashes and colons", "\\:* & | !( )"],
  ])("answers %s without an error", async (_name, q) => {
    const outcome = await searchClauses({ q });
    expect(outcome.total).toBeGreaterThanOrEqual(0);
    expect(outcome.query.length).toBeLessThanOrEqual(200);
  });

  it("says a query of punctuation or stop-words has nothing to search for, and an empty one needs no query", async () => {
    expect(await searchClauses({ q: "!!!" })).toMatchObject({ searchable: false, total: 0 });
    expect(await searchClauses({ q: "the" })).toMatchObject({ searchable: false, total: 0 });
    expect(await searchClauses({ q: "   " })).toEqual({
      query: "",
      truncated: false,
      searchable: false,
      total: 0,
      byCompany: [],
      listed: 0,
      firstCompany: 0,
      results: [],
    });
    expect(await searchClauses({ q: "privacy ".repeat(250) })).toMatchObject({
      truncated: true,
      searchable: true,
    });
  });

  it("treats SQL in the query as words, leaving the tables intact", async () => {
    await searchClauses({ q: "'; DROP TABLE clause; --" });
    await searchClauses({ q: "x'); DELETE FROM company; --" });
    const [row] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM clause");
    expect(row?.n).toBe(clauses.length);
  });
});

/** The keys of every /api/search answer, perCompany or not. */
const ANSWER_KEYS = ["attribution", "companyTotal", "paging", "query", "results", "total"];

describe("GET /api/search", () => {
  it("returns the query, the total and ranked results with «marked» snippets", async () => {
    const { status, body } = await api("q=arbitration");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(ANSWER_KEYS);
    expect(body.query).toBe("arbitration");
    expect(body.total).toBe(2);
    const results = body.results as Array<Record<string, unknown>>;
    expect(Object.keys(results[0]!).sort()).toEqual([
      "anchor",
      "company",
      "headingPath",
      "practices",
      "provenance",
      "rank",
      "snippet",
    ]);
    for (const r of results) {
      expect(r.snippet).toMatch(/«Arbitration»/);
      expect(r.snippet).not.toMatch(/[\uE000\uE001]/);
    }
  });

  it("returns 20 results by default and honours limit", async () => {
    const all = await api("q=information");
    expect(all.body.total as number).toBeGreaterThan(20);
    expect(all.body.results).toHaveLength(20);
    expect((await api("q=information&limit=3")).body.results).toHaveLength(3);
    expect((await api("q=information&limit=100")).body.results).toHaveLength(
      Math.min(100, all.body.total as number),
    );
  });

  it("spreads results across companies with perCompany, within the limit, in the same shape", async () => {
    const { status, body } = await api("q=data&perCompany=1&limit=3");
    expect(status).toBe(200);
    expect(Object.keys(body).sort()).toEqual(ANSWER_KEYS);
    const results = body.results as Array<{ company: string }>;
    expect(results).toHaveLength(3);
    expect(new Set(results.map((r) => r.company)).size).toBe(3);
    const five = await api("q=data&perCompany=2&limit=100");
    expect(five.body.results).toHaveLength(10);
    expect(five.body.total).toBe((await api("q=data")).body.total);
  });

  it("pages through every match: following next reads each clause once, and companyTotal counts the companies", async () => {
    const first = await api("q=information&limit=7");
    const total = first.body.total as number;
    expect(total).toBeGreaterThan(14);
    const seen: string[] = [];
    const companies = new Set<string>();
    let next: string | null = "q=information&limit=7";
    let pages = 0;
    while (next) {
      const { status, body } = await api(next.replace(/^\/api\/search\?/, ""));
      expect(status).toBe(200);
      const results = body.results as Array<{ company: string; anchor: string }>;
      for (const r of results) {
        seen.push(`${r.company}#${r.anchor}`);
        companies.add(r.company);
      }
      const paging = body.paging as { page: number; pageCount: number; next: string | null };
      expect(paging.page).toBe(++pages);
      expect(paging.pageCount).toBe(Math.ceil(total / 7));
      next = paging.next;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
    expect(first.body.companyTotal).toBe(companies.size);
    // One clause of each company, page after page: every company that mentions it, once.
    const spread: string[] = [];
    for (let page = 1; page <= Math.ceil(companies.size / 2); page++) {
      const { body } = await api(`q=information&perCompany=1&limit=2&page=${page}`);
      spread.push(...(body.results as Array<{ company: string }>).map((r) => r.company));
    }
    expect(spread.sort()).toEqual([...companies].sort());
    const past = await api(`q=information&limit=7&page=${Math.ceil(total / 7) + 1}`);
    expect(past.status).toBe(400);
    expect(past.body.error).toMatch(/^page \d+ is past the last page \(\d+\)\.$/);
    expect((await api("q=information&page=0")).body.error).toMatch(/page must be a whole number/);
  });

  it("applies company and practice filters given as lists", async () => {
    const { body } = await api(
      "q=safe+harbor&companies=mozy,code42&practices=disputes&practices=international&limit=100",
    );
    for (const r of body.results as Array<{ company: string; practices: string[] }>) {
      expect(["mozy", "code42"]).toContain(r.company);
      expect(r.practices.some((p) => p === "disputes" || p === "international")).toBe(true);
    }
  });

  it.each([["'; DROP TABLE clause; --"], ["<script>"], ["!!!"], ["x".repeat(2000)]])(
    "answers q=%s with 200 and no error",
    async (q) => {
      const { status, body } = await api(`q=${encodeURIComponent(q)}`);
      expect(status).toBe(200);
      expect((body.query as string).length).toBeLessThanOrEqual(200);
      expect(typeof body.total).toBe("number");
    },
  );

  it.each([
    ["no q", "", /q is required/],
    ["an empty q", "q=", /q is empty/],
    ["q twice", "q=a&q=b", /only once/],
    ["limit 0", "q=a&limit=0", /limit must be a whole number from 1 to 100/],
    ["limit 101", "q=a&limit=101", /limit must be/],
    ["a fractional limit", "q=a&limit=2.5", /limit must be/],
    ["a word for limit", "q=a&limit=ten", /limit must be/],
    ["perCompany 0", "q=a&perCompany=0", /perCompany must be a whole number from 1 to 20/],
    ["perCompany 21", "q=a&perCompany=21", /perCompany must be/],
    ["a word for perCompany", "q=a&perCompany=all", /perCompany must be/],
    ["perCompany twice", "q=a&perCompany=1&perCompany=2", /only once/],
    ["an unknown parameter", "q=a&sort=rank", /Unknown parameter\(s\): sort/],
    ["an unknown company", "q=a&companies=acme", /Unknown companies: acme/],
    ["an unknown practice", "q=a&practices=cookies,snooping", /Unknown practices: snooping/],
    ["an empty company list", "q=a&companies=,", /companies is empty/],
  ])("refuses %s with 400 and a JSON error", async (_name, query, message) => {
    const { status, type, body } = await api(query);
    expect(status).toBe(400);
    expect(type).toMatch(/application\/json/);
    expect(body.error).toMatch(message);
  });
});

describe("snippets of long clauses", () => {
  // A long clause of Mozy's, rewritten for these tests and put back afterwards.
  let target: { id: number; text: string };
  const filler = (n: number) =>
    Array.from({ length: n }, (_, i) => `Sentence ${i + 1} of the filler says little.`).join(" ");
  const setText = (text: string) =>
    db.query(`UPDATE clause SET text = $1 WHERE id = $2`, [text, target.id]);
  const plain = (s: string) =>
    s.replaceAll(HIT_START, "[").replaceAll(HIT_END, "]").replace(/\s+/g, " ");

  beforeAll(async () => {
    const rows = await db.query<{ id: number; text: string }>(
      `SELECT c.id, c.text FROM clause c JOIN policy p ON p.id = c.policy_id JOIN company co ON co.id = p.company_id
        WHERE co.slug = 'mozy' ORDER BY c.position LIMIT 1`,
    );
    target = rows[0]!;
  });
  afterAll(() => setText(target.text));

  it("quotes the passage around the first match of a long clause, cut at word boundaries", async () => {
    await setText(`${filler(60)} We store backups in Zanzibar for ninety days. ${filler(40)}`);
    const [hit] = (await searchClauses({ q: "zanzibar" })).results;
    expect(plain(hit!.snippet)).toMatch(/^… .*backups in \[Zanzibar\] for ninety days.* …$/);
    // The passage starts and ends on whole words of the clause.
    expect(plain(hit!.snippet)).toMatch(/^… (Sentence|\d+|of|the|filler|says|little\.) /);
  });

  it("still finds the match when a word sharing its stem's letters comes first", async () => {
    // "quokkaphone" holds "quokk" (the stem of "quokkas" less a letter) but is another word.
    await setText(
      `Our quokkaphone team reads this. ${filler(80)} We never share data with quokkas. ${filler(5)}`,
    );
    const [hit] = (await searchClauses({ q: "quokkas" })).results;
    expect(plain(hit!.snippet)).toContain("share data with [quokkas]");
  });

  it("quotes from the whole clause when the stem is not spelt out in the text", async () => {
    // "dies" and "dying" share the stem "die", which "dying" does not contain.
    await setText(`${filler(80)} The account lapses when its owner is dying or gone. ${filler(3)}`);
    const [hit] = (await searchClauses({ q: "dies" })).results;
    expect(plain(hit!.snippet)).toContain("its owner is [dying] or gone");
  });
});
