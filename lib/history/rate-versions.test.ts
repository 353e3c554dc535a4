import { describe, expect, it } from "vitest";
import { PRACTICE_SLUGS } from "../reading/classifier";
import { extractFacts, signalNamesOf } from "../reading/extract-facts";
import { suggestRating } from "../reading/suggest-rating";
import { VersionRater, type RatedClause } from "./rate-versions";

// Google Pay's policy makes "GPC" the name of Google Payment Corp.: read clause by clause, the
// sentence "We respond to GPC signals" would be Global Privacy Control, read over the policy not.
const GOOGLE_PAY = [
  "The Google Payments Privacy Notice applies to services offered by Google LLC or its wholly owned subsidiaries, including Google Payment Corp. (“GPC”).",
  "We respond to GPC signals from your browser.",
  "We use third-party cookies from ad networks to show you ads.",
];
const clauses: RatedClause[] = GOOGLE_PAY.map((text, occurrence) => ({
  occurrence,
  text,
  headingPath: [],
  practices: occurrence === 2 ? ["cookies"] : [],
}));

describe("VersionRater", () => {
  it("reads a clause with what the whole version says: 'GPC' defined as a company in another clause is not Global Privacy Control", () => {
    const whole = extractFacts(GOOGLE_PAY);
    expect(whole.map((f) => f.kind)).not.toContain("do-not-track");
    // The latest version's ratings are the company page's, read over the whole policy.
    const rater = new VersionRater(new Map([["v1", new Set<string>()]]));
    const ratings = rater.rate("v1", clauses);
    for (const practice of PRACTICE_SLUGS) {
      const tagged = clauses.filter((c) => c.practices.includes(practice)).length;
      const s = suggestRating(
        practice,
        whole.filter((f) => f.practice === practice),
        tagged,
      );
      const expected = tagged === 0 && s.decisive.length === 0 ? "not-addressed" : s.rating;
      expect(ratings[practice], practice).toBe(expected);
    }
    expect(ratings.cookies).toBe("concerning");
  });

  it("a clause read alone means by 'GPC' what its version does, when given the version's signal names", () => {
    const alone = (signals?: ReturnType<typeof signalNamesOf>) =>
      extractFacts([GOOGLE_PAY[1]!], undefined, undefined, [[]], signals).map((f) => f.kind);
    expect(alone()).toContain("do-not-track");
    expect(alone(signalNamesOf(GOOGLE_PAY))).not.toContain("do-not-track");
  });
  it("reads a listed occasion under the lead-in of sharing before it, as the whole policy is read (CafeMom's merger, under a heading of collection)", () => {
    const heading = ["THE INFORMATION Wild Sky Media COLLECTS"];
    const texts = [
      "Wild Sky Media may share information that identifies you as follows:",
      "With vendors, consultants and other service providers who need access to such information to carry out work on our behalf;",
      "In connection with, or during negotiations of, any merger, sale of company assets, financing or acquisition of all or a portion of our business by another company;",
    ];
    const listed: RatedClause[] = texts.map((text, occurrence) => ({
      occurrence,
      text,
      headingPath: heading,
      practices: occurrence === 2 ? ["business-transfer"] : [],
    }));
    const whole = extractFacts(
      texts,
      undefined,
      undefined,
      texts.map(() => heading),
    ).filter((f) => f.practice === "business-transfer");
    expect(suggestRating("business-transfer", whole, 1).rating).toBe("concerning");
    const rater = new VersionRater(new Map([["v1", new Set<string>()]]));
    expect(rater.rate("v1", listed)["business-transfer"]).toBe("concerning");
    // The same item with no lead-in before it (another version) is read without one.
    expect(rater.rate("v1", [listed[2]!])["business-transfer"]).toBe("neutral");
  });
});
