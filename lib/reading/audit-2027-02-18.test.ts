import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  attorneyGeneralForYourState,
  disclosedForInvestigations,
  opensOnCertainCountries,
  partnersContactYouWithOffers,
  sharedToMeasureOurCampaigns,
} from "./read-since-2027-02-19";

/*
 * Misreadings the blind double reading of 2027-02-18 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("disputes: recourse for some users in other words", () => {
  const tinder = [
    "If you are a resident of Indiana, Kentucky, Rhode Island, Maryland, Tennessee, Minnesota Delaware, Iowa, Nebraska, New Hampshire, New Jersey, Texas, Oregon, Montana, Virginia, Colorado, or Connecticut, USA, if we deny your privacy request, you can appeal by contacting us, and explicitly referencing “Privacy Request Appeal.” If you have concerns about the result of your appeal, you may contact the attorney general for your state.",
    "In certain countries, including in the European Economic Area and the United Kingdom, you have a right to a judicial remedy and to lodge a complaint with the appropriate data protection authority if you have concerns about how we process your personal data. You can find information about your data protection regulator in the European Economic Area here, and in the United Kingdom here. The data protection authority you can lodge a complaint with can be that of your habitual residence, where you work or where an alleged infringement took place.",
  ];
  it("reads Tinder's attorney general and authority as some users': concerning", () => {
    expect(
      attorneyGeneralForYourState(
        "If you have concerns about the result of your appeal, you may contact the attorney general for your state.",
      ),
    ).toBe(true);
    expect(opensOnCertainCountries(tinder[1]!)).toBe(true);
    for (const v of valuesOf(tinder, "regulator")) expect(v).toMatch(/for some users only/);
    expect(rate("disputes", tinder, undefined, 2).rating).toBe("concerning");
  });
  it("leaves an authority open to everyone, and a sentence that does not open on the countries", () => {
    expect(
      opensOnCertainCountries(
        "You have the right to lodge a complaint with a data protection authority in certain countries.",
      ),
    ).toBe(false);
    expect(
      valuesOf(
        "You have the right to lodge a complaint with the appropriate data protection authority.",
        "regulator",
      ),
    ).toEqual(["data protection authority"]);
  });
});

describe("legal disclosure: authorities' investigations as a ground of its own", () => {
  const energia =
    "We may disclose information when required by law or legal process for the administration of justice, to protect your vital interest, for investigations by law enforcement or regulatory bodies, to protect and defend Energia’s property and legal rights or by order of a valid order from a court or law enforcement agency.";
  it("reads Energia's as disclosure on the company's own judgement: concerning", () => {
    expect(disclosedForInvestigations(energia)).toBe(true);
    expect(rate("law-enforcement", energia).rating).toBe("concerning");
  });
  it("leaves investigations the law requires the disclosure for", () => {
    expect(
      disclosedForInvestigations(
        "We may disclose information when required by law for investigations by law enforcement.",
      ),
    ).toBe(false);
  });
});

describe("third parties and use: partners contacting the user with offers", () => {
  const energia =
    "Where you have consented for us to do so we may share your information with our sponsorship partners for the purpose of them/us contacting you to provide you with offers.";
  it("reads Energia's sponsorship partners: concerning", () => {
    expect(partnersContactYouWithOffers(energia)).toBe(true);
    expect(rate("third-parties", energia).rating).toBe("concerning");
    expect(rate("use", energia).rating).toBe("concerning");
  });
  it("leaves a denial", () => {
    expect(
      partnersContactYouWithOffers(
        "We will not share your information with our sponsorship partners for the purpose of them contacting you with offers.",
      ),
    ).toBe(false);
  });
});

describe("third parties: marketing partners measuring the company's own campaigns", () => {
  const firefox =
    "Firefox also shares information with our marketing partners to measure and improve these campaigns; what information is specifically shared varies (depending on how you discovered Firefox and your operating system) but generally includes how you were referred to our download page and whether you actively use Firefox.";
  it("reads Firefox's as the company's own marketing: not others'", () => {
    expect(sharedToMeasureOurCampaigns(firefox)).toBe(true);
    expect(valuesOf(firefox, "advertising-sharing")).toEqual([]);
  });
  it("leaves partners who use the data for their own campaigns", () => {
    expect(
      sharedToMeasureOurCampaigns(
        "We share information with our marketing partners to measure these campaigns and for their own advertising.",
      ),
    ).toBe(false);
  });
});
