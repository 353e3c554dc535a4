import { describe, expect, it } from "vitest";
import { fastBlocks } from "./fast-markdown";
import { parseMarkdown, withoutPositions } from "./read-markdown";

const remark = (piece: string, gfm: boolean) =>
  withoutPositions(parseMarkdown(piece, gfm).children);

describe("fastBlocks", () => {
  it.each([
    // Plain text, as before.
    "We collect your name.\n\n",
    "  Indented by two, over\n      two lines with spaces at the end \nand a third.",
    "Numbers like 2019 and 3.5 percent, quotes “like this” and (brackets).\n\n\n",
    "Ünïcode words, l'été, 個人情報 and a no-break space\u00a0at the end\u00a0\n",
    // Emphasis, by CommonMark's delimiter rules.
    "Read the **terms** and *this* carefully.",
    "*a **b** c* and ***both*** and **a*b** and *a**b*",
    "a*b*c, a_b_c, snake_case_name and __strong__ _em_",
    "**E-Mail  ** is not bold, ** nor this**, and *(a)*b is",
    "**Bold at the start** of a line\nand _emphasis_ **across\nlines**.",
    "__a_b__ and *a*** and ***a* and ****a**** and _a__b_",
    "Prices in € *and* “**quoted**” words, (*brackets*) and **£5**.",
    // Links, autolinks, code, escapes, references, breaks.
    "See [our **terms**](https://example.com/terms?a=1&b=2) and [this](#anchor).",
    'A [titled link](http://example.com/ "Home") and an [empty one]().',
    "[a] (b), [a][b] and [a] are text; [a *b](c)* is a link and a star.",
    "Call <tel:+1-555-0100> or <irc:a_b>; a < b and 1<2.",
    "Use `code`, `` a ` b ``, ` padded ` and `  ` spans; `unclosed",
    "Runs: `a``b`, ``c`d``, ```e```, \\`not code` and `code\\`",
    "1\\. Use, \\[not a link\\], a\\b and end\\",
    "AT&amp;T, &copy; 2020, &#169; &#xA9;, a & b and &c without a semicolon",
    "one  \ntwo\\\nthree",
    "Exclamation! Then more.",
    // Headings.
    "## Section title\n\n",
    "#### **Bold heading**\n",
    "# \n",
    "### 8\\. Children’s Privacy",
    "Setext title\n============\n\n",
    "Setext *sub*title\nover two lines\n---\n",
    // Lists.
    "- A bullet\n  continued, and\nlazily continued.\n\n",
    "*   A starred item\n",
    "12. A numbered item\n\n",
    "1. one\n2. two\n3. [three](#three)\n",
    "*   Title\n    *   by someone\n    *   2 days ago\n    *   in Data Migration\n",
    "- a\n  - b\n    - c\n  - d\ne",
    "- a\n  * b\n  - c\n",
    "*   **Name**: your name  \n    and more",
  ])("builds the blocks remark builds: %j", (piece) => {
    for (const gfm of [false, true]) {
      const fast = fastBlocks(piece, gfm);
      expect(fast, `gfm: ${gfm}`).not.toBeNull();
      expect(fast!.nodes).toEqual(remark(piece, gfm));
    }
  });

  it("reads web addresses as text without GitHub's extensions, and gives them to remark with them", () => {
    const piece = "Visit www.example.com or https://example.com, or write to <a@example.com>.";
    expect(fastBlocks(piece, false)!.nodes).toEqual(remark(piece, false));
    expect(fastBlocks(piece, true)).toBeNull();
    const link = "A [link](https://example.com/a@b) is read with them too.";
    expect(fastBlocks(link, true)!.nodes).toEqual(remark(link, true));
    expect(fastBlocks("[https://example.com](https://example.com)", true)).toBeNull();
  });

  it("gives the marker of the list it reads, for joining lists cut apart", () => {
    expect(fastBlocks("* a\n", false)!.marker).toBe("*");
    expect(fastBlocks("3) a\n", false)!.marker).toBe(")");
    expect(fastBlocks("Text\n", false)!.marker).toBeNull();
  });

  it.each([
    ["an image", "See ![logo](x.png)."],
    ["HTML", "Some <b>bold</b> text."],
    ["HTML at a line start", "<div>\ntext"],
    ["nested brackets", "[a [b] c](d)"],
    ["a destination in angle brackets", "[a](<b c>)"],
    ["a title in single quotes", "[a](b 'c')"],
    ["an escape in a destination", "[a](b\\_c)"],
    ["an unknown named reference", "&unknown; entity"],
    ["a quote", "> quoted"],
    ["indented code", "    code"],
    ["a blank line within", "- a\n\n  b"],
    ["a table with GitHub's extensions", "| a | b |\n|---|---|", true],
    ["a link definition", "[x]: https://example.com"],
    ["a task list item with GitHub's extensions", "- [ ] task", true],
    ["a fence", "```\ncode\n```"],
    ["a thematic break", "* * *"],
    ["a closing sequence of #s", "## Title ##"],
    ["spaces after markup in a heading", "## **Bold** "],
    ["a numbered line in a paragraph", "Text\n2) two"],
    ["a bullet indented under a paragraph", "Text\n - two"],
    ["code across lines", "`a\nb`"],
    ["a tab", "\tindented"],
    ["an escaped backtick before another", "\\``code` here"],
    ["more * and _ runs than a real paragraph has", "a* ".repeat(1001)],
    ["strikethrough with GitHub's extensions", "~~old~~ new", true],
    ["a byte-order mark opening the piece", "\ufeffImportant notice\n\n"],
    ["nothing", "\n\n"],
  ])("leaves %s to remark", (_, piece, gfm = false) => {
    expect(fastBlocks(piece as string, gfm as boolean)).toBeNull();
  });
});
