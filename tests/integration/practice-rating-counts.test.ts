import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createSeededAppDatabase, dropAppDatabase } from "../helpers/app-database";
import { type TestDatabase } from "../helpers/test-database";

/*
 * The counts on /practices and the practice pages: the curated five as seeded, and two
 * machine-read companies written here, one with findings for two practices only (the others
 * count as not addressed, as the grid shows them).
 */
let db: TestDatabase;

beforeAll(async () => {
  ({ db } = await createSeededAppDatabase({ corpus: false }));
  for (const slug of ["acme", "globex"])
    await db.query(
      `INSERT INTO company (slug, name, legal_name, website, sector, provenance)
       VALUES ($1, $1, $1, '', 'other', 'machine')`,
      [slug],
    );
  await db.query(`
    INSERT INTO finding (company_id, practice_id, rating, summary, provenance, reason, confidence)
    SELECT c.id, p.id, v.rating::rating, 's', 'machine', 'r', 0.5
    FROM (VALUES ('acme', 'cookies', 'concerning'), ('acme', 'children', 'not-addressed'),
                 ('globex', 'cookies', 'concerning')) AS v(company, practice, rating)
    JOIN company c ON c.slug = v.company JOIN practice p ON p.slug = v.practice`);
});

afterAll(() => dropAppDatabase(db));

describe("counting each practice's ratings", () => {
  it("counts every company of each kind apart, curated from the seed, machine-read from their findings", async () => {
    const { countPracticeRatings } = await import("@/lib/queries/practice-rating-counts");
    const counts = await countPracticeRatings();
    expect(counts.size).toBe(14);
    // Every curated company has one finding per practice; these are the seeded ratings.
    const [curatedCookies] = await db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM finding f JOIN practice p ON p.id = f.practice_id
       WHERE p.slug = 'cookies' AND f.provenance = 'curated' AND f.rating = 'concerning'`,
    );
    expect(counts.get("cookies")).toEqual({
      curated: {
        companies: 5,
        counts: expect.objectContaining({ concerning: curatedCookies!.n }),
      },
      machine: {
        companies: 2,
        counts: { protective: 0, neutral: 0, concerning: 2, "not-addressed": 0 },
      },
    });
    // Acme's "no clause found" and Globex's missing finding are both the machine's silence.
    expect(counts.get("children")!.machine).toEqual({
      companies: 2,
      counts: { protective: 0, neutral: 0, concerning: 0, "not-addressed": 2 },
    });
    for (const [, c] of counts) {
      expect(c.curated.companies).toBe(5);
      expect(Object.values(c.curated.counts).reduce((a, b) => a + b)).toBe(5);
    }
  });

  it("gives /practices and a practice page the same counts", async () => {
    const { getPracticeOverview } = await import("@/lib/queries/practice-overview");
    const { getPracticeComparison } = await import("@/lib/queries/practice-comparison");
    const overview = await getPracticeOverview();
    const retention = overview.find((p) => p.slug === "retention")!;
    // Page 2 of one company a page holds one company; its counts still cover all seven.
    const page = await getPracticeComparison("retention", 2, 1);
    expect(page!.companies).toHaveLength(1);
    expect(page!.counts).toEqual(retention.counts);
    expect(retention.counts.curated.companies + retention.counts.machine.companies).toBe(7);
  });

  it("narrows a practice page to a sector and a rating, counting the sector's companies", async () => {
    const { getPracticeComparison } = await import("@/lib/queries/practice-comparison");
    const other = await getPracticeComparison("cookies", 1, 12, { sector: "other" });
    expect(other!.companies.map((c) => c.slug)).toEqual(["acme", "globex"]);
    expect(other!.counts).toEqual({
      curated: {
        companies: 0,
        counts: { protective: 0, neutral: 0, concerning: 0, "not-addressed": 0 },
      },
      machine: {
        companies: 2,
        counts: { protective: 0, neutral: 0, concerning: 2, "not-addressed": 0 },
      },
    });
    // The machine's silence, a "no clause found" finding or none, is the rating not addressed.
    const silent = await getPracticeComparison("children", 1, 12, {
      provenance: "machine",
      rating: "not-addressed",
    });
    expect(silent!.companies.map((c) => c.slug)).toEqual(["acme", "globex"]);
    expect(silent!.totalCompanies).toBe(2);
    // The rating narrows the list, not the counts; a page past the last shows the last.
    const none = await getPracticeComparison("cookies", 5, 12, {
      sector: "other",
      rating: "protective",
    });
    expect(none).toMatchObject({ totalCompanies: 0, page: 1, companies: [] });
    expect(none!.counts.machine.companies).toBe(2);
  });
});
