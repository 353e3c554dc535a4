import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { extractFacts, ownNames } from "./extract-facts";
import {
  blankAdvertisersAsSource,
  campaignInformationOnly,
  providersOwnPracticesNamed,
  withoutLegalObligations,
} from "./read-since-2027-01-27";

/*
 * Third-party and use facts a blind second reading of 140 machine findings (10 companies) found
 * misread on 2027-01-27, that the re-audits of 2027-01-23 and 2027-01-24 had passed; each on the
 * policy's own sentence, with a counter-example the fix must leave alone.
 */
const SHARED = "shared for others' marketing or advertising";

describe("advertising: data received from advertisers is not given to them", () => {
  const pinterest =
    "Usage data and inferences: When you’re on our Services, we use your activity—such as which Pins you click on, terms you search for, boards you create, and any text that you add in a comment or description—along with other information you’ve provided when you first signed up and information from our partners and advertisers to make inferences about you and your preferences.";
  it("reads Pinterest's sentence as no advertising sharing", () => {
    expect(blankAdvertisersAsSource(pinterest)).not.toContain("advertisers");
    expect(valuesOf(pinterest, "advertising-sharing")).toEqual([]);
  });
  it("leaves data given to advertisers, with or without a source named", () => {
    for (const text of [
      "We may share information with our partners and advertisers so that they can show you ads.",
      "We share information we collect from your use of the Services with advertisers for their own marketing.",
      "We may also provide partners with information about you so that advertisers can show you ads on or off of Pinterest.",
    ])
      expect(valuesOf(text, "advertising-sharing")).toEqual([SHARED]);
  });
});

describe("advertising: where campaigns appeared or how they converted", () => {
  const taboola = [
    "For example, we may provide publishers with information about what advertisers may appear on their network or advertisers with information about which publisher websites their campaigns have appeared on.",
    "For example, we may provide publishers with information about the viewing and click-through patterns of the content they publish and may provide advertisers with information about conversion rates for analytics purposes.",
  ];
  it("reads Taboola's sentences as no advertising sharing", () => {
    for (const text of taboola) {
      expect(valuesOf(text, "advertising-sharing")).toEqual([]);
    }
  });
  it("keeps Taboola's use concerning on its sale for cross-context advertising", () => {
    const sale =
      "We may sell or share for cross-context behavioral advertising purposes (and may have sold or shared during the 12-month period prior to the Effective Date of this Statement) the following categories of personal information about you to online advertising services, advertising networks and social networks:";
    expect(rate("use", [...taboola, sale]).rating).toBe("concerning");
  });
  it("leaves information about the user given to advertisers", () => {
    expect(
      campaignInformationOnly(
        "we may provide advertisers with information about which ads you clicked on",
      ),
    ).toBe(false);
    expect(
      valuesOf(
        "We may provide advertisers with information about which ads you clicked on and your interests.",
        "advertising-sharing",
      ),
    ).toEqual([SHARED]);
  });
});

describe("service providers: words that give providers nothing", () => {
  it("reads the company as a framework's vendor by number as no provider (Taboola)", () => {
    expect(
      valuesOf(
        "Taboola participates in the IAB Europe Transparency & Consent Framework and complies with its Specifications and Policies as vendor number 42; and the",
        "service-providers",
      ),
    ).toEqual([]);
  });
  it("reads a network service provider in a device list as no provider (Pinterest)", () => {
    expect(
      valuesOf(
        "Device information: We collect information about the device you use to access our Services, including the type of device, operating system, network service provider, settings, and unique device identifiers.",
        "service-providers",
      ),
    ).toEqual([]);
  });
  it("reads providers' own privacy practices and terms as no sharing (Pornhub)", () => {
    for (const text of [
      "This Privacy Notice does not apply to the privacy practices of these third-party age verification service providers.",
      "Read the privacy terms and conditions of these third-party service providers carefully.",
    ]) {
      expect(providersOwnPracticesNamed(text)).toBe(true);
      expect(valuesOf(text, "service-providers")).toEqual([]);
    }
  });
  it("reads the company's support agents as no provider (Wix)", () => {
    expect(
      valuesOf(
        "If you contact our support channels in the future, the system will not recognize your account and support agents will not be able to locate the deleted account.",
        "service-providers",
      ),
    ).toEqual([]);
  });
  it("leaves providers given data beside these words", () => {
    for (const text of [
      "We share your information with our service providers, including network service providers that deliver our messages.",
      "We share data with our vendors, who are bound by the privacy practices of their own contracts.",
      "We may share your information with vendors as vendor number 42 requires, and with our service providers.",
      "Our support agents and service providers may access your information.",
      "Wireless service providers, to deliver cellular or Wi-Fi connectivity to your vehicle",
    ])
      expect(valuesOf(text, "service-providers")).not.toEqual([]);
    expect(
      providersOwnPracticesNamed(
        "We require our service providers to follow privacy practices consistent with this policy.",
      ),
    ).toBe(false);
  });
});

describe("service providers: an obligation of law is no contract", () => {
  const pornhub =
    "However, we and/or our service providers, could incidentally process Personal Data related to minors when carrying out our age verification process, in strict accordance with the locally applicable legal obligations which Pornhub is subject to (for more details regarding the type of Personal Data processed in this context, refer to section 3 below “Identifiers”).";
  it("reads Pornhub's sentence as limits not stated", () => {
    expect(withoutLegalObligations(pornhub)).not.toContain("obligation");
    expect(valuesOf(pornhub, "service-providers")).toEqual([
      "shared with service providers, limits not stated",
    ]);
  });
  it("leaves confidentiality and contractual obligations", () => {
    for (const text of [
      "Such contractors abide by confidentiality obligations.",
      "Our service providers are subject to contractual and legal obligations to protect your data.",
    ])
      expect(valuesOf(text, "service-providers")).toEqual([
        "shared with service providers under contract or confidentiality",
      ]);
  });
});

describe("named partners: a name defined as the company's services", () => {
  const pinterest = [
    "Privacy Policy",
    "==================",
    "Additional Info for EEA, Swiss and UK Data Subjects: Legal bases we rely on where we use your information",
    "When you use Pinterest websites, apps, services, technologies, APIs, widgets, or any other products, like Shuffles, or features we offer (“Pinterest” or the “Services”), you voluntarily share certain information.",
    "We also use data to help your friends and contacts find you on Pinterest.",
    "To do this, we disclose information such as cookie IDs, your IP address, or a hashed version of your email address to third parties, such as Facebook Ads, Google Marketing Platform, and others who may combine that information with other information they already have about you and deliver ads about Pinterest to you.",
  ];
  it("reads Pinterest as the company, not a partner", () => {
    const own = ownNames("State Privacy Law Disclosure & Notice at Collection", pinterest);
    expect(own.has("Pinterest")).toBe(true);
    const named = extractFacts(pinterest, undefined, own)
      .filter((f) => f.kind === "named-partner")
      .map((f) => f.value);
    expect(named).toEqual(["Facebook, Google (as examples)"]);
  });
  it("leaves a third party's name defined alone", () => {
    const own = ownNames("Privacy Policy", [
      "We use Google Analytics (“Google Analytics”) and Facebook Pixel (the “Pixel”) to measure traffic.",
    ]);
    expect(own.has("Google")).toBe(false);
  });
});
