import { describe, expect, it } from "vitest";
import { factsOf, rate } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-07 (26 machine-read companies; cookies,
 * retention, disputes, third parties, choice, access and use), each on the policy's own sentence,
 * with a counter-example the fix must leave alone.
 */
describe("access: deletion and access said in forms the rules did not read", () => {
  it("reads deletion as the last of the user's verbs of seeing or correcting (Alpha Vantage, Frank, Instagram, Vanco, Watch Hockey)", () => {
    for (const text of [
      "(a) the right to access, update or to delete the information we have on you;",
      "You may request Frank to grant you access to your information and to correct, update or erase any unnecessary, incorrect or obsolete information collected on you by using the contact details provided below.",
      "We offer you a variety of tools to view, manage, download and delete your information below.",
      "Further, Organizations and users of our Services have the ability to review, correct, and delete personal information that they have provided by accessing and updating that information through the Services.",
      "review, correct, update or delete the personal information you have supplied us with, to the extent that is not otherwise permitted or required to keep such data for continuing providing the Services;",
    ]) {
      expect(factsOf(text, "deletion-right"), text).toHaveLength(1);
      expect(factsOf(text, "correction-right"), text).toHaveLength(1);
    }
  });

  it("reads deletion and correction asked for in the passive (Revcontent, Overleaf)", () => {
    for (const text of [
      "If you are a resident of the EEA, you have the right to access personal data we hold about you and to ask that your personal data be corrected, erased, or transferred.",
      "to request that your personal data is rectified or deleted, or its processing limited.",
    ]) {
      expect(factsOf(text, "deletion-right"), text).toHaveLength(1);
      expect(factsOf(text, "correction-right"), text).toHaveLength(1);
    }
  });

  it("reads access asked as information about what is stored, and rights asked by nouns (Deutsche Bahn, The Reach Group)", () => {
    const db = [
      "You can request information to find out if and what information is stored about you.",
      "You can request the correction, deletion and restriction of the processing (blocking) of your personal data as long as this is legally permissible and possible within the framework of an existing contractual relationship.",
    ];
    expect(factsOf(db[0] ?? "", "correction-right")).toHaveLength(1);
    expect(factsOf(db[1] ?? "", "deletion-right")).toHaveLength(1);
    expect(rate("access", db).rating).toBe("protective");
    const reach =
      "The Reach Group GmbH or its cooperation partners grant the user the right to obtain information about the data stored about the user, to delete or block such data.";
    expect(factsOf(reach, "correction-right")).toHaveLength(1);
    expect(factsOf(reach, "deletion-right")).toHaveLength(1);
    expect(
      factsOf(
        "You can obtain information about the data we have stored about you at any time.",
        "correction-right",
      ),
    ).toHaveLength(1);
  });

  it("reads deletion on request said as a wish (WinEveryGame, Frank)", () => {
    expect(
      factsOf(
        "If you wold like us to delete your personal data as may be provided by the applicable law, please contact us by email (privacy@frank.fi).",
        "deletion-right",
      ),
    ).toHaveLength(1);
    const text =
      "Data Deletion If you believe we have personally identifiable data related to you, and if you would like us to delete it, please send us an email and we would be happy to delete it.";
    expect(factsOf(text, "deletion-right")).toHaveLength(1);
    expect(rate("access", text).rating).toBe("neutral");
  });

  it("leaves alone the company's verbs, a reserved right, the user's own choices and others' requests", () => {
    for (const text of [
      "You agree that we may access, update or delete your information at any time.",
      "We reserve the right to access, modify or delete any content you post.",
      "We may review, edit or remove your posts if they break these rules.",
      "Law enforcement may ask that your personal data be preserved or disclosed.",
      "If you would like us to delete a comment on another member's page, ask that member.",
      "You can request information about our products and services at any time.",
      "You have the right to restrict or object to processing of your data.",
    ]) {
      expect(factsOf(text, "deletion-right"), text).toHaveLength(0);
      expect(factsOf(text, "correction-right"), text).toHaveLength(0);
    }
    // Deletion was read here before (the verb after "users can"); "manage" adds no correction.
    const duty =
      "User help documentation explaining how users can manage and delete their data from the app, and what happens to the data when an account is deactivated and/or deleted.";
    expect(factsOf(duty, "correction-right")).toHaveLength(0);
  });
});

