import { describe, expect, it } from "vitest";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";
import {
  notifiedOnThePage,
  onlyMayNotify,
  namedForTheCompany,
  recipientUsesForOwnAds,
  regionalRightsHeading,
  usersOwnAdAccount,
} from "./read-since-2027-02-13";

/*
 * Misreadings the blind double reading of 2027-02-12 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

const SHARED = ["shared for others' marketing or advertising"];

describe("third parties and use: a recipient that uses the data for its own advertising", () => {
  const watchHockey =
    "Facebook is able to connect the data with your Facebook account and use the data for their own advertising purposes, in accordance with Facebook’s Data User Policy found under: https://www.facebook.com/about/privacy.";
  it("reads Watch.Hockey's Facebook pixel as sharing for others' advertising: concerning", () => {
    expect(recipientUsesForOwnAds(watchHockey)).toBe(true);
    expect(valuesOf(watchHockey, "advertising-sharing")).toEqual(SHARED);
    expect(rate("third-parties", watchHockey).rating).toBe("concerning");
    expect(rate("use", watchHockey).rating).toBe("concerning");
  });
  it("leaves the company's own advertising, a denial, and data that identifies no one", () => {
    for (const text of [
      "We use the data for our own advertising purposes.",
      "Partners may not use the data for their own marketing purposes.",
      "Our partners may use aggregated information for their own advertising purposes.",
    ]) {
      expect(recipientUsesForOwnAds(text), text).toBe(false);
      expect(valuesOf(text, "advertising-sharing"), text).toEqual([]);
    }
  });
});

describe("disputes: regulators under a heading of regional rights", () => {
  const taboola =
    "You have the right to lodge a complaint to a data protection authority about our collection and use of your Personal Data.";
  const heading = ["5. Regional Privacy Rights", "5.1.3 Your Rights to Your Information"];
  it("reads Taboola's data protection authority as some users' only: concerning", () => {
    expect(regionalRightsHeading(heading)).toBe(true);
    expect(valuesOf([taboola], "regulator", [heading])).toEqual([
      "data protection authority (for some users only)",
    ]);
    expect(rate("disputes", [taboola], [heading]).rating).toBe("concerning");
  });
  it("leaves headings for everyone", () => {
    for (const path of [
      ["Your Privacy Rights"],
      ["Regions We Operate In"],
      ["International Transfers"],
    ])
      expect(regionalRightsHeading(path), path.join(" › ")).toBe(false);
    expect(rate("disputes", [taboola], [["Your Rights"]]).rating).toBe("neutral");
  });
});

describe("disputes: a regulator under a heading named for a region's law", () => {
  const wordpress =
    "You also have the right to make a complaint to a government supervisory authority.";
  const heading = ["Your Rights", "UK or European General Data Protection Regulation (GDPR)"];
  it("reads WordPress.com's supervisory authority as some users' only: concerning", () => {
    expect(regionalRightsHeading(heading)).toBe(true);
    expect(rate("disputes", [wordpress], [heading]).rating).toBe("concerning");
  });
  it("leaves a bare GDPR heading, which a European company's may be", () => {
    expect(regionalRightsHeading(["Your rights under the GDPR"])).toBe(false);
    expect(rate("disputes", [wordpress], [["Your rights under the GDPR"]]).rating).toBe("neutral");
  });
});

describe("policy changes: notice the company only may give, and notice on the page", () => {
  const watchHockey = [
    "Nagravision SA reserves the right to amend this Privacy Notice at any time at its sole discretion and will provide notice of material changes on this website.",
    "We may email you (provided you have an email address registered with us) about material changes therein, prior to them becoming effective but we invite you to consult this page on a regular basis to get information on our latest privacy practices.",
  ];
  const wordpress =
    "If we make changes, we will notify you by revising the change log below, and, in some cases, we may provide additional notice (like adding a statement to our homepage or sending you a notification).";
  const jacksfilms = "If we update this policy, we will notify you here that it has been updated.";
  it("says Watch.Hockey's email as possible beside its posting", () => {
    expect(onlyMayNotify(watchHockey[1]!)).toBe(true);
    expect(rate("policy-changes", watchHockey.join(" ")).reason).toBe(
      "neutral: changes are posted on the site; users may also be told directly",
    );
  });
  it("reads WordPress.com's change log and Jacksfilms' notice here as posting", () => {
    for (const text of [wordpress, jacksfilms]) {
      expect(notifiedOnThePage(text), text).toBe(true);
      expect(valuesOf(text, "change-notice"), text).toEqual(["posted on the site"]);
    }
  });
  it("keeps a notice the company commits to send", () => {
    for (const text of [
      "We will notify you of changes to this Privacy Policy by email.",
      "We will notify you by revising the date at the top of this Privacy Policy and by email.",
      "If we make changes to this Privacy Policy, we will notify you by posting an announcement on our Service or sending you an email.",
      "If we make changes, we will notify you by revising the date at the top of the policy and, if the changes are significant, we will provide you with additional notice (such as adding a statement to our homepage or sending you a notification).",
    ]) {
      expect(notifiedOnThePage(text), text).toBe(false);
      expect(valuesOf(text, "change-notice"), text).toEqual(["direct notice"]);
    }
    expect(onlyMayNotify("We will send you an email before changes take effect.")).toBe(false);
    expect(
      rate("policy-changes", "We will notify you of changes to this Privacy Policy by email.")
        .reason,
    ).toBe("neutral: users are notified directly of changes");
  });
});

describe("cookies: which tracker heads the reason, and the user's own ad account", () => {
  const blizzard = [
    "We may also use clear gifs in our HTML-based emails to let us know which emails have been opened by recipients.",
    "We partner with third party ad networks to either display advertising on our websites or to manage our advertising on other sites.",
  ];
  const newspack =
    "For example, you may be able to manage your Google ads and see your Google Analytics data directly within the dashboard of your Newspack powered site.";
  it("heads Blizzard's reason with its ad networks, not its own email clear gifs", () => {
    expect(rate("cookies", blizzard).reason).toBe("concerning: third-party tracking (ad networks)");
  });
  it("reads WordPress.com's Newspack dashboard as the user's own accounts, no tracker", () => {
    expect(usersOwnAdAccount(newspack)).toBe(true);
    expect(valuesOf(newspack, "third-party-tracking")).toEqual([]);
    expect(valuesOf(newspack, "cookies-persistent")).toEqual([]);
    expect(usersOwnAdAccount("We use Google Analytics to measure your visits.")).toBe(false);
  });
});

describe("cookies: the company's own ad product is no third party's tracker", () => {
  const google = "Learn more about Google ads and why you may see particular ads.";
  it("reads Google's own ads in Google's policy as no tracker, and keeps them in another's", () => {
    expect(namedForTheCompany("Google ads", new Set(["Google"]))).toBe(true);
    expect(namedForTheCompany("Meta Pixel", new Set(["Meta"]))).toBe(false);
    expect(factsOf(google, "third-party-tracking", undefined, new Set(["Google"]))).toEqual([]);
    expect(
      factsOf(google, "third-party-tracking", undefined, new Set(["Acme"])).map((f) => f.value),
    ).toEqual(["Google ads"]);
  });
});
