import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { readPolicy } from "./ingest";
import { sentencesOf } from "./sentences";

const fixture = (name: string) =>
  readFileSync(path.join(import.meta.dirname, "fixtures", name), "utf8");
const clauses = (name: string) => readPolicy(fixture(name), "markdown").clauses;

describe("table cells with line breaks and bulleted lines (Spotify)", () => {
  const rows = clauses("spotify-table-excerpt.md");
  const row = (start: string) => {
    const found = rows.find((c) => c.text.startsWith(start));
    if (!found) throw new Error(`no row starting "${start}"`);
    return found.text;
  };

  it("puts each line of a cell on a line of its own, without its list marker", () => {
    expect(row("Advertising partners")).toBe(
      "Advertising partners — User Data\nUsage Data — So Spotify and our advertising partners can deliver more relevant advertising to you on the Spotify Service and online, and help measure the effectiveness of ads.\nWe do not disclose personal data to advertising partners for users under the age of 18.",
    );
  });

  it("never glues a cell's lines or leaks a list marker", () => {
    for (const { text } of rows) {
      expect(text).not.toMatch(/\*|<br/i);
      expect(text).not.toMatch(/[a-z][.:]?[A-Z][a-z]/);
    }
    expect(row("Marketing Partners")).toContain(
      "measure the effectiveness of Spotify promotions\nExamples of partners include:\nmarketing or sponsorship partners\n",
    );
  });

  it("reads each line of a cell as a statement of its own", () => {
    const sentences = sentencesOf(row("Marketing Partners")).map((s) => s.text);
    expect(sentences).toContain("Examples of partners include:");
    expect(sentences).toContain("marketing or sponsorship partners");
  });

  it("keeps the table's header row out of the clauses", () => {
    expect(rows.some((c) => c.text.startsWith("Categories of recipients"))).toBe(false);
  });
});

describe("tables read from HTML", () => {
  it("separates a cell's list items and paragraphs", () => {
    const html =
      "<html><body><h1>P</h1><h2>Information we may disclose</h2><table><tr><th>Recipients</th><th>Data</th><th>Why</th></tr><tr><td>Advertising partners</td><td><ul><li>User Data</li><li>Usage Data</li></ul></td><td><p>So we can advertise.</p><p>Not for minors.</p></td></tr><tr><td>Other</td><td>A<br>B</td><td>x</td></tr></table></body></html>";
    expect(readPolicy(html, "html").clauses.map((c) => c.text)).toEqual([
      "Advertising partners — User Data\nUsage Data — So we can advertise.\nNot for minors.",
      "Other — A\nB — x",
    ]);
  });
});

describe("a table indented in a list item (WeTransfer)", () => {
  const read = clauses("wetransfer-indented-table-excerpt.md");

  it("reads the table's rows as clauses, not as text full of pipes", () => {
    expect(read.some((c) => c.text.includes("|"))).toBe(false);
    expect(
      read.some((c) => /^User Content — We collect the content you create/m.test(c.text)),
    ).toBe(true);
  });
});
