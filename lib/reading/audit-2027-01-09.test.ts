import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  blankProvidersNotRecipients,
  blankThirdPartyCookiesRefused,
  changesPostedByTheDate,
  consentToMessagesRevokedAt,
  cookiesRefusedInBrowserAt,
  marketingSharingDeniedPassively,
  sharingDeniedSaveForLaw,
} from "./read-since-2027-01-09";

/*
 * Misreadings found by the re-audit of 2027-01-09 (the 126th to 150th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
const graphCms =
  "d. You can configure your browser settings according to your wishes and, for example, refuse the acceptance of third party cookies or all cookies.";

describe("cookies: third parties' cookies the user may refuse", () => {
  it("reads no tracking in GraphCMS's browser instruction", () => {
    expect(blankThirdPartyCookiesRefused(graphCms)).not.toContain("third party cookies");
    expect(valuesOf(graphCms, "third-party-tracking")).toEqual([]);
    expect(rate("cookies", graphCms).rating).not.toBe("concerning");
  });
  it("leaves third-party cookies the site's partners set", () => {
    const set =
      "Our advertising partners set third-party cookies on our site; you can block third-party cookies in your browser.";
    expect(valuesOf(set, "third-party-tracking")).not.toEqual([]);
    expect(rate("cookies", set).rating).toBe("concerning");
  });
});

describe("choice: cookies refused in the browser, consent to a newsletter revoked", () => {
  it("reads GraphCMS's browser settings and its newsletter's link", () => {
    expect(cookiesRefusedInBrowserAt(graphCms)).not.toBeNull();
    expect(valuesOf(graphCms, "opt-out")).toEqual(["of cookies, in browser settings"]);
    const newsletter =
      "You can revoke your consent to receive our newsletter at any time by using the respective link in the newsletter or sending an email to [email protected].";
    expect(consentToMessagesRevokedAt(newsletter)).not.toBeNull();
    expect(valuesOf(newsletter, "opt-out")).toEqual(["of marketing messages, through a link"]);
  });
  it("reads the browser's settings, not a preference centre, in Donkey Republic's words", () => {
    const donkey =
      "You may configure your browser settings according to your preferences and, for example, block the acceptance of third-party cookies or all cookies.";
    expect(valuesOf(donkey, "opt-out")).toEqual(["of cookies, in browser settings"]);
  });
  it("leaves a browser the company configures, and consent revoked to processing", () => {
    expect(cookiesRefusedInBrowserAt("We configure our browser tests to block cookies.")).toBe(
      null,
    );
    expect(
      consentToMessagesRevokedAt(
        "You can revoke your consent to the processing of your data for marketing at any time.",
      ),
    ).toBe(null);
  });
});

describe("policy changes: posted, said as a date to check or of publication", () => {
  it("reads Verizon's effective date and Scaleway's date of publication", () => {
    const verizon =
      "You will be able to see that we made changes by checking the effective date below.";
    const scaleway = "Any changes will take effect from the date of publication.";
    for (const text of [verizon, scaleway]) {
      expect(changesPostedByTheDate(text)).toBe(true);
      expect(valuesOf(text, "change-notice")).toEqual(["posted on the site"]);
    }
  });
  it("leaves changes to something else", () => {
    expect(
      changesPostedByTheDate("Changes to the law take effect from the date of publication."),
    ).toBe(false);
    expect(changesPostedByTheDate("Check the effective date of your subscription.")).toBe(false);
  });
});

describe("third parties: no sharing save as the law compels", () => {
  const privacySpy =
    "We don't share any personally identifying information publicly or with third-parties, except when required to by a subpoena or valid court order, or when you explicitly publish that information yourself.";
  it("reads PrivacySpy's denial", () => {
    expect(sharingDeniedSaveForLaw(privacySpy)).toBe("does not share data with third parties");
    expect(valuesOf(privacySpy, "no-sale")).toEqual(["does not share data with third parties"]);
    expect(rate("third-parties", privacySpy).rating).toBe("neutral");
  });
  it("leaves an exception that names other recipients", () => {
    expect(
      sharingDeniedSaveForLaw(
        "We don't share any personal information with third parties, except when required to provide the service by our service providers.",
      ),
    ).toBe(null);
  });
});

describe("third parties: providers that receive nothing from the company", () => {
  it("reads no sharing in the user's carrier, a portability right or a list of sources", () => {
    for (const text of [
      "Depending on the user’s service, a different address may be assigned to the user by their service provider each time they connect to the Internet.",
      "You can request that we provide your data in a machine-readable format to transfer to another service provider.",
      "Information from advertising partners, vendors and publishers; and",
    ]) {
      expect(valuesOf(text, "service-providers")).toEqual([]);
    }
  });
  it("leaves the company's providers and their onward recipients", () => {
    const ours = "We share your data with our partners and their service providers.";
    expect(blankProvidersNotRecipients(ours)).toBe(ours);
    expect(valuesOf(ours, "service-providers")).not.toEqual([]);
    expect(
      valuesOf(
        "We transfer your data to our service providers in the United States.",
        "service-providers",
      ),
    ).not.toEqual([]);
  });
});

describe("third parties: sharing for marketing denied in the passive", () => {
  const verizon =
    "If you opt in to text message marketing, your opt in will not be shared with third parties or affiliates for their own marketing purposes.";
  it("reads no such sharing in Verizon's denial", () => {
    expect(marketingSharingDeniedPassively(verizon)).toBe(true);
    expect(valuesOf(verizon, "marketing-sharing")).toEqual([]);
    expect(valuesOf(verizon, "no-marketing-sharing")).toEqual(["not shared for others' marketing"]);
  });
  it("leaves a denial of something else before the sharing", () => {
    const shared =
      "Your data is not sold, but it may be shared with partners for their own marketing purposes.";
    expect(marketingSharingDeniedPassively(shared)).toBe(false);
    expect(valuesOf(shared, "marketing-sharing")).not.toEqual([]);
  });
});
