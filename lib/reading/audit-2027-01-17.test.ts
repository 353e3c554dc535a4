import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { keptWhileNeededReworded } from "./read-since-2026-12-12";
import { cookiesLastForATime, ORGANISATIONS_PROVIDING_SERVICES } from "./read-since-2027-01-17";

/*
 * Misreadings found by the re-audit of 2027-01-17 (the 226th to 250th machine-read companies by the
 * SHA-1 digest of their slug; cookies, retention, disputes, third parties, children, policy changes
 * and choice), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("retention: kept until the company determines it is no longer needed", () => {
  const discord =
    "We retain personal information until we determine it is no longer needed for the processing purposes for which we collected or retain it or for legal compliance.";
  it("reads Discord's keeping as kept while needed", () => {
    expect(keptWhileNeededReworded(discord)).toBe("until no longer needed");
    expect(valuesOf(discord, "retention-while-needed")).toEqual(["until no longer needed"]);
    expect(rate("retention", discord).rating).toBe("neutral");
  });
  it("leaves a keeping denied and a deletion the user asks for", () => {
    for (const text of [
      "We will not retain personal information until we determine it is no longer needed.",
      "You may ask us to erase data when you determine it is no longer needed.",
    ]) {
      expect(keptWhileNeededReworded(text)).toBeNull();
      expect(valuesOf(text, "retention-while-needed")).toEqual([]);
    }
  });
});

describe("third parties: organisations that provide services on the company's behalf", () => {
  const polyfill =
    "We may share your information with organisations that provide services on our behalf, such as those that host the Site or the Service, solely for the purposes of their providing those services to us.";
  it("reads Polyfill.io's sharing as sharing with service providers", () => {
    expect(ORGANISATIONS_PROVIDING_SERVICES.test(polyfill)).toBe(true);
    expect(valuesOf(polyfill, "service-providers")).toEqual([
      "shared with service providers under contract or confidentiality",
    ]);
    expect(rate("third-parties", polyfill).rating).toBe("neutral");
  });
  it("leaves organisations that provide services to the user", () => {
    const text =
      "Our members include organisations that provide services to young people in the region.";
    expect(ORGANISATIONS_PROVIDING_SERVICES.test(text)).toBe(false);
    expect(valuesOf(text, "service-providers")).toEqual([]);
  });
});

describe("cookies: the life span of cookies stated", () => {
  const lydia =
    "Cookies and other tracers. The life span of cookies is thirteen (13) months maximum.";
  it("reads Lydia's cookies as persistent cookies", () => {
    expect(cookiesLastForATime(lydia)).toBe("cookies that last thirteen months");
    expect(valuesOf(lydia, "cookies-persistent")).toEqual(["cookies that last thirteen months"]);
    expect(rate("cookies", lydia).rating).toBe("neutral");
  });
  it("leaves a partner's cookies and a consent's lifetime", () => {
    for (const text of [
      "The lifetime of the partner's cookies is 30 days.",
      "The lifetime of your consent to cookies is 13 months.",
    ]) {
      expect(cookiesLastForATime(text)).toBeNull();
      expect(valuesOf(text, "cookies-persistent")).toEqual([]);
    }
  });
});
