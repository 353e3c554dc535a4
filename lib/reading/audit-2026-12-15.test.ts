import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { joinHardWrappedLines } from "./hard-wrapped";

/*
 * Misreadings found by the accuracy audit of 2026-12-15 (25 machine-read companies, every 12th
 * from the 10th; access, security, children, policy changes, international, business transfer and
 * legal disclosure), each on the policy's own sentence, with a counter-example the fix must leave
 * alone.
 */
describe("access: rights in further words", () => {
  it("reads a request to confirm whether data is processed, and an entitlement to have it rectified (Kraken)", () => {
    const text = [
      "You can ask us to confirm whether we are processing your personal data and, if so, what information we process. Should you wish to obtain a copy of that information, please submit your request by using our contact form.",
      "If the personal data we hold about you is inaccurate or incomplete, you are entitled to have it rectified.",
      "You can ask us to delete, remove, block or anonymise your personal data in certain circumstances.",
    ];
    // A copy alone is "data can be seen" since the second reading of 2027-01-26.
    expect(valuesOf(text[0]!, "correction-right")).toEqual(["data can be seen"]);
    expect(valuesOf(text[1]!, "correction-right")).toEqual(["data can be seen and corrected"]);
    expect(rate("access", text).rating).toBe("protective");
  });

  it("reads contacting the company to update or correct one's information (Chayn)", () => {
    expect(
      valuesOf(
        "We also encourage you to contact us to update or correct your information if it changes or if you believe that any information that we have collected about you is inaccurate.",
        "correction-right",
      ),
    ).toEqual(["data can be seen and corrected"]);
  });

  it("reads a request for the deletion of such data by users (Open Terms Archive)", () => {
    const text =
      "Users of this service whose personal data has been collected may request the deletion of such data by writing to the dedicated address: contact@opentermsarchive.org";
    expect(valuesOf(text, "deletion-right")).toEqual(["data can be deleted on request"]);
    expect(rate("access", text).reason).toBe("neutral: users can have their data deleted");
  });

  it("leaves an authority's request, the company's confirmation and the company's contact alone", () => {
    for (const text of [
      "Authorities may ask us to confirm whether we are processing the data of a suspect.",
      "Regulators may request the deletion of such data where the law requires it.",
      "We will contact you to update our records if your payment fails.",
      "Our partners are entitled to have it rectified under their contracts.",
    ]) {
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
      expect(valuesOf(text, "deletion-right"), text).toEqual([]);
    }
  });
});

describe("access: words that only look like a right of seeing or correcting", () => {
  it("reads no right from the policy updated, a sharing choice or access lost (VR, Forbes, IndieGala)", () => {
    for (const text of [
      "This data protection notice may be updated from time to time, for example due to changes in legislation, service development, or changes in our practices.",
      "To learn more about how you can modify how we share your personal information, refer to the Your Choices section below.",
      "You may change your mind and opt back into Personal Information sales at any time by contacting us at privacy@forbes.com.",
      "It is important to note that by exercising your right to deletion you may lose access to your account and any purchases, points or features associated with it.",
    ]) {
      expect(valuesOf(text, "correction-right"), text).toEqual([]);
    }
  });

  it("still reads the rights beside them", () => {
    for (const text of [
      "You can access and update your personal information in your account settings.",
      "Your personal data may be updated or corrected on request.",
      "You may change your personal information at any time in your profile.",
    ]) {
      expect(valuesOf(text, "correction-right"), text).toEqual(["data can be seen and corrected"]);
    }
  });
});

