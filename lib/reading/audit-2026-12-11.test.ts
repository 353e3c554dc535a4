import { describe, expect, it } from "vitest";
import { rate, valuesOf } from "./audit-test-helpers";
import { joinHardWrappedLines } from "./hard-wrapped";

/*
 * Misreadings found by the accuracy audit of 2026-12-11 (25 machine-read companies, every 12th
 * from the 5th; collection, use, choice, security, international, business transfer and legal
 * disclosure), each on the policy's own sentence, with a counter-example the fix must leave alone.
 */
describe("legal disclosure: legal process as one ground among others is no limit", () => {
  const savetz =
    "We hold the names and email addresses of subscribers in the strictest confidence, and will not disclose specific subscriber information unless complying with legal process, preventing fraud or imminent harm, or ensuring the security of our network and services.";
  const webs =
    "Except as otherwise described in this Privacy Policy, we will not disclose personal information to any third party unless we believe that disclosure is necessary: (1) to conform to legal requirements or to respond to a subpoena, search warrant or other legal process received by Webs, whether or not a response is required by applicable law; (2) to enforce the Webs Terms of Service or to protect our rights; or (3) to protect the safety or rights of members of the public or users of the Services.";

  it("reads no “only under legal process” where fraud, rights or safety are grounds too (Savetz, Webs)", () => {
    for (const text of [savetz, webs]) {
      expect(valuesOf(text, "process-required"), text).toEqual([]);
      expect(rate("law-enforcement", text).rating, text).not.toBe("protective");
    }
    expect(rate("law-enforcement", savetz).rating).toBe("neutral");
    // The re-audit of 2026-12-30: Webs answers legal process "whether or not a response is
    // required by applicable law", its own judgement.
    expect(rate("law-enforcement", webs).rating).toBe("concerning");
    expect(rate("law-enforcement", savetz).reason).toBe(
      "neutral: disclosure in response to legal process",
    );
  });

  it("still reads legal process alone as the only ground (Evernote, PrivacySpy)", () => {
    for (const text of [
      "We will not disclose your personal data to law enforcement or other governmental authorities unless we believe it is required to comply with warrants, court orders, subpoenas, or other lawful government requests.",
      "We don't share any personally identifying information publicly or with third-parties, except when required to by a subpoena or valid court order, or when you explicitly publish that information yourself.",
      "We will disclose data only in response to a valid court order, including orders concerning national security.",
    ]) {
      expect(valuesOf(text, "process-required"), text).toEqual([
        "disclosed only under legal process",
      ]);
      expect(rate("law-enforcement", text).rating, text).toBe("protective");
    }
  });
});

describe("legal disclosure: data turned over to the government when the company thinks it appropriate", () => {
  it("reads the company's own judgement (MouthShut)", () => {
    const text =
      "However, irrespective of those situations, MouthShut.com can unilaterally turn over information about you to the government if it believes such disclosure to be appropriate, in which case you authorize it to do so.";
    expect(valuesOf(text, "discretionary-disclosure")).toEqual([
      "disclosure on the company's own judgement",
    ]);
    expect(rate("law-enforcement", text).rating).toBe("concerning");
  });

  it("leaves what the company thinks necessary, or will not turn over, alone", () => {
    for (const text of [
      "We may provide information to law enforcement officials if we believe it is necessary to comply with the law.",
      "We will not turn over information to the government if we believe it would be inappropriate.",
      "We never hand over your data to the police when we consider it appropriate to refuse.",
    ])
      expect(valuesOf(text, "discretionary-disclosure"), text).toEqual([]);
  });
});

describe("use: data shared with partners for targeted advertising, said in other words", () => {
  it("reads sharing with partners that deliver targeted advertising (Finnair)", () => {
    for (const text of [
      "Targeted advertising – If you have given your consent to advertising cookies or haven’t objected the use of Finnair’s legitimate interest to conduct targeted advertising or both, we share your personal data with our third-party partners that enable us to deliver targeted advertising through third-party channels and platforms.",
      "Personalised advertising for Finnair Plus members by sharing and matching your data with our third-party partners – We conduct personalised advertising by sharing your hashed data with third-party partners, such as Meta and Google, to facilitate data matching to enhance and personalise the Finnair advertising you see in these platforms.",
    ]) {
      expect(valuesOf(text, "advertising-sharing"), text).toEqual([
        "shared for others' marketing or advertising",
      ]);
      expect(rate("use", text).rating, text).toBe("concerning");
    }
  });

  it("leaves partners that only help to measure, and advertising without sharing, alone", () => {
    for (const text of [
      "We share your personal data with our partners that help us to measure the performance of our website.",
      "We conduct personalised advertising on our own website based on your bookings.",
      "You can object to personalised advertising by sharing your preferences with our customer service.",
    ])
      expect(valuesOf(text, "advertising-sharing"), text).toEqual([]);
  });
});

