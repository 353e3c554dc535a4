import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { usedToMarketOthersProducts } from "./read-since-2027-02-26";
import {
  adCompaniesLetSetCookies,
  listedForTheirMarketing,
  rightsNamedInASeries,
  theirTechnologyForAdsElsewhere,
  usedInProceedingsAsItSeesFit,
} from "./read-since-2027-02-28";

/*
 * Misreadings the blind double reading of 2027-02-27 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("use: others' products marketed, in further words", () => {
  const sentences = {
    openCollective:
      "Communicate with you about products, services, offers, promotions, rewards, and events offered by Open Collective and others, and provide news and information we think will be of interest to you;",
    substack:
      "In addition, we will send you, based on your consent (if required), direct marketing communication in relation to our relevant services, or other services provided by us, our affiliates and carefully selected partners.",
    ipinfo:
      "We may also use Personal Contact Information for limited marketing purposes, namely, to contact you to further discuss your interest in the Services, and to send you information about us or our partners.",
    yahoo:
      "These companies may use such information to help Yahoo communicate with you (to the extent consented by you) about offers from Yahoo and our marketing partners.",
  };
  it("reads Open Collective's, Substack's, IPinfo's and Yahoo's: use concerning", () => {
    for (const s of Object.values(sentences)) {
      expect(usedToMarketOthersProducts(s), s).toBe(true);
      expect(rate("use", s).rating, s).toBe("concerning");
    }
  });
  it("leaves the company's and its affiliates' products, and offers from the company alone", () => {
    for (const s of [
      "We will send you direct marketing communication about other services provided by us and our affiliates.",
      "We may send you information about us and our products.",
      "We will tell you about offers from Yahoo.",
    ])
      expect(usedToMarketOthersProducts(s), s).toBe(false);
  });
});

describe("third parties and use: recipients listed for their own marketing", () => {
  const heading = [["Who do you share personal information with?"]];
  const thomsonReuters = "Third parties to market their products or services to you.";
  it("reads Thomson Reuters' item under its heading of sharing: concerning", () => {
    expect(listedForTheirMarketing(thomsonReuters)).toBe(true);
    expect(rate("third-parties", thomsonReuters, heading).rating).toBe("concerning");
    expect(rate("use", thomsonReuters, heading).rating).toBe("concerning");
  });
  it("leaves the item under a heading that gives nothing, and the company's own products", () => {
    expect(valuesOf(thomsonReuters, "advertising-sharing", [["Your choices"]])).toEqual([]);
    expect(listedForTheirMarketing("Partners to market our products to you.")).toBe(false);
  });
});

describe("third parties: ad companies' cookies and technology beyond the site", () => {
  const yahoo =
    "Yahoo lets other companies that show advertisements on some of our pages set and access their cookies on your computer.";
  const ipinfo =
    "The third parties and service providers use their technology to provide advertising about products and services tailored to your interests which may appear either on our Services or on other websites.";
  it("reads Yahoo's and IPinfo's: concerning", () => {
    expect(adCompaniesLetSetCookies(yahoo)).toBe(true);
    expect(theirTechnologyForAdsElsewhere(ipinfo)).toBe(true);
    for (const s of [yahoo, ipinfo]) expect(rate("third-parties", s).rating, s).toBe("concerning");
  });
  it("leaves a denial and ads on the site alone", () => {
    expect(
      adCompaniesLetSetCookies(
        "Advertisers or other companies do not have access to Yahoo's cookies.",
      ),
    ).toBe(false);
    expect(
      theirTechnologyForAdsElsewhere(
        "The third parties use their technology to provide advertising on our Services.",
      ),
    ).toBe(false);
  });
});

describe("legal disclosure and access", () => {
  it("reads Ethereum's data used in criminal proceedings “if appropriate”: concerning", () => {
    const ethereum =
      "Furthermore, the IP addresses may be evaluated, together with other data, in case of attacks on the network infrastructure or other unauthorised use or misuse of the Websites, for the purpose of intelligence and protection, and if appropriate, used in criminal proceedings for identification and civil and criminal proceedings against the relevant users.";
    expect(usedInProceedingsAsItSeesFit(ethereum)).toBe(true);
    expect(rate("law-enforcement", ethereum).rating).toBe("concerning");
    expect(
      usedInProceedingsAsItSeesFit(
        "We will not use your data in criminal proceedings if appropriate.",
      ),
    ).toBe(false);
  });
  it("reads Interstellar Lab's rights that lapse after the retention period: protective", () => {
    const interstellar =
      "Therefore, the right to access, the right to erasure, the right to rectification, and the right to data portability cannot be enforced after the expiration of the retention period.";
    expect(rightsNamedInASeries(interstellar)).toBe(true);
    expect(rate("access", interstellar).rating).toBe("protective");
  });
  it("leaves rights that cannot be exercised at all, and the company's own", () => {
    for (const s of [
      "The right to access, the right to erasure and the right to rectification cannot be exercised.",
      "We reserve the right to access, the right to rectification and the right to erasure of any account.",
    ])
      expect(rightsNamedInASeries(s), s).toBe(false);
  });
});
