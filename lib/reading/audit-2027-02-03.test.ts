import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import {
  anotherPeriodAfterAccountEnd,
  authoritiesListedAtJudgement,
  disclosedOnRequestOrSuspicion,
  messagesRefusedByTelling,
  neverDeleted,
  withoutOthersRefusal,
} from "./read-since-2027-02-04";

/*
 * Misreadings the blind double reading of 2027-02-03 confirmed (126 findings, 9 companies): each
 * on the policy's own sentence, with a counter-example the fix must leave alone.
 */

describe("third parties and use: categories shared with advertising networks", () => {
  const github = [
    "As defined by applicable law, we “shared” the following categories of personal information in the last 12 months: identifiers/contact information, Internet or other electronic network activity information, and inferences drawn from the above. We shared each category to or with advertising networks, data analytics providers, and social networks.",
  ];
  it("reads GitHub's categories shared with advertising networks as advertising sharing", () => {
    expect(valuesOf(github, "advertising-sharing")).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(rate("third-parties", github).rating).toBe("concerning");
    expect(rate("use", github).rating).toBe("concerning");
  });
  it("leaves categories disclosed to service providers, and categories denied", () => {
    const text = "We disclosed each category to service providers and auditors.";
    expect(valuesOf(text, "advertising-sharing")).toEqual([]);
    expect(rate("third-parties", text).rating).not.toBe("concerning");
    expect(
      valuesOf(
        "We have not disclosed any category of personal information to advertising networks.",
        "advertising-sharing",
      ),
    ).toEqual([]);
  });
});

describe("retention: data the company never deletes", () => {
  const vocabularySpellingCity =
    "Please note that VocabularySpellingCity does not delete any information that children have contributed to VocabularySpellingCity.";
  it("reads VocabularySpellingCity's sentence as data kept indefinitely", () => {
    expect(neverDeleted(vocabularySpellingCity)).toBe(
      "information that children have contributed to VocabularySpellingCity",
    );
    const r = rate("retention", vocabularySpellingCity);
    expect(r.rating).toBe("concerning");
    expect(r.reason).toContain("may be kept indefinitely");
  });
  it("reads the contracted form", () => {
    expect(neverDeleted("We don't delete any information you post.")).toBe("information you post");
  });
  it("leaves a deletion put off, conditioned or left to a request, and what the user does", () => {
    for (const text of [
      "We do not delete any data until 30 days after you close your account.",
      "We do not delete any of your content unless you ask us to.",
      "We do not delete any information without notifying you first.",
      "We do not delete any personal information automatically; you must request deletion.",
      "You do not delete any information by closing the app.",
      "Uninstalling the App does not delete any data associated with your account.",
      "Closing your Account does not delete any data.",
      "Closing Your Account does not delete any data.",
      "Uninstalling Spotify does not delete any data associated with your account.",
      "When you close your account, we do not delete any information you posted.",
    ])
      expect(neverDeleted(text), text).toBeNull();
  });
});

describe("retention: another period after the account's end", () => {
  const xvideos =
    "Most of the data are deleted right after account deletion, but we keep some information such as (email / login) for another 4 years and IP address for six months, and possibly for the additional time necessary to fulfil our legal obligation and to properly exercise our legal claims, after deletion as necessary for our legitimate business interests, such as fraud detection and prevention.";
  it("counts XVideos' periods from the account's deletion", () => {
    expect(valuesOf(xvideos, "retention-period")).toEqual([
      "some information kept for 4 years after account deletion",
      "IP address kept for 6 months after account deletion",
    ]);
  });
  it("leaves 'another' period with no end named before it", () => {
    expect(anotherPeriodAfterAccountEnd("We keep backups for another ")).toBeNull();
    expect(valuesOf("We keep backups for another 30 days.", "retention-period")).toEqual([
      "backups kept for 30 days",
    ]);
  });
});