describe("security: a private key the site stores is no key only the user holds", () => {
  it("reads encryption, not encryption the company cannot read (XVideos' cookie table)", () => {
    const text =
      "chat_data_c — Proper display of the Website. Stores your chat private key for encryption. — 168 days";
    expect(valuesOf(text, "encryption")).toEqual(["encryption"]);
    expect(rate("security", text).rating).toBe("neutral");
  });

  it("still reads a device's own private key used to encrypt (Logitech)", () => {
    const text =
      "Every Circle camera has a unique private key and digital certificate, which is used to encrypt communications in transit.";
    expect(valuesOf(text, "encryption")).toEqual(["private key"]);
    expect(rate("security", text).rating).toBe("protective");
    expect(
      valuesOf(
        "Your private key is stored only on your device and is used to encrypt your files.",
        "encryption",
      ),
    ).toEqual(["private key"]);
  });
});

describe("choice: an unsubscribe the company keeps data to honour offers no opt-out", () => {
  it("reads no opt-out from a reason for keeping data (LinkedIn)", () => {
    const text =
      'We retain your personal data even after you have closed your account if reasonably necessary to comply with our legal obligations (including law enforcement requests), meet regulatory requirements, resolve disputes, maintain security, prevent fraud and abuse (e.g., if we have restricted your account for breach of our Professional Community Policies), enforce our User Agreement, or fulfill your request to "unsubscribe" from further messages from us.';
    expect(valuesOf(text, "opt-out")).toEqual([]);
  });

  it("still reads an unsubscribe offered, and one the company honours without keeping data", () => {
    expect(
      valuesOf(
        'To stop these emails, click "unsubscribe" at the bottom of any message.',
        "opt-out",
      ),
    ).toEqual(["through an unsubscribe link"]);
    expect(
      valuesOf(
        "We will honor your request to unsubscribe from marketing emails within 10 days.",
        "opt-out",
      ),
    ).toEqual(["of marketing messages, how not stated"]);
  });
});

describe("choice: “sales leads” are no sale of data", () => {
  it("reads no sale in an opt-out from a customer's sales leads (LinkedIn)", () => {
    const text =
      "Customers can export limited information from your profile, such as name, headline, current company, current title, and general location (e.g., Dublin), such as to manage sales leads or talent, unless you opt-out.";
    expect(valuesOf(text, "opt-out")).toEqual(["offered, how not stated"]);
  });

  it("still reads an opt-out of sales of personal data", () => {
    expect(
      valuesOf("You may opt out of sales of your personal information at any time.", "opt-out"),
    ).toEqual(["of the sale of personal data, how not stated"]);
  });
});

describe("choice: instructions at the bottom of an email are a way to unsubscribe", () => {
  it("reads an unsubscribe link (Hugging Face)", () => {
    expect(
      valuesOf(
        "Users may follow the instructions at the bottom of an email from the Company in order to unsubscribe from correspondence.",
        "opt-out",
      ),
    ).toEqual(["through an unsubscribe link"]);
  });

  it("leaves an unsubscribe with no way, and instructions elsewhere, alone", () => {
    for (const text of [
      "If you unsubscribe from correspondence, we will keep your email address on a suppression list.",
      "Follow the instructions on our help page in order to unsubscribe from correspondence.",
    ])
      expect(valuesOf(text, "opt-out"), text).not.toContain("through an unsubscribe link");
  });
});

