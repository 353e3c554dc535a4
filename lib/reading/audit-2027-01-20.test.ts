import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  blankDeletionTitles,
  blankTrackersDefined,
  contractTitleOnly,
  optOutRequestsCounted,
  providersGivenNothing,
} from "./read-since-2027-01-20";

/*
 * Wrong reasons and facts found by the blind second reading of 2027-01-20 (210 machine findings of
 * 15 companies the re-audits had passed), each on the policy's own sentence, with a counter-example
 * the fix must leave alone.
 */
describe("third parties: service providers named where the company gives them nothing", () => {
  const nothing = [
    // A list item of sources (Webcrawler).
    "From distributors, service providers and other vendors; and",
    // A table of contents (Rubicon Project).
    "Table of Contents :\nAbout Us\nInformation We Collect\nHow We Collect User Information\nHow We Use User Information\nDisclosure of User Information to vendors and service providers",
    // A disclaimer (Rubicon Project).
    "We are not responsible for our clients’, vendors’ and/or our clients’ vendors’ use of such tracking technologies or for their privacy practices.",
    // Data the company receives (Instacart).
    "We may also receive information, including contact, account, order, payment, and activity information, from our vendors and business partners, including the following:",
    "This may include information provided to us by our payment processors and partners, as explained above.",
    // The company's own capacity, and where its data is stored (Brevo).
    "Note that if you are a Customer’s Contact, then we process your Personal Information as a service provider to the Customer and we cannot fulfill your request directly.",
    "All data is stored on secure servers in Tier 3 and PCI DSS certified data centers and is only accessible to our personnel and contractors via authentication measures.",
    // Its own registration (Lydia).
    "Registered on the unique Register of intermediaries in insurance, banking and finance, held by the ORIAS under the number 18007465, on a secondary basis as: non-exclusive agent in banking operations and payment services (French MOBSP), agent of insurance intermediary (French MIA), tied agent of investment service provider and agent of intermediary in banking operations and payment services.",
    // A contract's vocabulary (Google's controller terms).
    "If there is any conflict or inconsistency between the Additional Terms, the remainder of these Controller Terms and/or the remainder of the Agreement then, subject to Sections 4.2 (Restrictions on Processing) and 6.2 (No Effect on Processor Terms), the following order of precedence will apply:",
    "(c) to remove a service (or a feature of a service) where either: (i) all contracts for the provision of that service are terminated; (ii) Google has Customer’s consent; or (iii) the service, or a certain feature of the service, has been recategorised as a processor service.",
  ];
  it("reads none of them as data shared with service providers", () => {
    for (const text of nothing) expect(valuesOf(text, "service-providers")).toEqual([]);
  });
  it("leaves data given to providers, whatever else the sentence says", () => {
    for (const text of [
      "We share your data with our service providers, who are bound by contract.",
      "From time to time we share your information with service providers; and",
      "We are not responsible for their practices, but we share your data with our vendors.",
      "All data is stored on servers hosted by our service providers, who process it on our behalf.",
      "We use Stripe as a payment service provider and share your card details with it.",
      // The onward transfer to agents of the Data Privacy Framework (Zoom, Couchsurfing).
      "If third-party agents process personal data on our behalf in a manner inconsistent with the DPF Principles, we remain liable unless we prove that we are not responsible for the event giving rise to the damage.",
      // Payment processors that handle data (Reddit).
      "Reddit uses industry-standard payment processor services (such as Stripe) to handle payment information, and those services process it on our behalf.",
    ])
      expect(valuesOf(text, "service-providers")).not.toEqual([]);
    expect(providersGivenNothing("We disclose your data to vendors registered with the FCA.")).toBe(
      false,
    );
  });
});

describe("policy changes: posted, and by other means the law requires", () => {
  const rubicon =
    "If we make material changes to this policy, we will notify you of any material changes by posting the revised policy on this website, and where necessary, by any other means required by applicable law.";
  it("reads Rubicon Project's notice as posted on the site, no direct notice", () => {
    expect(valuesOf(rubicon, "change-notice")).toEqual(["posted on the site"]);
  });
  it("leaves a direct channel the company names", () => {
    expect(
      valuesOf(
        "If we make material changes to this policy, we will post the revised policy on this website and notify you by email, and by any other means required by applicable law.",
        "change-notice",
      ),
    ).toContain("direct notice");
  });
});

describe("choice: an opt-out in a named web tool, and requests counted", () => {
  it("reads the User Choice Portal as a way (Rubicon Project)", () => {
    expect(
      valuesOf(
        "You may opt out of the “sale”, and “sharing”, of your personal information as well as the use of sensitive information for advertising purposes by following the instructions in our User Choice Portal.",
        "opt-out",
      ),
    ).toEqual(["of the sale of personal data, through a link"]);
  });
  it("reads no opt-out in a count of requests received, but one offered still", () => {
    const count =
      "We received 3,696,809 requests to opt out, and these requests were completed in approximately real time.";
    expect(optOutRequestsCounted(count)).toBe(true);
    expect(valuesOf(count, "opt-out")).toEqual([]);
    expect(optOutRequestsCounted("You may submit requests to opt out at any time.")).toBe(false);
    expect(valuesOf("You may submit requests to opt out at any time.", "opt-out")).not.toEqual([]);
  });
});

