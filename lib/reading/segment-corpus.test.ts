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

  it("puts each line of a cell on a line of its own, a list of names on one, without list markers", () => {
    expect(row("Advertising partners")).toBe(
      "Advertising partners — User Data; Usage Data — So Spotify and our advertising partners can deliver more relevant advertising to you on the Spotify Service and online, and help measure the effectiveness of ads.\nWe do not disclose personal data to advertising partners for users under the age of 18.",
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

describe("a policy whose body is a numbered list of sections (LinkedIn)", () => {
  const read = clauses("linkedin-sections-excerpt.md");

  it("reads each section's headings as headings and each paragraph as a clause", () => {
    const security = read.filter((c) => c.headingPath.includes("5.1. Security"));
    expect(security.map((c) => c.headingPath)).toEqual([
      ["5. Other Important Information", "5.1. Security"],
      ["5. Other Important Information", "5.1. Security"],
    ]);
    expect(security[0]?.text).toBe(
      "We monitor for and try to prevent security breaches. Please use the security features available through our Services.",
    );
    expect(read.find((c) => c.text.startsWith("To create an account"))?.headingPath).toEqual([
      "1. Data We Collect",
      "1.1 Data You Provide To Us",
      "Registration",
    ]);
  });

  it("keeps a section's headings within it, not over the sections after it", () => {
    expect(read.find((c) => c.text.startsWith("We are a social network"))?.headingPath).toEqual([
      "Introduction",
    ]);
    expect(read.every((c) => c.text.length < 1200)).toBe(true);
    expect(read.some((c) => c.text.includes("Other Important Information"))).toBe(false);
  });
});

describe("sub-sections nested as list items (OpenSea)", () => {
  const read = clauses("opensea-nested-sections-excerpt.md");

  it("makes each nested item a clause, not one clause of the whole section", () => {
    expect(read.map((c) => c.text.slice(0, 24))).toEqual([
      "Privacy Policy",
      "Ozone Networks, Inc. d/b",
      "Types of Information We ",
      "Information You Provide ",
      "Account Information. Whe",
      "Verification Information",
      "Preferences. Our Service",
      "Feedback. If you provide",
      "Other Information. We al",
      "Additionally, like much ",
    ]);
  });
});

describe("a list item that is one statement", () => {
  it("stays one clause with its lead-in and its items", () => {
    const md =
      "# P\n\n## Use\n\n1. We use data to:\n   - send you mail\n   - bill you\n2. We never sell data.\n";
    expect(readPolicy(md, "markdown").clauses.map((c) => c.text)).toEqual([
      "We use data to:\nsend you mail\nbill you",
      "We never sell data.",
    ]);
  });

  it("gives a section item's title line as its heading, under the heading above the list", () => {
    const md =
      "# P\n\n## Regions\n\n- Brazil\n\n  First paragraph.\n\n  Second paragraph.\n\n- Canada\n\n  Third paragraph.\n\n  Fourth paragraph.\n\nAfter the list.\n";
    expect(readPolicy(md, "markdown").clauses).toEqual([
      { text: "First paragraph.", headingPath: ["Regions", "Brazil"] },
      { text: "Second paragraph.", headingPath: ["Regions", "Brazil"] },
      { text: "Third paragraph.", headingPath: ["Regions", "Canada"] },
      { text: "Fourth paragraph.", headingPath: ["Regions", "Canada"] },
      { text: "After the list.", headingPath: ["Regions"] },
    ]);
  });
});

describe("tables read from HTML", () => {
  it("separates a cell's list items and paragraphs", () => {
    const html =
      "<html><body><h1>P</h1><h2>Information we may disclose</h2><table><tr><th>Recipients</th><th>Data</th><th>Why</th></tr><tr><td>Advertising partners</td><td><ul><li>User Data</li><li>Usage Data</li></ul></td><td><p>So we can advertise.</p><p>Not for minors.</p></td></tr><tr><td>Other</td><td>A<br>B</td><td>x</td></tr></table></body></html>";
    expect(readPolicy(html, "html").clauses.map((c) => c.text)).toEqual([
      "Advertising partners — User Data; Usage Data — So we can advertise.\nNot for minors.",
      "Other — A; B — x",
    ]);
  });
});

describe("a table indented in a list item (WeTransfer)", () => {
  const read = clauses("wetransfer-indented-table-excerpt.md");

  it("reads the table's rows as clauses, not as text full of pipes", () => {
    expect(read.some((c) => c.text.includes("|"))).toBe(false);
    // The list item holding it is a section, so each row is a clause under the section's title.
    const row = read.find((c) => c.text.startsWith("User Content — "));
    expect(row?.headingPath).toEqual(["What information do we collect", "Information you provide"]);
  });
});
