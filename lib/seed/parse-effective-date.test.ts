import { describe, expect, it } from "vitest";
import { parseEffectiveDate } from "./parse-effective-date";
import { cpuMs } from "../../tests/helpers/cpu-time";

describe("parseEffectiveDate", () => {
  it('reads a US numeric date: "Effective: 1/17/2011"', () => {
    expect(parseEffectiveDate("##  Effective: 1/17/2011 ")).toEqual({
      date: "2011-01-17",
      precision: "day",
      label: "Effective",
      stated: "Effective: 1/17/2011",
    });
  });

  it('reads a date in words inside a sentence: "effective August 29, 2011"', () => {
    expect(parseEffectiveDate("This Privacy Policy is effective August 29, 2011. ")).toEqual({
      date: "2011-08-29",
      precision: "day",
      label: "Effective",
      stated: "effective August 29, 2011",
    });
  });

  it('reads an abbreviated month with a zero-padded day: "Last Modified: Jan 09, 2012"', () => {
    expect(parseEffectiveDate("Last Modified: Jan 09, 2012")).toEqual({
      date: "2012-01-09",
      precision: "day",
      label: "Last modified",
      stated: "Last Modified: Jan 09, 2012",
    });
  });

  it("reads ISO dates and 'last updated on' phrasing", () => {
    expect(parseEffectiveDate("This policy was last updated on 2012-03-04.")).toMatchObject({
      date: "2012-03-04",
      label: "Last modified",
    });
  });

  it("reads 'Effective Date:' with an abbreviated month followed by a full stop", () => {
    expect(parseEffectiveDate("Effective Date: Sept. 5, 2011")).toMatchObject({
      date: "2011-09-05",
      label: "Effective",
    });
  });

  it("labels 'last revised' and 'last updated' as Last modified", () => {
    expect(parseEffectiveDate("Last revised: March 3, 2012")?.label).toBe("Last modified");
    expect(parseEffectiveDate("Last updated: March 3, 2012")?.label).toBe("Last modified");
  });

  it("finds the dates anywhere in a longer document and reports the latest stated one", () => {
    const text =
      "# Policy\n\nWe value privacy.\n\nEffective: 1/17/2011\n\nLast modified: Jan 9, 2012\n";
    expect(parseEffectiveDate(text)?.date).toBe("2012-01-09");
  });

  it("skips an effective phrase with no date and uses a later stated date", () => {
    expect(
      parseEffectiveDate("Effective date: to be set.\nLast updated: March 3, 2012"),
    ).toMatchObject({ date: "2012-03-03", label: "Last modified" });
  });

  it("returns null for impossible calendar dates", () => {
    expect(parseEffectiveDate("Effective: 2/30/2011")).toBeNull();
    expect(parseEffectiveDate("Effective: 2011-02-29")).toBeNull();
    expect(parseEffectiveDate("Effective: February 30, 2011")).toBeNull();
  });

  it("reads a day-first numeric date only when the day is over 12", () => {
    expect(parseEffectiveDate("Effective: 13/01/2011")?.date).toBe("2011-01-13");
    expect(parseEffectiveDate("Effective: 32/01/2011")).toBeNull();
  });

  it("accepts 29 February in a leap year", () => {
    expect(parseEffectiveDate("Effective: 2/29/2012")?.date).toBe("2012-02-29");
  });

  it("returns null for an unknown month name", () => {
    expect(parseEffectiveDate("Effective: Smarch 3, 2011")).toBeNull();
  });

  it("returns null when no effective or modified date is stated", () => {
    expect(parseEffectiveDate("We collect your name. Copyright 2011.")).toBeNull();
    expect(parseEffectiveDate("")).toBeNull();
  });

  it("does not read words that merely contain 'effective'", () => {
    expect(parseEffectiveDate("We effectively protect data as of 1/1/2011.")).toBeNull();
    expect(parseEffectiveDate("An ineffective 1/1/2011 clause.")).toBeNull();
  });

  it("does not reach across a sentence end or line break for the date", () => {
    expect(parseEffectiveDate("Effective immediately.\n1/17/2011")).toBeNull();
  });
});

