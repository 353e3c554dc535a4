import { describe, expect, it } from "vitest";
import { RATINGS } from "./ratings";
import {
  CORE_RUBRIC,
  countSentences,
  RATING_MEANINGS,
  rubricCoverageProblems,
  SUMMARY_MAX_SENTENCES,
} from "./rubric";

describe("countSentences", () => {
  it.each([
    ["Says it keeps data forever.", 1],
    ["Complaints go to Mozy first. Only European consumers can turn to the BBB.", 2],
    ["Uses cookies. Google shows ads. You can opt out.", 3],
    ["Names some providers (e.g. Zendesk, PayPal) and no others.", 1],
    ["Says it is subject to the U.S. FTC.", 1],
    ["Complies with the U.S.-EU and U.S.-Swiss Safe Harbor frameworks. Data stays in the US.", 2],
    ['It will not sell data "other than as disclosed". The policy discloses no sale.', 2],
    ['Deletion requests are "handled within 30 days." Friends\' details are not stored.', 2],
    ["Is the data sold? The policy does not say!", 2],
    ["Lists files, folders, sizes etc. and nothing more.", 1],
    ["Silent on use of data. </textarea> stays text.", 1],
    ["Ends without a stop", 1],
    ["", 0],
  ])("%j has %i sentence(s)", (text, n) => {
    expect(countSentences(text)).toBe(n);
  });
});

describe("the rubric", () => {
  it("explains every rating", () => {
    for (const r of RATINGS) expect(RATING_MEANINGS[r].length).toBeGreaterThan(10);
  });

  it("gives each core practice a meaning for protective, neutral and concerning", () => {
    expect(Object.keys(CORE_RUBRIC).sort()).toEqual(
      ["cookies", "disputes", "retention", "third-parties"].sort(),
    );
    for (const [slug, rubric] of Object.entries(CORE_RUBRIC))
      for (const r of ["protective", "neutral", "concerning"] as const)
        expect(rubric.ratings[r], `${slug}.${r}`).toBeTruthy();
  });

  it("states the two sharpened lines with the wording that decides them", () => {
    const disputes = CORE_RUBRIC.disputes!.rules.map((r) => r.text).join(" ");
    expect(disputes).toMatch(/open only to some users|confine an outside body to some users/);
    expect(disputes).toContain("If you are a European consumer");
    // Silence on arbitration in a privacy policy is not its absence from the terms.
    expect(disputes).toContain("terms of service, which the atlas does not read");
    const cookies = CORE_RUBRIC.cookies!.rules.map((r) => r.text).join(" ");
    expect(cookies).toContain("persistent cookies to save your registration ID and login password");
    expect(cookies).toContain("encrypted authorization token");
  });

  it("keeps summaries within its own sentence limit", () => {
    expect(SUMMARY_MAX_SENTENCES).toBe(2);
  });
});

describe("rubricCoverageProblems", () => {
  const core = (slug: string) => ({ slug, core: true });
  const other = (slug: string) => ({ slug, core: false });

  it("finds nothing when the core practices are exactly the guided ones", () => {
    expect(
      rubricCoverageProblems([
        core("cookies"),
        core("retention"),
        core("disputes"),
        core("third-parties"),
        other("children"),
      ]),
    ).toEqual([]);
  });

  it("names a core practice without guidance and guidance without a core practice", () => {
    expect(
      rubricCoverageProblems([
        core("cookies"),
        core("retention"),
        core("disputes"),
        other("third-parties"),
        core("children"),
      ]),
    ).toEqual([
      '"children" is a core practice but the rubric (lib/rubric.ts) has no guidance for it',
      'the rubric (lib/rubric.ts) guides "third-parties", which is not a core practice here',
    ]);
  });
});
