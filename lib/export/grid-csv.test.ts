import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import type { Matrix } from "../queries/matrix";
import { GRID_CSV_COLUMNS, gridCsvRows, gridToCsv } from "./grid-csv";

const company = (slug: string, name: string) => ({
  slug,
  name,
  legalName: name,
  website: "https://example.com",
  effectiveDate: null,
  effectiveDatePrecision: null,
  effectiveDateLabel: null,
  archivedOn: null,
  sector: "cloud-storage" as const,
  provenance: "curated" as const,
  recordedBy: null,
  samePolicyAs: [],
  recordedLongAgo: false,
  mayNotBePrivacyPolicy: false,
  statedAfterRecorded: false,
  supersededBy: null,
});
const practice = (slug: string, name: string, position: number) => ({
  slug,
  name,
  description: "",
  core: true,
  position,
});

const matrix: Matrix = {
  practices: [
    practice("cookies", "Cookies & tracking", 1),
    practice("disputes", "Dispute resolution", 2),
  ],
  companies: [company("acme", "Acme, Inc."), company("zeta", 'Zeta "Z" Corp')],
  cells: [
    {
      company: "acme",
      practice: "cookies",
      rating: "concerning",
      summary: "Uses third-party cookies,\nincluding ad networks.",
      provenance: "curated",
      reason: null,
      confidence: null,
      evidence: [
        {
          anchor: "cookies-1",
          quote: "We use “cookies”, web beacons | pixels.",
          text: "",
          headingPath: [],
        },
        {
          anchor: "ads-2",
          quote: 'Advertisers may set "their own" cookies.',
          text: "",
          headingPath: [],
        },
      ],
      facts: [],
    },
    {
      company: "zeta",
      practice: "cookies",
      rating: "not-addressed",
      summary: "No finding has been recorded for this practice.",
      provenance: "curated",
      reason: null,
      confidence: null,
      evidence: [],
      facts: [],
    },
    {
      company: "acme",
      practice: "disputes",
      rating: "neutral",
      summary: "AAA arbitration.",
      provenance: "curated",
      reason: null,
      confidence: null,
      evidence: [{ anchor: "d-1", quote: "Disputes go to the AAA.", text: "", headingPath: [] }],
      facts: [],
    },
    {
      company: "zeta",
      practice: "disputes",
      rating: "protective",
      summary: "TRUSTe.",
      provenance: "curated",
      reason: null,
      confidence: null,
      evidence: [],
      facts: [],
    },
  ],
};

const BASE = "https://atlas.example.org";

describe("gridCsvRows", () => {
  it("gives one row per company × practice, company by company in taxonomy order", () => {
    expect(gridCsvRows(matrix, BASE).map((r) => `${r.company}/${r.practice}`)).toEqual([
      "acme/cookies",
      "acme/disputes",
      "zeta/cookies",
      "zeta/disputes",
    ]);
  });

  it("joins evidence with ' | ' and links each clause on its company page, the finding's quotes marked", () => {
    const row = gridCsvRows(matrix, BASE)[0]!;
    expect(row.evidence_anchors).toBe("cookies-1 | ads-2");
    expect(row.evidence_links).toBe(
      "https://atlas.example.org/companies/acme?finding=cookies#cookies-1 | https://atlas.example.org/companies/acme?finding=cookies#ads-2",
    );
    expect(row.evidence_quotes).toBe(
      'We use “cookies”, web beacons | pixels. | Advertisers may set "their own" cookies.',
    );
  });

  it("links the same clauses in the recorded version that was read, and leaves the column empty until the history has it", () => {
    const [acme, , zeta] = gridCsvRows(matrix, BASE, new Map([["acme", 30_012]]));
    expect(acme!.evidence_version_links).toBe(
      "https://atlas.example.org/companies/acme/versions/30012#cookies-1 | https://atlas.example.org/companies/acme/versions/30012#ads-2",
    );
    expect(zeta!.company).toBe("zeta");
    expect(zeta!.evidence_version_links).toBe("");
    expect(gridCsvRows(matrix, BASE)[0]!.evidence_version_links).toBe("");
  });
});

describe("the policy's dates", () => {
  const dated: Matrix = {
    ...matrix,
    companies: [
      {
        ...company("acme", "Acme, Inc."),
        effectiveDate: "2026-06",
        effectiveDatePrecision: "month",
        effectiveDateLabel: "Last modified",
        archivedOn: "2026-11-30",
      },
      { ...company("zeta", 'Zeta "Z" Corp'), effectiveDateLabel: "Effective" },
    ],
  };

  it("gives the date the policy states, at its precision, its label, and when it was recorded", () => {
    const [acme] = gridCsvRows(dated, BASE);
    expect(acme).toMatchObject({
      policy_date: "2026-06",
      policy_date_label: "Last modified",
      recorded_on: "2026-11-30",
      policy_date_after_recording: "false",
    });
  });

  it("says when the policy's date is later than its recording (published ahead of taking effect)", () => {
    const ahead: Matrix = {
      ...matrix,
      companies: [
        {
          ...company("acme", "Acme, Inc."),
          effectiveDate: "2026-09-21",
          effectiveDatePrecision: "day",
          effectiveDateLabel: "Effective",
          archivedOn: "2026-08-05",
          statedAfterRecorded: true,
        },
      ],
    };
    const [acme] = gridCsvRows(ahead, BASE);
    expect(acme).toMatchObject({
      policy_date: "2026-09-21",
      recorded_on: "2026-08-05",
      policy_date_after_recording: "true",
    });
  });

  it("leaves all three empty when the policy states no date and none was recorded", () => {
    const zeta = gridCsvRows(dated, BASE).find((r) => r.company === "zeta")!;
    expect(zeta).toMatchObject({ policy_date: "", policy_date_label: "", recorded_on: "" });
  });
});

