import { describe, expect, it } from "vitest";
import { valuesOf } from "./audit-test-helpers";
import {
  optOutOnlyDisclaimed,
  providersAskedToDelete,
  providersOnlyAsSources,
  runTogetherPiece,
} from "./read-since-2027-02-02";

/*
 * Facts the double reading of 2027-01-31 left once its causes were fixed: each on the policy's own
 * sentence, with a counter-example the fix must leave alone.
 */

describe("third parties: providers named where the company gives them nothing", () => {
  it("reads providers the user may ask to delete data as none given (Exponential, WP Engine)", () => {
    const exponential =
      "The CCPA generally permits you to request that we and our direct service providers delete your personal information.";
    expect(providersAskedToDelete(exponential)).toBe(true);
    expect(valuesOf(exponential, "service-providers")).toEqual([]);
    expect(
      valuesOf(
        "Once we receive and confirm your verifiable consumer request, we will delete (and direct our service providers to delete) your personal information from our records.",
        "service-providers",
      ),
    ).toEqual([]);
  });
  it("leaves providers the company gives data to, beside a deletion", () => {
    expect(
      valuesOf(
        "We share your personal information with our service providers, who delete it when the service ends.",
        "service-providers",
      ),
    ).toEqual(["shared with service providers, limits not stated"]);
  });
  it("reads providers as sources of the company's data (Zillow, Exponential)", () => {
    for (const s of [
      "Service Providers: Our service providers, like payment processors and marketing providers, collect personal data and often share some or all of this information with us.",
      "Partners or their agents (e.g., information that our Partners give to us related to the services for which they engage us); and",
      "Although we often collect the personal data described above directly from you, we may also collect certain information through our business partners, service providers, and other third parties that collect it on our behalf, such as communications providers, data brokers, payment processors, payment system providers, and information technology providers.",
    ]) {
      expect(providersOnlyAsSources(s)).toBe(true);
      expect(valuesOf(s, "service-providers")).toEqual([]);
    }
  });
  it("leaves providers given data beside data given to the company", () => {
    for (const s of [
      "We share your data with service providers, who may share data with us.",
      "As indicated throughout this Privacy Notice, some users may be asked to provide some information to us and our service providers.",
      "Companies that provide advertising and marketing services to us.",
      "We will use third party service providers to process sensitive data for the purpose of verifying the identifiers you provide to us while registering.",
    ])
      expect(valuesOf(s, "service-providers")).not.toEqual([]);
  });
  it("reads a pointer to a professional's own notice as none given (Zillow)", () => {
    expect(
      valuesOf(
        "For offerings provided by our customers who are real estate professionals (such as real estate agents, builders, third-party lenders, and property managers), please refer to the privacy notice of the real estate professional with whom you have a relationship for information on how they engage us to process your personal data.",
        "service-providers",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We share your personal information with real estate agents; please refer to the privacy notice of the real estate professional.",
        "service-providers",
      ),
    ).toEqual(["shared with service providers, limits not stated"]);
  });
  it("reads providers the company ensures do as it does as bound (Finnair)", () => {
    expect(
      valuesOf(
        "We also ensure that our ICT and other service providers do so and assess that our third-party partners implement similar, compliant practices to safeguard your personal data.",
        "service-providers",
      ),
    ).toEqual(["shared with service providers under contract or confidentiality"]);
    expect(
      valuesOf(
        "We share your personal data with our ICT service providers to ensure that the service works.",
        "service-providers",
      ),
    ).toEqual(["shared with service providers, limits not stated"]);
  });
});

describe("third parties: a denial only of sensitive data, or of minors' (Zillow)", () => {
  const zillow =
    "We do not sell your sensitive information, and we do not process or otherwise share sensitive information for the purpose of targeted advertising.We may request your consent before collecting sensitive information, and/or you may be able to request to limit, or withdraw consent for, our processing of sensitive information, subject to certain legal limitations and exceptions (as described in the Your Rights and Choices section below).";
  it("reads no general denial", () => {
    expect(valuesOf(zillow, "no-marketing-sharing")).toEqual([]);
    expect(
      valuesOf(
        "We do not sell or, for the purpose of targeted advertising, share the personal data of individuals we know to be less than 18 years of age.",
        "no-marketing-sharing",
      ),
    ).toEqual([]);
  });
  it("leaves a general denial", () => {
    expect(
      valuesOf(
        "We do not share your personal information with third parties for their marketing purposes.",
        "no-marketing-sharing",
      ),
    ).toEqual(["not shared for others' marketing"]);
  });
  it("reads the opt-out in its own sentence of two run together (Zillow)", () => {
    expect(valuesOf(zillow, "opt-out")).toEqual(["offered, how not stated"]);
    expect(runTogetherPiece("See example.com for more. Then", 6)).toEqual([0, 30]);
    expect(runTogetherPiece("advertising.We may", 14)).toEqual([12, 18]);
    expect(
      valuesOf(
        "You can opt out of targeted advertising in your account settings.We may also ask for your consent.",
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, in account settings"]);
  });
});

describe("choice: a disclaimer of others' opt-outs is none offered (Kick)", () => {
  it("reads Kick's and The New York Times' sentences as none", () => {
    for (const s of [
      "We are not responsible for the effectiveness of, or compliance with, any third parties' opt-out options or programs or the accuracy of their statements regarding their programs.",
      "We are not responsible for any third party’s failure to comply with opt-out requests.",
    ])
      expect(valuesOf(s, "opt-out")).toEqual([]);
    expect(optOutOnlyDisclaimed("We are not responsible for any third parties' ")).toBe(true);
  });
  it("leaves an opt-out offered after a disclaimer", () => {
    expect(
      valuesOf(
        "We are not responsible for third parties' practices, but you can opt out of targeted advertising in your account settings.",
        "opt-out",
      ),
    ).toEqual(["of targeted advertising, in account settings"]);
  });
});
