/*
 * The hand audits of machine findings: each took every 12th machine-read company in slug order
 * from a starting point no earlier audit used, read some practices of each in the policy, and
 * counted what the words do not bear out. Each cause found was then fixed by a general rule
 * (docs/machine-reading-rules.md §3, "Read since the audit of …", whose figures a test checks
 * against these), so a rate here is measured on findings no rule had yet been written for.
 */
export type Audit = {
  /** The label of its rules and tests (`lib/reading/audit-<label>.test.ts`), not a calendar date. */
  label: string;
  /** The positions, in slug order, of the first company taken (every 12th from each). */
  from: number[];
  companies: number;
  practices: string[];
  findings: number;
  /** Ratings the policy's words do not bear out; every one so far was one step off. */
  wrongRatings: number;
  /** Ratings two steps off (protective for concerning, or the reverse). */
  twoStepsOff: number;
  /** "No clause found" where the policy does speak to the practice. */
  falseNoClauseFound: number;
};

/** Practice slugs written as one line of words, in the order the audit read them. */
const slugs = (words: string) => words.split(" ");

export const AUDITS: Audit[] = [
  {
    label: "2026-12-04",
    from: [12, 6],
    companies: 48,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 336,
    wrongRatings: 14,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-05",
    from: [3],
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement third-parties",
    ),
    findings: 200,
    wrongRatings: 21,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-06",
    from: [9],
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement choice",
    ),
    findings: 200,
    wrongRatings: 9,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-07",
    from: [1],
    companies: 26,
    practices: slugs("cookies retention disputes third-parties choice access use"),
    findings: 182,
    wrongRatings: 11,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-08",
    from: [7],
    companies: 25,
    practices: slugs(
      "collection security international business-transfer law-enforcement children policy-changes third-parties",
    ),
    findings: 200,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-09",
    from: [4],
    companies: 25,
    practices: slugs("cookies retention disputes third-parties collection use choice"),
    findings: 175,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-10",
    from: [2],
    companies: 26,
    practices: slugs("cookies retention disputes third-parties access policy-changes children"),
    findings: 182,
    wrongRatings: 13,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-11",
    from: [5],
    companies: 25,
    practices: slugs(
      "collection use choice security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 7,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-12",
    from: [8],
    companies: 25,
    practices: slugs("cookies retention disputes third-parties collection use choice"),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-13",
    from: [11],
    companies: 25,
    practices: slugs(
      "access security children policy-changes international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 8,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-14",
    from: [10],
    companies: 25,
    practices: slugs("cookies retention disputes third-parties collection use choice"),
    findings: 175,
    wrongRatings: 7,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-15",
    from: [10],
    companies: 25,
    practices: slugs(
      "access security children policy-changes international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 2,
  },
  {
    label: "2026-12-17",
    from: [4],
    companies: 25,
    practices: slugs(
      "access security children policy-changes international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 9,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-18",
    from: [11],
    companies: 25,
    practices: slugs("cookies retention disputes third-parties collection use choice"),
    findings: 175,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-20",
    from: [5],
    companies: 25,
    practices: slugs("cookies retention disputes third-parties access children policy-changes"),
    findings: 175,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 2,
  },
  {
    label: "2026-12-21",
    from: [8],
    companies: 25,
    practices: slugs(
      "access security children policy-changes international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 6,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-22",
    from: [1],
    companies: 26,
    practices: slugs(
      "collection security children policy-changes international business-transfer law-enforcement",
    ),
    findings: 182,
    wrongRatings: 8,
    twoStepsOff: 0,
    falseNoClauseFound: 3,
  },
  {
    label: "2026-12-23",
    from: [2],
    companies: 26,
    practices: slugs(
      "collection use choice security international business-transfer law-enforcement",
    ),
    findings: 182,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-24",
    from: [3],
    companies: 25,
    practices: slugs("cookies retention disputes choice children policy-changes"),
    findings: 150,
    wrongRatings: 8,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-25",
    from: [7],
    companies: 25,
    practices: slugs("cookies retention disputes use choice access"),
    findings: 150,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-26",
    from: [9],
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes"),
    findings: 150,
    wrongRatings: 4,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-27",
    from: [12],
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 6,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2026-12-28",
    from: [6],
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 10,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
];

export type AuditTotals = {
  audits: number;
  findings: number;
  wrongRatings: number;
  twoStepsOff: number;
  falseNoClauseFound: number;
};

export function auditTotals(audits: readonly Omit<Audit, "from">[] = AUDITS): AuditTotals {
  const sum = (key: keyof Omit<AuditTotals, "audits">) => audits.reduce((n, a) => n + a[key], 0);
  return {
    audits: audits.length,
    findings: sum("findings"),
    wrongRatings: sum("wrongRatings"),
    twoStepsOff: sum("twoStepsOff"),
    falseNoClauseFound: sum("falseNoClauseFound"),
  };
}

/*
 * Re-audits. Once the audits above had read every machine-read company for every practice, a
 * sample drawn afresh is read again for all 14, after every rule they led to: what is still
 * wrong then is what one careful reading finds today, a floor under the rate a reader meets (the
 * second readings below measure what it misses; docs/machine-reading-rules.md §3, "Read since the
 * re-audit of …", and `/methodology#audits`). Its own causes are then fixed in turn.
 */
export type Reaudit = Omit<Audit, "from"> & {
  /** How its companies were drawn, in words: "the first 25 by the SHA-1 digest of their slug". */
  sample: string;
};

const SHA1_SAMPLE = "the first 25 machine-read companies by the SHA-1 digest of their slug";
// Said after the first, so it names only its place: "…; the next 25 (the 26th to 50th)".
const SHA1_SAMPLE_NEXT = "the next 25 (the 26th to 50th)";
const SHA1_SAMPLE_THIRD = "the next 25 (the 51st to 75th)";
const SHA1_SAMPLE_FOURTH = "the next 25 (the 76th to 100th)";
const SHA1_SAMPLE_FIFTH = "the next 25 (the 101st to 125th)";
const SHA1_SAMPLE_SIXTH = "the next 25 (the 126th to 150th)";
const SHA1_SAMPLE_SEVENTH = "the next 25 (the 151st to 175th)";
const SHA1_SAMPLE_EIGHTH = "the next 25 (the 176th to 200th)";
const SHA1_SAMPLE_NINTH = "the next 25 (the 201st to 225th)";
const SHA1_SAMPLE_TENTH = "the next 25 (the 226th to 250th)";
const SHA1_SAMPLE_ELEVENTH = "the next 25 (the 251st to 275th)";
const SHA1_SAMPLE_TWELFTH = "the last 27 (the 276th to 302nd)";

export const REAUDITS: Reaudit[] = [
  {
    label: "2026-12-29",
    sample: SHA1_SAMPLE,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 1,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-30",
    sample: SHA1_SAMPLE,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2026-12-31",
    sample: SHA1_SAMPLE_NEXT,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-01",
    sample: SHA1_SAMPLE_NEXT,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-03",
    sample: SHA1_SAMPLE_THIRD,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-04",
    sample: SHA1_SAMPLE_THIRD,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 2,
  },
  {
    label: "2027-01-05",
    sample: SHA1_SAMPLE_FOURTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-06",
    sample: SHA1_SAMPLE_FOURTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-07",
    sample: SHA1_SAMPLE_FIFTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-08",
    sample: SHA1_SAMPLE_FIFTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-09",
    sample: SHA1_SAMPLE_SIXTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 1,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-10",
    sample: SHA1_SAMPLE_SIXTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 0,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-11",
    sample: SHA1_SAMPLE_SEVENTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-12",
    sample: SHA1_SAMPLE_SEVENTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2027-01-13",
    sample: SHA1_SAMPLE_EIGHTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 3,
    twoStepsOff: 2,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-14",
    sample: SHA1_SAMPLE_EIGHTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-15",
    sample: SHA1_SAMPLE_NINTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-16",
    sample: SHA1_SAMPLE_NINTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-17",
    sample: SHA1_SAMPLE_TENTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 0,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
  },
  {
    label: "2027-01-18",
    sample: SHA1_SAMPLE_TENTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 1,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-21",
    sample: SHA1_SAMPLE_ELEVENTH,
    companies: 25,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-22",
    sample: SHA1_SAMPLE_ELEVENTH,
    companies: 25,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 175,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-23",
    sample: SHA1_SAMPLE_TWELFTH,
    companies: 27,
    practices: slugs("cookies retention disputes third-parties children policy-changes choice"),
    findings: 189,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
  {
    label: "2027-01-24",
    sample: SHA1_SAMPLE_TWELFTH,
    companies: 27,
    practices: slugs(
      "collection use access security international business-transfer law-enforcement",
    ),
    findings: 189,
    wrongRatings: 0,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
  },
];

/*
 * Second readings check the re-audits themselves. Findings a re-audit passed or counted are read
 * again, blind, by readers who have not seen its verdicts; every disagreement is settled by a third
 * reading of the policy's words (docs/machine-reading-rules.md §3, "Read since the second reading
 * of …"). What the first reading missed says how far a re-audit's rate falls short of the truth.
 */
export type SecondReading = {
  label: string;
  /** The re-audits whose findings were read again. */
  of: string[];
  /** How the companies were drawn, in words. */
  sample: string;
  companies: number;
  findings: number;
  /** After the third reading: ratings wrong, and how many of them the re-audits had counted. */
  wrongRatings: number;
  wrongRatingsFoundFirst: number;
  /** Ratings the re-audits had counted wrong that the third reading found debatable or right. */
  firstCountedNotWrong: number;
  falseNoClauseFound: number;
  falseNoClauseFoundFirst: number;
  /** Reasons or facts that misread the words, the rating being right. */
  wrongReasons: number;
  wrongReasonsFoundFirst: number;
};

export const SECOND_READINGS: SecondReading[] = [
  {
    label: "2027-01-19",
    of: ["2027-01-13", "2027-01-14", "2027-01-15", "2027-01-16", "2027-01-17", "2027-01-18"],
    sample:
      "the first 5 companies of each of their three samples (the 176th to 180th, 201st to 205th and 226th to 230th by SHA-1)",
    companies: 15,
    findings: 210,
    wrongRatings: 5,
    wrongRatingsFoundFirst: 0,
    firstCountedNotWrong: 1,
    falseNoClauseFound: 2,
    falseNoClauseFoundFirst: 1,
    wrongReasons: 22,
    wrongReasonsFoundFirst: 6,
  },
  {
    label: "2027-01-25",
    of: ["2027-01-23", "2027-01-24"],
    sample:
      "every third company of their sample and the last (the 276th, 279th, … 300th and the 302nd by SHA-1), read before the re-audits' fixes, as the re-audits read them",
    companies: 10,
    findings: 140,
    wrongRatings: 5,
    wrongRatingsFoundFirst: 1,
    firstCountedNotWrong: 0,
    falseNoClauseFound: 0,
    falseNoClauseFoundFirst: 0,
    wrongReasons: 19,
    wrongReasonsFoundFirst: 4,
  },
];

/*
 * Double readings measure what the current rules still misread, after every audit, re-audit and
 * second reading before them: two readers, blind to each other, read the same companies' findings
 * for all 14 practices as the rules read them now, and a third reading of the policy's words
 * settles every disagreement and checks every rating both readers called wrong, since two readers
 * can share a bias (docs/machine-reading-rules.md §3, "The double reading of …").
 */
export type DoubleReading = {
  /**
   * The label of its rules and tests (`lib/reading/audit-<label>.test.ts`): a running sequence
   * written as a date, which ran ahead of the calendar; never shown as a date. When it was made is
   * `madeOn`.
   */
  label: string;
  /** The day the reading was made and recorded (its commit's date), ISO. */
  madeOn: string;
  /** How the companies were drawn, in words. */
  sample: string;
  companies: number;
  findings: number;
  /** Findings the two readers judged differently (right, wrong rating, "no clause found", wrong reason). */
  disagreements: number;
  /** Ratings both readers called wrong (or "no clause found" where the policy speaks), and how many the third reading upheld. */
  bothCalledWrong: number;
  bothCalledWrongUpheld: number;
  /** After the third reading: ratings wrong, two steps off, and false "no clause found". */
  wrongRatings: number;
  twoStepsOff: number;
  falseNoClauseFound: number;
  /** Of the wrong ratings and false "no clause found", those that overturn a call an earlier reading recorded (as debatable, left, or no clause found). */
  againstEarlierCalls: number;
  /** Reasons or facts that misread the words, the rating being right. */
  wrongReasons: number;
};

export const DOUBLE_READINGS: DoubleReading[] = [
  {
    label: "2027-01-29",
    madeOn: "2026-12-06",
    sample:
      "every 17th of the first 175 companies by SHA-1, from the 9th (Palantir, X, UptimeRobot, Freja eID, Last.fm, hide.me VPN, Starbucks, timeanddate.com, Criteo, Frank)",
    companies: 10,
    findings: 140,
    disagreements: 5,
    bothCalledWrong: 10,
    bothCalledWrongUpheld: 8,
    wrongRatings: 8,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 4,
    wrongReasons: 11,
  },
  {
    label: "2027-01-31",
    madeOn: "2026-12-06",
    sample:
      "every 17th company by SHA-1 beyond the first 175, from the 179th (Badoo, Wolfram, Finnair, Gofile, Sony, Shockwave.com, Google Play, Open Terms Archive)",
    companies: 8,
    findings: 112,
    disagreements: 14,
    bothCalledWrong: 4,
    bothCalledWrongUpheld: 4,
    wrongRatings: 4,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 17,
  },
  {
    label: "2027-02-03",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 17th, none of them drawn by an earlier double reading (USA.gov, OpenSea, XVideos, GitHub, Guilded, VocabularySpellingCity, IndieGala, YouTube, Quora)",
    companies: 9,
    findings: 126,
    disagreements: 25,
    bothCalledWrong: 3,
    bothCalledWrongUpheld: 3,
    wrongRatings: 7,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 20,
  },
  {
    label: "2027-02-05",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 34th, none of them drawn by an earlier double reading (Stripchat, Academia.edu, AliExpress, Wire, Hetzner, Amazon Advertising, Imgur, Buffer)",
    companies: 8,
    findings: 112,
    disagreements: 14,
    bothCalledWrong: 3,
    bothCalledWrongUpheld: 3,
    wrongRatings: 6,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 0,
    wrongReasons: 20,
  },
  {
    label: "2027-02-06",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 13th, none of them drawn by an earlier double reading (O'Reilly, Telegram, Coolmath4Kids, WeChat, GraphCMS, Deliveroo, SponsorBlock, The Mirror, Match)",
    companies: 9,
    findings: 126,
    disagreements: 13,
    bothCalledWrong: 3,
    bothCalledWrongUpheld: 3,
    wrongRatings: 4,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 2,
    wrongReasons: 16,
  },
  {
    label: "2027-02-07",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 21st, none of them drawn by an earlier double reading (The Reach Group, Xanga, Stadia, Alibaba.com, Ubiquiti, Dune, Steam, Bolt Drivers, Hearst)",
    companies: 9,
    findings: 126,
    disagreements: 11,
    bothCalledWrong: 6,
    bothCalledWrongUpheld: 6,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 1,
    wrongReasons: 18,
  },
  {
    label: "2027-02-08",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 4th, none of them drawn by an earlier double reading (App Store, CrowdTangle, WhatsApp, VR, Vimeo, Vodafone Ireland, Jottacloud, IMDb, Meetup)",
    companies: 9,
    findings: 126,
    disagreements: 16,
    bothCalledWrong: 5,
    bothCalledWrongUpheld: 5,
    wrongRatings: 6,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 0,
    wrongReasons: 13,
  },
  {
    label: "2027-02-09",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 30th, none of them drawn by an earlier double reading (Savetz Publishing, Grammarly, Bandcamp, The Register, noyb, Chayn, Amazon.com, Myspace, DuckDuckGo)",
    companies: 9,
    findings: 126,
    disagreements: 21,
    bothCalledWrong: 9,
    bothCalledWrongUpheld: 9,
    wrongRatings: 9,
    twoStepsOff: 1,
    falseNoClauseFound: 1,
    againstEarlierCalls: 5,
    wrongReasons: 20,
  },
  {
    label: "2027-02-10",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 11th, none of them drawn by an earlier double reading (sourcehut, Dailymotion, Vanco Payment Solutions, Zoosk, Spotify, Zoom, Hugging Face, Apple, Amazon Web Services)",
    companies: 9,
    findings: 126,
    disagreements: 3,
    bothCalledWrong: 3,
    bothCalledWrongUpheld: 2,
    wrongRatings: 2,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 0,
    wrongReasons: 22,
  },
  {
    label: "2027-02-11",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 2nd, none of them drawn by an earlier double reading (IGN Entertainment, Arc, Proctorio, Disqus, National Geographic, Foursquare, Tildes, Facebook, Y Combinator)",
    companies: 9,
    findings: 126,
    disagreements: 15,
    bothCalledWrong: 5,
    bothCalledWrongUpheld: 3,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 0,
    wrongReasons: 28,
  },
  {
    label: "2027-02-12",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 19th, none of them drawn by an earlier double reading (Blizzard Entertainment, LINE, WordPress.com, Watch.Hockey, AdSupply, Jacksfilms, ArtStation, Lingualeo, Taboola)",
    companies: 9,
    findings: 126,
    disagreements: 18,
    bothCalledWrong: 5,
    bothCalledWrongUpheld: 5,
    wrongRatings: 6,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 2,
    wrongReasons: 21,
  },
  {
    label: "2027-02-13",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 6th, none of them drawn by an earlier double reading (BankID, ACDelco, MDN Plus, WP Engine, Gmail, Webcrawler, Wordfeud, Google Ads, WinEveryGame)",
    companies: 9,
    findings: 126,
    disagreements: 25,
    bothCalledWrong: 2,
    bothCalledWrongUpheld: 2,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 2,
    wrongReasons: 19,
  },
  {
    label: "2027-02-14",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 15th, none of them drawn by an earlier double reading (PayPal, Waze, Toyota Connected Services, Evernote, UCLA, Woman's Day, Allstate, Zillow, Cloudflare)",
    companies: 9,
    findings: 126,
    disagreements: 22,
    bothCalledWrong: 7,
    bothCalledWrongUpheld: 7,
    wrongRatings: 7,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 1,
    wrongReasons: 25,
  },
  {
    label: "2027-02-15",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 23rd, none of them drawn by an earlier double reading (Coursera, Goodreads, Simpli.fi, Mozilla, Olvid, CafeMom, YouTube Kids, Donkey Republic, Wikipedia)",
    companies: 9,
    findings: 126,
    disagreements: 14,
    bothCalledWrong: 10,
    bothCalledWrongUpheld: 10,
    wrongRatings: 7,
    twoStepsOff: 0,
    falseNoClauseFound: 3,
    againstEarlierCalls: 1,
    wrongReasons: 10,
  },
  {
    label: "2027-02-16",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 28th, none of them drawn by an earlier double reading (Base, Bumble, Deutsche Bahn, Verizon, Arweave, CoinDesk, npm Public Registry, ASUS, Miro)",
    companies: 9,
    findings: 126,
    disagreements: 13,
    bothCalledWrong: 4,
    bothCalledWrongUpheld: 4,
    wrongRatings: 4,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 16,
  },
  {
    label: "2027-02-17",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 1st, none of them drawn by an earlier double reading (Samsung, Uschovna.cz, Shein, Philip Morris International, World Market, TikTok, Viber, Zora, Binance)",
    companies: 9,
    findings: 126,
    disagreements: 11,
    bothCalledWrong: 10,
    bothCalledWrongUpheld: 7,
    wrongRatings: 9,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 2,
    wrongReasons: 10,
  },
  {
    label: "2027-02-18",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 3rd, none of them drawn by an earlier double reading (Google Voice, Limitless, Tinder, Energia, Swiss Post, Reserve with Google, Firefox, Google Nest, Kraken)",
    companies: 9,
    findings: 126,
    disagreements: 11,
    bothCalledWrong: 9,
    bothCalledWrongUpheld: 5,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 1,
    wrongReasons: 8,
  },
  {
    label: "2027-02-19",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 5th, none of them drawn by an earlier double reading (UsersDrive, Viaplay, Signal, Nissan, Wargaming, WordPress.org, W3Schools, Bing, pixiv)",
    companies: 9,
    findings: 126,
    disagreements: 8,
    bothCalledWrong: 9,
    bothCalledWrongUpheld: 9,
    wrongRatings: 9,
    twoStepsOff: 1,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 22,
  },
  {
    label: "2027-02-20",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 7th, none of them drawn by an earlier double reading (ProtonMail, 123Greetings, WolframAlpha, LibraryThing, Spark, Rubicon Project, Proton Mail, AdSense, Pinterest)",
    companies: 9,
    findings: 126,
    disagreements: 5,
    bothCalledWrong: 7,
    bothCalledWrongUpheld: 7,
    wrongRatings: 4,
    twoStepsOff: 1,
    falseNoClauseFound: 3,
    againstEarlierCalls: 1,
    wrongReasons: 5,
  },
  {
    label: "2027-02-21",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 8th, none of them drawn by an earlier double reading (Fox News, The New York Times, Mix, Atlassian, Gumb, Instacart, Alpha Vantage, Bolt, Kick)",
    companies: 9,
    findings: 126,
    disagreements: 19,
    bothCalledWrong: 9,
    bothCalledWrongUpheld: 9,
    wrongRatings: 13,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 0,
    wrongReasons: 10,
  },
  {
    label: "2027-02-22",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 10th, none of them drawn by an earlier double reading (Twitch, Flutterwave, Couchsurfing, Nextdoor, Google, Brevo, MouthShut, Polyfill.io, Wix)",
    companies: 9,
    findings: 126,
    disagreements: 15,
    bothCalledWrong: 7,
    bothCalledWrongUpheld: 7,
    wrongRatings: 12,
    twoStepsOff: 1,
    falseNoClauseFound: 0,
    againstEarlierCalls: 4,
    wrongReasons: 7,
  },
  {
    label: "2027-02-23",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 12th, none of them drawn by an earlier double reading (Temu, Daily Mail, IKEA, Google Analytics, Scaleway, The Guardian, Urban Dictionary, Crunchyroll, Coinbase)",
    companies: 9,
    findings: 126,
    disagreements: 16,
    bothCalledWrong: 5,
    bothCalledWrongUpheld: 5,
    wrongRatings: 7,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 10,
  },
  {
    label: "2027-02-24",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 14th, none of them drawn by an earlier double reading (DeviantArt, Visible, happn, HSBC, LinkedIn, Feddit, Instagram, Flickr, Qwant)",
    companies: 9,
    findings: 126,
    disagreements: 9,
    bothCalledWrong: 12,
    bothCalledWrongUpheld: 12,
    wrongRatings: 11,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 2,
    wrongReasons: 4,
  },
  {
    label: "2027-02-25",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 16th, none of them drawn by an earlier double reading (Solana, Outbrain, Google Maps, Firefox Private Network, Ning, Epassi, Overleaf, XNXX, Cloudant)",
    companies: 9,
    findings: 126,
    disagreements: 6,
    bothCalledWrong: 4,
    bothCalledWrongUpheld: 4,
    wrongRatings: 5,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 2,
    wrongReasons: 10,
  },
  {
    label: "2027-02-26",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 18th, none of them drawn by an earlier double reading (AdRoll, Qobuz, XING, Thunderbird, TP-Link, MediaFire, Yelp, ProtonVPN, NordVPN)",
    companies: 9,
    findings: 126,
    disagreements: 12,
    bothCalledWrong: 4,
    bothCalledWrongUpheld: 4,
    wrongRatings: 6,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 1,
    wrongReasons: 15,
  },
  {
    label: "2027-02-27",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 20th, none of them drawn by an earlier double reading (Interstellar Lab, Open Collective, Ethereum, Thomson Reuters, IPinfo, Financial Times, Substack, Streamable, Yahoo)",
    companies: 9,
    findings: 126,
    disagreements: 15,
    bothCalledWrong: 8,
    bothCalledWrongUpheld: 8,
    wrongRatings: 9,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 11,
  },
  {
    label: "2027-02-28",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 22nd, none of them drawn by an earlier double reading (Project Gutenberg, Kbin, Wide Angle Software, Blizzard Entertainment (Privacy World), FedEx, Bluesky, WeTransfer, Paradox Interactive, Xfinity)",
    companies: 9,
    findings: 126,
    disagreements: 13,
    bothCalledWrong: 3,
    bothCalledWrongUpheld: 3,
    wrongRatings: 3,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 12,
  },
  {
    label: "2027-03-01",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 24th, none of them drawn by an earlier double reading (BBC, Allrecipes, Booking.com, Revcontent, Wikimedia Foundation, Qiwi.gg, Lydia, Aetna, Tencent)",
    companies: 9,
    findings: 126,
    disagreements: 14,
    bothCalledWrong: 6,
    bothCalledWrongUpheld: 6,
    wrongRatings: 6,
    twoStepsOff: 0,
    falseNoClauseFound: 1,
    againstEarlierCalls: 2,
    wrongReasons: 19,
  },
  {
    label: "2027-03-02",
    madeOn: "2026-12-07",
    sample:
      "every 34th company by SHA-1 from the 25th, none of them drawn by an earlier double reading (Webs, Reddit, Stack Overflow, Vinted, Google Pay, Mailjet, Roblox, Exponential, Pornhub)",
    companies: 9,
    findings: 126,
    disagreements: 15,
    bothCalledWrong: 6,
    bothCalledWrongUpheld: 6,
    wrongRatings: 7,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 4,
    wrongReasons: 16,
  },
  {
    label: "2027-03-03",
    madeOn: "2026-12-08",
    sample:
      "every 34th company by SHA-1 from the 27th, none of them drawn by an earlier double reading (Better Stack, The Trade Desk, Gartner, PrivacySpy, Spam.org, ASKfm, ironSource, Logitech, OkCupid)",
    companies: 9,
    findings: 126,
    disagreements: 13,
    bothCalledWrong: 11,
    bothCalledWrongUpheld: 11,
    wrongRatings: 10,
    twoStepsOff: 0,
    falseNoClauseFound: 3,
    againstEarlierCalls: 2,
    wrongReasons: 18,
  },
  {
    label: "2027-03-04",
    madeOn: "2026-12-08",
    sample:
      "every 34th company by SHA-1 from the 29th, none of them drawn by an earlier double reading (meet.jit.si, Persumi, ValueImpression, Blockworks, SurveyMonkey, AcuityAds, Parler, Snapchat, OKX)",
    companies: 9,
    findings: 126,
    disagreements: 8,
    bothCalledWrong: 10,
    bothCalledWrongUpheld: 10,
    wrongRatings: 10,
    twoStepsOff: 0,
    falseNoClauseFound: 0,
    againstEarlierCalls: 1,
    wrongReasons: 5,
  },
];

/**
 * The day a double reading was made, as a reader writes it: its label (the name of its rules and
 * tests) is a running sequence written as a date, not a calendar date, so this is what is shown.
 */
export const doubleReadingMadeOn = (madeOn: string) =>
  new Date(`${madeOn}T00:00:00Z`).toLocaleDateString("en-US", {
    month: "short",
    day: "numeric",
    year: "numeric",
    timeZone: "UTC",
  });

/** Every double reading together: the rate to expect, on all the companies they drew. */
export function doubleReadingTotals() {
  const sum = (key: Exclude<keyof DoubleReading, "label" | "madeOn" | "sample">) =>
    DOUBLE_READINGS.reduce((n, d) => n + d[key], 0);
  return {
    readings: DOUBLE_READINGS.length,
    companies: sum("companies"),
    findings: sum("findings"),
    wrong: sum("wrongRatings") + sum("falseNoClauseFound"),
    twoStepsOff: sum("twoStepsOff"),
    wrongReasons: sum("wrongReasons"),
  };
}

/*
 * The hand audits of the history's rating alerts: each suggested rating that moved between two
 * recorded versions, in a sample of the listed changes, read against both versions' words.
 */
export type HistoryAudit = {
  label: string;
  /** The recordings it sampled, in words: "recorded since 2022". */
  period: string;
  /** Their first and last day (ISO), open-ended where null. */
  since: string | null;
  until: string | null;
  /** Suggested ratings that moved, read. */
  ratingChanges: number;
  /** The policy's words on the practice changed, and both ratings are true to them. */
  truthful: number;
  /** The same commitments in other words, read differently: noise. */
  artifacts: number;
  /** Something changed, but a version's rating is not true to its words. */
  wrongRating: number;
};

export const HISTORY_AUDITS: HistoryAudit[] = [
  {
    label: "2026-12-09",
    period: "recorded since 2022",
    since: "2022-01-01",
    until: null,
    ratingChanges: 96,
    truthful: 71,
    artifacts: 20,
    wrongRating: 5,
  },
  {
    label: "2026-12-10",
    period: "recorded from 2019 to 2021",
    since: "2019-01-01",
    until: "2021-12-31",
    ratingChanges: 85,
    truthful: 46,
    artifacts: 35,
    wrongRating: 4,
  },
  {
    label: "2026-12-16",
    period: "recorded before 2019",
    since: null,
    until: "2018-12-31",
    ratingChanges: 59,
    truthful: 14,
    artifacts: 44,
    wrongRating: 1,
  },
];

/** The audit of the alerts recorded when `recordedAt` (ISO) was: the rate that applies to it. */
export function historyAuditOf(
  recordedAt: string,
  audits: readonly HistoryAudit[] = HISTORY_AUDITS,
): HistoryAudit | null {
  const day = recordedAt.slice(0, 10);
  return audits.find((a) => (!a.since || a.since <= day) && (!a.until || day <= a.until)) ?? null;
}

export function historyAuditTotals(audits: readonly HistoryAudit[] = HISTORY_AUDITS) {
  const sum = (key: "ratingChanges" | "truthful" | "artifacts" | "wrongRating") =>
    audits.reduce((n, a) => n + a[key], 0);
  return {
    audits: audits.length,
    ratingChanges: sum("ratingChanges"),
    truthful: sum("truthful"),
    artifacts: sum("artifacts"),
    wrongRating: sum("wrongRating"),
  };
}
