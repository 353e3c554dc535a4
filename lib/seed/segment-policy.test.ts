import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import {
  normalizeWhitespace,
  originalUrlFromArchive,
  segmentPolicy,
  slugify,
} from "./segment-policy";

const HEADER =
  "> *The following text is extracted and transformed from the example.com privacy policy that was archived on 2012-12-23. " +
  "Please check the [original snapshot on the Wayback Machine](https://web.archive.org/web/20121223053815id_/http%3A//www.example.com/privacy.html) for the most accurate reproduction.*";

const doc = (...blocks: string[]) =>
  [HEADER, "# Example Privacy Policy", ...blocks].join("\n\n") + "\n";

const texts = (md: string) => segmentPolicy(md).clauses.map((c) => c.text);
const clauseWith = (md: string, text: string) => {
  const found = segmentPolicy(md).clauses.find((c) => c.text === text);
  if (!found) throw new Error(`no clause with text ${JSON.stringify(text)}`);
  return found;
};

describe("segmentPolicy: archival header and title", () => {
  it("reads the archive date, snapshot link, original URL and host from the opening note", () => {
    const seg = segmentPolicy(doc("We collect your name."));
    expect(seg.archivedOn).toBe("2012-12-23");
    expect(seg.archiveUrl).toBe(
      "https://web.archive.org/web/20121223053815id_/http%3A//www.example.com/privacy.html",
    );
    expect(seg.sourceUrl).toBe("http://www.example.com/privacy.html");
    expect(seg.sourceHost).toBe("example.com");
  });

  it("credits a promoted company's text to Open Terms Archive, with the page it recorded", () => {
    // The note scripts/corpus-export.ts writes: the record on GitHub, not a Wayback snapshot.
    const note =
      "> *The following text is extracted and transformed from the proton.me privacy policy that was archived on 2026-06-27. " +
      "Please check the [version recorded by Open Terms Archive](https://github.com/OpenTermsArchive/contrib-versions/tree/d6fb386) for the most accurate reproduction. " +
      "Data by Open Terms Archive contributors (https://opentermsarchive.org), ODC-BY 1.0. The page recorded: https://proton.me/legal/privacy.*";
    const seg = segmentPolicy(`${note}\n\n# Proton Privacy Policy\n\nWe collect little.\n`);
    expect(seg.recordedBy).toBe("Open Terms Archive");
    expect(seg.sourceUrl).toBe("https://proton.me/legal/privacy");
    expect(seg.archiveUrl).toBe(
      "https://github.com/OpenTermsArchive/contrib-versions/tree/d6fb386",
    );
    expect(seg.archivedOn).toBe("2026-06-27");
    expect(segmentPolicy(doc("We collect your name.")).recordedBy).toBeNull();
  });

  it("takes the first top-level heading as the title and does not make it a clause", () => {
    const seg = segmentPolicy(doc("We collect your name."));
    expect(seg.title).toBe("Example Privacy Policy");
    expect(seg.clauses.map((c) => c.text)).toEqual(["We collect your name."]);
  });

  it("does not turn the archival note into a clause", () => {
    expect(
      texts(doc("We collect your name.")).some((t) => t.includes("extracted and transformed")),
    ).toBe(false);
  });

  it("leaves the header fields null when the archival note is missing", () => {
    const seg = segmentPolicy("# Example Privacy Policy\n\nWe collect your name.\n");
    expect(seg).toMatchObject({
      archivedOn: null,
      archiveUrl: null,
      sourceUrl: null,
      sourceHost: null,
      title: "Example Privacy Policy",
    });
  });

  it("treats a quote that is not the archival note as an ordinary clause", () => {
    const seg = segmentPolicy("> Just a quote about privacy.\n\n# Title\n\nBody text here.\n");
    expect(seg.archivedOn).toBeNull();
    expect(seg.clauses.map((c) => c.text)).toEqual([
      "Just a quote about privacy.",
      "Body text here.",
    ]);
  });

  it("does not read an archival note that appears after the policy has begun", () => {
    const seg = segmentPolicy(["# Title", "Body text here.", HEADER].join("\n\n"));
    expect(seg.archivedOn).toBeNull();
    expect(seg.clauses).toHaveLength(2);
  });

  it("reads every seed policy's header and title", () => {
    const dir = path.resolve(import.meta.dirname, "..", "..", "seeds", "policies");
    const expected: Record<string, string> = {
      "code42.md": "2012-12-23",
      "centercode.md": "2014-06-19",
      "dotcloud.md": "2012-10-28",
      "mozy.md": "2016-11-27",
      "ibackup.md": "2017-02-05",
    };
    for (const [file, archivedOn] of Object.entries(expected)) {
      const seg = segmentPolicy(readFileSync(path.join(dir, file), "utf8"));
      expect(seg.archivedOn, file).toBe(archivedOn);
      expect(seg.archiveUrl, file).toMatch(/^https:\/\/web\.archive\.org\/web\//);
      expect(seg.title, file).not.toBe("");
      expect(seg.clauses.length, file).toBeGreaterThanOrEqual(10);
    }
  });
});

describe("segmentPolicy: heading paths", () => {
  const md = doc(
    "Opening words of the policy.",
    "## Collection",
    "We collect your name.",
    "### Cookies",
    "We set cookies.",
    "## Sharing",
    "We share nothing.",
  );

  it("labels text before any section heading with an empty heading path", () => {
    expect(clauseWith(md, "Opening words of the policy.").headingPath).toEqual([]);
  });

  it("nests a sub-heading under the heading above it", () => {
    expect(clauseWith(md, "We collect your name.").headingPath).toEqual(["Collection"]);
    expect(clauseWith(md, "We set cookies.").headingPath).toEqual(["Collection", "Cookies"]);
  });

  it("closes deeper headings when a heading of the same or higher level starts", () => {
    expect(clauseWith(md, "We share nothing.").headingPath).toEqual(["Sharing"]);
  });

  it("treats a bold-only paragraph as a section title one level below the current heading", () => {
    const m = doc(
      "## How We Use Information",
      "**Personal Data**",
      "We will not sell your data.",
      "**Cookies and Passive Data Collection**",
      "We use cookies.",
    );
    expect(clauseWith(m, "We will not sell your data.").headingPath).toEqual([
      "How We Use Information",
      "Personal Data",
    ]);
    // A second bold title replaces the first instead of nesting under it.
    expect(clauseWith(m, "We use cookies.").headingPath).toEqual([
      "How We Use Information",
      "Cookies and Passive Data Collection",
    ]);
    expect(texts(m)).not.toContain("Personal Data");
  });

  it("keeps a numbered bold title under the one whose number opens its own", () => {
    const m = doc(
      "## Your Rights",
      "**2.5. Information for Residents of European Countries**",
      "**2.5.1 Legal Basis**",
      "We rely on consent.",
      "**2.5.2. What Are Your Rights?**",
      "You may complain to a supervisory authority.",
      "**2.6 Other Users**",
      "Write to us.",
      "**12.5.1 Elsewhere**",
      "Not within 2.6.",
    );
    expect(clauseWith(m, "We rely on consent.").headingPath).toEqual([
      "Your Rights",
      "2.5. Information for Residents of European Countries",
      "2.5.1 Legal Basis",
    ]);
    expect(clauseWith(m, "You may complain to a supervisory authority.").headingPath).toEqual([
      "Your Rights",
      "2.5. Information for Residents of European Countries",
      "2.5.2. What Are Your Rights?",
    ]);
    // A sibling's number, or one that only ends like it, is no continuation.
    expect(clauseWith(m, "Write to us.").headingPath).toEqual(["Your Rights", "2.6 Other Users"]);
    expect(clauseWith(m, "Not within 2.6.").headingPath).toEqual([
      "Your Rights",
      "12.5.1 Elsewhere",
    ]);
  });

  it("drops a bold pseudo-heading when the next real heading starts", () => {
    const m = doc("## First", "**Bold Part**", "Inside bold part.", "## Second", "Inside second.");
    expect(clauseWith(m, "Inside second.").headingPath).toEqual(["Second"]);
  });

  it("treats an emphasis-only paragraph as a section title too", () => {
    const m = doc("*Children*", "We do not collect data from children.");
    expect(clauseWith(m, "We do not collect data from children.").headingPath).toEqual([
      "Children",
    ]);
  });

  it("keeps a bold paragraph that ends in punctuation as a clause, not a heading", () => {
    const m = doc("## Section", "**Please read carefully:**", "Body.");
    expect(clauseWith(m, "Please read carefully:").headingPath).toEqual(["Section"]);
    expect(clauseWith(m, "Body.").headingPath).toEqual(["Section"]);
  });

  it("keeps a paragraph that merely starts in bold as a clause", () => {
    const m = doc("**Cookies** - We use cookies to remember you.");
    expect(texts(m)).toEqual(["Cookies - We use cookies to remember you."]);
  });

  it('treats escaped numbered lines ("3\\. Use of Information Collected") as section titles', () => {
    const m = doc(
      "1\\. Website Covered",
      "This policy covers example.com.",
      "3\\. Use of Information Collected",
      "We use data to bill you.",
    );
    expect(clauseWith(m, "This policy covers example.com.").headingPath).toEqual([
      "1. Website Covered",
    ]);
    expect(clauseWith(m, "We use data to bill you.").headingPath).toEqual([
      "3. Use of Information Collected",
    ]);
    expect(texts(m)).not.toContain("3. Use of Information Collected");
  });

  it("keeps a numbered sentence ending in a full stop as a clause", () => {
    const m = doc("2\\. Information Collected", "3\\. We collect data.");
    expect(clauseWith(m, "3. We collect data.").headingPath).toEqual(["2. Information Collected"]);
  });

  it("does not treat a long bold paragraph (over 90 characters) as a heading", () => {
    const long = "A".repeat(60) + " " + "B".repeat(40);
    expect(texts(doc(`**${long}**`, "Body."))).toEqual([long, "Body."]);
  });

  it("treats an effective-date heading as metadata, not a section", () => {
    const m = doc(
      "## Statement",
      "### Intro",
      "Intro text.",
      "## Effective: 1/17/2011",
      "After the date.",
    );
    expect(clauseWith(m, "After the date.").headingPath).toEqual([]);
    expect(texts(m).some((t) => t.includes("Effective"))).toBe(false);
  });

  it("labels the dotCloud policy's numbered sections by their numbered titles", () => {
    const md2 = readFileSync(
      path.resolve(import.meta.dirname, "..", "..", "seeds", "policies", "dotcloud.md"),
      "utf8",
    );
    const seg = segmentPolicy(md2);
    const paths = new Set(seg.clauses.map((c) => c.headingPath.join(" > ")));
    expect(paths).toContain("1. Website Covered");
    expect(paths).toContain("3. Use of Information Collected");
  });
});

describe("segmentPolicy: clause text", () => {
  it("makes each paragraph and each list item its own clause, numbered from 1 in document order", () => {
    const seg = segmentPolicy(
      doc("First paragraph.", "- item one\n- item two\n- item three", "Last paragraph."),
    );
    expect(seg.clauses.map((c) => c.text)).toEqual([
      "First paragraph.",
      "item one",
      "item two",
      "item three",
      "Last paragraph.",
    ]);
    expect(seg.clauses.map((c) => c.position)).toEqual([1, 2, 3, 4, 5]);
  });

  it("puts each item of a list nested in a list item on a line of its own, never run together", () => {
    // Spotify's "Personal data we collect" item read "on any devicethe personalization …".
    expect(
      texts(
        doc(
          "- Usage data, including:\n  - your use of Spotify on any device\n  - the personalization we infer",
        ),
      ),
    ).toEqual([
      "Usage data, including:\nyour use of Spotify on any device\nthe personalization we infer",
    ]);
  });

  it("keeps a hard line break (two trailing spaces) as a newline", () => {
    expect(texts(doc("Your rights:  \nWe will not view your files."))).toEqual([
      "Your rights:\nWe will not view your files.",
    ]);
  });

  it("makes a clause of each line of a hard-broken paragraph whose lines are paragraphs of several sentences", () => {
    expect(
      texts(doc("We keep logs. We delete them yearly.  \nWe sell no data. We rent none.")),
    ).toEqual(["We keep logs. We delete them yearly.", "We sell no data. We rent none."]);
    // Lines of one sentence each are one statement's parts (Mozy's "We will not …" lines).
    expect(texts(doc("We will not sell your data.  \nWe will not view your files."))).toEqual([
      "We will not sell your data.\nWe will not view your files.",
    ]);
  });

  it("keeps a backslash hard line break as a newline", () => {
    expect(texts(doc("Line one.\\\nLine two."))).toEqual(["Line one.\nLine two."]);
  });

  it("joins a soft line break with a single space", () => {
    expect(texts(doc("We collect\nyour name."))).toEqual(["We collect your name."]);
  });

  it("collapses runs of spaces and non-breaking spaces", () => {
    expect(texts(doc("We  collect\u00a0\u00a0your   name. "))).toEqual(["We collect your name."]);
  });

  it("drops markup and link targets but keeps link text", () => {
    expect(
      texts(doc("Email [privacy@example.com](mailto:privacy@example.com) or **call** _us_.")),
    ).toEqual(["Email privacy@example.com or call us."]);
  });

  it("drops stray bold markers that CommonMark leaves as text", () => {
    expect(texts(doc("Contact by **E-Mail  ** at any time."))).toEqual([
      "Contact by E-Mail at any time.",
    ]);
  });

  it("produces no clause for an image-only or empty-link paragraph", () => {
    expect(
      texts(
        doc(
          '[](https://example.com/seal "Seal")',
          "![seal](https://example.com/seal.png)",
          "Real text.",
        ),
      ),
    ).toEqual(["Real text."]);
  });

  it("strips tags from an HTML block", () => {
    expect(texts(doc("<div>Some <b>bold</b> words</div>"))).toEqual(["Some bold words"]);
  });
});

describe("segmentPolicy: anchors", () => {
  const md = doc(
    "Opening words.",
    "## Data Retention & Deletion",
    "We keep data for 30 days.",
    "We delete backups after 90 days.",
  );

  it("derives the anchor from the section title and a digest of the text", () => {
    const c = clauseWith(md, "We keep data for 30 days.");
    expect(c.anchor).toMatch(/^data-retention-deletion-[0-9a-f]{6}$/);
    expect(clauseWith(md, "Opening words.").anchor).toMatch(/^preamble-[0-9a-f]{6}$/);
  });

  it("gives the same anchors when the same text is segmented again", () => {
    expect(segmentPolicy(md).clauses).toEqual(segmentPolicy(md).clauses);
  });

  it("keeps a clause's anchor when another clause is inserted before it", () => {
    const before = clauseWith(md, "We delete backups after 90 days.");
    const edited = doc(
      "Opening words.",
      "## Data Retention & Deletion",
      "A brand new clause.",
      "We keep data for 30 days.",
      "We delete backups after 90 days.",
    );
    const after = clauseWith(edited, "We delete backups after 90 days.");
    expect(after.anchor).toBe(before.anchor);
    expect(after.position).toBe(before.position + 1);
  });

  it("changes a clause's anchor when its text changes", () => {
    const edited = md.replace("30 days", "31 days");
    expect(clauseWith(edited, "We keep data for 31 days.").anchor).not.toBe(
      clauseWith(md, "We keep data for 30 days.").anchor,
    );
  });

  it("keeps anchors unique when the same text appears twice in one section", () => {
    const seg = segmentPolicy(doc("## Section", "Same text.", "Same text.", "Same text."));
    const anchors = seg.clauses.map((c) => c.anchor);
    expect(new Set(anchors).size).toBe(3);
    expect(anchors[1]).toBe(`${anchors[0]}-2`);
    expect(anchors[2]).toBe(`${anchors[0]}-3`);
  });

  it("gives every clause of every seed policy a unique, URL-safe anchor, identical across runs", () => {
    const dir = path.resolve(import.meta.dirname, "..", "..", "seeds", "policies");
    for (const file of ["code42.md", "centercode.md", "dotcloud.md", "mozy.md", "ibackup.md"]) {
      const markdown = readFileSync(path.join(dir, file), "utf8");
      const first = segmentPolicy(markdown).clauses.map((c) => c.anchor);
      const second = segmentPolicy(markdown).clauses.map((c) => c.anchor);
      expect(second, file).toEqual(first);
      expect(new Set(first).size, file).toBe(first.length);
      for (const a of first) expect(a, file).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    }
  });
});

describe("helpers", () => {
  it("slugify lower-cases, strips accents and punctuation, and caps the length at 48", () => {
    expect(slugify("Données & Sécurité!")).toBe("donnees-securite");
    expect(slugify("  3. Use of Information  ")).toBe("3-use-of-information");
    const long = slugify("word ".repeat(30));
    expect(long.length).toBeLessThanOrEqual(48);
    expect(long).not.toMatch(/-$/);
  });

  it("normalizeWhitespace keeps line breaks but drops blank lines", () => {
    expect(normalizeWhitespace("  a \t b \n\n  c  ")).toBe("a b\nc");
  });

  it("normalizeWhitespace makes every run of spaces one space, on every mix of spaces and breaks", () => {
    const everyRun = (text: string) =>
      text
        .split("\n")
        .map((line) => line.replace(/\s+/g, " ").trim())
        .filter(Boolean)
        .join("\n");
    const alphabet = ["a", "b", " ", "\n", "\t", "\u00a0", "\r", "\u2028", "\u3000"];
    // Every string of up to five of them, then longer ones drawn by a seeded generator.
    const strings = [""];
    let level = [""];
    for (let n = 1; n <= 5; n++) {
      level = level.flatMap((x) => alphabet.map((c) => x + c));
      strings.push(...level);
    }
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 2000; i++)
      strings.push(
        Array.from({ length: 6 + (next() % 40) }, () => alphabet[next() % alphabet.length]).join(
          "",
        ),
      );
    for (const text of strings)
      expect(normalizeWhitespace(text), JSON.stringify(text)).toBe(everyRun(text));
  });

  it("originalUrlFromArchive decodes the original address from a Wayback link", () => {
    expect(
      originalUrlFromArchive(
        "https://web.archive.org/web/20140619003343id_/http%3A//www.centercode.com/privacy",
      ),
    ).toBe("http://www.centercode.com/privacy");
    expect(
      originalUrlFromArchive("https://web.archive.org/web/20140619003343/https://x.com/p"),
    ).toBe("https://x.com/p");
    expect(originalUrlFromArchive("https://example.com/not-an-archive")).toBeNull();
    expect(originalUrlFromArchive("https://web.archive.org/web/2014id_/http%E0%A4%A")).toBeNull();
  });
});
