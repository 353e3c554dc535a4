import { describe, expect, it } from "vitest";
import { nameMatchScore, normaliseName, rankByName } from "./name-match";

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