describe("parseEffectiveDate regressions", () => {
  it("rejects two-digit years instead of reading them as the 1900s", () => {
    expect(parseEffectiveDate("Effective: 01/17/0011")).toBeNull();
  });
});

// First lines of Open Terms Archive's recorded policies (seeds/corpus), verbatim.
describe("parseEffectiveDate on the corpus's own first lines", () => {
  const cases: [string, string, string, string][] = [
    [
      "TikTok: emphasis around the date",
      "Last updated: _30 November 2025_",
      "2025-11-30",
      "Last modified",
    ],
    [
      "Vinted: a US numeric date with dashes",
      "Date last updated: 06-21-2023",
      "2023-06-21",
      "Last modified",
    ],
    [
      "Binance: a zero-padded day first",
      "Last updated: 02 December 2025",
      "2025-12-02",
      "Last modified",
    ],
    [
      "Coursera: the whole line in emphasis",
      "_Last updated: May 11, 2026._",
      "2026-05-11",
      "Last modified",
    ],
    [
      "Cloudflare: an ordinal day",
      "This Privacy Policy is effective as of November 4th, 2025.",
      "2025-11-04",
      "Effective",
    ],
    [
      "Couchsurfing: bold inside the date",
      "Effective Date: October **14, 2023**",
      "2023-10-14",
      "Effective",
    ],
    [
      "Pornhub: emphasis split across the date",
      "_**Last Modified: August 5,**_ **2026**",
      "2026-08-05",
      "Last modified",
    ],
    [
      "Viber: emphasis markers doubled",
      "_Last Updated: _July 22, 2026__",
      "2026-07-22",
      "Last modified",
    ],
    ["Arweave: a European dotted date", "(Last update 19.01.2023)", "2023-01-19", "Last modified"],
    ["Happn: a European slashed date", "Updated: 22/07/2026", "2026-07-22", "Last modified"],
    [
      "Feddit: a dotted date that reads the same both ways",
      "Effective Date: 08.08.2023",
      "2023-08-08",
      "Effective",
    ],
    ["AdSupply: a dotted ISO date", "_Last modified: 2020.12.07_", "2020-12-07", "Last modified"],
    [
      "Amazon Advertising: a comma after the month",
      "Last Updated: 1 August, 2024",
      "2024-08-01",
      "Last modified",
    ],
    ["Dune: '7th of May'", "Valid from 7th of May 2020.", "2020-05-07", "Effective"],
    [
      "CoinDesk: a full stop after the day",
      "Last updated: June 8. 2026",
      "2026-06-08",
      "Last modified",
    ],
    ["Apple: a heading", "### Updated July 30, 2025", "2025-07-30", "Last modified"],
    [
      "Ubiquiti: capitals",
      "### OUR PRIVACY POLICY WAS UPDATED ON August 13, 2026.",
      "2026-08-13",
      "Last modified",
    ],
    ["Toyota: 'as of:'", "UPDATED AS OF: July 1, 2026", "2026-07-01", "Last modified"],
    [
      "Bolt: a long lead-in",
      "Date when this Privacy Notice was last updated: 5 September 2025",
      "2025-09-05",
      "Last modified",
    ],
    [
      "Sony: two labels",
      "Last Updated and Effective: 01 April 2022",
      "2022-04-01",
      "Last modified",
    ],
    [
      "Google: a bare 'Effective' before a link bar",
      "Effective 26 May 2026 | [Archived versions](https://policies.google.com/privacy/archive?hl=en-GB)",
      "2026-05-26",
      "Effective",
    ],
    [
      "Tinder: 'applies from'",
      "This Privacy Policy applies from April 4, 2026. The previous version, available [here](https://policies.tinder.com/privacy-policy-10-10-2025), applies until then.",
      "2026-04-04",
      "Effective",
    ],
    [
      "Samsung: an ordinal day before the month",
      "    _Effective Date: 28th December 2022._",
      "2022-12-28",
      "Effective",
    ],
    [
      "Hide.me: 'Effective date' without a colon",
      "_Effective date 10th Jan 2023_",
      "2023-01-10",
      "Effective",
    ],
    ["Honkai: 'Version date:'", "**Version date: 2 Apr 2026**", "2026-04-02", "Dated"],
    ["Spark: 'Date:' in bold", "**Date:** July 20, 2026", "2026-07-20", "Dated"],
    [
      "Steam: 'Revision Date:'",
      "_Revision Date: February 14th, 2025_",
      "2025-02-14",
      "Last modified",
    ],
    [
      "UCLA: an abbreviated month with a full stop",
      "Last Updated: Nov. 30, 2017",
      "2017-11-30",
      "Last modified",
    ],
  ];
  it.each(cases)("%s", (_, line, date, label) => {
    expect(parseEffectiveDate(`Privacy Policy\n\n${line}\n\nWe collect data.`)).toMatchObject({
      date,
      label,
    });
  });

  it("reads a label on its own line with the date on the next (Dailymotion, Simpli.fi)", () => {
    expect(
      parseEffectiveDate(
        "Last Update of this Privacy Policy:\n\nApril 7, 2026\n\nDailymotion respects…",
      ),
    ).toMatchObject({ date: "2026-04-07", label: "Last modified" });
    expect(parseEffectiveDate("**Effective Date**  \nDecember 23, 2022\n")).toMatchObject({
      date: "2022-12-23",
      label: "Effective",
    });
  });

  it("reads a date standing alone under the policy's heading as 'Dated' (Mozilla, Wire)", () => {
    const mozilla =
      "Websites, Communications & Cookies Privacy Notice\n===\n\nNovember 5, 2025\n\nWe care about your privacy.";
    expect(parseEffectiveDate(mozilla)).toEqual({
      date: "2025-11-05",
      precision: "day",
      label: "Dated",
      stated: "November 5, 2025",
    });
    expect(parseEffectiveDate("May 9, 2023\n\n### 1\\. Our Privacy Commitment")?.date).toBe(
      "2023-05-09",
    );
  });

  it("prefers a labelled date to a bare one above it (Disqus)", () => {
    const disqus = "Disqus Privacy Policy\n===\n\nJuly 9, 2026\n\n**Updated** July 10, 2026\n";
    expect(parseEffectiveDate(disqus)).toMatchObject({
      date: "2026-07-10",
      label: "Last modified",
    });
  });

  it("reads a labelled date in the closing lines of a long policy (Badoo, HSBC)", () => {
    const body = "We collect data.\n\n".repeat(600);
    expect(
      parseEffectiveDate(
        `Badoo Privacy Policy\n\n${body}**Effective date.** This Privacy Policy was last updated on: 13th March 2026.\n`,
      ),
    ).toMatchObject({ date: "2026-03-13", label: "Last modified" });
  });

  it("does not take a bare date from the closing lines or from deep in the text", () => {
    const body = "We collect data.\n\n".repeat(600);
    expect(parseEffectiveDate(`Policy\n===\n\n${body}## History\n\nMay 1, 2019\n`)).toBeNull();
    expect(
      parseEffectiveDate(
        `Policy\n===\n\n${"We collect data. ".repeat(100)}\n\n## History\n\nMay 1, 2019\n`,
      ),
    ).toBeNull();
  });
});

