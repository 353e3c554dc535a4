import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { MAX_CLAUSE_CHARS, readPolicy } from "./ingest";
import { ReadingError } from "./reading-error";
import { cpuMs } from "../../tests/helpers/cpu-time";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const texts = (input: string, format?: "markdown" | "html" | "text") =>
  readPolicy(input, format).clauses.map((c) => c.text);

/**
 * Runs fn, failing if it takes longer than ms (hostile input must end quickly). The bounds are
 * ten or more times what each input takes on an idle machine, so a loaded CI box passes while
 * a quadratic or backtracking regression (minutes) fails.
 */
function within<T>(ms: number, fn: () => T): T {
  let out!: T;
  expect(cpuMs(() => (out = fn()))).toBeLessThan(ms);
  return out;
}
const errorOf = (fn: () => unknown): ReadingError => {
  try {
    fn();
  } catch (e) {
    if (e instanceof ReadingError) return e;
    throw e;
  }
  throw new Error("expected a ReadingError");
};

describe("readPolicy: markdown from Open Terms Archive (page furniture dropped)", () => {
  it("drops a table of contents written as one line of in-page links (ACDelco)", () => {
    const clauses = texts(fixture("acdelco-excerpt.md"), "markdown");
    expect(clauses.some((t) => t.includes("Personal information we collect How we use"))).toBe(
      false,
    );
    expect(clauses).not.toContain("Table of Contents");
    expect(clauses.some((t) => t.startsWith("GM affiliates: Our Privacy Statement covers"))).toBe(
      true,
    );
  });

  it("drops a line that only links to another version of the policy, keeping an announcement (TikTok)", () => {
    const clauses = texts(
      [
        "_Click_ [here](https://www.tiktok.com/legal/privacy-policy-eea-archive) _to view our current Privacy Policy._",
        "",
        "Last updated: _30 November 2025_",
        "",
        "**Introduction**",
        "----------------",
        "",
        "This privacy policy applies to the TikTok platform.",
        "",
        "_Our new Privacy Policy comes into effect on 04 December 2024. Click_ [here](https://www.tiktok.com/legal/privacy-policy-eea-archive) _to view our current Privacy Policy._",
        "",
      ].join("\n"),
      "markdown",
    );
    expect(clauses.some((t) => t.startsWith("Click here"))).toBe(false);
    expect(clauses).toContain("This privacy policy applies to the TikTok platform.");
    expect(clauses.some((t) => t.startsWith("Our new Privacy Policy comes into effect"))).toBe(
      true,
    );
  });

  it("drops a contents title and the short entries under it, keeping the prose after (AliExpress)", () => {
    const clauses = texts(fixture("aliexpress-excerpt.md"), "markdown");
    expect(
      clauses.some((t) => /Legal Basis for Data Processing|VISITORS FROM BRAZIL/.test(t)),
    ).toBe(false);
    expect(clauses.some((t) => t.startsWith("We at AliExpress"))).toBe(true);
  });

  it("drops bulleted lists of in-page links (Logitech) and keeps the headings as heading paths", () => {
    const policy = readPolicy(fixture("logitech-excerpt.md"), "markdown");
    expect(policy.clauses.some((c) => c.text.includes("INFORMATION WE COLLECT"))).toBe(false);
    const intro = policy.clauses.find((c) =>
      c.text.startsWith("The sections below detail the types"),
    );
    expect(intro?.headingPath).toEqual(["General"]);
  });

  it("drops the skip link, logo link and menus above the title (Thomson Reuters)", () => {
    const clauses = texts(fixture("thomsonreuters-excerpt.md"), "markdown");
    for (const chrome of [
      "Skip to main content",
      "Solutions",
      "Sign into your products",
      "Thomson Reuters",
    ])
      expect(clauses).not.toContain(chrome);
  });

  it("drops empty anchor links without losing the sentence around them (AdSupply)", () => {
    const clauses = texts(fixture("adsupply-excerpt.md"), "markdown");
    expect(clauses.some((t) => t.startsWith("Like man websites, we use cookies"))).toBe(true);
    expect(clauses.every((t) => !t.includes("[]") && !t.includes("]("))).toBe(true);
  });

  it("reads a GFM table as one clause per row (cells joined), without its header row", () => {
    const md =
      "# P\n\n| Function | Example |\n|---|---|\n| Security | We use cookies to protect you. |\n";
    expect(texts(md, "markdown")).toEqual(["Security — We use cookies to protect you."]);
  });
});

