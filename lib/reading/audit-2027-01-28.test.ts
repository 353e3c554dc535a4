import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { listedForAimedAdvertising } from "./read-since-2027-01-28";

/*
 * The one wrong rating the second reading of 2027-01-25 left standing: Meetup's third parties,
 * given for targeted advertising only in an item of a lead-in's list. On the policy's own words,
 * with the counter-examples the rule must leave alone.
 */
const SHARED = "shared for others' marketing or advertising";
const HEADING = ["3. Sharing Of Information"];
const LEAD_IN =
  "Summary: We do not share information about you except as described in this Privacy Policy. We may disclose personal information about you, including:";
const MEETUP_LIST = [
  "to members or social media services, depending on how you engage with the Platform. Information that is public on our platform is accessible to others both on and off the Platform;",
  "to our third-party service providers who help us to operate or improve our Platform;",
  "when we work with third parties for analytics and to deliver targeted advertising to you on and off the Platform. For more information, please see our Cookie Policy;",
  "to authorities to comply with legal obligations or requests and to protect and defend our rights and property;",
].join("\n");

describe("advertising: an item of a lead-in's list of sharing", () => {
  it("reads Meetup's item as sharing for advertising, and its third parties as concerning", () => {
    expect(valuesOf([LEAD_IN, MEETUP_LIST], "advertising-sharing", [HEADING, HEADING])).toEqual([
      SHARED,
    ]);
    expect(rate("third-parties", [LEAD_IN, MEETUP_LIST], [HEADING, HEADING]).rating).toBe(
      "concerning",
    );
  });

  it("reads nothing from the same item where no lead-in gives the data", () => {
    // Without "on and off the Platform", which the rule of 2027-01-29 reads as ads served across
    // services whatever the sentence's place.
    const item =
      "when we work with third parties for analytics and to deliver targeted advertising to you.";
    expect(valuesOf([item], "advertising-sharing", [HEADING])).toEqual([]);
    // A lead-in under another heading closes before the item.
    expect(valuesOf([LEAD_IN, item], "advertising-sharing", [HEADING, ["4. Cookies"]])).toEqual([]);
  });

  it("leaves items that name only service providers, no aimed advertising, or a denial", () => {
    for (const item of [
      "to our service providers who help us deliver targeted advertising to you;",
      "when we work with third parties for analytics;",
      "when third parties help us measure how our own ads perform;",
      "we never allow third parties to deliver targeted advertising to you;",
    ]) {
      expect(listedForAimedAdvertising(item)).toBe(false);
      expect(valuesOf([LEAD_IN, item], "advertising-sharing", [HEADING, HEADING])).toEqual([]);
    }
  });

  it("reads other ways of saying it", () => {
    for (const item of [
      "to advertising partners to show you interest-based ads;",
      "with ad networks that serve ads to you based on your activity;",
    ])
      expect(listedForAimedAdvertising(item)).toBe(true);
  });
});
