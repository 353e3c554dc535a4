import { describe, expect, it } from "vitest";
import { extractFacts } from "./extract-facts";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  analyticsToolNamed,
  cookiesSetForATime,
  crossContextSharingLimited,
  keptWhileNamedAccount,
  withoutCookiePolicyPreferences,
} from "./read-since-2027-01-05";

/*
 * Misreadings found by the re-audit of 2027-01-05 (the 76th to 100th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("third parties: sharing for cross-context behavioural advertising said as a limited noun", () => {
  const gartner =
    "Sharing for cross-context behavioral advertising is limited to data collected from our public websites and does not occur when individuals are logged in to Gartner’s client-facing websites.";
  it("reads Gartner's sharing as data shared for others' advertising", () => {
    expect(crossContextSharingLimited(gartner)).toBe(true);
    expect(valuesOf(gartner, "advertising-sharing")).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(rate("third-parties", gartner).rating).toBe("concerning");
  });
  it("leaves a denial, and an opt-out of such sharing", () => {
    for (const text of [
      "Sharing for cross-context behavioral advertising does not occur on our websites.",
      "We do not engage in sharing for cross-context behavioral advertising.",
      "You have the right to opt out of sharing for cross-context behavioral advertising.",
    ]) {
      expect(crossContextSharingLimited(text), text).toBe(false);
      expect(valuesOf(text, "advertising-sharing"), text).toEqual([]);
    }
  });
});

describe("cookies: analytics by a named self-hosted tool", () => {
  it("reads Ethereum's Matomo, ProtonVPN's and Qwant's tools", () => {
    const ethereum =
      'The Websites may use Matomo, an open source web analytics platform ("Matomo Analytics").';
    expect(valuesOf(ethereum, "cookies-persistent")).toEqual(["Matomo analytics"]);
    expect(rate("cookies", ethereum).reason).toBe(
      "neutral: first-party cookies or analytics (Matomo analytics), no third-party tracking found",
    );
    expect(
      analyticsToolNamed(
        "Visiting our website: We may employ a local installation of Matomo, an open source analytics tool.",
      ),
    ).toBe("Matomo analytics");
    expect(
      analyticsToolNamed(
        "We use Piwik Pro Analytics Suite to collect statistical data on the users of the Site.",
      ),
    ).toBe("Piwik PRO analytics");
  });
  it("leaves a denial and a tool only named", () => {
    for (const text of [
      "We do not use the information and personal data collected by Matomo to identify individuals.",
      "For more information about Matomo Analytics, you can access a demo version at: https://demo.matomo.cloud.",
      "We no longer use Matomo on our websites.",
    ]) {
      expect(analyticsToolNamed(text), text).toBeNull();
    }
  });
});

describe("cookies: cookies set for a stated time", () => {
  it("reads Deutsche Bahn's cookies of 13 months", () => {
    const db =
      "Cookies with a duration of 13 months are set in your browser for the design of personalised content on bahn.de.";
    expect(cookiesSetForATime(db)).toBe("cookies that last 13 months");
    expect(valuesOf(db, "cookies-persistent")).toEqual(["cookies that last 13 months"]);
    expect(rate("cookies", db).rating).toBe("neutral");
  });
  it("leaves a partner's cookies read on its own site", () => {
    expect(cookiesSetForATime("The relevant cookies have a lifetime of 30 days.")).toBeNull();
    expect(
      valuesOf(
        "If you make a booking on an external partner website after clicking a DB affiliate advertisement, the business partner's cookies on that website are read. The relevant cookies have a lifetime of 30 days.",
        "cookies-persistent",
      ),
    ).toEqual([]);
  });
});

describe("choice: preferences on cookies that a cookie policy tells how to manage", () => {
  const xvideos =
    "For more information, including on how to manage your preferences on, and disable, cookies, please refer to our Cookie Policy.";
  it("does not read XVideos' cookie policy as account settings", () => {
    expect(withoutCookiePolicyPreferences(xvideos)).not.toMatch(/preferences/);
    expect(valuesOf(xvideos, "opt-out")).toEqual(["of cookies, how not stated"]);
    const contentPreferences =
      "Instead, in order to manage your content preferences, to provide suggested content and to analyse the use of this Website, among other things, we use cookies in line with the purposes identified in our Cookie Policy, which is available https://info.xvideos.com/legal/cookiepolicy (“Cookie Policy”), where you can learn additional information, including on how to manage your preferences on, and disable, cookies.";
    expect(valuesOf(contentPreferences, "opt-out")).toEqual(["of cookies, through a link"]);
  });
  it("keeps preferences managed in the account, and a sentence naming no cookie policy", () => {
    expect(
      valuesOf(
        "You can disable cookies and manage your cookie preferences in your account settings at any time; see our Cookie Policy.",
        "opt-out",
      ),
    ).toEqual(["of cookies, in account settings"]);
    const noPolicy = "You can opt out of marketing emails by updating your preferences.";
    expect(withoutCookiePolicyPreferences(noPolicy)).toBe(noPolicy);
    expect(valuesOf(noPolicy, "opt-out")).toEqual(["of marketing messages, in account settings"]);
  });
});

describe("third parties: others 'as appropriate' in a business transfer", () => {
  const lastFm =
    "We may share your information with a potential purchaser and their legal and financial advisors and others, as appropriate, as part of any actual or contemplated reorganization, restructuring, merger or sale, or other transfer of assets involving our brands or as part of a joint venture or other strategic partnership.";
  it("does not read Last.fm's business transfer as sharing without limits", () => {
    expect(valuesOf(lastFm, "sharing-without-limits")).toEqual([]);
  });
  it("keeps sharing 'as appropriate' that no business event limits", () => {
    const open = "We may share your information with third parties as we deem appropriate.";
    const before = extractFacts([open]).filter((f) => f.kind === "sharing-without-limits");
    expect(before.map((f) => f.value)).toEqual(["shared without stated limits"]);
  });
});

describe("retention: kept while an account named by the company lasts", () => {
  it("reads Couchsurfing's and Viber's accounts", () => {
    const couchsurfing =
      "We keep your personal data for as long as you have a Couchsurfing account.";
    expect(valuesOf(couchsurfing, "retention-while-needed")).toEqual([
      "as long as you have a Couchsurfing account",
    ]);
    expect(
      keptWhileNamedAccount(
        "these types of data, including your mobile number, and phone address book, will be retained for as long as you maintain your Viber account",
      ),
    ).toBe("as long as you maintain your Viber account");
  });
  it("leaves a condition of use, and an account the earlier rules read", () => {
    expect(
      keptWhileNamedAccount("You may use the Services as long as you have a Couchsurfing account."),
    ).toBeNull();
    expect(
      keptWhileNamedAccount("We keep this information for as long as you have a valid account."),
    ).toBeNull();
  });
});