describe("readPolicy: HTML", () => {
  const page = `<!doctype html><html><head><title>x</title><style>p{color:red}</style>
    <script>window.track("visit")</script></head><body>
    <header><a href="/">Acme</a><nav><a href="/a">Products</a></nav></header>
    <div id="onetrust-banner-sdk"><p>We use cookies to improve your experience.</p><button>Accept all</button></div>
    <main><h1>Acme Privacy Policy</h1>
      <nav class="toc"><ul><li><a href="#c">Cookies</a></li></ul></nav>
      <h2 id="c">Cookies <a href="#c"></a></h2>
      <p>We use <b>session</b> cookies only.</p><script>alert(1)</script>
      <p hidden>Hidden text</p>
      <ul><li>Name</li><li>Email address</li></ul>
      <h3>Retention</h3><p>We delete logs after 30 days.</p>
    </main><footer><p>© Acme</p></footer></body></html>`;

  it("keeps the policy's text and headings and drops scripts, styles, navigation, banners, hidden text and the footer", () => {
    const policy = readPolicy(page, "html");
    expect(policy.title).toBe("Acme Privacy Policy");
    expect(policy.clauses).toEqual([
      { text: "We use session cookies only.", headingPath: ["Cookies"] },
      { text: "Name", headingPath: ["Cookies"] },
      { text: "Email address", headingPath: ["Cookies"] },
      { text: "We delete logs after 30 days.", headingPath: ["Cookies", "Retention"] },
    ]);
  });

  it("detects HTML without being told", () => {
    expect(readPolicy(page).format).toBe("html");
  });

  it("reads an HTML page full of scripts quickly, keeping only the text", () => {
    const scripts = '<script>var a = "<p>not text</p>"; for (;;) {}</script>'.repeat(5000);
    const html = `<html><body>${scripts}<h1>T</h1><p>We collect your email address.</p>${scripts}</body></html>`;
    const policy = within(10_000, () => readPolicy(html));
    expect(policy.clauses.map((c) => c.text)).toEqual(["We collect your email address."]);
  });
});

describe("readPolicy: plain text", () => {
  it("reads blank-line blocks as clauses, short unpunctuated lines as headings, bullets as list items", () => {
    const text =
      "Acme Privacy Policy\n\nWe collect your name\nand your email.\n\nCookies\n\n- We use cookies.\n- You can refuse them.\n";
    const policy = readPolicy(text, "text");
    expect(policy.title).toBe("Acme Privacy Policy");
    expect(policy.clauses).toEqual([
      { text: "We collect your name and your email.", headingPath: [] },
      { text: "We use cookies.", headingPath: ["Cookies"] },
      { text: "You can refuse them.", headingPath: ["Cookies"] },
    ]);
  });

  it("does not treat markdown characters in a text file as markup", () => {
    expect(texts("# of users: *all* of them.", "text")).toEqual(["# of users: *all* of them."]);
  });
});

