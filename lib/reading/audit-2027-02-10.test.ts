import { describe, expect, it } from "vitest";
import { factLabel } from "./fact-text";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  accountDeletionRequires,
  beaconsAlone,
  beaconsHeading,
  blankRunInHeading,
  deletionRequestForwarded,
  informationFromCookies,
  informOfChangesAsAPurpose,
  jurisdictionsHeading,
  noOptOutAfterAll,
  providersNamedNoRecipient,
} from "./read-since-2027-02-11";

/*
 * Misreadings the blind double reading of 2027-02-10 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: regulators under a heading for some jurisdictions", () => {
  const aws = [
    "You can also file a complaint with Brazil’s National Data Protection Authority (ANPD) through its official channels.",
    "You can also lodge a complaint with our principal supervisory authority, the Commission Nationale pour la Protection des Données in Luxembourg, or with a local authority.",
    "If you have a concern about our use of your personal information, please contact us with a thorough description, and we will try to resolve the issue for you.",
  ];
  const awsHeadings = [
    ["Additional Information for Certain Jurisdictions", "Brazil"],
    [
      "Additional Information for Certain Jurisdictions",
      "European Economic Area, UK, and Switzerland",
    ],
    ["Contact Information"],
  ];
  const zoom =
    "The Federal Trade Commission has jurisdiction over Zoom’s compliance with the EU-U.S. Data Privacy Framework (EU-U.S. DPF) and the UK Extension to the EU-U.S. DPF, and the Swiss-U.S. Data Privacy Framework (Swiss-U.S. DPF).";
  const zoomHeading = [
    "European Data Protection Specific Information",
    "International Data Transfers",
  ];

  it("reads Amazon Web Services' and Zoom's regulators as some users' only: concerning", () => {
    expect(jurisdictionsHeading(awsHeadings[0])).toBe(true);
    expect(jurisdictionsHeading(zoomHeading)).toBe(true);
    expect(valuesOf(aws, "regulator", awsHeadings)).toEqual([
      "Data Protection Authority (for some users only)",
      "supervisory authority (for some users only)",
    ]);
    expect(rate("disputes", aws, awsHeadings).rating).toBe("concerning");
    expect(valuesOf([zoom], "regulator", [zoomHeading])).toEqual([
      "Federal Trade Commission (for some users only)",
    ]);
    expect(rate("disputes", [zoom], [zoomHeading]).rating).toBe("concerning");
  });

  it("leaves headings for everyone, a framework's section, and a regulator outside such a heading", () => {
    for (const path of [
      ["Your Rights"],
      ["International Data Transfers"],
      ["Data Privacy Framework", "Specific Information"],
      ["Transfers to other countries"],
    ])
      expect(jurisdictionsHeading(path), path.join(" › ")).toBe(false);
    expect(
      rate("disputes", [aws[1]!], [["How to Complain"]]).rating,
      "a regulator named for everyone",
    ).toBe("neutral");
  });
});

describe("cookies: a cookie table's row named DNT", () => {
  it("reads Zoosk's cookie named DNT as no Do Not Track signal", () => {
    expect(valuesOf("mrpdata.net — DNT — Third Party", "do-not-track")).toEqual([]);
  });
  it("keeps DNT said of the signal", () => {
    expect(valuesOf("We do not respond to DNT signals.", "do-not-track")).toEqual([
      "Do Not Track: not honoured",
    ]);
  });
});

describe("cookies: beacons with no one else named", () => {
  const apple =
    "Apple’s websites, online services, interactive applications, and advertisements may use “cookies” and other technologies such as web beacons.";
  const vanco = [
    "Third-Party Tracking and Online Advertising – Vanco does not allow marketing within its Service platforms.",
    "Our website may use web beacons, which are small electronic images embedded in web content and email messages that are not ordinarily visible to users.",
  ];
  it("keeps Apple's and Vanco's own beacons concerning, as tracking by web beacons, not a third party's", () => {
    expect(rate("cookies", apple).reason).toBe("concerning: tracking by web beacons");
    expect(rate("cookies", vanco).reason).toBe("concerning: tracking by web beacons");
    expect(rate("cookies", "Our emails contain clear GIFs.").reason).toBe(
      "concerning: tracking by clear GIFs",
    );
    expect(factLabel({ kind: "third-party-tracking", value: "web beacons" })).toEqual({
      label: "Tracking technology",
      detail: "web beacons",
    });
  });
  it("reads a run-in heading before a dash as a topic, and the sentence after it on its own", () => {
    expect(valuesOf(vanco[0]!, "third-party-tracking")).toEqual([]);
    expect(blankRunInHeading(vanco[0]!)).toBe(
      "Vanco does not allow marketing within its Service platforms.",
    );
    expect(
      valuesOf(
        "Third-Party Advertising – We allow Google to serve ads and use DoubleClick cookies.",
        "third-party-tracking",
      ),
    ).toEqual(["DoubleClick"]);
    // A table's row is no heading: "Google Ads" is the tracker it names (ipinfo).
    expect(valuesOf("Google Ads — Advertising Information", "third-party-tracking")).toEqual([
      "Google Ads",
    ]);
  });
  it("keeps a third party's beacons third-party tracking", () => {
    const teads = "Our advertising partners may use web beacons to measure the ads you see.";
    expect(beaconsAlone([{ value: "web beacons", quote: teads }])).toBe(false);
    expect(rate("cookies", teads).reason).toMatch(/^concerning: third-party tracking \(/);
    expect(factLabel({ kind: "third-party-tracking", value: "DoubleClick" }).label).toBe(
      "Tracking by third parties",
    );
  });
});

describe("third parties: providers named where nothing is given", () => {
  const named = [
    "Your data is primarily stored and processed on our servers in the Netherlands, which are owned and operated by SourceHut and colocated in a secured facility alongside other service providers.",
    "When you visit our website, we collect your Internet Protocol (“IP”) address, which identifies the computer or service provider that you use to access our website or your mobile device identifier.",
    "For example, if you are listening to a cooking podcast, you may hear an ad for a food processor.",
    "The terms “Personal Data,” “Data Controller,” “Joint Controller,” “Data Processor” and “Processing” used in the present Privacy Policy shall have the same meaning as defined in the General Data Protection Regulation (“GDPR”).",
    "Age collection: some of the legal obligations imposed on on-line service providers depend on the age of their end-users.",
    "In particular, if Your Content contains Third Party Personal Data (ex. a video You have uploaded on the Dailymotion Service which includes images of a friend of Yours), Dailymotion is Your Data Processor and You are the Data Controller.",
    "Apple’s privacy practices, as described in this Privacy Policy, comply with the Global Cross-Border Privacy Rules (CBPR) System and the Global Privacy Recognition for Processors (PRP) System.",
    "To exercise your privacy rights and choices, including where a third-party service provider is acting on Apple’s behalf, visit the Apple Data and Privacy page at privacy.apple.com for Apple or shazam.com/privacy for Shazam.",
    "Please refer to the list of Third Party Service Providers below.",
  ];
  it("reads no sharing with service providers from sourcehut's, Vanco's, Spotify's, Dailymotion's, Apple's and Hugging Face's sentences", () => {
    for (const text of named) {
      expect(providersNamedNoRecipient(text), text).toBe(true);
      expect(valuesOf(text, "service-providers"), text).toEqual([]);
    }
  });
  it("keeps providers data is given to", () => {
    for (const text of [
      "We may share your information with Third-Party Service Providers, and when we do, we ensure that they access your information in compliance with applicable data protection laws.",
      "Under some circumstances, some or all of your data may be processed in other countries within the European Union on servers rented from European service providers on a temporary or ongoing basis.",
      "Please refer to the list of service providers below, with whom we share your data.",
    ]) {
      expect(providersNamedNoRecipient(text), text).toBe(false);
      expect(valuesOf(text, "service-providers"), text).toHaveLength(1);
    }
  });
});

describe("choice: opt-outs that are none", () => {
  const vanco = "You may not, however, opt out of the Service-related emails, as described above.";
  const huggingFace =
    "If you do not wish to accept these cookies and you decide to disable them, you will not be able to access and use the Services.";
  const dailymotion =
    "Only in the absence of such reply, i.e. when a Data Controller does not respect its legal obligation to reply to a data subject request, Dailymotion may disable access to such video.";
  it("reads Vanco's denial, Hugging Face's warning and Dailymotion's blocking as no opt-out", () => {
    for (const text of [vanco, huggingFace, dailymotion]) {
      expect(noOptOutAfterAll(text), text).toBe(true);
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
    }
  });
  it("keeps an opt-out that loses some features, and the user's own disabling", () => {
    for (const text of [
      "You may disable cookies in your browser, but you may not be able to use all of the Services.",
      "You may disable access to your location in your device settings.",
      "You may, however, opt out of marketing emails at any time.",
    ]) {
      expect(noOptOutAfterAll(text), text).toBe(false);
      expect(valuesOf(text, "opt-out"), text).toHaveLength(1);
    }
  });
});

describe("access, retention and changes: sentences that grant or promise nothing", () => {
  const forwarded =
    "For that reason, if we receive a request to delete Your video because it contains Third-Party Personal Data (or any other similar request) we will forward it to You, inform the requestor that You are the Data Controller.";
  const partner =
    "If You are a Member of our Partner Program, deletion of Your account will require a prior termination of that Program.";
  const purpose =
    "We may use Your Data to send You newsletters and marketing communications, communicate with You about the Dailymotion Service and inform You about changes of our Service legal terms and policies..";
  it("reads Dailymotion's forwarded request, its account-deletion condition and its purpose list as nothing of the kind", () => {
    expect(deletionRequestForwarded(forwarded)).toBe(true);
    expect(valuesOf(forwarded, "deletion-right")).toEqual([]);
    expect(accountDeletionRequires(partner)).toBe(true);
    expect(valuesOf(partner, "retention-deletion")).toEqual([]);
    expect(informOfChangesAsAPurpose(purpose)).toBe(true);
    expect(valuesOf(purpose, "change-notice")).toEqual([]);
  });
  it("keeps a deletion on request, deletion when the account is closed, and notice of changes", () => {
    expect(
      valuesOf(
        "If you ask us to delete your data, we will delete it within 30 days.",
        "deletion-right",
      ),
    ).toHaveLength(1);
    expect(
      valuesOf("When you close your account, we delete your personal data.", "retention-deletion"),
    ).toEqual(["deleted when the account is closed"]);
    expect(
      valuesOf("We will notify you of changes to this Privacy Policy by email.", "change-notice"),
    ).toEqual(["direct notice"]);
  });
});

describe("cookies: what cookies keep, and a heading that names beacons", () => {
  const huggingFace =
    "information from cookies, especially your login information, your preferences,";
  it("reads Hugging Face's cookies as first-party cookies for login and preferences: neutral", () => {
    expect(informationFromCookies(huggingFace)).toBe(true);
    expect(valuesOf(huggingFace, "cookies-persistent")).toEqual([
      "cookies that store your preferences",
    ]);
    expect(rate("cookies", huggingFace).rating).toBe("neutral");
    expect(informationFromCookies("information from cookies, such as your password")).toBe(false);
  });
  it("reads Dailymotion's section title as no tracker, and keeps a list's named tracker", () => {
    expect(beaconsHeading("Web Beacons, Pixels and other Trackers")).toBe(true);
    expect(valuesOf("Web Beacons, Pixels and other Trackers", "third-party-tracking")).toEqual([]);
    expect(beaconsHeading("Google Ads")).toBe(false);
    expect(valuesOf("We use web beacons.", "third-party-tracking")).toEqual(["web beacons"]);
  });
});

describe("third parties: a device's advertising identifier", () => {
  it("reads Zoosk's Google AdID as no partner named", () => {
    expect(
      valuesOf(
        "When you access our Services using a mobile device, we may also receive or collect identification numbers associated with your device (such as a unique device ID, IDFA, Google AdID), device type, model.",
        "named-partner",
      ),
    ).toEqual([]);
    expect(
      valuesOf("We share your device ID with Google for advertising.", "named-partner"),
    ).toEqual(["Google"]);
  });
});
