import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-27 (25 machine-read companies, every 12th
 * from the 12th; collection, use, access, security, international transfer, business transfer and
 * legal disclosure), each on the policy's own sentence, with a counter-example the fix must leave
 * alone.
 */
describe("business transfer: users told of a transfer the sentence before names", () => {
  const streamable = [
    "In connection with, or during negotiations of, any merger, sale or transfer of company assets, financing or acquisition of all or a portion of our business. If a change happens to our business, we will notify you.",
  ];
  const ning = [
    "In the event of a change in ownership, or a merger with, acquisition by, or sale of assets to, another entity, we reserve the right to transfer all of your Personal Information, including email addresses, to that entity. We will use reasonable efforts to notify registered users of such a transfer (by a posting on our home page or elsewhere on the NING Platform, or by email to a Member’s email address that was provided to us, as chosen by us in our discretion).",
  ];

  it("reads a change to the business (Streamable) and registered users told (NING)", () => {
    expect(valuesOf(streamable, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", streamable).rating).toBe("neutral");
    expect(valuesOf(ning, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", ning).rating).toBe("neutral");
  });

  it("leaves users told of other changes, and a change with no business event before it", () => {
    expect(
      valuesOf(
        "We may update this policy. We will notify registered users of such a change by email.",
        "successor-bound",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We may change our prices. If a change happens to our business, we will notify you.",
        "successor-bound",
      ),
    ).toEqual([]);
  });
});

describe("business transfer: data passed in gerunds", () => {
  const nyt =
    "In the event of a reorganization, merger, sale, joint venture, assignment, transfer or other disposition of all or any portion of our business, assets or stock (including in connection with any bankruptcy or similar proceedings), we would have a legitimate interest in disclosing or transferring your information to a third party — such as an acquiring entity and its advisers.";

  it("reads the legitimate interest in transferring the data (The New York Times)", () => {
    expect(valuesOf(nyt, "transfer-as-asset")).toEqual(["data passes with the business's assets"]);
    expect(rate("business-transfer", nyt).rating).toBe("concerning");
  });

  it("leaves a gerund denied, a law's definition and a sale of data with no business event", () => {
    expect(
      valuesOf(
        "In the event of a merger, we are committed to not transferring your information without your consent.",
        "transfer-as-asset",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "“Sale” means selling personal information for value; it does not include the transfer of personal information as part of a merger.",
        "transfer-as-asset",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We have a legitimate interest in sharing your information with our service providers.",
        "transfer-as-asset",
      ),
    ).toEqual([]);
  });
});

describe("legal disclosure: a list item at the company's judgement", () => {
  const hearst = [
    "Hearst may provide the information we obtain from you through the Site to:",
    "As we believe is necessary or appropriate to protect, enforce, or defend our legal rights, the privacy or safety of our employees, users of the Site or other individuals and entities, or to comply with or enforce applicable law or legal process, including responding to court orders, warrants, subpoenas and other requests from public and government authorities.",
  ];

  it("reads the item that opens on the company's belief (Hearst)", () => {
    expect(valuesOf(hearst, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", hearst).rating).toBe("concerning");
  });

  it("leaves the belief said inside a sentence of keeping, and a need alone", () => {
    expect(
      valuesOf(
        "We keep your data as we believe is necessary or appropriate to comply with applicable law.",
        "discretionary-disclosure",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "As we believe is necessary to comply with applicable law or legal process.",
        "discretionary-disclosure",
      ),
    ).toEqual([]);
  });
});

describe("access: rights a law gives or the company undertakes", () => {
  const exponential = [
    "The CCPA generally permits you to request that we and our direct service providers delete your personal information.",
    "The CCPA also requires that if you request access to your information, we provide you with responsive materials in a readily usable format that allows you to transmit your information from one entity to another without hindrance.",
  ];
  const windstream =
    "Access: Upon request, Windstream will provide Users with the PII that it holds about them and will take reasonable steps to provide individuals with a means to correct, amend or delete PII that is inaccurate or incomplete.";

  it("reads the law's permission (Exponential) and the company's undertaking (Windstream)", () => {
    expect(valuesOf(exponential, "deletion-right")).toEqual(["data can be deleted on request"]);
    // Labels follow the words since the second reading of 2027-01-26.
    expect(valuesOf(exponential, "correction-right")).toEqual([
      expect.stringMatching(/^data can be seen( and corrected)?$/),
    ]);
    expect(rate("access", exponential).rating).toBe("protective");
    expect(valuesOf(windstream, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(valuesOf(windstream, "correction-right")).toEqual([
      expect.stringMatching(/^data can be seen( and corrected)?$/),
    ]);
    expect(rate("access", windstream).rating).toBe("protective");
  });

  it("leaves another's request and a means given to someone other than the user", () => {
    expect(
      valuesOf(
        "Government authorities may request access to your personal data.",
        "correction-right",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We provide our partners with a means to update or delete data they sent us.",
        "deletion-right",
      ),
    ).toEqual([]);
  });
});