describe("parseEffectiveDate reads a month when the policy states no day", () => {
  // The corpus's own sentences (seeds/corpus; docs/corpus.md lists the 17 policies).
  it.each([
    ["Bing", "Last Updated: June 2026", "2026-06", "Last modified"],
    ["Booking.com", "Updated August 2026", "2026-08", "Last modified"],
    ["Chayn, in brackets", "_Last updated: \\[October 2021\\].  \n‍_", "2021-10", "Last modified"],
    ["Energia, with a full stop", "Last updated January 2026.", "2026-01", "Last modified"],
    ["IKEA, in bold", "Date Updated: **January 2025**", "2025-01", "Last modified"],
    ["Logitech", "**Last updated:** May 2025", "2025-05", "Last modified"],
    ["Nissan: 'in'", "Last updated in February 2021", "2021-02", "Last modified"],
    ["Scaleway: a space before the colon", "Last update : June 2026", "2026-06", "Last modified"],
    ["Visible: a comma after the month", "Effective Date: May, 2023", "2023-05", "Effective"],
    ["BBC", "_Page updated: April 2024_", "2024-04", "Last modified"],
    ["a numeric month", "Updated: 03/2024", "2024-03", "Last modified"],
    ["an abbreviated month", "Last revised: Sept. 2024", "2024-09", "Last modified"],
    ["FedEx: a spaced hyphen", "Last update: 04 - 2021.", "2021-04", "Last modified"],
    ["WeTransfer: the version's month", "Version: August 2026", "2026-08", "Dated"],
  ])("%s", (_, text, date, label) => {
    expect(parseEffectiveDate(text)).toMatchObject({ date, precision: "month", label });
  });

  it("keeps the sentence it read (Watch.Hockey)", () => {
    expect(parseEffectiveDate("**Privacy Notice**\n\n**Last modified March 2023**\n")).toEqual({
      date: "2023-03",
      precision: "month",
      label: "Last modified",
      stated: "Last modified March 2023",
    });
  });

  it("reads a month in the closing lines of a long policy (Deutsche Bahn)", () => {
    const body = "We collect data.\n\n".repeat(600);
    expect(parseEffectiveDate(`Policy\n\n${body}Last modified: November 2024`)).toMatchObject({
      date: "2024-11",
      precision: "month",
    });
  });

  it("prefers a day anywhere it is read to a month above it", () => {
    const text = "Effective date: June 2012\n\nLast updated: July 31, 2026\n";
    expect(parseEffectiveDate(text)).toMatchObject({ date: "2026-07-31", precision: "day" });
  });

  it("reads no month from a version number or a span of years", () => {
    expect(parseEffectiveDate("Version: 2.1\n\nLast updated: 2011-2012")).toBeNull();
    expect(parseEffectiveDate("Version 1.7, 09-08-2025")).toBeNull();
  });

  it("does not read an ambiguous day as a month (Match)", () => {
    expect(parseEffectiveDate("This Privacy Policy applies from 01/02/2026.")).toBeNull();
  });

  it("reads days as days", () => {
    expect(parseEffectiveDate("Last updated: 5 June 2026")).toMatchObject({
      date: "2026-06-05",
      precision: "day",
    });
  });
});