describe("a machine-read row with no clause found", () => {
  const machine: Matrix = {
    ...matrix,
    companies: [{ ...company("signal", "Signal"), provenance: "machine", recordedBy: "OTA" }],
    cells: [
      {
        company: "signal",
        practice: "cookies",
        rating: "not-addressed",
        summary: "No clause about this practice was found.",
        provenance: "machine",
        reason: "no clause found: no clause was read as about this practice",
        confidence: 0.99,
        evidence: [],
        facts: [],
      },
      {
        company: "signal",
        practice: "disputes",
        rating: "neutral",
        summary: "Disputes go to the courts.",
        provenance: "machine",
        reason: "neutral: …",
        confidence: 0.54,
        evidence: [],
        facts: [],
      },
    ],
  };

  it("says no-clause-found in the rating column, so a filter on not-addressed keeps only silence", () => {
    const rows = gridCsvRows(machine, BASE);
    expect(rows.map((r) => r.rating)).toEqual(["no-clause-found", "neutral"]);
    expect(gridCsvRows(matrix, BASE).find((r) => r.company === "zeta")!.rating).toBe(
      "not-addressed",
    );
  });

  it("gives the closest clause's probability, as the page does, and no confidence", () => {
    const [silent, rated] = gridCsvRows(machine, BASE);
    expect(silent).toMatchObject({ confidence: "", closest_clause_probability: "0.01" });
    expect(rated).toMatchObject({ confidence: "0.54", closest_clause_probability: "" });
  });
});

describe("gridToCsv", () => {
  it("gives each row its company's sector and whether its recording is old enough to have changed", () => {
    const old = { ...matrix, companies: [{ ...matrix.companies[0]!, recordedLongAgo: true }] };
    const [row] = gridCsvRows(old, "https://atlas.example");
    expect(row).toMatchObject({ sector: "cloud-storage", recorded_long_ago: "true" });
    expect(gridCsvRows(matrix, "https://atlas.example")[0]!.recorded_long_ago).toBe("false");
    // Added after the others, so a script reading columns by position still works.
    expect(GRID_CSV_COLUMNS.slice(-6)).toEqual([
      "source_attribution",
      "sector",
      "recorded_long_ago",
      "facts",
      "evidence_version_links",
      "may_not_be_privacy_policy",
    ]);
  });

  it("says of each row whether the company's recorded text may not be a privacy policy", () => {
    const unlike = {
      ...matrix,
      companies: [{ ...matrix.companies[0]!, mayNotBePrivacyPolicy: true }],
    };
    expect(gridCsvRows(unlike, "https://atlas.example")[0]!.may_not_be_privacy_policy).toBe("true");
    expect(gridCsvRows(matrix, "https://atlas.example")[0]!.may_not_be_privacy_policy).toBe(
      "false",
    );
  });

  it("gives a machine row's facts as kind: value, each once, in a column a spreadsheet can filter", () => {
    const withFacts: Matrix = {
      ...matrix,
      companies: [{ ...company("signal", "Signal"), provenance: "machine", recordedBy: "OTA" }],
      practices: [matrix.practices[1]!],
      cells: [
        {
          company: "signal",
          practice: "disputes",
          rating: "concerning",
          summary: "Disputes go to binding arbitration.",
          provenance: "machine",
          reason: "concerning: binding arbitration",
          confidence: 0.8,
          evidence: [],
          facts: [
            { kind: "arbitration", value: "binding arbitration", quote: "… binding arbitration …" },
            { kind: "class-action-waiver", value: "class actions waived", quote: "…" },
            { kind: "arbitration", value: "binding arbitration", quote: "… arbitration, again …" },
          ],
        },
      ],
    };
    expect(gridCsvRows(withFacts, BASE)[0]!.facts).toBe(
      "arbitration: binding arbitration | class-action-waiver: class actions waived",
    );
    expect(gridCsvRows(matrix, BASE).every((r) => r.facts === "")).toBe(true);
  });

  it("starts with a byte-order mark and the header row", () => {
    const csv = gridToCsv(matrix, BASE);
    expect(csv.startsWith(`\uFEFF${GRID_CSV_COLUMNS.join(",")}\r\n`)).toBe(true);
  });

  it("round-trips commas, double quotes, newlines and curly quotes through a CSV parser", () => {
    const parsed = parse(gridToCsv(matrix, BASE), { bom: true, columns: true }) as Record<
      string,
      string
    >[];
    expect(parsed).toEqual(gridCsvRows(matrix, BASE));
    expect(parsed[0]!.summary).toBe("Uses third-party cookies,\nincluding ad networks.");
    expect(parsed[2]!.company_name).toBe('Zeta "Z" Corp');
  });
});
