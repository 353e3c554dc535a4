import { describe, expect, it } from "vitest";
import { buildCompanyHistory, type ClauseStore, type KnownClause } from "./build-company-history";

function memoryStore(): ClauseStore & { texts: Map<string, string> } {
  const known = new Map<string, KnownClause>();
  const texts = new Map<string, string>();
  let next = 1;
  return {
    texts,
    get: (h) => known.get(h),
    add: async (clauses) => {
      const added = new Map<string, KnownClause>();
      for (const c of clauses) {
        const k = { id: next++, practices: c.practices };
        known.set(c.hash, k);
        texts.set(c.hash, c.text);
        added.set(c.hash, k);
      }
      return added;
    },
  };
}

const base = [
  "# Privacy policy",
  "",
  "We collect your name and email address when you sign up.",
  "",
  "Contact us at privacy@example.com.",
  "",
].join("\n");
const v = (
  recordedAt: string,
  kind: "first" | "change" | "technical",
  text: string,
  sha: string,
) => ({
  recordedAt,
  kind,
  sha256: sha,
  text,
});

describe("buildCompanyHistory", () => {
  it("counts added, removed and modified clauses against the previous version, and the practices they touch", async () => {
    const store = memoryStore();
    const built = await buildCompanyHistory(
      [
        v("2020-01-01T00:00:00Z", "first", base, "a"),
        v(
          "2021-01-01T00:00:00Z",
          "change",
          `${base}\nWe keep your personal data for 30 days after you close your account, then delete it.\n`,
          "b",
        ),
        v(
          "2022-01-01T00:00:00Z",
          "change",
          `${base.replace("name and email address", "name, email address and phone number")}\nWe keep your personal data for 30 days after you close your account, then delete it.\n`,
          "c",
        ),
      ],
      store,
    );
    expect(built.map((b) => [b.added, b.removed, b.modified])).toEqual([
      [0, 0, 0],
      [1, 0, 0],
      [0, 0, 1],
    ]);
    expect(built[1]!.changedPractices).toContain("retention");
    expect(built[2]!.changedPractices).toContain("collection");
    // The unchanged clauses are the same stored texts in every version.
    expect(built[2]!.clauseIds).toContain(built[0]!.clauseIds[1]);
    expect(store.texts.size).toBe(4);
  });

  it("rates each version and records the ratings that moved", async () => {
    const built = await buildCompanyHistory(
      [
        v("2020-01-01T00:00:00Z", "first", base, "a"),
        v(
          "2021-01-01T00:00:00Z",
          "change",
          `${base}\nWe keep your personal data for 30 days after you close your account, then delete it.\n`,
          "b",
        ),
        v(
          "2021-06-01T00:00:00Z",
          "technical",
          `${base}\nWe keep your personal data for 30 days after you close your account, then delete it.\n\n`,
          "d",
        ),
      ],
      memoryStore(),
    );
    expect(built[0]!.ratings?.retention).toBe("not-addressed");
    expect(built[1]!.ratingChanges).toContainEqual(
      expect.objectContaining({ practice: "retention", before: "not-addressed" }),
    );
    expect(built[2]!.ratingChanges).toEqual([]);
    expect(built[2]!.ratings).toBe(built[1]!.ratings);
  });

  it("keeps a curated company's own tags instead of classifying", async () => {
    const built = await buildCompanyHistory(
      [v("2012-01-09T00:00:00Z", "first", "", "x")],
      memoryStore(),
      [{ text: "We use cookies.", heading: "Cookies", practices: ["cookies"] }],
    );
    expect(built).toHaveLength(1);
    expect(built[0]!.ratings).toBeNull();
    expect(built[0]!.clauseIds).toHaveLength(1);
  });

  it("names the version a page returns to within 30 days, and not a text that comes back months later", async () => {
    const b = `${base}\nWe share your email address with our payment processor.\n`;
    const c = `${base}\nWe sell your email address to advertisers.\n`;
    const built = await buildCompanyHistory(
      [
        v("2019-01-01T00:00:00Z", "first", base, "a"),
        v("2023-03-01T00:00:00Z", "change", b, "b"), // new text: a change
        v("2023-03-02T00:00:00Z", "change", base, "a"), // back to the first text a day later
        v("2023-03-03T00:00:00Z", "change", b, "b"), // and to the second again
        v("2023-03-03T12:00:00Z", "change", `${b}\n`, "b2"), // same clauses, layout only
        v("2023-09-01T00:00:00Z", "change", c, "c"), // new text
        v("2024-06-01T00:00:00Z", "change", b, "b"), // b last in force in Sept 2023: a change
        v("2024-06-05T00:00:00Z", "technical", c, "c"), // a re-extraction is never a return
      ],
      memoryStore(),
    );
    expect(built.map((x) => x.returnsToSeq)).toEqual([null, null, 1, 2, null, null, null, null]);
  });
});
