import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  backupsForThatPeriod,
  minimumAgeIs,
  noticeToCustomer,
  optNotToReceiveAt,
  updatedVersionAvailable,
} from "./read-since-2027-01-15";

/*
 * Misreadings found by the re-audit of 2027-01-15 (the 201st to 225th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("children: the minimum age said as what it is", () => {
  const steam = "The minimum age to create a Steam User Account is 13.";
  it("reads Steam's minimum age", () => {
    expect(minimumAgeIs(steam)).toBe("under 13");
    expect(valuesOf(steam, "children-age")).toEqual(["under 13"]);
    expect(rate("children", steam).reason).toBe(
      "neutral: an age threshold for children is stated (under 13)",
    );
  });
  it("leaves a minimum age with no figure, and other minimums", () => {
    for (const text of [
      "If we have actual knowledge that you are under the minimum age at which a person may use the Services in your state, we will stop providing Services to you.",
      "The minimum age of the password is 30 days before it can be changed again.",
    ]) {
      expect(minimumAgeIs(text)).toBeNull();
      expect(valuesOf(text, "children-age")).toEqual([]);
    }
  });
});

describe("policy changes: the updated version said to be available here", () => {
  const wordfeud = [
    "Due to changes in relevant regulations and administrative practices as well as due to changes in our services, we may from time to time need to modify this Privacy Policy.",
    "An updated version will at all times be available here.",
  ];
  it("reads Wordfeud's updated version as posted on the site", () => {
    expect(updatedVersionAvailable(wordfeud[1]!)).toBe("posted on the site");
    expect(valuesOf(wordfeud, "change-notice")).toEqual(["posted on the site"]);
    expect(rate("policy-changes", wordfeud).reason).toBe("neutral: changes are posted on the site");
  });
  it("leaves a new version of the app", () => {
    const app = "A new version of the app will be available in the App Store.";
    expect(updatedVersionAvailable(app)).toBeNull();
    expect(valuesOf(app, "change-notice")).toEqual([]);
  });
});

describe("policy changes: notice to the contract's Customer before a change", () => {
  const google = [
    "In addition to Section 7 of the Controller Terms (Changes to these Controller Terms), as applicable, Google may change this Appendix 1B without notice if the change (a) is based on applicable law, applicable regulation, a court order, or guidance issued by a governmental regulator or agency or (b) does not have a material adverse impact on Customer under the US State Privacy Laws, as reasonably determined by Google.",
    "If Google intends to change these Controller Terms under Section 7.2(c) and such change will have a material adverse impact on Customer, as reasonably determined by Google, then Google will use commercially reasonable efforts to inform Customer at least 30 days (or such shorter period as may be required to comply with applicable law, applicable regulation, a court order or guidance issued by a governmental regulator or agency) before the change will take effect.",
  ];
  it("reads Google Shopping's notice to Customer, so the terms are not 'without notice'", () => {
    expect(noticeToCustomer(google[1]!)).toBe("direct notice");
    expect(valuesOf(google, "change-notice")).toEqual(["direct notice"]);
    expect(rate("policy-changes", google, undefined, 2).rating).toBe("neutral");
  });
  it("leaves the customer informing the company", () => {
    const text =
      "If Customer changes its contact details, Customer will inform Google before the change takes effect.";
    expect(noticeToCustomer(text)).toBeNull();
    expect(valuesOf(text, "change-notice")).toEqual([]);
    const shipping = "We will notify customers by email before shipping their orders.";
    expect(noticeToCustomer(shipping)).toBeNull();
    expect(valuesOf(shipping, "change-notice")).toEqual([]);
  });
});

describe("retention: backups kept for the period the sentence before states", () => {
  const tildes = [
    "Tildes maintains backups of its data for up to 30 days.",
    "Therefore, any deleted or edited data may persist in its previous form inside backup archives during that period.",
  ];
  it("reads Tildes' backups as kept for a limited time, not with no limit", () => {
    expect(backupsForThatPeriod(tildes[1]!)).toBe(true);
    expect(valuesOf(tildes[1]!, "retention-backups")).toEqual([
      "kept in backups or archives for a limited time",
    ]);
    expect(valuesOf(tildes, "retention-backups")).not.toContain(
      "kept in backups or archives, no limit stated",
    );
  });
  it("leaves backups kept with no period at all", () => {
    const yelp =
      "We may also maintain residual copies of your personal information in our backup systems.";
    expect(backupsForThatPeriod(yelp)).toBe(false);
    expect(valuesOf(yelp, "retention-backups")).toEqual([
      "kept in backups or archives, no limit stated",
    ]);
  });
});

describe("choice: an opt-out said as the user's option not to receive", () => {
  const mouthshut =
    "In accordance with instructions on the site, you may opt not to receive certain emails in the future, and MouthShut.com will use reasonable efforts to honor your request.";
  it("reads MouthShut's opt-out", () => {
    expect(optNotToReceiveAt(mouthshut)).not.toBeNull();
    expect(valuesOf(mouthshut, "opt-out")).toHaveLength(1);
    expect(rate("choice", mouthshut).rating).toBe("neutral");
  });
  it("leaves a consequence of not providing data", () => {
    const text =
      "If you choose not to provide your email address, you will not receive our newsletter.";
    expect(optNotToReceiveAt(text)).toBeNull();
    expect(valuesOf(text, "opt-out")).toEqual([]);
  });
});
