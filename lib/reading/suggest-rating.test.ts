import { describe, expect, it } from "vitest";
import { analyzePolicy } from "./analyze-policy";
import { extractFacts } from "./extract-facts";
import { suggestRating } from "./suggest-rating";
import { cpuMs } from "../../tests/helpers/cpu-time";

const rate = (
  practice: Parameters<typeof suggestRating>[0],
  text: string | string[],
  clauses = 1,
  /** The company's own names: a sale said of another name is that party's. */
  own: ReadonlySet<string> = new Set(),
) =>
  suggestRating(
    practice,
    extractFacts(typeof text === "string" ? [text] : text, undefined, own).filter(
      (f) => f.practice === practice,
    ),
    clauses,
  );

/** The summary a machine finding shows: the reason without its rating. */
const summaryOf = (s: { reason: string }) => s.reason.replace(/^[a-z -]+: /, "");

describe("suggestRating: the documented rules", () => {
  it("policy changes: consent only where the law requires it is neutral, consent promised outright protective (National Geographic, Alibaba.com)", () => {
    const required = rate(
      "policy-changes",
      "We will provide notice to you if these changes to this Privacy Policy are material and, where required by applicable law, we will obtain your consent.",
    );
    expect(required.rating).toBe("neutral");
    expect(summaryOf(required)).toBe(
      "users are notified directly of changes, and consent is sought where the law requires it",
    );
    const promised = rate(
      "policy-changes",
      "We will obtain your consent if and when we materially change this Privacy Policy in a way that reduces the protection of your personal information collected in the past.",
    );
    expect(promised.rating).toBe("protective");
  });

  it("children: an age below which a parent must be involved is said so, and a limit stated elsewhere leads (Amazon, Bing)", () => {
    const amazon = rate("children", [
      "We do not knowingly collect personal information from children under the age of 13 without the consent of the child's parent or guardian.",
      "If you are under 18, you may use Amazon Services only with the involvement of a parent or guardian.",
    ]);
    expect(summaryOf(amazon)).toBe("an age threshold for children is stated (under 13)");
    const bing = rate(
      "children",
      "When a child is under 13-or a higher age if required in their region-the child will need consent from their parent or guardian to create a Microsoft account.",
    );
    expect(bing.rating).toBe("neutral");
    expect(summaryOf(bing)).toBe(
      "children under 13 may use it only with a parent's consent or involvement",
    );
    // A limit with no parent in it stays a limit.
    expect(
      summaryOf(rate("children", "You must be at least 13 years old to use the Platform.")),
    ).toBe("an age threshold for children is stated (under 13)");
  });

  it("business transfer: data sold or transferred in a merger, with no commitment, is concerning (Academia.edu)", () => {
    const s = rate(
      "business-transfer",
      "If we are involved in a merger, acquisition, financing due diligence, reorganization, bankruptcy, receivership, purchase or sale of assets, or transition of service to another provider, your information may be sold or transferred as part of such a transaction, as permitted by law and/or contract.",
    );
    expect(s.rating).toBe("concerning");
  });

  it("business transfer: the company's word that data stays confidential is neutral, said as it is (W3Schools)", () => {
    const s = rate(
      "business-transfer",
      "Suppose W3Schools is involved in a merger, acquisition, or sale of assets. In that case, we will continue to ensure the confidentiality of your information.",
    );
    expect(s.rating).toBe("neutral");
    expect(summaryOf(s)).toBe(
      "the company says the data stays confidential through a business transfer",
    );
  });

  it('cookies: Do Not Track not honoured is said in the reason, never beside "no fact found" alone (Evernote)', () => {
    const s = rate("cookies", [
      "Do Not Track is a privacy preference that users can set in their web browsers.",
      'At this time, we do not currently respond to or otherwise take action in response to web browser "do not track" signals.',
    ]);
    expect(s.rating).toBe("neutral");
    expect(s.reason).toBe(
      "neutral: Do Not Track signals are not honoured, which does not decide the rating; no fact found on the cookies or trackers used",
    );
    expect(s.decisive).toEqual([]);
    // A tracker found decides, and the signal is not the reason.
    const tracked = rate("cookies", [
      'At this time, we do not currently respond to web browser "do not track" signals.',
      "We allow ad networks to place cookies on our website.",
    ]);
    expect(tracked.rating).toBe("concerning");
    expect(tracked.reason).not.toMatch(/Do Not Track/);
  });

  it("cookies: tracking across websites is the reason over a tracker only named (WeTransfer)", () => {
    const s = rate("cookies", [
      "We or our advertising partners also place cookies on our website(s).",
      "Advertisement cookies are often also placed by third parties to measure the effectiveness of their advertising campaigns and to follow your internet- and surf behaviour over other domains and websites where they have placed a cookie.",
    ]);
    expect(s.reason).toBe(
      "concerning: third-party tracking (advertising tracking across websites)",
    );
    expect(
      rate("cookies", "We or our advertising partners also place cookies on our website(s).")
        .reason,
    ).toBe("concerning: third-party tracking (advertising partners)");
  });

  it("third parties: sharing with third parties for marketing keeps named processors and no sale from protective (PayPal)", () => {
    const clauses = [
      "PayPal does not sell Personal Information.",
      "We may disclose Personal Information with our service providers that operate at our direction and on our behalf to perform services we outsource to them.",
      "We use PayPal Manager and Google Checkout to process payments.",
    ];
    expect(rate("third-parties", clauses).rating).toBe("protective");
    const s = rate("third-parties", [
      ...clauses,
      "We disclose your Personal Information with service providers and third parties, including those participating in the payment network, to help us provide Services, protect our customers from risk and fraud, market our products, and comply with legal obligations.",
    ]);
    expect(s.rating).toBe("neutral");
    expect(s.reason).toBe(
      "neutral: data is shared with third parties to market its own products; data not sold",
    );
  });

  it('retention: a backup remnant is no headline, and other periods are said rather than "no period is stated" (Evernote, WeTransfer)', () => {
    const evernote = rate("retention", [
      "The Evernote Service’s back-up systems may retain residual copies of your deleted Content for up to one year due to the nature of those systems’ operations.",
      "For example, we retain personal data processed for customer support purposes for a maximum of three (3) years from your most recent interaction with the Evernote Service.",
    ]);
    expect(summaryOf(evernote)).not.toMatch(/Content/);
    expect(summaryOf(evernote)).toMatch(/^some personal data is kept for up to 3 years/);
    // Said when the policy states nothing else.
    expect(
      summaryOf(
        rate(
          "retention",
          "The back-up systems may retain residual copies of your deleted Content for up to one year.",
        ),
      ),
    ).toBe("backup copies of deleted Content are kept for up to 1 year");
    const wetransfer = rate("retention", [
      "Your User Content will be deleted automatically and permanently from our servers within 48 hours from the expiration you selected.",
      "WeTransfer retains your personal information to comply with applicable laws (e.g. retaining financial information for 7 years for tax purposes; or retaining personal information after receiving government data preservation orders), and to comply with legal requests.",
    ]);
    expect(summaryOf(wetransfer)).toBe(
      "Content is deleted within 48 hours of the expiration; financial information is kept for 7 years",
    );
    expect(
      summaryOf(
        rate(
          "retention",
          "Your User Content will be deleted automatically and permanently from our servers within 48 hours from the expiration you selected.",
        ),
      ),
    ).toBe(
      "Content is deleted within 48 hours of the expiration; no period is stated for other data",
    );
  });

  it("retention: backups with no limit are concerning, with that reason", () => {
    const s = rate(
      "retention",
      "Your data may be retained in our backup records after you cancel.",
    );
    expect(s.rating).toBe("concerning");
    expect(s.reason).toBe("concerning: data kept in backups or archives with no limit stated");
  });

  it("retention: a message deleted for good is not data kept indefinitely, so not concerning (Telegram)", () => {
    const s = rate("retention", [
      "As soon as your partner deletes it too, it's gone forever.",
      "Unless stated otherwise in this Privacy Policy, the personal data that you provide us will only be stored for as long as it is necessary for us to fulfill our obligations in respect of the provision of the Services.",
    ]);
    expect(s.rating).toBe("neutral");
    expect(summaryOf(s)).toBe("data is kept as long as it is necessary");
  });

  it("retention: a short period and deletion on cancellation are protective", () => {
    expect(
      rate("retention", [
        "We keep server logs for 30 days.",
        "We delete your data when you close your account.",
      ]).rating,
    ).toBe("protective");
    // Deletion within a stated time of closing is the rubric's neutral (audit of 2026-12-04).
    expect(
      rate("retention", "We delete your data within 30 days after you close your account.").rating,
    ).toBe("neutral");
  });

  it("disputes: binding arbitration with a class waiver is concerning", () => {
    expect(
      rate(
        "disputes",
        "Disputes are settled by binding arbitration. You waive the right to bring a class action.",
      ).rating,
    ).toBe("concerning");
  });

  it("disputes: a transfer framework's arbitration is the individual's option, never binding arbitration with a class waiver (GitHub)", () => {
    const framework = rate("disputes", [
      "An individual has the possibility, under certain conditions, to invoke binding arbitration for complaints regarding DPF compliance not resolved by any of the other DPF mechanisms.",
      "You waive the right to bring a class action.",
    ]);
    // Alone, it is recourse for some users, none for the rest (since the double reading of
    // 2027-02-05, as a confined body or regulator is); beside a regulator open to all, neutral.
    expect(framework.reason).toBe(
      "concerning: binding arbitration is offered to some users only; none for the rest",
    );
    expect(
      rate("disputes", [
        "An individual has the possibility, under certain conditions, to invoke binding arbitration for complaints regarding DPF compliance not resolved by any of the other DPF mechanisms.",
        "You waive the right to bring a class action.",
        "You may also file a complaint with the Federal Trade Commission.",
      ]).rating,
    ).toBe("neutral");
  });

  it("disputes: a body confined to some users is concerning; one open to all is neutral", () => {
    const confined = rate(
      "disputes",
      "If you are a European consumer, you may refer your complaint to the Council of Better Business Bureaus.",
    );
    expect(confined.rating).toBe("concerning");
    expect(confined.reason).toMatch(/only for some users \(Better Business Bureaus\)/);
    expect(
      rate(
        "disputes",
        "If contacting us does not resolve your complaint, you may raise it with TRUSTe.",
      ).rating,
    ).toBe("neutral");
  });

  it("third parties: sale is concerning; a statement that data is not sold is not", () => {
    expect(
      rate("third-parties", "We may sell your personal information to data brokers.").rating,
    ).toBe("concerning");
    expect(rate("third-parties", "We do not sell your personal information.").rating).toBe(
      "neutral",
    );
  });

  it("third parties: a stated sale is concerning beside a no-sale for minors, which makes nothing protective (Vinted)", () => {
    const vinted = [
      "We may have sold the following categories of personal information about you to third parties in the prior twelve (12) months: Internet or other electronic network activity information such as consumer online activity, for example, browser type, IP address, device ID, advertising identifiers and cookie numbers, to online advertising service and analytics providers.",
      "We do not knowingly sell the personal information of minors under the age of 16.",
    ];
    const s = rate("third-parties", vinted);
    expect(s.rating).toBe("concerning");
    expect(summaryOf(s)).toBe("the company has sold categories of personal information");
    // Without the sale, a no-sale for minors is no "data not sold".
    const scoped = rate("third-parties", [
      vinted[1]!,
      "For automatic translation, Vinted uses service provider Google LLC (USA), bound by contract.",
    ]);
    expect(scoped.rating).toBe("neutral");
    expect(scoped.reason).not.toMatch(/not sold/);
    // A general denial does not cancel the policy's own "may sell" either.
    expect(
      rate(
        "third-parties",
        [
          "Verizon doesn’t sell personally identifiable information today and we don’t have plans to start.",
          "Verizon, Verizon Value, and Visible may sell the personal information of Rhode Island consumers to the third parties included in the following Third-Party Privacy Disclosures.",
        ],
        1,
        new Set(["Verizon"]),
      ).rating,
    ).toBe("concerning");
  });

  it("third parties: sharing the policy says may be considered a sale is concerning, after sharing for advertising (Outbrain)", () => {
    const deemed =
      "Under certain United States state privacy laws, some of the ways in which we disclose Personal Data may be considered “sales” or “sharing”.";
    const s = rate("third-parties", [
      "We do not sell your Personal Data in the conventional sense (i.e., for money).",
      deemed,
    ]);
    expect(s.rating).toBe("concerning");
    expect(summaryOf(s)).toBe(
      "the company says some of its disclosures of data may be considered a sale",
    );
    expect(
      summaryOf(rate("third-parties", [deemed, "We may share your information with advertisers."])),
    ).toBe("data shared for others' marketing or advertising");
    // Outbrain's own sentence says what it shares for: the sharing leads (audit of 2026-12-04).
    expect(
      summaryOf(
        rate(
          "third-parties",
          "Under certain United States state privacy laws, some of the ways in which we share Personal Data for targeted or cross-context behavioural advertising or analytics may be considered “sales” or “sharing”.",
        ),
      ),
    ).toBe("data shared for others' marketing or advertising");
  });

  it("third parties: selling only aggregated data is neutral, and said as the policy says it", () => {
    const s = rate("third-parties", "We may sell aggregated data to third parties.");
    expect(s.rating).toBe("neutral");
    expect(summaryOf(s)).toBe(
      "the company may sell aggregated data; no sale of personal data found",
    );
    const personal = rate(
      "third-parties",
      "We may sell your personal information to data brokers.",
    );
    expect(summaryOf(personal)).toBe("the company may sell personal information");
  });

  it("a short period for one kind of data is said with what it applies to (Spotify)", () => {
    const s = rate("retention", [
      "We keep your personal data only as long as necessary to provide you with the Spotify Service and for Spotify’s legitimate and essential business purposes, such as:",
      "Subject to other applicable retention rules listed in this Section 6, we have set certain retention periods so that data expires after a specific period of time. For example, personal data you may input as part of search queries is deleted after 90 days.",
      "We keep some data until your Spotify account is deleted.",
    ]);
    expect(s.rating).toBe("neutral");
    expect(summaryOf(s)).toBe(
      "search queries are deleted after 90 days; other data is kept as long as necessary",
    );
  });

  it("a period for data in general is the headline, in a sentence of its own (Epassi)", () => {
    const s = rate(
      "retention",
      "Personal data is retained for up to two years after the resolution of the support case.",
    );
    expect(summaryOf(s)).toBe("personal data is kept for up to 2 years");
  });

  it("retention: a period for a case stated in the sentence before is said as for some data (noyb)", () => {
    const s = rate("retention", [
      "**Storage:** Your data is removed from the mailing list when you cancel your subscription. Your personal data is consequently deleted within 24 hours.",
    ]);
    expect(summaryOf(s)).toBe(
      "some personal data is deleted within 24 hours; other data is deleted when the account is closed",
    );
  });

  it("a period for the data of one purpose is no headline for data in general (Vinted)", () => {
    const s = rate(
      "retention",
      "Personal data collected and used for this purpose is kept for eighteen (18) months and seven (7) days of inactivity.",
    );
    expect(summaryOf(s)).toBe(
      "some personal data is kept for 18 months of inactivity; no period is stated for other data",
    );
  });

  it("retention: an account deleted after inactivity is said as such, not as a period for all data, after the data kept and what is kept as long as required (happn)", () => {
    const s = rate("retention", [
      "HAPPN will store the Member’s data for as long as required in order for the Member to use his/her Account, namely:",
      "After 24 months of inactivity on an Account, the Account will be deleted and certain of the Member’s data will be retained in order to enable HAPPN to comply with its legal data retention obligations as a hosting service provider.",
      "• Some of the Member’s data, such as email address and telephone number, will be retained for prospecting or Marketing purposes (see Article 4.3) or to be analyzed in order to improve and optimize our service (see Article 4.4) for one year after an Account has been inactive for 24 months.",
    ]);
    expect(s.rating).toBe("neutral");
    expect(summaryOf(s)).toBe(
      "some data is kept for 1 year after 24 months of inactivity; the account is deleted after 24 months of inactivity; other data is kept as long as required",
    );
  });

  it("retention: a table row on backups is a backup's period, not the headline (Kivra)", () => {
    const s = rate("retention", [
      "Backup to protect and restore data — All categories of personal data in connection with your use of our Services — 30 days from when the event is logged.",
      "Inform when new stores are available — Address — Up to 20 days after you terminate the Service.",
      "If you have terminated the Service, the data will be deleted 45 days after you have terminated the Service.",
    ]);
    expect(summaryOf(s)).not.toMatch(/30 days/);
  });

  it("retention: an account deleted after inactivity follows the periods for data (Tinder), and leads only alone", () => {
    const s = rate("retention", [
      "Once your account is closed, including if you don’t log in for 2 years following the suspension period, your data is deleted as described above.",
      "We want the connections you make through our service to last forever, but we keep your personal data only as long as necessary for legitimate business reasons and as permitted by applicable law.",
      "We maintain limited data to comply with legal data retention obligations: in particular, we keep transaction data for 10 years to comply with tax and accounting legal requirements, and “traffic data” / logs for one year to comply with legal data retention obligations.",
    ]);
    expect(summaryOf(s)).toBe(
      "transaction data is kept for 10 years; logs are kept for 1 year; other data is kept as long as necessary",
    );
    const alone = rate("retention", [
      "Once your account is closed, including if you don’t log in for 2 years following the suspension period, your data is deleted as described above.",
    ]);
    expect(summaryOf(alone)).toBe("the account is deleted after 2 years of inactivity");
    // Beside "as long as necessary" only, both are said (Viaplay).
    const needed = rate("retention", [
      "If you have been inactive on our services for a period of 48 months, we will delete your account and the personal data contained therein as described in this section.",
      "Your personal data is stored for as long as it is necessary to achieve the specific purposes for which the data was collected.",
    ]);
    expect(summaryOf(needed)).toBe(
      "data is kept as long as it is necessary; the account is deleted after 48 months of inactivity",
    );
  });

  it("retention: a period of inactivity is no short period, so not protective beside deletion on closing", () => {
    const s = rate("retention", [
      "If you have been inactive on our services for a period of 6 months, we will delete your account and the personal data contained therein.",
      "We delete your data when you close your account.",
    ]);
    expect(s.rating).toBe("neutral");
    expect(summaryOf(s)).toBe("the account is deleted after 6 months of inactivity");
  });

  it("retention: Call Detail Records kept for 24 months are said as such, not as data in general (Viber)", () => {
    const s = rate("retention", [
      "Call Detail Records of your free Viber calls and messaging activity, as well as records of your in-app activities (jointly, CDRs) are kept as a raw data for 24 months from creation.",
      "Accordingly, we only keep personal data as long as required to fulfill the purpose for which the data was collected.",
    ]);
    expect(summaryOf(s)).toBe(
      "Call Detail Records are kept for 24 months; other data is kept as long as required",
    );
  });

  it("retention: a period in hours is read, and short (WeTransfer, Wire)", () => {
    expect(
      summaryOf(
        rate(
          "retention",
          "Your User Content will be deleted automatically and permanently from our servers within 48 hours from the expiration you selected if it's not set to “Recoverable” or otherwise within 1 year after expiration, unless you choose to delete it earlier.",
        ),
      ),
    ).toBe(
      "Content is deleted within 48 hours of the expiration; Content is deleted within 1 year of expiration",
    );
    const s = rate("retention", [
      "Log files are kept for a maximum of 72 hours, and only to facilitate troubleshooting, improve the service and prevent misuse.",
      "We delete your data when you close your account.",
    ]);
    expect(s.rating).toBe("protective");
  });

  it("retention: a period whose sentence names no data is the protective headline only when no other is (Bumble)", () => {
    const s = rate("retention", [
      "Veriff will retain your selfie and the picture of your ID for up to 72 hours.",
      "Almost all profile data is deleted 28 days after account deletion/erasure",
      "We delete your data when you close your account.",
    ]);
    expect(s.rating).toBe("protective");
    // A period counted from the account's deletion is no short period of use (audit of 2026-12-04).
    expect(summaryOf(s)).toBe(
      "a retention period of 72 hours is stated; data is also deleted when the account is closed",
    );
  });

  it("retention: a period for data said to identify no one is not the period of the data rated (Cloudflare, Shockwave)", () => {
    const cloudflare = rate("retention", [
      "Our 1.1.1.1 resolver service does not log personal information, and the bulk of the limited non-personally identifiable query data is only stored for 25 hours.",
      "We store your personal information for a period of time that is consistent with the business purposes set forth in Section 3 of this policy or as long as needed to fulfill and comply with legal obligations.",
    ]);
    expect(summaryOf(cloudflare)).toBe("data is kept as long as needed");
    const shockwave = rate("retention", [
      "DATA RETENTION — We and our partners may retain the anonymous user data we or our partners collect on the Site for up to nine (9) months from the date of its collection, after which time it is deleted from, or deactivated on, our and our partners' systems.",
      "In addition, we maintain archives of our web logs, database, and other systems and information.",
    ]);
    expect(shockwave.reason).toBe(
      "concerning: data kept in backups or archives with no limit stated",
    );
    // Said when the policy states nothing else.
    const alone = rate(
      "retention",
      "DATA RETENTION — We and our partners may retain the anonymous user data we or our partners collect on the Site for up to nine (9) months from the date of its collection.",
    );
    expect(summaryOf(alone)).toBe("anonymous user data is kept for up to 9 months");
  });

  it("an opt-out that does not say how is said once, without brackets (Apple)", () => {
    const s = rate(
      "choice",
      "Where you are requested to consent to the processing of your personal data by Apple, you have the right to withdraw your consent at any time.",
    );
    expect(summaryOf(s)).toBe("an opt-out is offered; the policy does not say how");
  });

  it("choice: the summary says what an opt-out covers and how, and what else may be opted out of (TikTok, WhatsApp)", () => {
    const s = rate("choice", [
      "Your rights: Whenever we use your information based on your consent, you can withdraw your consent at any time.",
      "You may opt out of personalised ads in your account settings.",
      "You may unsubscribe from our newsletter.",
    ]);
    expect(summaryOf(s)).toBe(
      "an opt-out of targeted advertising is offered in account settings; an opt-out of marketing messages is also offered",
    );
    const plain = rate(
      "choice",
      "To withdraw your consent, visit your device-based or in-app settings.",
    );
    expect(summaryOf(plain)).toBe("an opt-out is offered in account settings");
  });

  it("disputes: the free body and the regulator both named, with the policy's capitals", () => {
    const s = rate("disputes", [
      "We are subject to the investigatory and enforcement powers of the U.S. Federal Trade Commission.",
      "If contacting us does not resolve your complaint, you may raise your complaint with TRUSTe by Internet at http://watchdog.truste.com/pvr.php",
    ]);
    expect(s.rating).toBe("protective");
    expect(summaryOf(s)).toBe(
      "a free independent body (TRUSTe) and a regulator (Federal Trade Commission) are named",
    );
  });

  it("disputes: a body heard only under the Data Privacy Framework is some users' recourse; with a regulator named, neutral (Discord, Forbes)", () => {
    const discord = rate("disputes", [
      "We are subject to the investigatory and enforcement powers of the U.S. Federal Trade Commission.",
      "In compliance with the EU-U.S. DPF and the UK Extension to the EU-U.S. DPF and the Swiss-U.S. DPF, Discord commits to cooperate and comply respectively with the advice of the panel established by the EU data protection authorities (DPAs) and the UK Information Commissioner’s Office (ICO) and the Swiss Federal Data Protection and Information Commissioner (FDPIC) with regard to unresolved complaints concerning our handling of personal data received in reliance on the EU-U.S. DPF and the UK Extension to the EU-U.S. DPF and the Swiss-U.S. DPF.",
    ]);
    expect(discord.rating).toBe("neutral");
    expect(summaryOf(discord)).toBe(
      "an outside body only for some users (EU data protection authorities); a regulator is named (Federal Trade Commission)",
    );
    // The framework's body and nothing else: no recourse named for the other users.
    const alone = rate(
      "disputes",
      "Forbes commits to refer unresolved complaints concerning our handling of personal data received in reliance on the EU-U.S. DPF, the UK Extension, and the Swiss-U.S. DPF to TRUSTe, an alternative dispute resolution provider based in the United States.",
    );
    expect(alone.rating).toBe("concerning");
    expect(summaryOf(alone)).toMatch(/^an outside body only for some users \(TRUSTe\)/);
    // The body's own words read again as a regulator are no recourse beside it (IBackup).
    expect(
      rate(
        "disputes",
        "Any complaints by European Union citizens relating to this policy, which cannot be resolved directly with Pro Softnet, will be resolved through EU Data Protection Authorities.",
      ).rating,
    ).toBe("concerning");
    // A framework named in the next sentence does not confine the body (dotCloud).
    expect(
      rate(
        "disputes",
        "If dotCloud is unable to resolve the conflict with the individual filing the complaint, it will mediate said conflict in front of a panel of the American Arbitration Association. dotCloud will self certify with the Department of Commerce for the purpose of renewing its Safe Harbor Privacy Policy on an annual basis.",
      ).rating,
    ).toBe("neutral");
  });

  it("disputes: regulators named in the policy's number (Google AdSense)", () => {
    const s = rate(
      "disputes",
      "We work with the appropriate regulatory authorities, including local data protection authorities, to resolve any complaints regarding the transfer of your data that we cannot resolve with you directly.",
    );
    expect(summaryOf(s)).toBe("regulators are named (data protection authorities)");
  });

  it("no summary nests brackets or repeats its headline in them (Spotify, AliExpress, AdSense, AdSupply)", () => {
    const summaries = [
      rate(
        "law-enforcement",
        "to respond to a valid legal process (such as a search warrant, court order, or subpoena)",
      ),
      rate(
        "cookies",
        "The parties that set these third-party cookies can recognize your device both when it visits the website in question and also when it visits certain other websites.",
      ),
      rate("security", "We use encryption to keep your data private while in transit"),
      rate("retention", "We retain server logs for 90 days."),
    ].map(summaryOf);
    expect(summaries).toEqual([
      "disclosure in response to legal process",
      "third-party tracking (cookies)",
      "safeguards are stated, including encryption",
      "server logs are kept for 90 days; no period is stated for other data",
    ]);
  });

  it("security: a wallet key the company never stores is no encryption it cannot read (Reddit)", () => {
    const s = rate(
      "security",
      "We may also collect public blockchain data and addresses, such as when you purchase or create a Collectible Avatar, receive or mint an NFT, or create a Reddit Vault. However, we never store Reddit Vault private key information.",
    );
    expect(s.rating).not.toBe("protective");
    expect(s.decisive).toEqual([]);
  });

  it("security: messages said not to be end-to-end encrypted are no protection (Substack)", () => {
    const s = rate(
      "security",
      "You can use Substack to send direct messages to other Substack users, and to receive direct messages from other Substack users. Please note that, at this time, direct messages are not end-to-end encrypted, and are not a substitute for secure messaging services.",
    );
    expect(s.rating).not.toBe("protective");
    expect(s.decisive).toEqual([]);
  });

  it("security: end-to-end encryption the policy states still counts beside the data it says is not (Zoom)", () => {
    const s = rate("security", [
      "Limited Information from Zoom Email and Calendar Services: “Zoom Email” refers to Zoom’s native email service and emails sent from Zoom’s native email service. Zoom Email is designed to be end-to-end encrypted by Zoom by default for emails sent and received directly between active Zoom Email users.",
      "Content from Third-Party Integrations: Users can access email and calendars from third-party services through their Zoom client, if they choose to integrate them. This information is not end-to-end encrypted by Zoom, but Zoom employees do not access the contents of third-party-service email or calendar entries, unless authorized to, or required for legal, safety, or security reasons.",
    ]);
    expect(s.reason).toBe("protective: encryption the company cannot read (end-to-end encrypted)");
    expect(s.decisive.map((f) => f.quote)).toEqual([
      "Zoom Email is designed to be end-to-end encrypted by Zoom by default for emails sent and received directly between active Zoom Email users.",
    ]);
  });

  it("third parties: a table row giving data to advertising partners is concerning (Spotify)", () => {
    const facts = extractFacts(
      [
        "Advertising partners — * User Data* Usage Data — So Spotify and our advertising partners can deliver more relevant advertising to you on the Spotify Service and online, and help measure the effectiveness of ads.We do not disclose personal data to advertising partners for users under the age of 18.",
      ],
      undefined,
      undefined,
      [["5. Disclosing your personal data", "Information we may disclose"]],
    ).filter((f) => f.practice === "third-parties");
    expect(suggestRating("third-parties", facts, 1).reason).toBe(
      "concerning: data shared for others' marketing or advertising",
    );
  });

  it("third parties: partners named with no deciding fact are said in the reason, not contradicted by it (Telegram)", () => {
    const s = rate(
      "third-parties",
      "Since Telegram may rely on Google LLC or Microsoft Corporation for automatic translation of messages, the text of any message or set of messages that users choose to translate may be shared with Google or Microsoft in order to obtain their translated versions.",
    );
    expect(s.rating).toBe("neutral");
    expect(s.reason).toBe(
      "neutral: partners are named (Google, Microsoft); no fact found that would raise or lower the rating",
    );
    expect(s.strength).toBe(0.6);
    expect(s.decisive.map((f) => f.kind)).toEqual(["named-partner"]);
  });

  it("retention: a period for anonymised data is no headline; what the policy says of the rest is (AdSupply)", () => {
    const s = rate("retention", [
      "However, this data might remain in webserver logs that we usually keep 10-14 days for diagnosis purposes.",
      "We retain anonymized information only for a maximum of ninety (90) days.",
      "The information we collect and process includes your log data and device information: When you visit our site, we temporarily (typically 10-14 days) store log data and information from or about your computer, phone, or other device you use to access or navigate on our site.",
      "Data erasure: If you are a Publisher or Advertiser, we generally retain your personal information for as long as it is necessary for the performance of the contract between you and us and to comply with our legal obligations.",
    ]);
    expect(s.rating).toBe("neutral");
    expect(summaryOf(s)).toBe(
      "logs are kept between 10 and 14 days; other data is kept as long as it is necessary",
    );
  });

  it("retention: a period counted from closing keeps 'after closing' in the summary (Epassi)", () => {
    expect(
      summaryOf(
        rate(
          "retention",
          "Personal data is retained for as long as the end-user uses Epassi services and for up to five years after termination.",
        ),
      ),
    ).toBe("personal data is kept for up to 5 years after termination");
    expect(
      summaryOf(
        rate(
          "retention",
          "We keep your personal data while your account is active and 24 months after closing.",
        ),
      ),
    ).toBe("personal data is kept for 24 months after closing");
  });

  it("third parties: processors named only as examples are not the rubric's named processors (Discord)", () => {
    const discord = [
      "We don’t sell your personal information.",
      "This includes payment processors like Stripe and PayPal that process transactions on our behalf and cloud providers like Google that host our data and our services.",
    ];
    const s = rate("third-parties", discord);
    expect(s.rating).toBe("neutral");
    expect(s.reason).toBe(
      "neutral: service providers under contract or confidentiality, and data not sold; partners are named only as examples (Stripe, PayPal, Google)",
    );
    // The review's sentence, with the same limits stated.
    expect(
      rate("third-parties", [
        ...discord.slice(0, 1),
        "We share it with service providers such as Google Analytics and Stripe, who process it only on our behalf.",
      ]).rating,
    ).toBe("neutral");
    // A closed list the company states is its named processors (Code 42).
    expect(
      rate("third-parties", [...discord, "We use PayPal Manager and Google Checkout."]).reason,
    ).toBe("protective: named processors under contract, and data not sold");
  });

  it("a practice with clauses but no deciding fact is neutral at lower confidence", () => {
    const s = suggestRating("collection", [], 3);
    expect(s).toMatchObject({ rating: "neutral", strength: 0.6 });
  });

  it("no clause and no fact: not addressed, said as 'no clause found'", () => {
    const s = suggestRating("children", [], 0);
    expect(s.rating).toBe("not-addressed");
    expect(s.reason).toMatch(/^no clause found/);
  });
});