describe("access: the new list readings leave alone what is not the user's right", () => {
  it("reads no right denied, another's ability, a developer's duty, nor a connection removed (Stripchat, Bing, Google Play, Spotify)", () => {
    for (const text of [
      "Once you have submitted and or posted information, you may not be able to edit or delete such information.",
      "Your service provider has control over your account, including the ability to access or delete your account.",
      "voice assistants\nYou can see and remove many third party connections under ‘Apps’ in your account.",
    ]) {
      expect(factsOf(text, "deletion-right"), text).toHaveLength(0);
      expect(factsOf(text, "correction-right"), text).toHaveLength(0);
    }
    // Deletion was read here before (the verb after "users can"); "manage" adds no correction.
    const duty =
      "User help documentation explaining how users can manage and delete their data from the app, and what happens to the data when an account is deactivated and/or deleted.";
    expect(factsOf(duty, "correction-right")).toHaveLength(0);
  });
});

describe("retention: deletion on request said as a wish", () => {
  it("reads it as deleted on request (WinEveryGame, whose retention read no clause found)", () => {
    const text =
      "Data Deletion If you believe we have personally identifiable data related to you, and if you would like us to delete it, please send us an email and we would be happy to delete it.";
    expect(factsOf(text, "retention-deletion").map((f) => f.value)).toEqual(["deleted on request"]);
    expect(rate("retention", text).rating).toBe("neutral");
  });

  it("reads one fact where the request is named too, and none for a wish with no way to ask", () => {
    expect(
      factsOf(
        "If you would like us to delete your data, please contact us and we will delete it upon your request.",
        "retention-deletion",
      ),
    ).toHaveLength(1);
    expect(
      factsOf(
        "If you would like us to delete a comment on another member's page, ask that member.",
        "retention-deletion",
      ),
    ).toHaveLength(0);
  });
});

describe("disputes: a seal named beside the company contacting users is no recourse", () => {
  const before =
    "Our registration service allows visitors to our website to learn more about our company, download content and provide contact information and other demographic information. This information is stored on servers of our software partner Salesforce. They can be used by us to contact visitors to our website and to determine which services of our company are of interest to them.";

  it("reads no independent body from a processor's seal (The Reach Group)", () => {
    const text = `${before} Salesforce.com is a TRUSTe Privacy Seal Certified Licensee.`;
    expect(factsOf(text, "independent-body")).toHaveLength(0);
  });

  it("still reads a body after the user is told to contact the company", () => {
    const text =
      "If you have a complaint, please contact us at privacy@example.com. Unresolved complaints may be referred to TRUSTe.";
    expect(factsOf(text, "independent-body").map((f) => f.value)).toEqual(["TRUSTe"]);
  });
});

describe("cookies: a site not made to answer Do Not Track", () => {
  it("reads it as not honoured (Limitless)", () => {
    const text =
      'Like many websites, our website is not designed to respond to "Do Not Track" signals received from browsers.';
    expect(factsOf(text, "do-not-track").map((f) => f.value)).toEqual([
      "Do Not Track: not honoured",
    ]);
  });

  it("leaves a signal honoured alone", () => {
    const text = 'Our website is designed to respond to "Do Not Track" signals.';
    expect(factsOf(text, "do-not-track").map((f) => f.value)).toEqual(["Do Not Track: honoured"]);
  });
});

describe("disputes: a complaint to the relevant authority", () => {
  it("reads a regulator named without its title (Nissan)", () => {
    const text =
      "You also have the right to lodge a complaint with the relevant authority. If you are a resident of the European Union, the full list of Data Protection Authorities of member states of the European Union can be found at the following link: https://edpb.europa.eu/about-edpb/board/members_en.";
    expect(factsOf(text, "regulator").map((f) => f.value)).toEqual(["relevant authority"]);
    expect(rate("disputes", text).reason).toContain("a regulator is named");
  });

  it("leaves alone disclosure to the relevant authority and the company's own complaints (Spam.org)", () => {
    for (const text of [
      "We may disclose your information to the relevant authority to comply with an investigation or a complaint we receive.",
      "This data is used to file a complaint with the appropriate authorities.",
    ])
      expect(factsOf(text, "regulator"), text).toHaveLength(0);
  });
});
