import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { countsNotFor } from "./bare-label";
import {
  labelBeforeAList,
  locationServicesOff,
  onlyAContactForQuestions,
  optOutWebsitesNamed,
  withoutPreferencesLink,
} from "./read-since-2027-01-30";

/*
 * Misreadings the blind double reading of 2027-01-29 confirmed (140 findings, 10 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("cookies: third parties' cookies however spelled", () => {
  const hideMe =
    "In addition to our own cookies, we may also use various third-parties cookies to report usage statistics of the Service, deliver advertisements on and through the Service, and so on.";
  it("reads hide.me's third-parties cookies as third-party tracking", () => {
    expect(valuesOf(hideMe, "third-party-tracking")).toEqual(["third-parties cookies"]);
    expect(rate("cookies", hideMe).rating).toBe("concerning");
  });
  it("reads the other spellings", () => {
    for (const text of [
      "We may also use third parties' cookies to deliver advertisements.",
      "The Service uses a third-party's cookies to deliver advertisements.",
    ])
      expect(rate("cookies", text).rating).toBe("concerning");
  });
  it("leaves first-party cookies and third parties without cookies", () => {
    expect(
      valuesOf("We use our own cookies to store your preferences.", "third-party-tracking"),
    ).toEqual([]);
    expect(
      valuesOf("We share cookies data with no third parties.", "third-party-tracking"),
    ).toEqual([]);
  });
});

describe("legal disclosure: a disclosure the company believes will help it protect", () => {
  const starbucks =
    "(f) To Third Parties (including Government Authorities) as Legally Required or Permitted – We may disclose your information if we believe that the disclosure is required by law, if we believe that the disclosure is necessary to enforce our agreements or policies, or if we believe that the disclosure will help us protect the rights, property, safety of Starbucks or others, including our customers or partners.";
  it("reads Starbucks's sentence as the company's own judgement", () => {
    expect(valuesOf(starbucks, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", starbucks).rating).toBe("concerning");
  });
  it("leaves the usual limit, necessary to protect, and those who help", () => {
    for (const text of [
      "We may disclose your information if we believe that the disclosure is necessary to protect the rights, property, and safety of our users.",
      "We may share your information with service providers who help us protect against fraud, if we believe it is required by law.",
    ])
      expect(valuesOf(text, "discretionary-disclosure")).toEqual([]);
  });
});

describe("disputes: a contact for questions is no recourse", () => {
  const timeanddate =
    "If you have any questions about this privacy statement, the practices of this website, or your dealings with this website, please contact:";
  it("does not count timeanddate.com's contact line as speaking to disputes", () => {
    expect(onlyAContactForQuestions(timeanddate)).toBe(true);
    expect(countsNotFor("disputes", timeanddate)).toBe(true);
    expect(countsNotFor("access", timeanddate)).toBe(false);
  });
  it("leaves a contact that names a complaint or a body beyond the company", () => {
    for (const text of [
      "If you have any questions or complaints about this policy, please contact us.",
      "If you have any questions, please contact us. You may also lodge a complaint with your local supervisory authority.",
      "If you have a dispute with us, please contact us at privacy@example.com.",
    ])
      expect(onlyAContactForQuestions(text)).toBe(false);
  });
});

describe("choice and cookies: facts misread where the rating was right", () => {
  it("reads a browser's Preferences or Settings page as browser settings (hide.me)", () => {
    const text =
      "You can enable or disable Do Not Track by visiting the Preferences or Settings page of your web browser.";
    expect(valuesOf(text, "opt-out").join()).not.toContain("account settings");
    expect(
      valuesOf("You can opt out of marketing in the Settings page of your account.", "opt-out")[0],
    ).toContain("account settings");
  });
  it("reads a policy on Do Not Track to come as a mention (Starbucks)", () => {
    expect(
      valuesOf(
        "As standards develop, we may develop policies for responding to do-not-track signals that we will describe in this Notice.",
        "do-not-track",
      ),
    ).toEqual(["Do Not Track: mentioned"]);
    expect(valuesOf("We respond to Do Not Track signals.", "do-not-track")).toEqual([
      "Do Not Track: honoured",
    ]);
  });
  it("reads Starbucks's links, websites and location services as ways", () => {
    const links =
      "On certain sites, you may also be able to opt out of certain cookies by clicking the “Do Not Sell or Share My Personal Information” link on our website or making a selection using the Cookie Preferences link.";
    expect(withoutPreferencesLink(links)).not.toMatch(/preferences link/i);
    expect(valuesOf(links, "opt-out")[0]).not.toContain("account settings");
    expect(
      optOutWebsitesNamed(
        "Many advertising companies … are members of the Digital Advertising Alliance (DAA) or the Network Advertising Initiative (NAI), both of which maintain websites where people can opt out of interest-based advertising from their members.",
      ),
    ).toBe(true);
    expect(
      locationServicesOff(
        "For most mobile devices, you can disable the collection of geolocation information by turning off location services on your device.",
      ),
    ).toBe(true);
    expect(locationServicesOff("We use location services to show nearby stores.")).toBe(false);
    expect(optOutWebsitesNamed("Our website lets you browse the menu.")).toBe(false);
  });
  it("reads a list's lead-in label as no opt-out (Palantir)", () => {
    const label = "Requests to Know, Delete, Correct, Obtain a copy or Opt-out of Sharing:";
    expect(labelBeforeAList(label)).toBe(true);
    expect(valuesOf(label, "opt-out")).toEqual([]);
    expect(labelBeforeAList("To opt out, email us at:")).toBe(false);
  });
});

describe("retention: the company's own content is not the data kept", () => {
  it("reads X's period as for the information about views and interactions", () => {
    const x =
      "We keep information about your views or interactions with ads on or off X, as well as how you interact with our content on third-party sites for up to 12 months.";
    expect(valuesOf(x, "retention-period").join()).not.toMatch(/^content/);
    expect(valuesOf("We keep your content for up to 12 months.", "retention-period")[0]).toMatch(
      /^content/,
    );
  });
});

describe("retention: data erased every few hours", () => {
  const hideMe = "The troubleshooting log gets securely erased every few hours.";
  it("reads hide.me's log as erased every few hours, never as a short period", () => {
    expect(valuesOf(hideMe, "retention-deletion")).toEqual([
      "troubleshooting log erased every few hours",
    ]);
    const account =
      "Once a VPN service account is terminated on our network, all data associated with that VPN service account including the VPN service account itself is deleted from all of our systems.";
    const r = rate("retention", [account, hideMe], undefined, 2);
    expect(r.rating).toBe("neutral");
    expect(r.reason).toContain("troubleshooting log erased every few hours");
    expect(r.reason).not.toContain("no period is stated");
  });
  it("leaves a period with a figure and a cycle of another kind", () => {
    expect(valuesOf("We check our servers every few hours.", "retention-deletion")).toEqual([]);
    expect(
      valuesOf("Server logs are deleted every 24 hours.", "retention-deletion").join(),
    ).not.toContain("every few");
  });
});
