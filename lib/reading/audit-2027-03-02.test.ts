import { describe, expect, it } from "vitest";
import { rate } from "./audit-test-helpers";
import {
  adPartnersCollectForAds,
  itemHelpsUnderABelief,
  providersHelpAdvertisers,
  sharedWithAuthoritiesUnconditionally,
} from "./read-since-2027-03-03";

/*
 * Misreadings the blind double reading of 2027-03-02 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("legal disclosure: with no condition, and an item that helps under a belief", () => {
  const pornhub =
    "Legal and Regulatory Recipients: We access, preserve and share Personal Information with regulators, public authorities, law enforcement, government agencies, out-of-court dispute settlement bodies or other authorities.";
  const heading = ["When we share your information"];
  const roblox = [
    "We may share your Personal Information or the contents of your communications if we believe that sharing would:",
    "help an investigation into public safety or a violation of our Terms of Use",
  ];
  it("reads Pornhub's and Roblox's as the company's own judgement: concerning", () => {
    expect(sharedWithAuthoritiesUnconditionally(pornhub)).toBe(true);
    expect(rate("law-enforcement", pornhub).rating).toBe("concerning");
    expect(itemHelpsUnderABelief(roblox[1]!, roblox[0]!)).toBe(true);
    expect(rate("law-enforcement", roblox, [heading, heading]).rating).toBe("concerning");
  });
  it("leaves sharing on a condition, and an item under a lead-in of no belief", () => {
    for (const s of [
      "We share personal information with law enforcement when required by law.",
      "We share personal information with regulators in response to a valid court order.",
    ])
      expect(sharedWithAuthoritiesUnconditionally(s), s).toBe(false);
    expect(itemHelpsUnderABelief(roblox[1]!, "We may share your information:")).toBe(false);
  });
});

describe("third parties and use: advertisers helped, and ad partners let collect", () => {
  const reddit =
    "third-party ad serving and measurement providers who help us and advertisers serve relevant ads and measure the performance of ads (by disclosing information such as cookie IDs, your IP address, and/or a hashed version of your email; these third parties may combine that information with other information they already have about you to provide services to Reddit)";
  const vinted =
    "Upon your consent, Vinted will allow advertising service partners to collect your IP address and/or mobile device identifier and place their cookies on your devices and then use the data to personalize advertisements presented to you.";
  const webs =
    "In the course of serving advertisements on Webs, a third-party advertiser may place or recognize a unique cookie on your browser.";
  it("reads Reddit's, Vinted's and Webs': third parties and use concerning", () => {
    expect(providersHelpAdvertisers(reddit)).toBe(true);
    expect(adPartnersCollectForAds(vinted)).toBe(true);
    expect(adPartnersCollectForAds(webs)).toBe(true);
    for (const s of [reddit, vinted, webs]) {
      expect(rate("third-parties", s).rating, s).toBe("concerning");
      expect(rate("use", s).rating, s).toBe("concerning");
    }
  });
  it("leaves providers that help only the company, and a denial", () => {
    expect(
      providersHelpAdvertisers(
        "ad serving providers who help us serve our ads (by disclosing cookie IDs)",
      ),
    ).toBe(false);
    expect(
      adPartnersCollectForAds("A third-party advertiser may not place or read cookies on Webs."),
    ).toBe(false);
  });
});