describe("parseEffectiveDate never takes a date that is not the policy's own", () => {
  it.each([
    [
      "a day and month that could be either way round (Match, BankID)",
      "This Privacy Policy applies from 01/02/2026.",
    ],
    ["the same, two labels (We Heart It)", "_Date of Last Revision and Effective Date: 6.5.2023_"],
    [
      "a month with a day of no month (the day is wrong, so the month is not read either)",
      "Last updated: June 31, 2026",
    ],
    ["a month standing alone under the heading", "Privacy Policy\n===\n\nJune 2026\n\nWe collect."],
    ["a month in lower case ('may')", "This policy was updated may 2026 to add a clause."],
    ["a span of years written like a month", "Last updated: 2011-12"],
    ["a law's month", "The Data Act, effective September 2025, applies to connected products."],
    [
      "a law's date (Google Shopping)",
      "“**EU GDPR**” means Regulation (EU) 2016/679 of the European Parliament and of the Council of 27 April 2016",
    ],
    [
      "a law's effective date before its label",
      "*   California Privacy Rights Act (as amended by Proposition 24, effective December 16, 2020)",
    ],
    [
      "a statute's effective date",
      "*   Kentucky Consumer Data Protection Act, KRS § 367.3611 et seq. \\[Effective January 1, 2026\\]",
    ],
    [
      "a law named after the date (Wolfram)",
      "Effective January 1, 2020, the California Consumer Privacy Act (CCPA) allows California residents",
    ],
    [
      "a past version's span (Wikipedia)",
      "*   **: effective from June 24, 2021, until October 6, 2025**",
    ],
    [
      "a date in a sentence with no label (LibraryThing)",
      "As of June 18, 2026, we have never received a National Security Letter.",
    ],
    [
      "'with effect as of' a law's start (Uschovna)",
      "(GDPR), which, with effect as of 25 May 2018, applies to the processing of your personal data",
    ],
    ["data from before a date", "We delete data from before 1 May 2018."],
    ["a copyright year", "© 2024 Acme Inc. All rights reserved."],
    [
      "a bare 'updated our' + date",
      "_We have updated our October 31, 2025 Privacy Policy to include our new Addendum_",
    ],
    ["a byline's timestamp (The Guardian)", "Privacy policy\n===\n\nWed 8 Jul 2026 11.40 CEST"],
    [
      "an archive note's date",
      "> *The following text is extracted and transformed from the centercode.com privacy policy that was archived on 2014-06-19.*",
    ],
  ])("%s", (_, text) => {
    expect(parseEffectiveDate(text)).toBeNull();
  });
});

