import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { COMPANY_RECOURSE_VALUE, COURT_RECOURSE_VALUE } from "./recourse";

/*
 * Disputes when the policy names no independent body, regulator or arbitration (recourse.ts):
 * each on the policy's own sentence, with a counter-example the rule must leave alone.
 */
describe("disputes: complaints that go only to the company", () => {
  it("rates complaints addressed to the company, and nothing beyond it, concerning (Ning)", () => {
    const text =
      "If you have questions or complaints regarding our privacy policy or practices, please contact us at privacyinfo [at] ning [dot] com.";
    expect(valuesOf(text, "company-recourse")).toEqual([COMPANY_RECOURSE_VALUE]);
    expect(rate("disputes", text)).toMatchObject({
      rating: "concerning",
      reason:
        "concerning: complaints and appeals go only to the company; no outside body, regulator, arbitration or court is named",
    });
  });

  it("reads an appeal of the company's own decision as recourse to the company (ACDelco, Zillow, Bumble, Fox News)", () => {
    for (const text of [
      "To submit an appeal request, please contact us at gm.datacompliance@gm.com.",
      "All appeal requests should be submitted via email to privacy@zillow.com.",
      "If we decline your request, we will provide you with instructions regarding how to appeal such a decision when we notify you that we have declined your request.",
      "If we decline to take action in response to your personal data rights request, consumers in Colorado, Connecticut, Delaware, Indiana, Iowa, Kentucky, Maryland and Minnesota may request an appeal by notifying us through our privacy rights portal.",
    ])
      expect(valuesOf(text, "company-recourse"), text).toEqual([COMPANY_RECOURSE_VALUE]);
  });

  it("reads a sole remedy that the company fix it (MouthShut)", () => {
    const text =
      "MouthShut.com will do its best to work with you if these types of situations arise, but your sole remedy in these cases is to have MouthShut.com try to rectify the problem as soon as it can.";
    expect(rate("disputes", text).rating).toBe("concerning");
  });

  it("stays neutral when a regulator is named beside the company", () => {
    const text = [
      "If you have a complaint, please contact us at privacy@example.com.",
      "You also have the right to lodge a complaint with your local data protection authority.",
    ];
    expect(rate("disputes", text).reason).toBe(
      "neutral: a regulator is named (data protection authority)",
    );
  });

  it("leaves complaints the company handles, records kept and complaints taken elsewhere alone", () => {
    for (const text of [
      "Providing customer service support, such as responding to your queries, feedback and managing complaints, claims and/or disputes;",
      "CUSTOMER SERVICE: Case details, case history, complaint history, customer service chat logs",
      "To lodge a complaint with your national or regional data protection supervisory authority, please contact the competent authority.",
      "If you have an unresolved privacy or data use concern that we have not addressed satisfactorily, please contact our U.S.-based third-party dispute resolution provider (free of charge).",
      "If you have any questions about this privacy statement, please contact us.",
    ])
      expect(valuesOf(text, "company-recourse"), text).toEqual([]);
  });
});

describe("disputes: a court, recourse left elsewhere, regulators described", () => {
  it("reads a court the user may take a dispute to as neutral (Verizon, PrivacySpy, LibraryThing)", () => {
    for (const text of [
      "If you believe that you have been aggrieved as a result of a violation of the Cable Act, you may enforce the limitations imposed by the Cable Act through a civil action in a United States district court seeking damages, attorney's fees, and litigation costs.",
      "These terms and conditions are governed by and construed in accordance with the laws of New York, and you irrevocably submit to the exclusive jurisdiction of the courts in that State or location.",
      "If a dispute can't be worked out in a friendly way—and we really will try first—it belongs in the state or federal courts located in Portland, Maine, and you agree to that.",
    ]) {
      expect(valuesOf(text, "court-recourse"), text).toEqual([COURT_RECOURSE_VALUE]);
      expect(rate("disputes", [text, "If you have a complaint, please contact us."]).rating).toBe(
        "neutral",
      );
    }
  });

  it("leaves the company's legal action, a court waived and courts given data alone", () => {
    for (const text of [
      "We may disclose your data if necessary to identify, contact, or bring legal action against you if you are violating our Terms of Service.",
      "You waive your right to a trial in court and agree that any dispute will be resolved by binding individual arbitration.",
      "In certain circumstances, courts, law enforcement agencies, regulatory agencies or security authorities in the United States may be entitled to access your personal information.",
    ])
      expect(valuesOf(text, "court-recourse"), text).toEqual([]);
  });

  it("says where the policy leaves disputes to other terms or to unnamed options (Hearst, Windstream, LinkedIn)", () => {
    expect(
      rate("disputes", [
        "Any dispute concerning the Site (including our use of your personal information) will be resolved per the dispute resolution provision in the Terms of Use, which govern your use of the Site.",
        "For additional information regarding how to submit a Privacy Rights Request appeal, please email hearstsiterequests@hearst.com.",
      ]).reason,
    ).toBe("neutral: disputes are left to the service's terms, which this reading does not cover");
    expect(
      rate(
        "disputes",
        "Dispute Resolution: For complaints that cannot be resolved between Windstream and the User, such disputes will be governed by the current provisions of Windstream’s Terms and Conditions.",
      ).rating,
    ).toBe("neutral");
    expect(
      rate("disputes", "If contacting us does not resolve your complaint, you have more options.")
        .reason,
    ).toBe("neutral: further options are mentioned but not named");
  });

  it("reads a data-protection regulator described rather than titled (ASUS and happn as the audit of 2026-12-18 reads them; Mullvad, npm, BBC)", () => {
    expect(
      valuesOf(
        "If you think that we haven't appropriately addressed any issues related to your personal data collected by ASUS, please be aware that you have the right to file a complaint with the government authorities responsible for personal data protection in your country.",
        "regulator",
      ),
    ).toEqual(["government authorities responsible for personal data protection"]);
    expect(
      valuesOf(
        "For any other claim, the Member may lodge a request with the national authority responsible for data protection.",
        "regulator",
      ),
    ).toEqual(["national authority responsible for data protection"]);
    expect(
      valuesOf(
        "You have the right to make a complaint to the Swedish Authority for Privacy Protection (Integritetsskyddsmyndigheten, “IMY”, www.imy.se).",
        "regulator",
      ),
    ).toEqual(["Authority for Privacy Protection"]);
    expect(
      valuesOf(
        "complain about our data collection or processing actions with the supervisor authority concerned.",
        "regulator",
      ),
    ).toEqual(["supervisor authority"]);
    expect(
      valuesOf("We're regulated by the Information Commissioner's Office.", "regulator"),
    ).toEqual(["Information Commissioner"]);
  });

  it("leaves a legal basis and a body the company registers with alone", () => {
    for (const text of [
      "You have the right to know the legal authority for data processing we rely on.",
      "We are registered with the Information Commissioner's Office as a data controller.",
    ])
      expect(valuesOf(text, "regulator"), text).toEqual([]);
  });
});
