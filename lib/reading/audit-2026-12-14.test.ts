import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-14 (25 machine-read companies, every 12th
 * from the 10th; cookies, retention, disputes, third parties, collection, use and choice), each on
 * the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("retention: a period counted from the account's end, said in other words", () => {
  it("reads a sentence that opens on closing the account as the period's start (ASKfm)", () => {
    const text = [
      "After you close your account we still keep some or all of your information for up to 9 months.",
      "At the end of that period, your account will be deleted and all “likes” which you have added to questions will be removed. We will delete your data as soon as reasonably practicable, but in certain cases limited types of data, including log files and backups, may take up to 90 days to be fully deleted.",
    ];
    expect(valuesOf(text[0]!, "retention-period")).toEqual([
      "information kept for up to 9 months after you close your account",
    ]);
    // The time deletion takes is no period data is kept.
    expect(valuesOf(text[1]!, "retention-period")).toEqual([]);
    const rated = rate("retention", text);
    expect(rated.rating).toBe("neutral");
  });

  it("reads 'the life of the account + 2 years' (Starlink)", () => {
    expect(
      valuesOf(
        "Starlink account information is generally retained for the life of the account + 2 years, unless a longer retention period is required by law.",
        "retention-period",
      ),
    ).toEqual(["account information kept for 2 years after the account ends"]);
  });

  it("reads a start after a period in brackets, after 'any' closure, and from the last email (Kraken, IndieGala, Open Terms Archive)", () => {
    expect(
      valuesOf(
        "Additionally, we are subject to certain anti-money laundering laws which may require us to retain the following for a period (e.g., 5 years) after our business relationship with you has ended:",
        "retention-period",
      ),
    ).toEqual(["kept for 5 years after our business relationship with you has ended"]);
    expect(
      valuesOf(
        "Your account information and purchase history is kept on our systems for as long as you have an account on our system, then legally for a further 12 months after any account closure.",
        "retention-period",
      ),
    ).toEqual(["account information kept for 12 months after any account closure"]);
    expect(
      valuesOf(
        "The data will be kept for a maximum of 5 years from the last email sent.",
        "retention-period",
      ),
    ).toEqual(["some data kept for up to 5 years after the last email sent"]);
  });

  it("leaves a case, a period that opens the sentence, and a period from now alone", () => {
    expect(
      valuesOf(
        "If you close your account, we delete your data within 30 days.",
        "retention-period",
      ),
    ).toEqual(["data deleted within 30 days"]);
    expect(
      valuesOf("After 60 days, the account will be permanently deleted.", "retention-period"),
    ).toEqual(["the account deleted after 60 days"]);
    expect(valuesOf("We keep your information for up to 9 months.", "retention-period")).toEqual([
      "information kept for up to 9 months",
    ]);
    expect(
      valuesOf(
        "We will retain your data for 2 years after the relationship with our partner company.",
        "retention-period",
      ),
    ).toEqual(["data kept for 2 years"]);
    // A period to act in, before deletion: "it takes" stays with its own rule.
    expect(
      valuesOf("Backups are kept for 90 days and are then deleted.", "retention-period"),
    ).toEqual(["backups kept for 90 days"]);
  });
});

describe("cookies, third parties and use: data shared with advertising and analysis partners", () => {
  const text = [
    "6.3 We also use cookies to collect statistical data and personalise ads so that we can further refine our website and improve the services we offer. Therefore, we share the information about how you use our website with our advertising and analysis partners, namely Google and Tiscali Media.",
  ];

  it("reads the partners as advertising partners the company gives data to (Uschovna)", () => {
    expect(valuesOf(text, "third-party-tracking")).toEqual(["advertising and analysis partners"]);
    expect(valuesOf(text, "advertising-sharing")).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(rate("cookies", text).rating).toBe("concerning");
    expect(rate("third-parties", text).rating).toBe("concerning");
    expect(rate("use", text).rating).toBe("concerning");
  });

  it("leaves a denial, data received from such partners, and analytics partners alone", () => {
    for (const s of [
      "We do not share the information about how you use our website with our advertising and analysis partners.",
      "Our advertising and analytics partners may share information with us about your visits.",
      "We share the information about how you use our website with our analytics partners.",
    ]) {
      expect(valuesOf(s, "third-party-tracking"), s).toEqual([]);
      expect(valuesOf(s, "advertising-sharing"), s).toEqual([]);
    }
  });
});

