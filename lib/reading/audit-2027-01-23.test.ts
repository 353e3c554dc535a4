import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  adServingProvidersCookies,
  complaintToUsFirst,
  keptUntilNoBusinessNeed,
} from "./read-since-2027-01-23";
import { analyticsToolNamed } from "./read-since-2027-01-05";
import { readRetentionPeriod } from "./retention-period";

/*
 * Misreadings found by the re-audit of 2027-01-23 (the 276th to 302nd machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("disputes: complaints the company asks to hear in the first instance", () => {
  const tencent =
    "In the event that you wish to make a complaint about how we process your personal information, please contact us in the first instance at dataprotection@tencent.com and we will endeavour to deal with your request as soon as possible.";
  it("reads Tencent's sentence as further options not named, not the company alone", () => {
    expect(complaintToUsFirst(tencent)).toBe(true);
    expect(valuesOf(tencent, "recourse-elsewhere")).toEqual([
      "further options are mentioned, not named",
    ]);
    expect(rate("disputes", tencent).rating).toBe("neutral");
  });
  it("leaves a controller contacted first, data collected first and a next step named", () => {
    for (const text of [
      "If we are processing your personal data as a service provider, you should contact the entity that collected your personal data in the first instance to address your rights with respect to such data.",
      "We collect and keep personal data only as needed, based on the reason we collected the personal data in the first instance.",
      "If you have a complaint, please contact us at privacy@example.com.",
      "We would, however, appreciate the chance to deal with your concerns before you approach your supervisory authority, so please contact us in the first instance.",
    ])
      expect(complaintToUsFirst(text)).toBe(false);
    expect(
      rate("disputes", "If you have a complaint, please contact us at privacy@example.com.").rating,
    ).toBe("concerning");
  });
});

describe("retention: data deleted when there is no ongoing business need", () => {
  const meetup =
    "When we have no ongoing legitimate business need to process your information, we will either delete it or take steps to de-identify or anonymize it in accordance with applicable law.";
  it("reads Meetup's sentence as data kept while needed", () => {
    expect(keptUntilNoBusinessNeed(meetup)).toBe(
      "until we have no ongoing legitimate business need",
    );
    expect(valuesOf(meetup, "retention-while-needed")).toEqual([
      "until we have no ongoing legitimate business need",
    ]);
    expect(rate("retention", meetup).reason).toBe(
      "neutral: data is kept until we have no ongoing legitimate business need",
    );
  });
  it("leaves a business need that is a ground for sharing", () => {
    expect(
      keptUntilNoBusinessNeed(
        "When we have a legitimate business need, we may share your information with our affiliates.",
      ),
    ).toBeNull();
  });
});

describe("cookies: ad-serving providers' cookies", () => {
  const pixiv =
    "Further, Our Services may deliver targeted advertisements using cookies, ad identifiers, etc., from the servers of ad-serving providers contracted by us.";
  it("reads pixiv's sentence as third-party tracking", () => {
    expect(adServingProvidersCookies(pixiv)).toBe("ad-serving providers");
    expect(valuesOf(pixiv, "third-party-tracking")).toEqual(["ad-serving providers"]);
    expect(rate("cookies", pixiv).rating).toBe("concerning");
  });
  it("leaves the company's own ad server and a denial", () => {
    for (const text of [
      "We use cookies to measure the ads our own ad-serving platform delivers.",
      "We do not work with ad-serving providers, and no cookies are set for advertising.",
      "If you wish to opt-out, please carry out the procedures after confirming the opt-out page of the relevant ad-serving provider and the “Disabling cookies etc.” section of this Privacy Policy.",
    ])
      expect(adServingProvidersCookies(text)).toBeNull();
  });
});

describe("cookies: a self-hosted analytics tool named after the software we use", () => {
  const ota =
    "The tracking software we use, Matomo, is open-source, self-managed, and set up to properly anonymize your data and is thus exempt from prior consent according to the French data protection authority CNIL’s recommendations.";
  it("reads Open Terms Archive's sentence as first-party analytics", () => {
    expect(analyticsToolNamed(ota)).toBe("Matomo analytics");
    expect(valuesOf(ota, "cookies-persistent")).toEqual(["Matomo analytics"]);
    expect(rate("cookies", ota).reason).toBe(
      "neutral: first-party cookies or analytics (Matomo analytics), no third-party tracking found",
    );
  });
  it("leaves a tool no longer used", () => {
    expect(
      analyticsToolNamed("The analytics software we used, Matomo, is no longer used on this site."),
    ).toBeNull();
  });
});

describe("retention: a period counted from the user's last interaction", () => {
  const taboola =
    "We retain User Information, which is directly collected for purposes of serving ads, for at most thirteen (13) months from the User’s last interaction with our Services (often for a shorter period of time), after which time we de-identify the data by removing unique identifiers or aggregating the data.";
  it("reads Taboola's period as counted from the last interaction", () => {
    expect(readRetentionPeriod(taboola)?.from).toBe("after the User’s last interaction");
  });
  it("leaves a period from now", () => {
    expect(
      readRetentionPeriod("We retain User Information for at most thirteen (13) months.")?.from,
    ).toBeUndefined();
  });
});
