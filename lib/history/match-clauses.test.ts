import { describe, expect, it } from "vitest";
import { matchClauses, wordingOf } from "./match-clauses";

const c = (id: number, text: string) => ({ id, text });

describe("matchClauses", () => {
  it("pairs an edited clause with its earlier form and leaves unchanged clauses out", () => {
    const before = [
      c(1, "We keep your data for 30 days."),
      c(2, "We use cookies."),
      c(3, "Contact us by email."),
    ];
    const after = [
      c(1, "We keep your data for 30 days."),
      c(4, "We use cookies and web beacons."),
      c(5, "We may sell your data to advertisers."),
    ];
    const changes = matchClauses(before, after);
    expect(changes.modified).toEqual([{ before: before[1], after: after[1] }]);
    expect(changes.added).toEqual([after[2]]);
    expect(changes.removed).toEqual([before[2]]);
  });

  it("counts the same words under a renamed heading (another stored clause) as unchanged, given whole versions or only the clauses not in both", () => {
    const before = [c(1, "We use cookies."), c(2, "Contact us by email.")];
    const after = [c(1, "We use cookies."), c(3, "Contact us by email."), c(4, "We sell data.")];
    const expected = { added: [after[2]], removed: [], modified: [], retyped: 0 };
    expect(matchClauses(before, after)).toEqual(expected);
    expect(matchClauses([before[1]!], [after[1]!, after[2]!])).toEqual(expected);
  });

  it("counts a line that became a heading, or a heading that became a line, as neither removed nor added", () => {
    // Discord's legal bases, list items on Feb 10, 2026 (with a zero-width joiner in front) and
    // the titles of their sections on Feb 20: the clauses below are stored anew under them.
    const h = (id: number, heading: string, text: string) => ({ id, heading, text });
    const before = [
      h(1, "How we use your information", "\u200dTo fulfill our contract with you"),
      h(2, "How we use your information", "To provide customer service. We use your information …"),
      h(3, "To comply with our legal obligations", "\u200dWith your consent"),
      h(
        4,
        "To comply with our legal obligations",
        "We may … use personal information with your consent.",
      ),
      h(5, "How we use your information", "We no longer say this."),
    ];
    const after = [
      h(6, "To fulfill our contract with you", before[1]!.text),
      h(7, "With your consent", before[3]!.text),
    ];
    expect(matchClauses(before, after)).toEqual({
      added: [],
      removed: [before[4]],
      modified: [],
      retyped: 0,
    });
    expect(matchClauses(after, before)).toEqual({
      added: [before[4]],
      removed: [],
      modified: [],
      retyped: 0,
    });
    // A heading of both versions, its clauses unchanged, is no reason to keep a line removed.
    const kept = [h(8, "How we use your information", "We use your information.")];
    expect(
      matchClauses([...kept, h(9, "Cookies", "How we use your information")], kept).removed,
    ).toHaveLength(1);
  });

  it("reads words with a zero-width joiner or a soft hyphen as the same words", () => {
    expect(wordingOf("\u200dWith your con\u00adsent\u200b")).toBe("With your consent");
    expect(matchClauses([c(1, "\u200dWith your consent")], [c(2, "With your consent")])).toEqual({
      added: [],
      removed: [],
      modified: [],
      retyped: 1,
    });
  });

  it("pairs each clause at most once, the most similar first", () => {
    const before = [c(1, "We keep logs for ninety days and then delete them.")];
    const after = [
      c(2, "We keep logs for thirty days and then delete them."),
      c(3, "We keep logs for ninety days and then delete them securely."),
    ];
    const changes = matchClauses(before, after);
    expect(changes.modified).toEqual([{ before: before[0], after: after[1] }]);
    expect(changes.added).toEqual([after[0]]);
  });

  it("reports nothing for identical versions and everything for disjoint ones", () => {
    const v = [c(1, "a b c"), c(2, "d e f")];
    expect(matchClauses(v, v)).toEqual({ added: [], removed: [], modified: [], retyped: 0 });
    expect(matchClauses([], v).added).toEqual(v);
    expect(matchClauses(v, []).removed).toEqual(v);
  });

  it("pairs every clause of a full rewrite of a thousand clauses", () => {
    const before = Array.from({ length: 1000 }, (_, i) =>
      c(i, `Clause ${i} says we keep data for ${i} days in region ${i % 7}.`),
    );
    const after = Array.from({ length: 1000 }, (_, i) =>
      c(5000 + i, `Clause ${i} says we keep data for ${i + 1} days in region ${i % 7}.`),
    );
    const changes = matchClauses(before, after);
    expect(changes.modified.length).toBeGreaterThan(900);
  });
  it("counts a clause whose words are unchanged in other typography as unchanged, and says how many", () => {
    // Facebook's regional pages: the same sentence with straight and curly apostrophes.
    const before = [
      c(1, "We don't sell your information - and we won't."),
      c(2, "Contact\u00a0us at privacy@example.com…"),
      c(3, "We keep logs."),
    ];
    const after = [
      c(4, "We don’t sell your information — and we won’t."),
      c(5, "Contact us at  privacy@example.com..."),
      c(6, "We keep logs for 30 days."),
    ];
    const changes = matchClauses(before, after);
    expect(changes.retyped).toBe(2);
    expect(changes.added).toEqual([]);
    expect(changes.removed).toEqual([]);
    expect(changes.modified).toEqual([{ before: before[2], after: after[2] }]);
  });

  it("still sees a change of words, of letter case or of a quote's meaning beside new typography", () => {
    const before = [c(1, "We don't sell your data."), c(2, "Privacy Shield")];
    const after = [c(3, "We don’t sell your personal data."), c(4, "privacy shield")];
    const changes = matchClauses(before, after);
    expect(changes.retyped).toBe(0);
    expect(changes.modified).toEqual([
      { before: before[0], after: after[0] },
      { before: before[1], after: after[1] },
    ]);
    expect(wordingOf("“Sale” – ‘share’")).toBe(`"Sale" - 'share'`);
  });
});
