import { describe, expect, it } from "vitest";
import { analyzePolicy } from "./analyze-policy";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  partnersListedOutright,
  providersLimitedInOtherWords,
  providersNamedButNotGiven,
  regulatorAsGuidanceAuthor,
  theirInterestInMarketing,
  usersToldToEncrypt,
} from "./read-since-2027-01-31";

/*
 * Findings the blind double reading of 2027-01-31 (112 machine findings, 8 companies) confirmed
 * misread in third parties, use, retention, disputes, cookies and security; each on the policy's
 * own sentence, with a counter-example the fix must leave alone.
 */
const SHARED = "shared for others' marketing or advertising";
const LIMITS_NOT_STATED = "shared with service providers, limits not stated";
const UNDER_CONTRACT = "shared with service providers under contract or confidentiality";

describe("companies interested in marketing their products to the user market to them (Shockwave.com)", () => {
  const shockwave =
    "Additionally, with your consent, we may share the personal information you provide online with companies not affiliated with us (i.e. third-party companies) who are interested in marketing their products or services to you or in asking you questions, both online and offline.";
  it("reads Shockwave.com's sentence as others' marketing, its third parties and use concerning", () => {
    expect(theirInterestInMarketing(shockwave)).toContain("for their own marketing purposes");
    expect(valuesOf(shockwave, "advertising-sharing")).toEqual([SHARED]);
    expect(rate("third-parties", shockwave).rating).toBe("concerning");
    expect(rate("use", shockwave).rating).toBe("concerning");
  });
  it("leaves the company's own products and a denial", () => {
    for (const text of [
      "We may share your information with agencies who are interested in marketing our products to you.",
      "We do not share your personal information with companies who are interested in marketing their products or services to you.",
    ])
      expect(valuesOf(text, "advertising-sharing")).toEqual([]);
  });
});

describe("backups named with another noun before their head keep data (Sony)", () => {
  const sony =
    "Even if we delete information from active databases, the information may remain on backup or storage media.";
  it("reads Sony's sentence as backups with no limit", () => {
    expect(valuesOf(sony, "retention-backups")).toEqual([
      "kept in backups or archives, no limit stated",
    ]);
    expect(
      valuesOf("Copies may remain in our backup and archive systems.", "retention-backups"),
    ).toHaveLength(1);
  });
  it("leaves copies deleted from them", () => {
    expect(
      valuesOf(
        "Copies are deleted from our backup or storage media within 30 days.",
        "retention-backups",
      ),
    ).toEqual([]);
  });
});

describe("a regulator named only as the author of guidance is no recourse (Google Play)", () => {
  const play =
    "For example, if you offer your services to users in the European Union, note that the French Data Protection Authority (CNIL) adopted guidance on best practices for protection of personal data within the mobile environment that may be helpful for you to refer to.";
  it("reads no regulator in Google Play's sentence", () => {
    expect(regulatorAsGuidanceAuthor(play)).toBe(true);
    expect(valuesOf(play, "regulator")).toEqual([]);
    expect(rate("disputes", play, undefined, 0).rating).toBe("not-addressed");
  });
  it("keeps a regulator the user may complain to", () => {
    const complaint =
      "The French Data Protection Authority (CNIL) has issued guidelines on cookies, and you may lodge a complaint with it.";
    expect(regulatorAsGuidanceAuthor(complaint)).toBe(false);
    expect(valuesOf(complaint, "regulator").length).toBeGreaterThan(0);
  });
});

describe("providers named beside a denial or as a source are given nothing (Sony)", () => {
  const denial =
    "We do not share the information that you provide to Sony with these third parties, but ad network providers, the advertisers, the sponsors, and/or analytics service providers may set and access their own cookies, web beacons and embedded scripts on your Device from our Website.";
  const code =
    "The code is temporarily downloaded onto your Device from our server or a third-party service provider, is active only while you are connected to the Website, and is deactivated or deleted thereafter.";
  it("reads neither of Sony's sentences as sharing with providers", () => {
    for (const s of [denial, code]) {
      expect(providersNamedButNotGiven(s)).toBe(true);
      expect(valuesOf(s, "service-providers")).toEqual([]);
    }
  });
  it("keeps providers given data after the 'but'", () => {
    const given =
      "We do not sell your information to advertisers, but we share it with our service providers.";
    expect(providersNamedButNotGiven(given)).toBe(false);
    expect(valuesOf(given, "service-providers")).toHaveLength(1);
  });
});

describe("limits stated in other words are limits (Badoo, Wolfram)", () => {
  const sentences = [
    "We carry out due diligence on all Service Providers we engage to ensure they have adequate data protection and information security measures in place and only provide them with the personal information necessary to the service they are providing.",
    "*When shared with a Marketing Service Provider, hashed emails are deleted after the ads are served.",
    "Wolfram may share information with affiliates, partners, service providers, authorized resellers and distributors, and relevant third parties in order to fulfill the limited purposes described herein.",
  ];
  it("reads each as providers with limits", () => {
    for (const s of sentences) {
      expect(providersLimitedInOtherWords(s)).toBe(true);
      expect(valuesOf(s, "service-providers")).toEqual([UNDER_CONTRACT]);
    }
  });
  it("leaves providers with no limit", () => {
    const open = "We share your information with service providers who help us run the service.";
    expect(providersLimitedInOtherWords(open)).toBe(false);
    expect(valuesOf(open, "service-providers")).toEqual([LIMITS_NOT_STATED]);
  });
});

