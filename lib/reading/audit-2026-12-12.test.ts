import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";

/*
 * Misreadings found by the accuracy audit of 2026-12-12 (25 machine-read companies, every 12th
 * from the 8th; cookies, retention, disputes, third parties, collection, use and choice), each on
 * the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("retention: kept while needed, said in other words", () => {
  it("reads “until no longer necessary”, “for the time necessary”, “as long as we have a reason”, “unless we need it”", () => {
    for (const [text, value] of [
      [
        "We generally retain information until it is no longer necessary to serve the purposes for which it was collected.",
        "until no longer necessary",
      ],
      [
        "Personal data is stored for the time necessary for the purposes for which they are collected.",
        "for the time necessary",
      ],
      [
        "We store personal information for only as long as we have a reason to keep it.",
        "as long as there is a reason to keep it",
      ],
      [
        "We do not store your personal information unless we need it to provide you with our service.",
        "as long as needed",
      ],
    ] as const) {
      expect(valuesOf(text, "retention-while-needed"), text).toEqual([value]);
      expect(rate("retention", text).reason, text).toBe(`neutral: data is kept ${value}`);
    }
  });

  it("leaves one kind of data, a keeping denied, others' duty and the user's right alone", () => {
    for (const text of [
      "The data used for KYC checks is retained only for the time strictly necessary to verify identity, after which it is archived.",
      "We will not keep your data until it is no longer needed by our partners.",
      "Service providers are required to delete the information when it is no longer needed to provide the service.",
      "You may ask us to erase data when it is no longer necessary for the purpose for which it was collected.",
      "We do not store your personal information unless you ask us to.",
    ])
      expect(valuesOf(text, "retention-while-needed"), text).toEqual([]);
  });
});

describe("third parties: data shared so that third parties deliver personalised ads, and a sale named after “sharing”", () => {
  const lyft = [
    "However, we may need to share your personal information with third parties to deliver relevant personalized ads to you on and off the Lyft Platform.",
    'Some of these disclosures may constitute "sharing" or the "sale" of personal information for "targeted advertising" purposes under certain local (e.g., U.S. state) privacy laws, which we describe in more detail here.',
  ];

  it("reads sharing for personalised ads and the sale the policy says it may be (Lyft)", () => {
    expect(valuesOf(lyft[0]!, "advertising-sharing")).toEqual([
      "shared for others' marketing or advertising",
    ]);
    expect(valuesOf(lyft[1]!, "sale")).toEqual([
      "says some of its disclosures of data may be considered a sale",
    ]);
    expect(rate("third-parties", lyft.join(" ")).reason).toBe(
      "concerning: data shared for others' marketing or advertising",
    );
    expect(rate("use", lyft[0]!).rating).toBe("concerning");
  });

  it("leaves ads without personalisation, a denied sharing and a sale named only under a condition alone", () => {
    for (const text of [
      "We share your information with third parties to deliver the services and ads you see on our own pages.",
      "We never share your personal information with third parties to deliver personalized ads.",
    ])
      expect(valuesOf(text, "advertising-sharing"), text).toEqual([]);
    for (const text of [
      'To the extent that any of these disclosures constitute "sharing" or a "sale", you may opt out.',
      'We do not engage in disclosures that constitute "sharing" or the "sale" of personal information.',
    ])
      expect(valuesOf(text, "sale"), text).toEqual([]);
  });
});

describe("choice: an opt-out said as the wish not to receive, and texting STOP as its way", () => {
  it("reads the wish and the instruction after it (IMDb, Aetna)", () => {
    const imdb =
      "If you do not want to receive e-mail or other communications from us, please log in to your account and adjust your preferences in your user account settings.";
    const aetna =
      "To stop receiving text alerts, text STOP to the number upon which you are receiving text alerts, including 37046, 37986 or 90156.";
    expect(valuesOf(imdb, "opt-out")).toEqual(["in account settings"]);
    expect(valuesOf(aetna, "opt-out")).toEqual(["by texting STOP"]);
    expect(rate("choice", aetna).reason).toBe("neutral: an opt-out is offered by texting STOP");
    expect(
      valuesOf("You may opt out of SMS messages by texting STOP to the received SMS.", "opt-out"),
    ).toEqual(["by texting STOP"]);
  });

  it("leaves a wish with no instruction, and a stop that is no texting, alone", () => {
    for (const text of [
      "If you do not want to receive these messages, that is your choice and it will not affect your account.",
      "To stop receiving calls from unknown numbers is a feature of your phone.",
    ])
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
    expect(
      valuesOf("You can opt out of marketing emails; we will stop sending them.", "opt-out"),
    ).toEqual(["of marketing messages, how not stated"]);
  });
});

describe("cookies: first-party cookies for login and preferences, said in other words", () => {
  it("reads cookies that keep users logged in and the company's first-party cookies (Tildes, CrowdTangle)", () => {
    const tildes =
      "Tildes uses cookies to support users being logged into their accounts, and we may also store user preferences in them (such as which display theme you are using), whether you are logged in or not.";
    const crowdtangle =
      "Cookie Data: We collect information from first-party cookies stored on CrowdTangle Users’ devices.";
    expect(valuesOf(tildes, "cookies-persistent")).toEqual(["cookies that keep you logged in"]);
    expect(valuesOf(crowdtangle, "cookies-persistent")).toEqual(["first-party cookies"]);
    expect(rate("cookies", tildes).reason).toBe(
      "neutral: first-party cookies or analytics (cookies that keep you logged in), no third-party tracking found",
    );
  });

  it("leaves a definition, a browser's habit and a denial alone", () => {
    for (const text of [
      'Cookies set by the site or app owner (in this case, AliExpress) are called "first party Cookies".',
      "Most web browsers enable first-party cookies by default.",
      "Web browsers often store your preferences in a cookie.",
      "We do not use cookies to keep users logged in.",
    ])
      expect(valuesOf(text, "cookies-persistent"), text).toEqual([]);
  });
});

describe("retention: a period for the people a sentence opens on, and “archived” closing a list of verbs", () => {
  const qobuz = [
    "Personal data is stored for the time necessary for the purposes for which they are collected.",
    "For potential customers, personal data is stored for 3 years after the last time of contact;",
  ];

  it("reads the period as some data's, counted from the last contact, under the data kept while needed (Qobuz)", () => {
    expect(valuesOf(qobuz[1]!, "retention-period")).toEqual([
      "some personal data kept for 3 years after the last time of contact",
    ]);
    expect(rate("retention", qobuz).reason).toBe(
      "neutral: some personal data is kept for 3 years after the last time of contact; other data is kept for the time necessary",
    );
  });

  it("leaves a purpose that opens the sentence, and data in general, alone", () => {
    expect(
      valuesOf("For security reasons, personal data is stored for 3 years.", "retention-period"),
    ).toEqual(["personal data kept for 3 years"]);
    expect(valuesOf("Personal data is stored for 3 years.", "retention-period")).toEqual([
      "personal data kept for 3 years",
    ]);
  });

  it("reads no archive from a scope's list of verbs (Qobuz), but keeps an archive kept", () => {
    expect(
      valuesOf(
        "Xandrie would like to inform you of the conditions under which your personal data is collected, used, stored and archived by Xandrie.",
        "retention-backups",
      ),
    ).toEqual([]);
    expect(
      valuesOf(
        "In addition, we maintain archives of our web logs, database, and other systems and information.",
        "retention-backups",
      ),
    ).toEqual(["kept in backups or archives, no limit stated"]);
  });
});

describe("choice: a run-in label alone offers no opt-out", () => {
  it("reads nothing from “Opt-out.” or “Right to withdraw consent.” (Aetna, Discord)", () => {
    for (const text of ["Opt-out.", "Right to withdraw consent.", "Right to Opt Out."])
      expect(valuesOf(text, "opt-out"), text).toEqual([]);
  });

  it("still reads the offer in a sentence of its own", () => {
    expect(valuesOf("You may opt out at any time.", "opt-out")).toEqual([
      "offered, how not stated",
    ]);
  });
});

describe("retention: an example after “like”, and what logs record, are not what a period is for", () => {
  it("reads the logs kept, not the IP address they record (WordPress.com)", () => {
    const text =
      "For example, we keep web server logs that record information about a visitor to one of Automattic’s websites, like the visitor’s IP address, browser type, and operating system, for approximately 30 days.";
    expect(valuesOf(text, "retention-period")).toEqual(["server logs kept for 30 days"]);
  });

  it("still reads data named as itself, and “such as”", () => {
    expect(valuesOf("We keep your IP address for 30 days.", "retention-period")).toEqual([
      "IP address kept for 30 days",
    ]);
    expect(
      valuesOf("Some technical data, such as log data, is kept for 30 days.", "retention-period"),
    ).toEqual(["log data kept for 30 days"]);
  });
});
