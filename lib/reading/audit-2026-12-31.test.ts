import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the re-audit of 2026-12-31 (the 26th to 50th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy
 * changes and choice), each on the policy's own sentence, with a counter-example the fix must
 * leave alone.
 */
describe("third parties: words of the provider rule that name no recipient", () => {
  const base = [
    "Build and deploy AI agents that can interact with onchain data and smart contracts.](https://docs.base.org/use-cases/launch-ai-agents)[### Create engaging social experiences",
    "Integrate secure and efficient crypto payment solutions for your applications.](https://docs.base.org/use-cases/accept-crypto-payments)[### Launch AI agents",
  ];
  const uptimerobot =
    "Log Information: Like most online service providers, we collect information that web browsers, mobile devices, and servers typically make available, such as the browser type, IP address, unique device identifiers, language preference, referring site, the date and time of access, operating system, and mobile network information.";
  it("reads no service providers in Base's AI agents, nor in UptimeRobot's likeness", () => {
    expect(valuesOf(base, "service-providers")).toEqual([]);
    expect(rate("third-parties", base, undefined, 0).rating).toBe("not-addressed");
    expect(valuesOf(uptimerobot, "service-providers")).toEqual([]);
  });
  it("leaves agents that act for the company, and providers beside the likeness", () => {
    expect(
      valuesOf(
        "We share your information with our agents and AI agents that act on our behalf.",
        "service-providers",
      ),
    ).toEqual(["shared with service providers under contract or confidentiality"]);
    expect(
      valuesOf(
        "Like most online service providers, we share your data with vendors who host our site.",
        "service-providers",
      ),
    ).toHaveLength(1);
  });
});

describe("third parties: names given as sources in the passive", () => {
  const greetings =
    "Supplemented data may be received about you from other sources, including social media sites like Facebook, Twitter etc. in which case we combine this data with information that we already have about you, so that we can update, expand and analyze the accuracy of our records, identify new customers, and provide products and services that may be of interest to you.";
  it("reads 123Greetings' Facebook and Twitter as sources, no partners", () => {
    expect(valuesOf(greetings, "named-partner")).toEqual([]);
  });
  it("leaves a sentence that also gives data to them", () => {
    expect(
      valuesOf(
        "Information may be received from Facebook, and we share your email address with Facebook for advertising.",
        "named-partner",
      ),
    ).not.toEqual([]);
  });
});

describe("disputes: a regulator's website given for advice", () => {
  const dailymotion =
    "Please refer to the Federal Trade Commission’s website at for further information on how to protect Yourself from identity theft.";
  it("reads no regulator in Dailymotion's advice", () => {
    expect(valuesOf(dailymotion, "regulator")).toEqual([]);
  });
  it("leaves a regulator users may complain to, and one the company is subject to", () => {
    expect(
      valuesOf(
        "You may lodge a complaint with the Federal Trade Commission; see its website for further information.",
        "regulator",
      ),
    ).toEqual(["Federal Trade Commission"]);
    expect(
      valuesOf(
        "Dailymotion Inc. is subject to the regulatory enforcement powers of the U.S. Federal Trade Commission.",
        "regulator",
      ),
    ).toEqual(["Federal Trade Commission"]);
  });
});

describe("choice: cookies refused in the browser, said as its cookie settings", () => {
  const limitless =
    'Please review your web browser\'s "Help" file to learn the proper way to modify your cookie settings.';
  const betterStack = "You can change your cookie preferences in your browser settings.";
  const flutterwave =
    "Some browsers may automatically accept cookies, while some can be modified to decline cookies or alert you when a website wants to place a cookie on your computer.";
  it("reads each as an opt-out of cookies in browser settings", () => {
    for (const s of [limitless, betterStack, flutterwave])
      expect(valuesOf(s, "opt-out")).toEqual(["of cookies, in browser settings"]);
    expect(rate("choice", [limitless]).reason).toBe(
      "neutral: an opt-out of cookies is offered in browser settings",
    );
  });
  it("leaves cookie settings the company keeps, and a browser of the company's", () => {
    expect(
      valuesOf("We update your cookie settings when you sign in to our website.", "opt-out"),
    ).toEqual([]);
    expect(
      valuesOf(
        "Our browser may be configured by us to store cookies for the sites you visit.",
        "opt-out",
      ),
    ).toEqual([]);
  });
});

describe("choice: the sharing of the user's data controlled by a named setting", () => {
  const x =
    "You can control whether X shares your personal information with these partners by using the “Data sharing with business partners” setting.";
  it("reads X's setting as an opt-out of sharing in account settings", () => {
    expect(valuesOf(x, "opt-out")).toEqual([
      "of the sharing of personal data, in account settings",
    ]);
  });
  it("leaves the user's control of what they post", () => {
    expect(
      valuesOf(
        "You can control whether your posts are public by using the audience setting.",
        "opt-out",
      ),
    ).toEqual([]);
  });
});

describe("choice: the company disabling access to content", () => {
  const dailymotion =
    "Content moderation: as a content hosting platform, we have a legal obligation to disable access to any hosted Content reasonably believed to be illicit.";
  it("reads no opt-out in Dailymotion's content moderation", () => {
    expect(valuesOf(dailymotion, "opt-out")).toEqual([]);
  });
  it("leaves the user's opt-out beside it", () => {
    expect(
      valuesOf(
        "You may opt out of personalized ads at any time in your account settings.",
        "opt-out",
      ),
    ).not.toEqual([]);
  });
});

describe("retention: kept 'for as long they are needed'", () => {
  const visible =
    "Our policies require that we retain records for as long they are needed to provide you service or for legal, tax, audit, investigative, and/or security purposes and then securely delete or destroy them.";
  it("reads Visible's records kept as long as needed", () => {
    expect(valuesOf(visible, "retention-while-needed")).toEqual(["as long as needed"]);
    expect(rate("retention", visible).rating).toBe("neutral");
  });
  it("leaves a sentence with no verb of keeping", () => {
    expect(
      valuesOf(
        "You may use the service for as long they are needed by your team.",
        "retention-while-needed",
      ),
    ).toEqual([]);
  });
});