describe("business transfer: the data's use after the event governed by this policy", () => {
  it("reads the successor bound (Parler, Limitless)", () => {
    const text = [
      "We may transfer your Personal Information to service providers, advisors, potential transactional partners, or other third parties in connection with the consideration, negotiation, or completion of a corporate transaction in which we are acquired by or merged with another company or we sell, liquidate, or transfer all or a portion of our assets. The use of your Personal Information following any of these events will be governed by the provisions of this Privacy Policy in effect at the time of the acquisition or merger.",
    ];
    expect(valuesOf(text, "successor-bound")).toEqual([
      "users notified or successor bound by the policy",
    ]);
    expect(rate("business-transfer", text).rating).toBe("neutral");
  });

  it("leaves the buyer's own policy, and a policy governed by law, alone", () => {
    for (const text of [
      "If we are acquired or merged with another company, your information will be transferred and will be governed by the acquirer's privacy policy.",
      "In the event of a merger, this Privacy Policy is governed by the laws of Delaware.",
    ])
      expect(valuesOf(text, "successor-bound"), text).toEqual([]);
  });
});

describe("ingest: a document whose printed lines are paragraphs reads its sentences whole", () => {
  const line = (i: number) =>
    `Paragraph ${i} of the policy says that we may share some data with partners and`;
  const wrapped = Array.from(
    { length: 24 },
    (_, i) => `${line(i)}\n\ncontinues here in lower case.`,
  ).join("\n\n");

  it("joins a printed line to the line after it (Parler)", () => {
    const parler = [
      "As Required By Law and Similar Disclosures. We may access, preserve, and disclose your",
      "Personal Information if we believe doing so is required or appropriate to: (a) comply with law",
      "enforcement requests and legal process, such as a court order or subpoena; (b) respond to your",
      "requests; or (c) protect your, our, or others’ rights, property, or safety.",
    ].join("\n\n");
    const joined = joinHardWrappedLines(`${wrapped}\n\n${parler}`);
    expect(joined).toContain(
      "We may access, preserve, and disclose your Personal Information if we believe doing so is required or appropriate to: (a) comply with law enforcement requests and legal process, such as a court order or subpoena; (b) respond to your requests; or (c) protect your, our, or others’ rights, property, or safety.",
    );
    expect(rate("law-enforcement", joined.split("\n\n").at(-1)!).rating).toBe("concerning");
  });

  it("leaves headings, list items, short lines and documents written in paragraphs alone", () => {
    const joined = joinHardWrappedLines(
      `${wrapped}\n\n2.1.2 For the purpose of performing the data sending and collection service of Uschovna Plus\n\n(a) Identification data (first name, surname, address)\n\nPersonal Data\n\nWhile using our Service, we may ask you`,
    );
    expect(joined).toContain("Uschovna Plus\n\n(a) Identification");
    expect(joined).toContain("address)\n\nPersonal Data\n\nWhile");
    // Written in paragraphs: a paragraph without its full stop before one in lower case, now and then.
    const prose =
      `${line(1)}\n\nmore words.\n\n${"A whole sentence of the policy. ".repeat(3)}\n\n`.repeat(5);
    expect(joinHardWrappedLines(prose)).toBe(prose);
  });
});

describe("ingest and retention: a numbered clause that wraps, and opens on a case", () => {
  it("joins a numbered line to its lower-case continuation and reads the period for that case (Uschovna)", () => {
    const line = (i: number) =>
      `Paragraph ${i} of the policy says that we may share some data with partners and`;
    const wrapped = Array.from({ length: 24 }, (_, i) => `${line(i)}\n\ncontinues here.`).join(
      "\n\n",
    );
    const joined = joinHardWrappedLines(
      `${wrapped}\n\n3.4 In case you grant consent for marketing purposes (including possible profiling for the purpose\n\nof offering suitable goods and services and processing of cookies), we retain your personal data\n\nfor 1 year after the consent was granted or from the last use of our services.`,
    );
    const sentence = joined.split("\n\n").at(-1)!;
    expect(sentence).toMatch(/^3\.4 In case you grant consent .* last use of our services\.$/);
    expect(valuesOf(sentence, "retention-period")).toEqual(["some personal data kept for 1 year"]);
  });

  it("still reads a numbered clause that opens on no case as data in general", () => {
    expect(valuesOf("3.4 We retain your personal data for 1 year.", "retention-period")).toEqual([
      "personal data kept for 1 year",
    ]);
  });
});