describe("the user's own agents are no service providers (Wolfram)", () => {
  const wolfram =
    "Third parties to whom you or your agents authorize us to disclose your PI in connection with products or Services we provide to you";
  it("reads no provider in Wolfram's list item", () => {
    expect(valuesOf(wolfram, "service-providers")).toEqual([]);
  });
  it("keeps the company's agents", () => {
    expect(
      valuesOf("We disclose your PI to our agents and contractors.", "service-providers"),
    ).toHaveLength(1);
  });
});

describe("partners listed after 'which currently are' are named outright (Finnair)", () => {
  const finnair =
    "These third-party partners, which currently are Meta Platforms Ireland Limited, Google LLC and Sanoma Media Finland Oy, may act as joint controllers together with us and as independent controllers to whom your data is transferred for delivering you targeted advertising.";
  it("names Finnair's partners, not as examples", () => {
    expect(partnersListedOutright(finnair)).not.toBeNull();
    expect(valuesOf(finnair, "named-partner")).toEqual(["Meta, Google"]);
  });
  it("leaves partners given as examples", () => {
    expect(
      valuesOf("We share data with partners such as Meta and Google.", "named-partner"),
    ).toEqual(["Meta, Google (as examples)"]);
  });
});

describe("a law giving the right to know how the site responds to Do Not Track is no answer (Shockwave.com)", () => {
  const law =
    "The California Business & Professions Code Section 22575(b) (as amended effective January 1, 2014) provides that California residents are entitled to know how the Site responds to a do not track browser settings.";
  it("reads the law's sentence as Do Not Track mentioned, the next as not honoured", () => {
    expect(valuesOf(law, "do-not-track")).toEqual(["Do Not Track: mentioned"]);
    expect(
      valuesOf(
        "The Site does not currently take action to respond to Do Not Track signals.",
        "do-not-track",
      ),
    ).toEqual(["Do Not Track: not honoured"]);
  });
  it("keeps a signal honoured", () => {
    expect(valuesOf("We honor Do Not Track signals.", "do-not-track")).toEqual([
      "Do Not Track: honoured",
    ]);
  });
});

describe("users told to encrypt is no safeguard of the company's (Gofile)", () => {
  const gofile =
    "We strongly recommend Users encrypt sensitive files locally before uploading for an additional layer of protection.";
  it("reads no encryption in Gofile's advice", () => {
    expect(usersToldToEncrypt(gofile)).toBe(true);
    expect(valuesOf(gofile, "encryption")).toEqual([]);
  });
  it("keeps the company's own encryption", () => {
    const own = "We encrypt your files at rest and recommend users choose strong passwords.";
    expect(usersToldToEncrypt(own)).toBe(false);
    expect(valuesOf(own, "encryption").length).toBeGreaterThan(0);
  });
});

describe("the services the user asked for bound what providers get (Finnair)", () => {
  const finnair =
    "We transfer your personal data to travel agencies, ancillary service providers, authorities and ground handlers, in accordance with the services requested.";
  it("reads Finnair's sentence as providers with a limit", () => {
    expect(providersLimitedInOtherWords(finnair)).toBe(true);
    expect(valuesOf(finnair, "service-providers")).toEqual([UNDER_CONTRACT]);
  });
  it("leaves providers who do as the company asks", () => {
    const asked =
      "We share your data with our service providers, who process it as requested by us.";
    expect(providersLimitedInOtherWords(asked)).toBe(false);
    expect(valuesOf(asked, "service-providers")).toEqual([LIMITS_NOT_STATED]);
  });
});

describe("asking for more information on sharing for direct marketing states no sharing (Badoo)", () => {
  const badoo =
    "To request more information concerning the categories of personal information we share with third parties for their direct marketing purposes, please contact us using the information at the bottom of this policy.";
  it("reads no marketing sharing from Badoo's request", () => {
    expect(valuesOf(badoo, "marketing-sharing")).toEqual([]);
  });
  it("still reads sharing for marketing said outright", () => {
    const said =
      "We may share your contact details with third parties for their direct marketing purposes.";
    expect(valuesOf(said, "marketing-sharing")).not.toEqual([]);
  });
});

describe("a finding shows a signal's answer before its mention (Shockwave.com, Last.fm)", () => {
  it("lists 'Do Not Track: not honoured' first where a bare mention came first", () => {
    const policy = [
      "# Privacy Policy",
      "## Cookies",
      "We use cookies and web beacons from advertising partners to show you ads on other sites.",
      "## Do Not Track",
      "Do Not Track.",
      "Our websites and apps are not designed to respond to “do not track” requests from browsers.",
    ].join("\n\n");
    const cookies = analyzePolicy(Buffer.from(policy), { format: "markdown" }).findings.find(
      (f) => f.practice === "cookies",
    )!;
    const signals = cookies.facts.filter((f) => f.kind === "do-not-track").map((f) => f.value);
    expect(signals[0]).toBe("Do Not Track: not honoured");
    expect(signals).toContain("Do Not Track: mentioned");
  });
});
