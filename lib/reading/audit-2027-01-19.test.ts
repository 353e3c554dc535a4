import { describe, expect, it } from "vitest";
import { isBareLabel } from "./bare-label";
import { sharingLeadIns } from "./extract-facts";
import { factsOf, rate, valuesOf } from "./audit-test-helpers";
import {
  changeOfTermsNotDisclosure,
  complaintToDataProtectionAuthority,
  isRegionLabel,
  onlyLeadIn,
  regulatorOfAnotherKind,
  allowedUsePointedBack,
} from "./read-since-2027-01-19";

/*
 * Wrong ratings found by the blind second reading of 2027-01-19 (210 machine findings the
 * re-audits had passed), each on the policy's own sentence, with a counter-example the fix must
 * leave alone.
 */
describe("business transfer: the buyer bound in the next sentence, named by a pronoun", () => {
  const tumblr = [
    "Should we happen to get acquired (again!) or go out of business (no way), the transfer of assets from us to our buyer may very well include user information. They are allowed to use it only in the ways outlined here, in the Privacy Policy you are reading right now.",
  ];
  it("reads Tumblr's two sentences as a successor bound", () => {
    expect(
      allowedUsePointedBack("They are allowed to use it only in the ways outlined here."),
    ).toBe(true);
    expect(valuesOf(tumblr, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", tumblr).rating).toBe("neutral");
  });
  it("leaves a use not held to the policy, and a pronoun with no business event before it", () => {
    expect(
      rate("business-transfer", [
        "Should we get acquired, the transfer of assets to our buyer may include user information. They are allowed to use it in any way they see fit.",
      ]).rating,
    ).toBe("concerning");
    expect(
      valuesOf(
        [
          "We work with service providers. They are allowed to use it only in the ways outlined here, in the Privacy Policy you are reading right now.",
        ],
        "successor-bound",
      ),
    ).toEqual([]);
  });
});

describe("legal disclosure: a court order as a reason to change the terms", () => {
  it("reads no legal process from Google Shopping's change clauses", () => {
    const changes = [
      "Google may change this Appendix 1B without notice if the change (a) is based on applicable law, applicable regulation, a court order, or guidance issued by a governmental regulator or agency or (b) does not have a material adverse impact on Customer.",
      "(c) is required to comply with applicable law, applicable regulation, a court order or guidance issued by a governmental regulator or agency, or reflects Google’s adoption of an Alternative Transfer Solution (as defined in Appendix 1A); or",
    ];
    expect(changeOfTermsNotDisclosure(changes[0]!)).toBe(true);
    expect(valuesOf(changes[0]!, "legal-process")).toEqual([]);
    expect(
      valuesOf([changes[1]!], "legal-process", [["7. Changes to these Controller Terms"]]),
    ).toEqual([]);
    expect(rate("law-enforcement", changes[0]!, undefined, 0).rating).toBe("not-addressed");
  });
  it("leaves a disclosure under a heading of changes, and the same item under another heading", () => {
    expect(
      valuesOf(
        ["We may disclose your information in response to a court order."],
        "legal-process",
        [["Changes to this Policy"]],
      ),
    ).toEqual(["court order"]);
    expect(
      valuesOf(
        ["(c) is required to comply with applicable law or a court order; or"],
        "legal-process",
        [["Disclosure to authorities"]],
      ),
    ).toEqual(["court order"]);
  });
});

describe("disputes: a data protection authority open to all, with the FTC overseeing", () => {
  const amazon = [
    "You can file a complaint with our principal supervisory authority, the Commission Nationale pour la Protection des Données in Luxembourg, the Information Commissioner's Office, or with another local authority.",
    "The Amazon Group Companies are subject to the investigatory and enforcement powers of the Federal Trade Commission (FTC).",
  ];
  it("reads Amazon Advertising's two sentences as protective", () => {
    expect(complaintToDataProtectionAuthority("supervisory authority", amazon[0]!)).toBe(true);
    expect(regulatorOfAnotherKind("Federal Trade Commission", amazon[1]!)).toBe(true);
    expect(rate("disputes", amazon).rating).toBe("protective");
  });
  it("leaves a data protection authority alone, one confined to a region, and an FTC complaint", () => {
    expect(rate("disputes", [amazon[0]!]).rating).toBe("neutral");
    expect(
      rate("disputes", [
        "If you are in the EEA, you have the right to lodge a complaint with the competent supervisory authority.",
        amazon[1]!,
      ]).rating,
    ).toBe("neutral");
    expect(
      rate("disputes", [
        "You can submit a complaint to the Information Commissioner’s Office.",
        "If your request is not satisfied, you can submit a complaint with the Federal Trade Commission.",
      ]).rating,
    ).toBe("neutral");
    expect(
      rate("disputes", [
        "You also have the right to make a complaint to a government supervisory authority.",
        "If your appeal is denied, in some US states you may refer the denied appeal to the state attorney general.",
      ]).rating,
    ).toBe("neutral");
  });
});

describe("international: a region's label before an address", () => {
  it("reads 'In the EEA and Switzerland:' as a bare label (YouTube Kids)", () => {
    expect(isRegionLabel("In the EEA and Switzerland:")).toBe(true);
    expect(isBareLabel("In the EEA and Switzerland:")).toBe(true);
    expect(isBareLabel("For Users of the United Kingdom:")).toBe(true);
  });
  it("leaves a lead-in that says something, and a label without its colon", () => {
    for (const text of [
      "In the EEA and Switzerland, we transfer data under Standard Contractual Clauses:",
      "We transfer data to:",
      "For EEA users, data is transferred:",
    ])
      expect(isBareLabel(text)).toBe(false);
  });
});

describe("legal disclosure: required by law, in a list of the only cases data is shared", () => {
  const heading = [["Data Sharing & Third Parties"]];
  const gofile = [
    "We do not sell, rent, or trade personal data to third parties. Data is only shared in the following limited circumstances:",
    "Payment Processors: For subscription payments, billing data is processed by our merchant of record.",
    "Infrastructure Providers: Our servers and network infrastructure are operated by trusted hosting providers.",
    "Legal Compliance: We may disclose data when required by law, such as in response to a valid court order, subpoena, or law enforcement request. We carefully review each request and only disclose the minimum data necessary to comply.",
  ];
  const headings = gofile.map(() => heading[0]!);
  it("reads Gofile's item as disclosure only under legal process", () => {
    expect(onlyLeadIn("Data is only shared in the following limited circumstances:")).toBe(true);
    expect(sharingLeadIns(gofile, headings)[3]).toBe(
      "Data is only shared in the following limited circumstances:",
    );
    expect(factsOf(gofile, "process-required", headings).map((f) => f.value)).toEqual([
      "disclosed only under legal process",
    ]);
    expect(rate("law-enforcement", gofile, headings).rating).toBe("protective");
  });
  it("leaves a list without 'only', and one with an item on the company's own judgement", () => {
    const plain = ["Data is shared in the following circumstances:", ...gofile.slice(1)];
    expect(rate("law-enforcement", plain, headings).rating).toBe("neutral");
    const judged = [
      ...gofile,
      "Safety: We may disclose data where we believe in good faith it is necessary to protect the rights of others.",
    ];
    expect(rate("law-enforcement", judged, [...headings, heading[0]!]).rating).not.toBe(
      "protective",
    );
    expect(factsOf(judged, "process-required", [...headings, heading[0]!])).toEqual([]);
  });
});