describe("readPolicy: limits and hostile input (each ends quickly with a result or a clear error)", () => {
  it("refuses more than 2 MB, saying the size and the limit", () => {
    const e = errorOf(() => readPolicy("a".repeat(2 * 1024 * 1024 + 1)));
    expect(e.code).toBe("too-large");
    expect(e.message).toMatch(/2\.0 MB; the limit is 2 MB/);
  });

  it("reads a 1 MB single line into clauses of bounded length", () => {
    const policy = within(15_000, () =>
      readPolicy("We keep your data for 30 days. ".repeat(33_000)),
    );
    expect(policy.clauses.length).toBeGreaterThan(200);
    expect(policy.clauses.every((c) => c.text.length <= MAX_CLAUSE_CHARS)).toBe(true);
  });

  it("never opens a piece of an over-long table row with the dash that joins its cells", () => {
    // The last sentence end before the cap is the first cell's, so the cut falls between cells.
    const first = "We keep your data. ".repeat(160).trim();
    const second = `We keep${", your data".repeat(200)}.`;
    const row = `# P\n\n| A | B |\n| --- | --- |\n| ${first} | ${second} |\n`;
    const pieces = texts(row, "markdown");
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((t) => /^We keep/.test(t))).toBe(true);
  });

  it("reads a 1 MB line with no spaces by cutting it", () => {
    const policy = within(10_000, () => readPolicy("x".repeat(1_000_000)));
    expect(policy.clauses.every((c) => c.text.length <= MAX_CLAUSE_CHARS)).toBe(true);
  });

  it("refuses 9,000 table rows before parsing them", () => {
    const table = "|a|b|\n|-|-|\n" + "|x|y|\n".repeat(9000);
    expect(within(4000, () => errorOf(() => readPolicy(table))).code).toBe("too-complex");
  });

  it("refuses 100,000 tiny paragraphs before parsing them", () => {
    const e = within(4000, () => errorOf(() => readPolicy("a\n\n".repeat(100_000))));
    expect(e.code).toBe("too-complex");
    expect(e.message).toMatch(/more than 5,000 lines/);
  });

  it("refuses 100,000 tiny HTML paragraphs before parsing them", () => {
    const e = within(4000, () => errorOf(() => readPolicy("<p>a</p>".repeat(100_000), "html")));
    expect(e.code).toBe("too-complex");
  });

  it("reads deeply nested markdown lists and quotes without a stack overflow", () => {
    const list = Array.from({ length: 900 }, (_, i) => `${" ".repeat(i * 2)}- item ${i}`).join(
      "\n",
    );
    const nested = within(20_000, () => readPolicy(list, "markdown"));
    expect(nested.clauses.map((c) => c.text).join(" ")).toContain("item 899");
    const quotes = within(10_000, () => readPolicy(`${">".repeat(100_000)} deep`));
    expect(quotes.clauses.length).toBeGreaterThan(0);
  });

  it("reads long runs of the structures split into clauses quickly (hard breaks, titled items, table leftovers)", () => {
    const lines = within(10_000, () =>
      readPolicy(`# P\n\n${"We keep your data. We delete it.  \n".repeat(4000)}`, "markdown"),
    );
    expect(lines.clauses.length).toBe(4000);
    const items = "- Lead:\n" + "  - Usage Data. We may keep it.\n".repeat(4000);
    expect(within(10_000, () => readPolicy(items, "markdown")).clauses.length).toBe(4001);
    const leftover = within(10_000, () =>
      readPolicy(`| --- ${"| - ".repeat(200_000)}x\n`, "markdown"),
    );
    expect(leftover.clauses.length).toBeGreaterThan(0);
  });

  it("reads long runs of hand-typed items, split links and titled cells quickly", () => {
    const items = within(10_000, () =>
      readPolicy(`# P\n\nWe collect:  \n${"- your name;  \n".repeat(4000)}`, "markdown"),
    );
    expect(items.clauses.length).toBe(4001);
    // Brackets and link ends with nothing to match, over a 200,000-character block.
    const brackets = within(10_000, () => readPolicy(`[${"](x)".repeat(50_000)}`, "markdown"));
    expect(brackets.clauses.length).toBeGreaterThan(0);
    // 600 blocks: a line of more than 20,000 characters is read as plain text.
    const blocks = Array.from({ length: 600 }, (_, i) => `We keep it ${i} days.<br><br>`);
    const cell = `| ##### Title<br><br>${blocks.join("")}| x |`;
    const row = within(10_000, () =>
      readPolicy(`# P\n\n| A | B |\n| --- | --- |\n${cell}\n`, "markdown"),
    );
    expect(row.clauses.length).toBe(601);
  });

  it("refuses HTML nested 5,000 elements deep with a clear error", () => {
    const e = within(15_000, () => errorOf(() => readPolicy(`${"<span>".repeat(5000)}x`, "html")));
    expect(e.code).toBe("too-complex");
    expect(e.message).toMatch(/nested|structured too deeply/);
  });

  it("refuses binary data: NUL bytes, or bytes that are not UTF-8 text", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(errorOf(() => readPolicy(png)).code).toBe("binary");
    const latin = Uint8Array.from({ length: 4000 }, (_, i) => (i % 2 ? 0xe9 : 0x41));
    expect(errorOf(() => readPolicy(latin)).message).toMatch(/not UTF-8 text/);
  });

  it("refuses input with no readable text", () => {
    expect(errorOf(() => readPolicy("   \n\n  ")).code).toBe("empty");
    expect(errorOf(() => readPolicy("<html><script>x()</script></html>", "html")).code).toBe(
      "empty",
    );
  });
});

describe("text copied out of a PDF", () => {
  it("reads typeset ligatures as their letters, so rules and searches match them", () => {
    expect(
      texts(
        "We will notify you by email of any speciﬁc changes to this policy and its ﬁles.",
        "text",
      ),
    ).toEqual([
      "We will notify you by email of any specific changes to this policy and its files.",
    ]);
    expect(texts("ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ", "text")).toEqual(["ff fi fl ffi ffl st st"]);
  });

  it("drops its page footers, so a clause cut by a page break reads whole", () => {
    expect(
      texts(
        "We keep your data for as long as your account is open and delete it\nPage 3 of 20\nwithin 30 days of its closing.\n\n- 4 -\n\nPage 4\n\nThe Page 3 of our site explains cookies.",
        "text",
      ),
    ).toEqual([
      "We keep your data for as long as your account is open and delete it within 30 days of its closing.",
      "The Page 3 of our site explains cookies.",
    ]);
  });
});
