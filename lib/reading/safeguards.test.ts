import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { safeguardsStated } from "./safeguards";

describe("safeguards other than encryption, in the policy's words", () => {
  it("names the safeguards the company says it applies (Allrecipes, AdRoll, Badoo, Ubiquiti)", () => {
    expect(
      safeguardsStated(
        "We maintain reasonable administrative, technical, and physical safeguards designed to protect the personal information you provide against accidental, unlawful, or unauthorized destruction, loss, alteration, access, disclosure, or use.",
      ),
    ).toBe("reasonable administrative, technical, and physical safeguards");
    expect(
      safeguardsStated(
        "We apply technical, administrative and organizational security measures to protect the data we collect against accidental or unlawful destruction, loss, alteration, unauthorized disclosure or access.",
      ),
    ).toBe("technical, administrative and organizational security measures");
    expect(
      safeguardsStated(
        "Badoo takes all appropriate and reasonable security measures to help protect your information against loss, misuse, unauthorised access or sharing.",
      ),
    ).toBe("appropriate and reasonable security measures");
    expect(
      safeguardsStated(
        "WE BELIEVE THAT WE HAVE IMPLEMENTED COMMERCIALLY REASONABLE PRECAUTIONS TO PROTECT THE USER INFORMATION FROM LOSS AND UNAUTHORIZED ACCESS.",
      ),
    ).toBe("commercially reasonable precautions");
    expect(safeguardsStated("We have security measures in place.")).toBe("security measures");
  });

  it("leaves measures for something else, someone else's, a disclaimer and a transfer abroad", () => {
    for (const s of [
      // Another purpose than protecting the data.
      "When we update our Privacy Policy, we will take appropriate measures to notify you, consistent with the significance of the changes we make.",
      "For example, we take reasonable precautions to verify the identities of those California residents submitting requests to delete or access Personal Information.",
      "VocabularySpellingCity takes reasonable measures to prevent the posting of profanity or other objectionable language on our website.",
      // Someone else's.
      "We also require our sub-processors, who handle your information on our behalf, to follow industry-standard security measures and meet their privacy and security obligations.",
      "Therefore, we strongly urge you to take every possible precaution to protect your personal data when using our services.",
      "However, it is the Member’s responsibility to take appropriate measures to protect his/her data.",
      // A disclaimer, a purpose of processing, a transfer.
      "However, no security measures are 100% effective, and we cannot guarantee the security of your data.",
      "Our legitimate interests in analysing how people access and use our services, and testing new technologies so that we can further develop the App, implement security measures, and improve the service.",
      "This will include using appropriate safeguards such as the EU Standard Data Protection Clauses.",
      "We take reasonable measures to destroy or de-identify personal information in a secure manner when it is no longer required.",
    ])
      expect(safeguardsStated(s), s).toBeNull();
  });

  it("says them in the reason, without moving the rating; encryption still leads", () => {
    const allrecipes =
      "We maintain reasonable administrative, technical, and physical safeguards designed to protect the personal information you provide.";
    expect(valuesOf(allrecipes, "safeguards")).toEqual([
      "reasonable administrative, technical, and physical safeguards",
    ]);
    expect(rate("security", allrecipes)).toMatchObject({
      rating: "neutral",
      reason:
        "neutral: safeguards are stated (reasonable administrative, technical, and physical safeguards)",
    });
    // Encryption, a safeguard the rules name, leads the reason as before.
    expect(
      rate("security", [allrecipes, "All data is encrypted in transit using TLS."]).reason,
    ).toBe("neutral: safeguards are stated, including encryption");
  });
});