describe("policy changes: posted in other words", () => {
  it("reads changes recorded publicly (Open Terms Archive), posted modifications (Qwant) and the latest version available (VR)", () => {
    const ota = [
      "Our privacy policy will change over time. And of course, we publicly record those changes with Open Terms Archive 😉",
    ];
    expect(valuesOf(ota, "change-notice")).toEqual(["posted on the site"]);
    expect(rate("policy-changes", ota).reason).toBe("neutral: changes are posted on the site");
    expect(
      valuesOf(
        "We may also be led to modify or update this policy. Any modification will be posted on this page and/or in the other places deemed relevant, so as to keep you informed.",
        "change-notice",
      ),
    ).toEqual(["posted on the site"]);
    expect(
      valuesOf(
        "This data protection notice may be updated from time to time. Any significant changes will be communicated appropriately, and the latest version of the data protection notice will always be available in our service.",
        "change-notice",
      ),
    ).toEqual(["posted on the site"]);
  });

  it("reads a notice on the website as posted, not direct (Ethereum)", () => {
    const text =
      "The Foundation may update this Privacy Policy from time to time and inform you on the Websites that the policy has been amended.";
    expect(valuesOf(text, "change-notice")).toEqual(["posted on the site"]);
    expect(
      valuesOf(
        "We may update this Privacy Policy and inform you on the website and by email that the policy has been amended.",
        "change-notice",
      ),
    ).toEqual(["direct notice"]);
  });

  it("leaves changes to something else alone", () => {
    for (const text of [
      "Any modification of your order will be confirmed by email.",
      "We publicly record the results of our audits.",
      "The latest version of our app is available in the app store.",
      "Any amendments to your order will be posted to your account page.",
    ]) {
      expect(valuesOf(text, "change-notice"), text).toEqual([]);
    }
  });
});

describe("business transfer: the buyer's use in line with the policy", () => {
  it("reads efforts that the buyer uses data in line with the policy (The Guardian)", () => {
    const text =
      "We may share your personal data to any other organisation that buys, or to which we transfer all, or substantially all, of our assets and business. If this sale or transfer takes place, we will use reasonable efforts to try to make sure that the organisation we transfer your personal data to uses it in line with our privacy policy.";
    expect(valuesOf(text, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", text).rating).toBe("neutral");
  });

  it("leaves a transfer abroad and a promise disclaimed alone", () => {
    for (const text of [
      "If this transfer takes place, we make sure that the recipient uses it in line with our privacy policy.",
      "If this sale takes place, we cannot guarantee that the buyer uses it in line with our privacy policy.",
    ]) {
      expect(valuesOf(text, "successor-bound"), text).toEqual([]);
    }
  });
});

describe("legal disclosure: legal process in the plural", () => {
  it("reads legal processes (Starlink)", () => {
    const text =
      "To comply in good faith with applicable laws, legal processes, and lawful government requests;";
    expect(valuesOf(text, "legal-process")).toEqual(["legal processes"]);
    expect(rate("law-enforcement", text).reason).toBe(
      "neutral: disclosure in response to legal process",
    );
  });

  it("keeps a subpoena or court order named beside them as the detail", () => {
    expect(
      valuesOf(
        "We may disclose your information to comply with applicable laws and regulations, court orders or other valid legal processes.",
        "legal-process",
      ),
    ).toEqual(["court orders"]);
  });
});

describe("international: a numbered sentence cut by a printed line end", () => {
  const line = (i: number) =>
    `Paragraph ${i} of the policy says that we may share some data with partners and`;
  const wrapped = Array.from(
    { length: 24 },
    (_, i) => `${line(i)}\n\ncontinues here in lower case.`,
  ).join("\n\n");

  it("joins a numbered line of a sentence's length to its capitalised continuation (Uschovna)", () => {
    const joined = joinHardWrappedLines(
      `${wrapped}\n\n5.2 Your personal data may be transferred and stored within the countries of the European\n\nEconomic Area (the “EEA”), which are considered as having a comparable level of personal data protection to that of the Czech Republic.`,
    );
    expect(joined).toContain("countries of the European Economic Area (the “EEA”)");
  });

  it("leaves a numbered heading before a capitalised paragraph alone (Parler)", () => {
    const joined = joinHardWrappedLines(
      `${wrapped}\n\n12. Your Additional Rights in the European Economic Area\n\nIf your personal data has been collected in connection with our services, you have rights.`,
    );
    expect(joined).toContain("Economic Area\n\nIf your personal data");
  });
});

describe("legal disclosure: information the user made public", () => {
  it("reads no disclosure on the company's judgement from published content (Forbes)", () => {
    expect(
      valuesOf(
        "Moreover, be aware that if you provide personal information that is published in our editorial content, this information will become publicly available and may be shared with third parties for any purpose permitted by law.",
        "discretionary-disclosure",
      ),
    ).toEqual([]);
  });

  it("still reads the company's own judgement", () => {
    expect(
      valuesOf(
        "We may disclose personal information to government authorities when we believe release is appropriate.",
        "discretionary-disclosure",
      ),
    ).toEqual(["disclosure on the company's own judgement"]);
  });
});