describe("legal disclosure: authorities on request, on a suspicion, or at the company's judgement", () => {
  const indieGala = [
    "In addition, we may disclose your User Information to:",
    "legal and regulatory authorities, upon request, or for the purposes of reporting any actual or suspected breach of applicable law or regulation;",
  ];
  const xvideos = [
    "We share certain data with the following groups of recipients to the extent we deem it necessary to be able to perform our operations or are compelled to do by law:",
    "Government authorities;",
    "Third party service providers;",
  ];
  it("reads IndieGala's item as disclosure on the company's own judgement", () => {
    expect(valuesOf(indieGala, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", indieGala).rating).toBe("concerning");
  });
  it("reads XVideos' government authorities under a lead-in of its own needs", () => {
    expect(valuesOf(xvideos, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", xvideos).rating).toBe("concerning");
  });
  it("reads law enforcement on request in a sentence that gives", () => {
    expect(
      valuesOf("We may share data with law enforcement upon request.", "discretionary-disclosure"),
    ).toEqual(["disclosure on the company's own judgement"]);
  });
  it("leaves requests and reports the law requires, in the sentence or its lead-in", () => {
    for (const clauses of [
      [
        "Where required by law, we may disclose your information to:",
        "law enforcement authorities, upon request;",
      ],
      [
        "We may disclose your data to public authorities upon request if we are required to do so by law.",
      ],
      ["We report suspected illegal activity to law enforcement as required by applicable laws."],
      [
        "Where required by applicable laws, we may disclose your information to:",
        "law enforcement authorities, upon request;",
      ],
      [
        "Where required by law, we may disclose your information to:",
        "law enforcement, to report suspected illegal activity;",
      ],
      [
        "To comply with applicable law, we may disclose your data to public authorities upon request.",
      ],
      ["We may disclose data to authorities upon request where the law requires us to do so."],
      [
        "We share certain data with the following groups of recipients to the extent we deem it necessary to be able to perform our operations or are compelled to do by law:",
        "Law enforcement, to comply with a court order;",
      ],
      [
        "We share certain data with the following groups of recipients to the extent we deem it necessary to be able to perform our operations or are compelled to do by law:",
        "Law enforcement, in response to a valid legal request;",
      ],
    ])
      expect(valuesOf(clauses, "discretionary-disclosure"), clauses.join(" ")).toEqual([]);
  });
  it("leaves lawful requests, a lead-in of what the law requires, and breach notices", () => {
    expect(
      disclosedOnRequestOrSuspicion(
        "We will disclose data to law enforcement authorities upon a lawful request.",
        "",
      ),
    ).toBe(false);
    expect(
      disclosedOnRequestOrSuspicion(
        "We will notify the competent supervisory authority of a personal data breach.",
        "",
      ),
    ).toBe(false);
    expect(
      authoritiesListedAtJudgement(
        "Government authorities;",
        "We may share your data with the following as we deem necessary to comply with applicable law:",
      ),
    ).toBe(false);
    expect(
      valuesOf(
        [
          "We may share your data with the following as we deem necessary to comply with applicable law:",
          "Government authorities;",
        ],
        "discretionary-disclosure",
      ),
    ).toEqual([]);
  });
});

describe("choice: messages refused by telling the company", () => {
  const guilded =
    "If you do not want to receive communications from us, please indicate your preference by contacting us at support@guilded.gg.";
  it("reads Guilded's way to stop its messages", () => {
    expect(messagesRefusedByTelling(guilded)).toBe(true);
    expect(valuesOf(guilded, "opt-out")).toEqual([
      "of marketing messages, by email to support@guilded.gg",
    ]);
  });
  it("reads 'let us know' as contacting the company", () => {
    const text = "If you do not want to receive marketing emails from us, please let us know.";
    expect(messagesRefusedByTelling(text)).toBe(true);
    expect(valuesOf(text, "opt-out")).toEqual(["of marketing messages, by contacting the company"]);
  });
  it("leaves a consequence and other members' messages", () => {
    for (const text of [
      "If you do not want to receive emails from us, you may not be able to use the Services.",
      "If you don't wish to receive messages from other members, block them.",
    ])
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
  });
  it("reads no opt-out where there is 'no need to opt out'", () => {
    expect(
      valuesOf(
        "GitHub does not engage in such profiling as defined by Colorado law, so there’s no need to opt out.",
        "opt-out",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "You have the right to opt out of profiling in furtherance of decisions that produce legal effects.",
        "opt-out",
      ),
    ).toEqual(["offered, how not stated"]);
  });
});

describe("access: data kept despite a request is no right of deletion", () => {
  it("leaves OpenSea's data retained after a deletion request", () => {
    expect(
      valuesOf(
        "We may continue to retain your information or information about you even after you request deletion of your data if such retention is reasonably necessary to comply with our legal obligations.",
        "deletion-right",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We store your information securely, and if you request deletion of your data we will delete it within 30 days.",
        "deletion-right",
      ),
    ).toEqual(["data can be deleted on request"]);
    // A caveat after a right granted leaves the right.
    expect(
      valuesOf(
        "You may request deletion of your data at any time, although we may still retain some information in backups for 30 days after you request deletion.",
        "deletion-right",
      ),
    ).toEqual(["data can be deleted on request"]);
  });
});

describe("cookies: Do Not Track described, others' answer, and collection stopped", () => {
  it("reads no tracker in the description of the signal (Guilded)", () => {
    expect(
      valuesOf(
        "Your browser may offer you a “Do Not Track” option, which allows you to signal to operators of websites and web applications and services (including behavioral advertising services) that you do not wish such operators to track certain of your online activities over time and across different websites.",
        "third-party-tracking",
      ),
    ).toEqual([]);
  });
  it("reads trackers the sentence turns to after describing the signal", () => {
    expect(
      valuesOf(
        "Your browser may offer a Do Not Track setting that allows you to signal your preference, but our advertising partners use cookies to track you across websites regardless.",
        "third-party-tracking",
      ),
    ).not.toEqual([]);
    expect(
      valuesOf(
        "Your browser may offer a Do Not Track setting that allows you to signal your preference, and our advertising partners use cookies to track you across websites.",
        "third-party-tracking",
      ),
    ).not.toEqual([]);
  });
  it("reads third parties' answer as a mention, the company's own as its answer", () => {
    const guilded =
      "Please be aware that cookies placed by third parties may continue to track your activities online even after you have left our Services, and those third parties may not honor “Do Not Track” requests you have set using your browser or device.";
    expect(withoutOthersRefusal(guilded).own).not.toContain("may not honor");
    expect(valuesOf(guilded, "do-not-track")).toEqual(["Do Not Track: mentioned"]);
    for (const text of [
      "We and third parties do not respond to Do Not Track signals.",
      "We do not currently respond to Do Not Track signals.",
      "Guilded does not respond to Do Not Track signals, and third parties may not honor them.",
      "Third parties may not respond to Do Not Track signals, and neither do we.",
      "Third parties may not respond to Do Not Track signals, and we do not either.",
      "We and our third-party partners do not respond to Do Not Track signals.",
      "Our Services and third parties do not respond to Do Not Track signals.",
    ])
      expect(valuesOf(text, "do-not-track"), text).toEqual(["Do Not Track: not honoured"]);
  });
  it("reads collection stopped on the signal as honoured", () => {
    expect(
      valuesOf(
        "When you turn on the Do Not Track function in your browser, we stop collecting the information from your browser that allows us to tailor advertisements and other content specifically to you that is based on your visits to our advertising partners’ websites.",
        "do-not-track",
      ),
    ).toEqual(["Do Not Track: honoured"]);
    expect(
      valuesOf("We do not stop collecting data when you enable Do Not Track.", "do-not-track"),
    ).toEqual(["Do Not Track: mentioned"]);
  });
});
