import { describe, expect, it } from "vitest";
import { nameMatchScore, normaliseName, otherNameMatched, rankByName } from "./name-match";

const companies = [
  { slug: "xanga", name: "Xanga" },
  { slug: "fox-news", name: "Fox News" },
  { slug: "x", name: "X" },
  { slug: "xvideos", name: "XVideos" },
  { slug: "wetransfer", name: "WeTransfer" },
  { slug: "proton-mail", name: "Proton Mail" },
  { slug: "protonmail", name: "ProtonMail" },
  { slug: "protonvpn", name: "ProtonVPN" },
  { slug: "gmail", name: "Gmail" },
  { slug: "mozy", name: "Mozy" },
  { slug: "mozilla", name: "Mozilla" },
];

describe("name matching", () => {
  it("normalises accents, case and punctuation", () => {
    expect(normaliseName("  Café-Crème.com ")).toBe("cafe creme com");
  });

  it("puts the exact name first, then names that start with the term, then words, then anywhere", () => {
    expect(rankByName("x", companies).map((c) => c.slug)).toEqual([
      "x",
      "xanga",
      "xvideos",
      "fox-news",
    ]);
    expect(rankByName("mail", companies).map((c) => c.slug)).toEqual([
      "proton-mail",
      "gmail",
      "protonmail",
    ]);
  });

  it("ranks by match, not by alphabet: Mozy before Mozilla for 'mozy'", () => {
    expect(rankByName("moz", companies).map((c) => c.slug)).toEqual(["mozy", "mozilla"]);
    expect(rankByName("mozy", companies).map((c) => c.slug)).toEqual(["mozy"]);
  });

  it("ignores spaces and punctuation in both the term and the name", () => {
    expect(nameMatchScore("we transfer", { slug: "wetransfer", name: "WeTransfer" })).toBe(0);
    expect(nameMatchScore("proton-mail", { slug: "protonmail", name: "ProtonMail" })).toBe(0);
    // Equally good matches: the shorter name first.
    expect(rankByName("proton", companies).map((c) => c.slug)).toEqual([
      "protonvpn",
      "protonmail",
      "proton-mail",
    ]);
  });

  it("suggests an old recording after the newer one that replaced it, among equal matches", () => {
    const withSuccessor = companies.map((c) =>
      c.slug === "protonmail" ? { ...c, supersededBy: "proton-mail" } : c,
    );
    expect(rankByName("protonmail", withSuccessor).map((c) => c.slug)).toEqual([
      "proton-mail",
      "protonmail",
    ]);
    expect(rankByName("proton", withSuccessor).map((c) => c.slug)).toEqual([
      "protonvpn",
      "proton-mail",
      "protonmail",
    ]);
  });

  it("matches nothing for an empty or punctuation-only term", () => {
    expect(rankByName("", companies)).toEqual([]);
    expect(rankByName("!!", companies)).toEqual([]);
    expect(rankByName("zzz", companies)).toEqual([]);
  });
});

describe("other names", () => {
  const curated = [
    { slug: "code42", name: "Code 42", legalName: "Code 42 Software, Inc." },
    {
      slug: "ibackup",
      name: "IBackup",
      legalName: "Pro Softnet Corporation",
      otherNames: [{ name: "Pro Softnet Corporation", kind: "legal" as const }],
    },
    { slug: "mozy", name: "Mozy", legalName: "Mozy, Inc." },
    { slug: "crashplan-fan", name: "CrashPlan Fan", legalName: "CrashPlan Fan" },
  ];
  const withSite = curated.map((c) =>
    c.slug === "code42"
      ? { ...c, otherNames: [{ name: "crashplan.com", kind: "site" as const }] }
      : c,
  );

  it("finds a company by its legal name, without its legal form", () => {
    expect(rankByName("pro softnet", curated).map((c) => c.slug)).toEqual(["ibackup"]);
    expect(rankByName("prosoftnet", curated).map((c) => c.slug)).toEqual(["ibackup"]);
    expect(rankByName("corporation", curated)).toEqual([]);
    expect(rankByName("inc", curated)).toEqual([]);
  });

  it("finds a company by the site its policy was published on, after companies so named", () => {
    expect(rankByName("crashplan", withSite).map((c) => c.slug)).toEqual([
      "crashplan-fan",
      "code42",
    ]);
    expect(rankByName("crashplan", curated).map((c) => c.slug)).toEqual(["crashplan-fan"]);
  });

  it("ranks an other name just after the same kind of match on a name", () => {
    const code42 = withSite[0]!;
    expect(nameMatchScore("code 42", code42)).toBe(0);
    expect(nameMatchScore("crashplan.com", code42)).toBe(0.5);
    expect(nameMatchScore("crashplan", code42)).toBe(1.5);
    expect(nameMatchScore("software", code42)).toBe(2.5);
  });

  it("names the other name a term matched, only when the company's own name does not match", () => {
    const [code42, ibackup, mozy] = withSite;
    expect(otherNameMatched("crashplan", code42!)).toEqual({ name: "crashplan.com", kind: "site" });
    expect(otherNameMatched("pro softnet", ibackup!)).toEqual({
      name: "Pro Softnet Corporation",
      kind: "legal",
    });
    expect(otherNameMatched("code", code42!)).toBeNull();
    expect(otherNameMatched("mozy", mozy!)).toBeNull();
    expect(otherNameMatched("nothing", mozy!)).toBeNull();
  });
});