describe("retention: kept for a period after the account is deleted", () => {
  it("reads no deletion on closing in Badoo's sentence", () => {
    expect(
      valuesOf(
        "We keep records of our communications with you, including any complaints that we receive from you about other members (and from other members about you) for 6 years after your account is deleted.",
        "retention-deletion",
      ),
    ).toEqual([]);
  });
  it("leaves deletion when the account is deleted", () => {
    expect(
      valuesOf("We delete your data when your account is deleted.", "retention-deletion"),
    ).toEqual(["deleted when the account is closed"]);
  });
});

describe("children: a service for children, and a parent's permission", () => {
  it("reads no age limit in Amazon's services intended for children", () => {
    const amazon = [
      "For more information on how we handle personal information for Amazon Services intended for children under the age of 13, please see our Children's Privacy Disclosure.",
      "If you're under 18, you may use Amazon Services only with the involvement of a parent or guardian.",
    ];
    expect(valuesOf(amazon[0]!, "children-age")).toEqual([]);
    expect(rate("children", amazon).reason).toContain(
      "only with a parent's consent or involvement",
    );
  });
  it("reads Roblox's permission from a parent as use with a parent's consent", () => {
    expect(
      valuesOf(
        "If you’re under 13 years old, please get permission from your parent or guardian to use Roblox.",
        "children-age",
      ),
    ).toEqual(["under 13 (with a parent's consent or involvement)"]);
  });
  it("leaves a service not intended for children", () => {
    expect(
      valuesOf("Our Services are not intended for children under 13.", "children-age"),
    ).toEqual(["under 13"]);
  });
});

describe("cookies: a tracker's definition and a contract's title", () => {
  it("reads no third-party tracking in Roblox's definition", () => {
    const roblox =
      "A cookie set by the owner of the web server you are visiting is called a first-party cookie and cookies set by owners of other domains are called third-party cookies.";
    expect(blankTrackersDefined(roblox)).not.toContain("third-party cookies");
    expect(valuesOf(roblox, "third-party-tracking")).toEqual([]);
  });
  it("reads no tracker in the title of Google's controller terms", () => {
    const google =
      "These Google Ads Controller-Controller Data Protection Terms (including the appendix, “Controller Terms”) are entered into by Google and Customer and supplement the Agreement.";
    expect(contractTitleOnly(google)).toBe(true);
    expect(valuesOf(google, "third-party-tracking")).toEqual([]);
  });
  it("leaves third-party cookies used and a brand in a sentence about tracking", () => {
    expect(
      valuesOf("We allow third-party cookies from Google on our site.", "third-party-tracking"),
    ).not.toEqual([]);
    expect(
      contractTitleOnly(
        "These Google Ads Terms allow Google to set cookies on your device for interest-based advertising.",
      ),
    ).toBe(false);
  });
});

describe("disputes: a regulator named only as the publisher of a list", () => {
  it("reads no regulator in the definition of Google's controller terms", () => {
    expect(
      valuesOf(
        "(c) for data processed subject to the Swiss FDPA: Switzerland, or a country or territory that is: (i) included in the list of the states whose legislation ensures adequate protection as published by the Swiss Federal Data Protection and Information Commissioner, or (ii) recognized as ensuring adequate protection by the Swiss Federal Council under the Swiss FDPA,",
        "regulator",
      ),
    ).toEqual([]);
  });
  it("leaves a company subject to a regulator's powers", () => {
    expect(
      valuesOf(
        "The Amazon Group Companies are subject to the investigatory and enforcement powers of the Federal Trade Commission (FTC).",
        "regulator",
      ),
    ).toEqual(["Federal Trade Commission"]);
  });
});

describe("retention: deletion named only as a contract's title", () => {
  it("reads no deletion on closing in a heading or a cited title (Google's controller terms)", () => {
    for (const text of [
      "5.7 Data Deletion on Termination.",
      "Paragraphs 5.5 (Contacting Google) to 5.7 (Data Deletion on Termination), and paragraph 6 (Liability if Controller SCCs Apply) of this Appendix 1A are additional commercial clauses relating to the Controller SCCs as permitted by Clause 2(a) (Effect and invariability of the Clauses) of the Controller SCCs.",
    ])
      expect(valuesOf(text, "retention-deletion")).toEqual([]);
    expect(blankDeletionTitles("5.7 Data Deletion on Termination.")).toBe("");
  });
  it("leaves deletion said outside a title", () => {
    expect(
      valuesOf(
        "Under section 5.7, we delete your data when your account is closed.",
        "retention-deletion",
      ),
    ).toEqual(["deleted when the account is closed"]);
  });
});
