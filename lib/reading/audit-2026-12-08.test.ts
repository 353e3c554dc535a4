import { describe, expect, it } from "vitest";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-08 (25 machine-read companies; collection,
 * security, international, business transfer, legal disclosure, children, policy changes and third
 * parties), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("third parties: a no-sale that is not the company's denial for everyone", () => {
  it("reads no denial from a condition or from what the user asks for (Persumi, Qiw.gg, Cloudflare, Spark)", () => {
    for (const text of [
      "A list of categories of personal information that we have sold, along with the category of any other company we sold it to. If we have not sold your personal information, we will inform you of that fact.",
      "Request that a business that sells a consumer's personal data, not sell the consumer's personal data.",
      "You can ask that we do not “sell” or “share” your Personal Information as “sell” and “share” are explicitly defined under the CCPA.",
      "If you wish to register your preference that we do not sell your data in the future, please contact us at dpo@sparkmailapp.com.",
    ])
      expect(factsOf(text, "no-sale"), text).toHaveLength(0);
    // Persumi: without the denial, named processors under contract are not "data not sold".
    expect(
      rate("third-parties", [
        "We may employ third party companies and individuals to facilitate our Service (“Service Providers”), provide Service on our behalf, perform Service-related services or assist us in analysing how our Service is used. These third parties have access to your Personal Data only to perform these tasks on our behalf and are obligated not to disclose or use it for any other purpose.",
        "If we have not sold your personal information, we will inform you of that fact.",
      ]).reason,
    ).toBe("neutral: service providers under contract or confidentiality");
  });

  it("still reads the company's own denial, with or without a condition or request before it", () => {
    for (const text of [
      "We do not sell your personal information.",
      "If you are a California resident, we do not sell your personal information.",
      "As you requested, we do not sell your personal information.",
      "We confirm that we have not sold your personal information.",
      "If you ask, we will confirm that we do not sell personal data.",
    ])
      expect(valuesOf(text, "no-sale"), text).toEqual([
        expect.stringMatching(/^(does|has) not sell|^has not sold/),
      ]);
  });

  it("reads a denial for one state's resident, said with a possessive, as for some places only (Buffer): its value names the place, and it is no “data not sold”", () => {
    expect(
      valuesOf(
        "In the preceding twelve months, we have not sold any California resident’s Personal Information.",
        "no-sale",
      ),
    ).toEqual(["has not sold California resident’s Personal Information"]);
    expect(
      rate("third-parties", [
        "We share your personal information with service providers who host our website.",
        "In the preceding twelve months, we have not sold any California resident’s Personal Information.",
      ]).reason,
    ).toBe("neutral: shared with service providers");
    // Residents said otherwise still scope it; a denial for everyone is "data not sold".
    expect(
      rate("third-parties", [
        "We share your personal information with service providers who host our website.",
        "We have not sold any Personal Information in the preceding twelve months.",
      ]).reason,
    ).toBe("neutral: shared with service providers; data not sold");
  });
});

describe("policy changes: a direct notice in other words, and a law's name that only looks like a revision", () => {
  it("reads 'let you know … contacting you directly' as a direct notice (Arc, Lyft)", () => {
    for (const text of [
      "We're constantly trying to improve our product and services, so we may need to change this Privacy Policy from time to time. we'll let you know of material changes by placing a notice on the app and on The Browser Company website and/or contacting you directly, mostly likely via email.",
      "If we update it, we will do so online, and if we make material changes, we will let you know through the Lyft Platform or by some other method of communication like email and seek your consent where required by applicable laws.",
    ])
      expect(valuesOf(text, "change-notice"), text).toEqual(["direct notice"]);
    expect(
      rate(
        "policy-changes",
        "We may need to change this Privacy Policy from time to time. we'll let you know of material changes by contacting you directly.",
      ).reason,
    ).toBe("neutral: users are notified directly of changes");
  });

  it("leaves 'let you know' by posting as posted, and a title as no notice (Reddit, Vocabulary Spelling City)", () => {
    expect(
      valuesOf(
        "We may change this Privacy Policy from time to time. If we do, we will let you know by revising the date at the top of the policy.",
        "change-notice",
      ),
    ).toEqual(["posted on the site"]);
    expect(
      factsOf("How we let you know about changes to the policy.", "change-notice"),
    ).toHaveLength(0);
  });

  it("reads no notice of policy changes from a law's name (Shein), but a change said beside it", () => {
    expect(
      factsOf(
        '8.2 Nevada - Although we do not "sell" "covered information" of Nevada "consumers" as those terms are defined by Chapter 603A of the Nevada Revised Statutes, if you are a Nevada consumer, please go to our Privacy Center and inform us that you would like us to provide you notice in the event we should do so in the future, at which point you will have an opportunity to be verified and exercise your opt-out rights under that law.',
        "change-notice",
      ),
    ).toHaveLength(0);
    expect(
      valuesOf(
        "We may update this Privacy Policy as required by the Nevada Revised Statutes, and we will notify you by email.",
        "change-notice",
      ),
    ).toEqual(["direct notice"]);
  });
});

