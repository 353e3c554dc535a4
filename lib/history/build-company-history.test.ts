import { describe, expect, it } from "vitest";
import { readMachinePolicy } from "../corpus/machine-reading";
import { analyzePolicy } from "../reading/analyze-policy";
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

/** A policy that speaks to most practices, in a dozen sentences. */
const fullPolicy = [
  "# Privacy policy",
  "",
  "We collect your name, email address and payment details when you sign up.",
  "",
  "We use cookies and similar technologies to remember your preferences and to measure traffic.",
  "",
  "We keep your personal data for 30 days after you close your account, then delete it.",
  "",
  "We share your personal information with service providers who process it on our behalf.",
  "",
  "You may access, correct or delete your personal data at any time in your account settings.",
  "",
  "We protect your data with encryption in transit and at rest.",
  "",
  "Our services are not directed to children under 13.",
  "",
  "We will notify you by email before any material change to this policy takes effect.",
  "",
  "We may disclose information in response to a subpoena or court order.",
  "",
  "If we are acquired, your information may be transferred to the acquiring company.",
  "",
  "You can opt out of marketing emails through the unsubscribe link in each email.",
  "",
  "Disputes are resolved by binding individual arbitration; you waive any class action.",
  "",
].join("\n");

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

  it("does not count the company as its own named partner, and rates a version's text as analyzePolicy does", async () => {
    // The name is only in the title: the sharing clause is not one of the opening three.
    const paypal = [
      "# PayPal Privacy Statement",
      "",
      "This Privacy Statement explains how we collect, use and share your personal data when you visit our websites or use our services.",
      "",
      "We do not sell your personal data.",
      "",
      "We share personal data with service providers that process it on our behalf under contract, only as we instruct them.",
      "",
      "We may share your personal data with PayPal's affiliates and with Acme Corp, which helps us verify your identity.",
      "",
    ].join("\n");
    const built = await buildCompanyHistory(
      [v("2024-01-01T00:00:00Z", "first", paypal, "a")],
      memoryStore(),
    );
    // Counting PayPal as a named processor would make it "protective".
    expect(built[0]!.ratings?.["third-parties"]).toBe("neutral");
    const read = analyzePolicy(paypal, { format: "markdown" });
    expect(read.findings.find((f) => f.practice === "third-parties")?.rating).toBe(
      built[0]!.ratings?.["third-parties"],
    );
  });

  it("does not count a renamed company's earlier name as its partner in any version", async () => {
    const body = [
      "",
      "We believe you should always know what data we collect from you and how we use it.",
      "",
      "We do not sell your personal data.",
      "",
      "We share personal data with service providers that process it on our behalf under contract, only as we instruct them.",
      "",
    ];
    const built = await buildCompanyHistory(
      [
        v("2022-01-01T00:00:00Z", "first", ["# Twitter Privacy Policy", ...body].join("\n"), "a"),
        v(
          "2023-08-23T00:00:00Z",
          "change",
          [
            "# X Privacy Policy",
            ...body,
            "Your personal data may be shared with Twitter International Unlimited Company, which provides our services to people in Europe.",
            "",
          ].join("\n"),
          "b",
        ),
      ],
      memoryStore(),
    );
    // Read alone, the X policy names Twitter as a processor ("protective"); X is Twitter renamed.
    expect(built.map((b) => b.ratings?.["third-parties"])).toEqual(["neutral", "neutral"]);
    expect(built[1]!.ratingChanges).toEqual([]);
  });

  it("lets a name in one version's opening clauses exclude that name only from that version's partners", async () => {
    const rules = [
      "We do not sell your personal data.",
      "",
      "We share personal data with service providers that process it on our behalf under contract, only as we instruct them.",
      "",
    ];
    // A capture that opens with a line of the page around the policy (The Guardian's, 2026).
    const furniture = ["# Privacy policy", "", "Prefer the Guardian on Google", "", ...rules];
    const policy = [
      "# Privacy policy",
      "",
      "This privacy policy explains how we use your personal data.",
      "",
      ...rules,
      "Your data is stored on servers hosted by Google Cloud in the European Union.",
      "",
    ].join("\n");
    const built = await buildCompanyHistory(
      [
        v("2026-01-31T00:00:00Z", "first", furniture.join("\n"), "a"),
        v("2026-03-01T00:00:00Z", "change", policy, "b"),
      ],
      memoryStore(),
    );
    const read = analyzePolicy(policy, { format: "markdown" });
    expect(read.findings.find((f) => f.practice === "third-parties")?.rating).toBe("protective");
    expect(built[1]!.ratings?.["third-parties"]).toBe("protective");
  });

  describe("rates the latest version as the company page rates the same text", () => {
    /** The ratings the corpus seed stores for a company's latest policy. */
    const pageRatings = (text: string) =>
      Object.fromEntries(readMachinePolicy(text).findings.map((f) => [f.practice, f.rating]));
    const opening = [
      "# Palia Privacy Policy",
      "",
      "This privacy policy explains how we collect and use your personal data when you play our games.",
      "",
    ];
    const purpose = "We may also process your data for security and access control purposes.";
    const underPurposes = [
      ...opening,
      "## 2. For what purposes do we process your data?",
      "",
      purpose,
      "",
    ].join("\n");

    it("classifying each clause with its heading in front (Palia)", async () => {
      // Read bare, the clause is about security; under its heading, it is a purpose of use.
      const bare = [...opening, purpose, ""].join("\n");
      expect(pageRatings(bare).security).toBe("neutral");
      expect(pageRatings(underPurposes).security).toBe("not-addressed");
      const built = await buildCompanyHistory(
        [
          v("2024-01-01T00:00:00Z", "first", bare, "a"),
          v("2025-01-01T00:00:00Z", "change", underPurposes, "b"),
        ],
        memoryStore(),
      );
      expect(built[1]!.ratings).toEqual(pageRatings(underPurposes));
      expect(built[1]!.ratingChanges).toContainEqual({
        practice: "security",
        before: "neutral",
        after: "not-addressed",
      });
      // The heading came in over the same words: no clause changed.
      expect([built[1]!.added, built[1]!.removed, built[1]!.modified]).toEqual([0, 0, 0]);
    });

    it("tagging a text shared with another company by its own heading, not the other's", async () => {
      const store = memoryStore();
      const elsewhere = [...opening, "## Keeping your account safe", "", purpose, ""].join("\n");
      await buildCompanyHistory([v("2024-01-01T00:00:00Z", "first", elsewhere, "x")], store);
      const built = await buildCompanyHistory(
        [v("2025-01-01T00:00:00Z", "first", underPurposes, "b")],
        store,
      );
      expect(built[0]!.ratings).toEqual(pageRatings(underPurposes));
      expect(store.texts.size).toBe(3);
    });

    it("reading a table row of recipients with its headings (Spotify)", async () => {
      const policy = [
        ...opening,
        "## Disclosing your personal data",
        "",
        "### Information we may disclose",
        "",
        "| Categories of recipients | Categories of data | Reason for sharing |",
        "|---|---|---|",
        "| Advertising partners | User Data, Usage Data | So we and our advertising partners can deliver more relevant advertising to you and measure the effectiveness of ads. |",
        "",
      ].join("\n");
      const built = await buildCompanyHistory(
        [v("2025-01-01T00:00:00Z", "first", policy, "a")],
        memoryStore(),
      );
      expect(pageRatings(policy)["third-parties"]).toBe("concerning");
      expect(built[0]!.ratings).toEqual(pageRatings(policy));
    });

    it("leaving a practice not addressed when a stray fact is all it has", async () => {
      const policy = [
        "# Privacy Notice",
        "",
        "Our stores are named after the Do Not Track movement, and are owned by the same group.",
        "",
      ].join("\n");
      // Do Not Track is mentioned, with no clause about cookies to quote. ("DNT Holdings Ltd."
      // was such a case until a name that "DNT" opens stopped counting as the signal.)
      const cookies = analyzePolicy(policy, { format: "markdown" }).findings.find(
        (f) => f.practice === "cookies",
      );
      expect(cookies).toMatchObject({ rating: "neutral", evidence: [] });
      const built = await buildCompanyHistory(
        [v("2025-01-01T00:00:00Z", "first", policy, "a")],
        memoryStore(),
      );
      expect(built[0]!.ratings?.cookies).toBe("not-addressed");
      expect(built[0]!.ratings).toEqual(pageRatings(policy));
    });
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

  it("counts a return the page kept from the text it last kept, practices and ratings included (Telegram, May 2024)", async () => {
    const kept = `${base}\nWe keep your personal data for 30 days after you close your account, then delete it.\n`;
    const brief = `${base}\nWe sell your email address to advertisers.\n`;
    const built = await buildCompanyHistory(
      [
        v("2024-01-01T00:00:00Z", "first", base, "a"),
        v("2024-05-06T00:00:00Z", "change", kept, "b"), // the new text…
        v("2024-05-09T00:00:00Z", "change", brief, "c"), // …another for a few hours…
        v("2024-05-09T06:00:00Z", "change", kept, "b"), // …then the new text again, kept
      ],
      memoryStore(),
    );
    expect(built.map((x) => x.backAndForth)).toEqual([false, true, true, false]);
    expect(built.map((x) => x.comparedToSeq)).toEqual([null, 1, 2, 1]);
    const [, first, short, back] = built;
    // Listed: what changed since January, the retention clause added, as May 6 says too.
    expect(back).toMatchObject({ added: 1, removed: 0, modified: 0, returnsToSeq: 2 });
    expect(back!.changedPractices).toEqual(first!.changedPractices);
    expect(back!.changedPractices).toContain("retention");
    expect(back!.ratingChanges).toEqual(first!.ratingChanges);
    expect(back!.ratingChanges.map((c) => c.practice)).toContain("retention");
    // The hours-long text's row still says what differs from the row before it.
    expect(short).toMatchObject({ added: 1, removed: 1, modified: 0 });
  });

  it("keeps a translation out of the changes: the next English text is compared with the English one before it", async () => {
    const store = memoryStore();
    const retention =
      "We keep your personal data for 30 days after you close your account, then delete it.";
    const english = `${base}\n${retention}\n`;
    // TikTok's French policy of 2021-11-02, in part: no English function word at all.
    const french = [
      "# Politique de confidentialité",
      "",
      ...Array.from(
        { length: 30 },
        (_, i) =>
          `Nous utilisons des cookies et des technologies similaires pour la section ${i} afin de fournir la Plateforme.\n`,
      ),
    ].join("\n");
    const built = await buildCompanyHistory(
      [
        v("2021-10-01T00:00:00Z", "first", english, "en"),
        v("2021-11-02T00:00:00Z", "change", french, "fr"),
        v("2022-01-18T00:00:00Z", "change", english, "en"),
        v("2022-06-01T00:00:00Z", "change", base, "en2"),
      ],
      store,
    );
    expect(built.map((b) => b.otherLanguage)).toEqual([false, true, false, false]);
    // The translation keeps the English ratings: no practice falls to "no clause found" and back.
    expect(built[1]!.ratings).toEqual(built[0]!.ratings);
    expect(built[1]!.ratingChanges).toEqual([]);
    expect(built[2]!.ratingChanges).toEqual([]);
    // The English text again: compared with the English text before the translation, nothing changed.
    expect(built[2]!.comparedToSeq).toBe(1);
    expect(built[2]!.added + built[2]!.removed + built[2]!.modified).toBe(0);
    // A real change after it is counted from English to English.
    expect(built[3]!.comparedToSeq).toBe(3);
    expect(built[3]!.removed).toBe(1);
    expect(built[3]!.ratingChanges.map((c) => c.practice)).toContain("retention");
  });

  it("counts the first English text after a policy first recorded in another language from nothing", async () => {
    const french = Array(40)
      .fill("Politique de confidentialité et des données personnelles")
      .join(" ");
    const built = await buildCompanyHistory(
      [
        v("2022-11-01T00:00:00Z", "first", `# Politique\n\n${french}\n`, "fr"),
        v("2023-01-01T00:00:00Z", "change", base, "en"),
      ],
      memoryStore(),
    );
    expect(built[0]!.otherLanguage).toBe(true);
    expect(built[1]!.comparedToSeq).toBeNull();
  });

  it("keeps a failed capture (a cookie wall in place of the policy) out of the changes, and the policy's return is no change", async () => {
    // Instagram, May 2, 2026: the cookie wall recorded instead of the policy.
    const wall =
      "# Privacy Policy\n\nAccept cookies from Instagram on this browser?\n\nAccept All\n";
    const changed = `${fullPolicy}\nWe transfer data to the United States under standard contractual clauses.\n`;
    const built = await buildCompanyHistory(
      [
        v("2026-04-01T00:00:00Z", "first", fullPolicy, "p"),
        v("2026-05-02T00:00:00Z", "change", wall, "wall"),
        v("2026-05-03T00:00:00Z", "change", fullPolicy, "p"),
        v("2026-07-24T00:00:00Z", "change", changed, "p2"),
      ],
      memoryStore(),
    );
    expect(built.map((b) => b.captureFailed)).toEqual([false, true, false, false]);
    // The wall keeps the policy's ratings: no practice falls to "no clause found" and back.
    expect(built[1]!.ratings).toEqual(built[0]!.ratings);
    expect(built[1]!.ratingChanges).toEqual([]);
    // The policy again: compared with the text before the wall, nothing changed.
    expect(built[2]!.comparedToSeq).toBe(1);
    expect(built[2]!.added + built[2]!.removed + built[2]!.modified).toBe(0);
    // The change that stuck is counted from the policy, not from the wall.
    expect(built[3]!.comparedToSeq).toBe(3);
    expect(built[3]).toMatchObject({ added: 1, removed: 0, modified: 0 });
  });

  it("keeps a rewrite to a quarter of the words that still speaks to its practices: a change, not a failed capture", async () => {
    const filler = Array.from(
      { length: 60 },
      (_, i) => `Section ${i} explains in more words what the section before it already said.`,
    ).join("\n\n");
    const built = await buildCompanyHistory(
      [
        v("2026-01-01T00:00:00Z", "first", `${fullPolicy}\n${filler}\n`, "long"),
        v("2026-02-01T00:00:00Z", "change", fullPolicy, "short"),
        // A text as short that speaks to almost nothing would be one, had the page come back.
        v("2026-03-01T00:00:00Z", "change", base, "stub"),
      ],
      memoryStore(),
    );
    // The stub is the last version recorded: the page never came back, so it is what the page
    // now holds, a change (Swiss Post's hub of links since 2023), not a failed capture.
    expect(built.map((b) => b.captureFailed)).toEqual([false, false, false]);
    const back = await buildCompanyHistory(
      [
        v("2026-01-01T00:00:00Z", "first", `${fullPolicy}\n${filler}\n`, "long"),
        v("2026-02-01T00:00:00Z", "change", fullPolicy, "short"),
        v("2026-03-01T00:00:00Z", "change", base, "stub"),
        v("2026-03-02T00:00:00Z", "change", fullPolicy, "short"),
      ],
      memoryStore(),
    );
    expect(back.map((b) => b.captureFailed)).toEqual([false, false, true, false]);
    expect(built[1]!.removed).toBeGreaterThan(0);
    // A first recording has nothing to be short against.
    const first = await buildCompanyHistory(
      [v("2026-02-01T00:00:00Z", "first", base, "stub")],
      memoryStore(),
    );
    expect(first[0]!.captureFailed).toBe(false);
  });
});