describe("analyzePolicy", () => {
  const policy = [
    "# Acme Privacy Policy",
    "## Cookies",
    "We use third-party advertising cookies and web beacons from ad networks.",
    "## Retention",
    "If you cancel, your data may remain in our backups.",
    "## Children",
    "We do not knowingly collect data from children under 13.",
  ].join("\n\n");

  it("gives a finding for each of the 14 practices, evidence quoted from the clauses", () => {
    const a = analyzePolicy(policy);
    expect(a.findings).toHaveLength(14);
    const cookies = a.findings.find((f) => f.practice === "cookies")!;
    expect(cookies.rating).toBe("concerning");
    expect(cookies.evidence[0]?.quote).toBe(
      "We use third-party advertising cookies and web beacons from ad networks.",
    );
    expect(cookies.confidence).toBeGreaterThan(0);
    expect(cookies.confidence).toBeLessThanOrEqual(1);
    const disputes = a.findings.find((f) => f.practice === "disputes")!;
    expect(disputes).toMatchObject({ rating: "not-addressed", evidence: [] });
  });

  it("lists the facts that decided the rating first, whatever the cap (Vinted's sale came 43rd of 44)", () => {
    const providers = Array.from(
      { length: 20 },
      (_, i) => `We use service provider number ${i + 1} for support, bound by contract.`,
    );
    const text = [
      "# Privacy Policy",
      "## Sharing",
      ...providers,
      "We may have sold the following categories of personal information about you to third parties in the prior twelve (12) months.",
    ].join("\n\n");
    const sharing = analyzePolicy(text).findings.find((f) => f.practice === "third-parties")!;
    expect(sharing.rating).toBe("concerning");
    expect(sharing.facts).toHaveLength(12);
    expect(sharing.facts[0]).toMatchObject({
      kind: "sale",
      value: "has sold categories of personal information",
    });
    expect(sharing.facts[1]?.kind).toBe("service-providers");
  });

  it("reads a 40 kB policy in well under the time limit", () => {
    const big = Array.from(
      { length: 120 },
      (_, i) =>
        `## Section ${i}\n\nWe collect your email address and share it with service providers under contract. We retain logs for ${i + 1} days.`,
    ).join("\n\n");
    expect(cpuMs(() => analyzePolicy(big, { timeLimitMs: 10_000 }))).toBeLessThan(5000);
  });
});
