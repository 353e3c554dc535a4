import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  detailsGivenForPartnersMail,
  givingToProvidersDenied,
  providersNamedNotGiven,
} from "./read-since-2027-01-21";

/*
 * The re-audit of 2027-01-21 (175 machine findings of 25 companies, the 251st to 275th by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy
 * changes and choice): each cause on the policy's own sentence, with a counter-example the fix
 * must leave alone.
 */
describe("third parties: service providers named where the company gives them nothing", () => {
  const nothing = [
    // Data collected from providers (Streamable, Bolt Drivers, Zillow).
    "Depending on your use of the Services, we may collect data about you from third-party service providers which you have linked to your use of the Services (including social media account and single-sign-on services), publicly available sources, data enrichment vendors, payment and delivery service vendors, advertising networks, analytics providers (such as Google Analytics), and our business partners.",
    "Driver Compliance Data — To meet local requirements, we may collect personal data from service providers who carry out vehicle and driver compliance checks.",
    // The company's or the user's capacity as a provider (Flickr, Bolt Drivers, Buffer).
    "We process a user’s Photographer Personal Data as the user’s “processor” (under the GDPR and similar laws) or “service provider” (under the California Consumer Privacy Act) as set forth in our agreement with the user.",
    "These sections also do not apply to Photographer Personal Data (defined further above as user-uploaded images, videos and certain content relating to such images and videos), even when such data is about a resident of California, because Flickr is a “service provider” for such data under the CCPA.",
    "This Notice applies to all Drivers globally who access the Bolt Platform to fulfil passenger transportation services (and other ancillary transportation services such as package delivery services), whether acting on their own behalf as an independent service provider or acting on behalf of another service provider (for example, acting on behalf of a fleet or another individual).",
    "We process such Personal Information as a data processor of our commercial customers, which are the entities responsible for the data processing.",
    // Providers among those protected (ASUS, Myspace).
    "(2) To safeguard the rights, property, or safety of ASUS, our service providers, customers, or the public, as allowed or required by law.",
    "We may also preserve, use, or disclose your personal information if we have, in our discretion, a good faith belief that such use and/or disclosure is necessary in order to: (i) protect or defend our or your legal rights or property or those of our affiliates, employees, agents and contractors (including enforcement of our agreements);",
    // The user's own provider, a takedown request, a vendor to contact (Shockwave, Windstream, XNXX, Exponential).
    "For instructions on changing the relevant settings, please contact your service provider or device manufacturer.",
    "Allow third parties to change your service provider or otherwise access your account information, at your request, without complying with our security policies.",
    "The process entails the copyright owner (or the owner’s agent) sending a copyright infringement takedown request to a service provider requesting that the provider remove material that the copyright owner contends is infringing their copyright(s).",
    "However, if you do not want any information to be collected and used by tracking technologies, contact the responsible third-party vendor or use the Digital Advertising Alliance Opt-Out Tool.",
    // Providers as people or relationships (Binance, Buffer, Logitech).
    "Binance (“Binance”, “we”, or “us”) is committed to protecting the privacy of our customers, service providers and website users and we take our data protection responsibilities with the utmost seriousness.",
    "Transaction Information — Customers and Service Providers — Information about the transaction you make on our services, such as the name of the recipient, your name and e-mail.",
    "manage our customer, service provider and partner relationships;",
    "Logitech operates under its parent company, Logitech Europe S.A., and the specific Logitech company that controls your data may vary depending on your relationship with us (whether it be as a customer, partner, supplier, contractor or any other relevant relationship).",
    // Definitions (Aetna, YouTube, Paradox Interactive, ProtonVPN).
    'For purposes of this Section, the terms "Aetna," "our," "we," or "us" include the Aetna group of companies, including Aetna Life Insurance Company and its affiliates, including its agents, representatives, employees, vendors and suppliers.',
    "An affiliate is an entity that belongs to the Google group of companies, including the following companies that provide consumer services in the EU: Google Ireland Limited, Google Commerce Ltd, Google Payment Corp, and Google Dialer Inc.",
    "prospective or actual buyers (including their agents or advisors) in the context of a planned or actual acquisition, merger, or other business restructuring, including the sale of individual Games;",
    "Your interactions with those features and platforms are governed by the privacy policies of the companies that provide them.",
    // A denial (Exponential).
    "We do not transfer your information to these third-party vendors.",
  ];
  it("reads none of them as data shared with service providers", () => {
    for (const text of nothing) expect(valuesOf(text, "service-providers")).toEqual([]);
  });
  it("leaves data given to providers, whatever else the sentence says", () => {
    for (const text of [
      "We collect your information and share it with our service providers, who are bound by contract.",
      "Our service providers collect information from you on our behalf and process your data for us.",
      "We use Stripe as a payment service provider and share your card details with it.",
      "To protect the rights of our users, we share your data with our service providers.",
      "We disclose your data to your service provider when you ask us to port your number.",
      "We do not share your data with our vendors except as needed to provide the Services.",
      // A provider's service named (illumin), and a transfer to where providers are (Bolt).
      "Other third-party service providers used by illumin include: a) outsourced computer programmers helping ensure our systems are operating properly; b) email marketing providers, d) customer relationship management, contact database vendors.",
      "We rely on these adequacy decisions when we transfer personal data we collect from the EEA and the United Kingdom to the United States (where some of our third party service providers are based).",
      "With vendors, consultants and other service providers who need access to such information to carry out work on our behalf;",
    ])
      expect(valuesOf(text, "service-providers")).not.toEqual([]);
    expect(providersNamedNotGiven("We collect information from you and your device.")).toBe(false);
    expect(
      givingToProvidersDenied("We do not sell your data to any vendors, but we share it."),
    ).toBe(false);
  });
});

describe("third parties: contact details given for a partner's advertising mail", () => {
  const donkey =
    "If agreed , we can provide an option for our riders to opt-in to receive advertising emails from our partner by submitting their name and email address.";
  it("reads Donkey Republic's sentence as sharing for marketing, so no longer protective", () => {
    expect(valuesOf(donkey, "marketing-sharing")).toEqual([
      "shared with third parties for marketing",
    ]);
    expect(
      rate("third-parties", [
        "We never sell or profit directly from any of your personal data.",
        "3rd party processors that process personal data on our behalf.",
        "Adyen — Name, email address, Payment card, IP Address — Payment provider — N/A",
        donkey,
      ]).rating,
    ).toBe("neutral");
  });
  it("leaves the company's own mail and offers with no details submitted", () => {
    expect(
      detailsGivenForPartnersMail(
        "You may opt-in to receive advertising emails from us about our partners by submitting your email address.",
      ),
    ).toBe(false);
    expect(
      detailsGivenForPartnersMail(
        "You may receive promotional offers from our partners in the app.",
      ),
    ).toBe(false);
  });
});