describe("legal disclosure: a court's order in other words, and 'warrant' the verb", () => {
  it("reads an order from judicial authorities as legal process, in the policy's words (Telegram, Logitech)", () => {
    expect(
      rate(
        "law-enforcement",
        "If Telegram receives a valid order from the relevant judicial authorities that confirms you're a suspect in a case involving criminal activities that violate the Telegram Terms of Service, we will perform a legal analysis of the request and may disclose your IP address and phone number to the relevant authorities.",
      ).reason,
    ).toBe(
      "neutral: disclosure in response to legal process (order from the relevant judicial authorities)",
    );
    expect(
      valuesOf(
        "We may disclose information to protect your or our legal rights or as required by law or orders from a court or government agency.",
        "legal-process",
      ),
    ).toEqual(["orders from a court"]);
  });

  it("leaves alone an order that is no court's, and reads no warrant in 'ensure or warrant' (Buffer)", () => {
    for (const text of [
      "We share your order details with the courier so that your order can be delivered.",
      "We cannot guarantee that information about you will not be accessed, viewed, disclosed, altered, or destroyed by breach of any of our administrative, physical, and electronic safeguards, subject to requirements under applicable law to ensure or warrant information security.",
    ])
      expect(factsOf(text, "legal-process"), text).toHaveLength(0);
    expect(
      valuesOf(
        "We disclose data in response to a subpoena, court order or warrant.",
        "legal-process",
      ),
    ).toEqual(["subpoena"]);
  });
});

describe("business transfer: the new owners held to the policy's uses in other words", () => {
  const clause =
    "If we choose to sell, transfer, or merge parts of our business or our assets, your personal data would be shared with such third parties as part of such a transaction. Alternatively, we may seek to acquire other businesses or merge with them. If a change happens to our business, then the new owners may use your personal data in the same way as set out in this privacy notice.";

  it("reads 'in the same way as set out in this privacy notice' as the successor bound (Stack Overflow, Disqus)", () => {
    expect(factsOf(clause, "successor-bound")).toHaveLength(1);
    expect(rate("business-transfer", clause).reason).toBe(
      "neutral: users notified or the successor bound by the policy",
    );
  });

  it("leaves alone data only transferred as the policy describes", () => {
    const text =
      "In a merger or acquisition, your information may be transferred as described in this Privacy Policy.";
    expect(factsOf(text, "successor-bound")).toHaveLength(0);
    expect(rate("business-transfer", text).rating).toBe("concerning");
  });
});

describe("children: who may use the service said by 'aged' alone", () => {
  it("reads 'only allowed to use our Services when aged 16 and over' (WeTransfer, VR, Paradox Interactive)", () => {
    const clause =
      "Minors\nWeTransfer’s Services are not directed towards minors. You are only allowed to use our Services when aged 16 and over.";
    expect(rate("children", clause).reason).toBe(
      "neutral: an age threshold for children is stated (under 16)",
    );
    expect(valuesOf("Anyone aged 13 or over can create an account.", "children-age")).toEqual([
      "under 13",
    ]);
  });

  it("leaves alone what is done with older users' data (Myspace)", () => {
    expect(
      factsOf(
        "As noted in our Terms of Service, Myspace currently makes all profiles of Members aged 18 and older public by default, and unless you change your profile to “restricted” all of your profile activity will be visible other users.",
        "children-age",
      ),
    ).toHaveLength(0);
  });
});