const ADVERSARIAL = [
  "a".repeat(50_000),
  " ".repeat(50_000),
  "_".repeat(50_000),
  "[".repeat(50_000),
  "](".repeat(25_000),
  "\\".repeat(25_000),
  "last updated ".repeat(4_000),
  "effective as of as of ".repeat(2_500),
  "Effective: 01/02/2026 ".repeat(2_500),
  "Last updated: 1 ".repeat(3_000),
  "updated: May 1, ".repeat(3_000),
  "1/1/".repeat(12_000),
  "2026.".repeat(10_000),
  "Effective Date\n".repeat(3_500),
  "GDPR effective 1/2/2020 ".repeat(2_000),
  "Last updated: June 2026\n".repeat(2_000),
  "Last update: 04 - ".repeat(3_000),
];

describe("parseEffectiveDate is safe from catastrophic backtracking", () => {
  it(`reads ${ADVERSARIAL.length} adversarial 50 kB strings in under 1 s`, () => {
    const ms = cpuMs(() => {
      for (const s of ADVERSARIAL) {
        parseEffectiveDate(s);
        parseEffectiveDate(s.replaceAll(" ", "\n"));
      }
    });
    expect(ms).toBeLessThan(1000);
  });

  describe("when the opening states more than one labelled date, the latest one with its label", () => {
    it("reads the later of 'Effective date' and 'Last updated' on one line (a vendor's page)", () => {
      expect(
        parseEffectiveDate("Effective date: March 1, 2025. Last updated: January 15, 2026"),
      ).toEqual({
        date: "2026-01-15",
        precision: "day",
        label: "Last modified",
        stated: "Last updated: January 15, 2026",
      });
    });

    it("reads Dune's 'updated July 13th, 2026' after its 'Valid from 7th of May 2020'", () => {
      expect(
        parseEffectiveDate(
          "Privacy and Cookie Policy\n=========================\n\nValid from 7th of May 2020, updated July 13th, 2026.\n\n**1\\. Introduction**",
        ),
      ).toMatchObject({
        date: "2026-07-13",
        label: "Last modified",
        stated: "updated July 13th, 2026",
      });
    });

    it("reads SurveyMonkey's later 'Effective date' under its 'Updated', on separate lines", () => {
      expect(
        parseEffectiveDate(
          "Privacy Notice\n==============\n\nUpdated: November 3, 2025\n\nEffective date: December 27, 2025\n\nSee drop-down menu for previous versions",
        ),
      ).toMatchObject({ date: "2025-12-27", label: "Effective" });
    });

    it("keeps the first of two equal dates, with its label", () => {
      expect(
        parseEffectiveDate("Effective: June 1, 2024\nLast updated: June 1, 2024"),
      ).toMatchObject({ date: "2024-06-01", label: "Effective" });
    });

    it("prefers a labelled date to a later date standing alone under the heading", () => {
      expect(
        parseEffectiveDate("# Privacy\n\nMarch 3, 2026\n\nLast updated: January 2, 2024"),
      ).toMatchObject({ date: "2024-01-02", label: "Last modified" });
    });

    it("never takes the date of a new policy the text announces (Nextdoor)", () => {
      expect(
        parseEffectiveDate(
          "_This Privacy Policy is effective June 15, 2021. To review the previous Privacy Policy, please click_ [_here_](https://legal.nextdoor.com/gb-privacy-policy-2020/)_._ _A new Privacy Policy becomes effective on January 1, 2023. To review the new Privacy Policy, please click [here](https://help.nextdoor.com/s/article/Privacy-Policy)._",
        ),
      ).toMatchObject({ date: "2021-06-15", label: "Effective" });
    });
  });
});