describe("disputes: a body confined to some users by its section", () => {
  const truste =
    "If you have an unresolved privacy or data use concern that we have not addressed satisfactorily, please contact our U.S.-based third party dispute resolution provider (free of charge) at https://feedback-form.truste.com/watchdog/request.";

  it("reads TRUSTe under a section on transfers from Europe as for some users (Simpli.fi)", () => {
    const text = [
      "Additionally, you have the right to lodge a complaint against us. To do so, contact the supervisory authority in your country of residence.",
      truste,
    ];
    const headings = [
      ["9. EU DATA SUBJECTS: PROCESSING OF PERSONAL INFORMATION"],
      ["10. CROSS-BORDER TRANSFERS FROM EUROPE"],
    ];
    expect(valuesOf(text, "independent-body", headings)).toEqual(["TRUSTe (for some users only)"]);
    // Since the double reading of 2027-02-05 the regulator under "EU data subjects" is for some
    // users too, so nothing is left for the rest (Simpli.fi's own FTC keeps it neutral).
    expect(rate("disputes", text, headings).rating).toBe("concerning");
    expect(
      rate(
        "disputes",
        [
          ...text,
          "Simpli.fi is subject to the investigatory and enforcement powers of the Federal Trade Commission.",
        ],
        [...headings, ["Contact us"]],
      ).rating,
    ).toBe("neutral");
  });

  it("leaves the body open to all under another heading, or once a sentence opens it to all (Overleaf)", () => {
    expect(valuesOf(truste, "independent-body", [["Contact us"]])).toEqual(["TRUSTe"]);
    const overleaf =
      "If you have an EU-U.S. Data Privacy Framework and the UK Extension to the EU-US Data Privacy Framework-related (or general privacy-related) query or complaint, we encourage you to contact us (see contact details above) as a first step. Any unresolved complaints may be referred to our U.S.-based third party dispute resolution provider (free of charge) at https://feedback-form.truste.com/watchdog/request.";
    expect(
      valuesOf(overleaf, "independent-body", [
        ["Data Privacy Framework Notice", "Resolution of EU-US Data Privacy Framework queries"],
      ]),
    ).toEqual(["TRUSTe"]);
  });
});

describe("disputes: a data protection authority by a title of its own", () => {
  it("reads the Data Protection Ombudsman as a regulator, not an independent body (VR)", () => {
    const text = [
      "Right to lodge a complaint with a supervisory authority If you consider that your personal data has been processed unlawfully, you have the right to lodge a complaint with the competent data protection authority.",
      "In addition, you have the right to lodge a complaint with the Office of the Data Protection Ombudsman.",
    ];
    expect(valuesOf(text[1]!, "independent-body")).toEqual([]);
    expect(valuesOf(text[1]!, "regulator")).toEqual(["Data Protection Ombudsman"]);
    expect(rate("disputes", text).rating).toBe("neutral");
  });

  it("reads the Office for Personal Data Protection as a regulator (Uschovna)", () => {
    expect(
      valuesOf(
        "(h) The right to file a complaint with the Office for Personal Data Protection, Pplk.",
        "regulator",
      ),
    ).toEqual(["Office for Personal Data Protection"]);
  });

  it("leaves an ombudsman of another kind an independent body", () => {
    expect(
      valuesOf(
        "If you are not satisfied, you may refer your complaint to the Financial Ombudsman Service free of charge.",
        "independent-body",
      ),
    ).toEqual(["Ombudsman"]);
  });
});

describe("reasons: kept while needed, cookies for preferences, ways and sources in further words", () => {
  it("reads 'for only as long as we need to' as kept while needed (The Guardian)", () => {
    expect(
      valuesOf(
        "We keep your personal data for only as long as we need to.",
        "retention-while-needed",
      ),
    ).toEqual(["as long as needed"]);
    expect(
      valuesOf(
        "We will not keep your personal data for as long as we need to prove a claim.",
        "retention-while-needed",
      ),
    ).toEqual([]);
  });

  it("reads cookies that remember the user's preferences as first-party cookies (Wikimedia)", () => {
    expect(
      valuesOf(
        "Provide you with a customizable experience, such as using cookies to know your language preference, to remember the user preferences you set so we can provide you with the customized look and feel that you want.",
        "cookies-persistent",
      ),
    ).toEqual(["cookies that store your preferences"]);
    expect(
      valuesOf("We do not use cookies to remember your preferences.", "cookies-persistent"),
    ).not.toContain("cookies that store your preferences");
  });

  it("reads an opt-out made by logging into the account as in account settings (VR)", () => {
    expect(
      valuesOf(
        "You can withdraw your consent by logging into your account either on our website or in the VR Matkalla app.",
        "opt-out",
      ),
    ).toEqual(["in account settings"]);
  });

  it("reads no browser way from an opt-out confined to the browser (IndieGala)", () => {
    const [value] = valuesOf(
      "You may opt out of interest-based ads. Please note that your opt out is limited to the browser and device used.",
      "opt-out",
    );
    expect(value).not.toMatch(/browser/);
    expect(valuesOf("You can opt out of cookies in your browser settings.", "opt-out")[0]).toMatch(
      /in browser settings/,
    );
  });

  it("reads no partner from names given as sources of data received (Blizzard)", () => {
    expect(
      valuesOf(
        "We also receive information from advertisers or service providers about your experiences or interactions with them and public sites on the internet like Twitch, Instagram, and YouTube—to name a few.",
        "named-partner",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "We receive information from advertisers and share your data with partners such as Google.",
        "named-partner",
      ).length,
    ).toBe(1);
  });
});

describe("disputes: a heading withholds the top rating only", () => {
  it("leaves an arbitration provider under a Safe Harbor heading open to all (dotCloud)", () => {
    const text =
      "If dotCloud is unable to resolve the conflict with the individual or customer/client filing the complaint, it will mediate such said conflict in front of a panel of the American Arbitration Association.";
    expect(
      valuesOf(text, "independent-body", [["12. US-EU and US-Swiss Safe Harbor Framework"]]),
    ).toEqual(["American Arbitration Association"]);
  });
});
