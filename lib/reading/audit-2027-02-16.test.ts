import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  affiliateNetwork,
  anyDataInATransfer,
  keptPastClosing,
  providersHeldToInstructions,
  withdrawalAsAnErasureGround,
} from "./read-since-2027-02-17";

/*
 * Misreadings the blind double reading of 2027-02-16 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("cookies: an affiliate marketing network", () => {
  const db = "We work with the Awin network for the purposes of affiliate marketing.";
  it("reads Deutsche Bahn's Awin as third-party tracking: concerning", () => {
    expect(affiliateNetwork(db)).toBe("Awin affiliate network");
    expect(rate("cookies", db).rating).toBe("concerning");
  });
  it("leaves a denial and an affiliate that is the company's group", () => {
    expect(affiliateNetwork("We do not work with the Awin network for affiliate marketing.")).toBe(
      null,
    );
    expect(affiliateNetwork("Our affiliates may use your data to provide the service.")).toBe(null);
  });
});

describe("retention: some data kept past the account's end, no bound", () => {
  const npm = "We may retain some data about you internally even where you close your account.";
  it("reads npm's as concerning where the policy states no period", () => {
    expect(keptPastClosing(npm)).toBe(true);
    expect(rate("retention", npm).reason).toBe(
      "concerning: some data is kept after the account is closed, with no limit stated",
    );
    expect(rate("retention", [npm, "Logs are kept for 30 days."], undefined, 2).rating).toBe(
      "neutral",
    );
    // Bounded by need in the sentence before (The New York Times): neutral.
    expect(
      rate(
        "retention",
        [
          "We store your personal information for as long as needed, or permitted, based on the reason why we obtained it.",
          "This means we might retain your personal information even after you close your account with us.",
        ],
        undefined,
        2,
      ).rating,
    ).toBe("neutral");
  });
  it("leaves keeping bounded by need or the law", () => {
    for (const text of [
      "We may retain some data even after you close your account, as required by law.",
      "We may retain some data even after you close your account for the purposes described above.",
    ])
      expect(keptPastClosing(text), text).toBe(false);
  });
});

describe("business transfer: any data included, under the transfer's heading", () => {
  const bumble =
    "Depending on the situation, this can include any personal information discussed in this Policy that we have related to you.";
  it("reads Bumble's as data passing with the business: concerning", () => {
    expect(anyDataInATransfer(bumble, "Our Business Transfers")).toBe(true);
    expect(rate("business-transfer", [bumble], [["Our Business Transfers"]]).rating).toBe(
      "concerning",
    );
  });
  it("leaves the same words under another heading", () => {
    expect(anyDataInATransfer(bumble, "Our Partners")).toBe(false);
  });
});

describe("third parties: providers held to instructions or to the policy", () => {
  it("reads Deutsche Bahn's, Arweave's and ASUS's providers as limited", () => {
    for (const text of [
      "The service providers work in accordance with our instructions and this is verified by technical and organisational actions.",
      "Processors may only process your data in accordance with our instructions.",
      "ASUS guarantees that all our service providers and partners strictly adhere to the Privacy Policy.",
    ]) {
      expect(providersHeldToInstructions(text), text).toBe(true);
      expect(valuesOf(text, "service-providers"), text).toEqual([
        "shared with service providers under contract or confidentiality",
      ]);
    }
  });
  it("leaves providers told nothing", () => {
    expect(providersHeldToInstructions("We share data with our service providers.")).toBe(false);
  });
});

describe("choice: consent withdrawn as a ground of erasure", () => {
  it("reads no opt-out in CoinDesk's and npm's rights to erasure", () => {
    for (const text of [
      "To request the deletion of your personal data if it is no longer necessary for the purposes for which it was collected or if you withdraw consent and no other legal basis for processing exists.",
      "ask us to erase data that under certain circumstances, like (1) when it is no longer necessary for the purpose for which it was collected, (2) you withdraw consent and no other legal basis for processing exists.",
    ]) {
      expect(withdrawalAsAnErasureGround(text), text).toBe(true);
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
    }
  });
  it("leaves a withdrawal offered", () => {
    const offered = "You can withdraw your consent at any time by emailing us.";
    expect(withdrawalAsAnErasureGround(offered)).toBe(false);
    expect(valuesOf(offered, "opt-out")).toEqual(["by contacting the company"]);
  });
});
