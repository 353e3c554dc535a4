import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { runSeed } from "../../lib/seed/run-seed";
import { SeedError } from "../../lib/seed/seed-error";
import { snapshot, type DbSnapshot } from "../helpers/db-snapshot";
import { copySeeds, type SeedCopy } from "../helpers/seed-copy";
import { createTestDatabase, type TestDatabase } from "../helpers/test-database";

type Finding = { practice: string; rating: string; summary: string; evidence: string[] };
type Annotation = {
  company: { slug: string; name: string };
  policyFile: string;
  clauseTags: Array<{ quote: string; practices: string[] }>;
  findings: Finding[];
};

let db: TestDatabase;
let good: DbSnapshot;
const copies: SeedCopy[] = [];

beforeAll(async () => {
  db = await createTestDatabase();
  await runSeed(db.url);
  good = await snapshot(db);
  expect(good.finding.rows).toBeGreaterThan(0);
});

afterAll(async () => {
  for (const c of copies) c.remove();
  await db?.drop();
});

function brokenSeeds(breakIt: (copy: SeedCopy) => void): string {
  const copy = copySeeds();
  copies.push(copy);
  breakIt(copy);
  return copy.dir;
}

const indexOf = (a: Annotation, practice: string) => {
  const i = a.findings.findIndex((f) => f.practice === practice);
  if (i < 0) throw new Error(`no ${practice} finding in ${a.company.slug}`);
  return i;
};

/** Runs the seed on broken files and returns the SeedError it must throw. */
async function seedError(seedDir: string): Promise<SeedError> {
  const error = await runSeed(db.url, { seedDir }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(SeedError);
  return error as SeedError;
}

/** The error names the file, the field and the problem, in its properties and in its message. */
function expectNames(e: SeedError, expected: { file: string; field: string; problem: RegExp }) {
  expect(e.file).toBe(expected.file);
  expect(e.field).toBe(expected.field);
  expect(e.problem).toMatch(expected.problem);
  expect(e.message.startsWith(`${expected.file}: `)).toBe(true);
  if (expected.field) expect(e.message).toContain(`: ${expected.field}: `);
  expect(e.message).toContain(e.problem);
}

async function expectUnchanged() {
  expect(await snapshot(db)).toEqual(good);
}

describe("a malformed annotation file", () => {
  it('rejects a rating outside the vocabulary ("great") and writes nothing', async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>(
          "annotations/mozy.json",
          (a) => void (a.findings[2]!.rating = "great"),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/mozy.json",
      field: "findings[2].rating",
      problem: /expected one of "protective"\|"neutral"\|"concerning"\|"not-addressed"/,
    });
    await expectUnchanged();
  });

  it("rejects a file that lacks a finding for one of the practices, naming the practice", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>(
          "annotations/code42.json",
          (a) => void a.findings.splice(indexOf(a, "children"), 1),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/code42.json",
      field: "findings",
      problem: /no finding for: children\b/,
    });
    await expectUnchanged();
  });

  it("rejects a file that is not valid JSON, saying so and where", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.write(
          "annotations/dotcloud.json",
          c.read("annotations/dotcloud.json").replace(/,\s*"policyFile"/, ' "policyFile"'),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/dotcloud.json",
      field: "",
      problem: /is not valid JSON \(.*position \d+/,
    });
    await expectUnchanged();
  });

  it("rejects an evidence quote that does not occur in the policy, quoting it", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>("annotations/mozy.json", (a) => {
          a.findings[indexOf(a, "security")]!.evidence[0] =
            "Mozy encrypts everything with quantum-proof lattice cryptography.";
        }),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/mozy.json",
      field: "findings[8].evidence[0]",
      problem: /quote not found in the policy: "Mozy encrypts everything/,
    });
    await expectUnchanged();
  });

  it("rejects a quote after the policy text it quoted was edited away, naming the annotation that quotes it", async () => {
    const e = await seedError(
      brokenSeeds((c) => {
        const quote = "To protect your account information, please keep your password secure.";
        expect(c.read("policies/mozy.md")).toContain(quote);
        c.write(
          "policies/mozy.md",
          c.read("policies/mozy.md").replace(quote, "Keep your password to yourself."),
        );
      }),
    );
    expect(e.file).toBe("seeds/annotations/mozy.json");
    expect(e.field).toMatch(/^(clauseTags|findings)\[\d+\]\.(quote|evidence\[\d+\])$/);
    expect(e.problem).toMatch(/quote not found in the policy/);
    await expectUnchanged();
  });

  it("rejects a quote that occurs in more than one clause, listing the clauses", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>(
          "annotations/mozy.json",
          (a) => void (a.findings[indexOf(a, "collection")]!.evidence[0] = "Personal Data"),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/mozy.json",
      field: "findings[4].evidence[0]",
      problem: /quote occurs in \d+ clauses \([a-z0-9-]+, [a-z0-9-]+.*\); quote more words/,
    });
    await expectUnchanged();
  });

  it("rejects a finding for an unknown practice", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>(
          "annotations/ibackup.json",
          (a) => void (a.findings[1]!.practice = "telepathy"),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/ibackup.json",
      field: "findings[1].practice",
      problem: /unknown practice "telepathy"/,
    });
    await expectUnchanged();
  });

  it("rejects a clause tag naming an unknown practice", async () => {
    let j = -1;
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>(
          "annotations/ibackup.json",
          (a) => void (j = a.clauseTags[0]!.practices.push("telepathy") - 1),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/ibackup.json",
      field: `clauseTags[0].practices[${j}]`,
      problem: /unknown practice "telepathy"/,
    });
    await expectUnchanged();
  });

  it("rejects a not-addressed finding that cites evidence", async () => {
    let i = -1;
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>("annotations/centercode.json", (a) => {
          i = a.findings.findIndex((f) => f.rating === "not-addressed");
          a.findings[i]!.evidence = [
            "We take the privacy of our visitors, testers, and customers very seriously.",
          ];
        }),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/centercode.json",
      field: `findings[${i}].evidence`,
      problem: /a not-addressed finding has no evidence/,
    });
    await expectUnchanged();
  });

  it("rejects a rated finding with no evidence", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>("annotations/mozy.json", (a) => void (a.findings[0]!.evidence = [])),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/mozy.json",
      field: "findings[0].evidence",
      problem: /a concerning finding needs at least one evidence quote/,
    });
    await expectUnchanged();
  });

  it("rejects a summary longer than 400 characters", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>(
          "annotations/mozy.json",
          (a) => void (a.findings[3]!.summary = "Too long. ".repeat(50)),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/mozy.json",
      field: "findings[3].summary",
      problem: /at most 400 characters/,
    });
    await expectUnchanged();
  });

  it("rejects a file whose company slug does not match its name", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>("annotations/mozy.json", (a) => void (a.company.slug = "mozy-inc")),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/mozy.json",
      field: "company.slug",
      problem: /"mozy-inc" does not match the file name/,
    });
    await expectUnchanged();
  });

  it("rejects an unexpected field", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation & { rating?: string }>(
          "annotations/mozy.json",
          (a) => void (a.rating = "A+"),
        ),
      ),
    );
    expect(e.file).toBe("seeds/annotations/mozy.json");
    expect(e.problem).toMatch(/unrecognized key.*"rating"/i);
    await expectUnchanged();
  });
});

describe("a malformed policy file", () => {
  it("rejects a policy whose archival header was removed", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.write(
          "policies/mozy.md",
          c.read("policies/mozy.md").replace(/^> \*The following text[^\n]*\n/, ""),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/policies/mozy.md",
      field: "archival header",
      problem: /^missing: the file must open with/,
    });
    await expectUnchanged();
  });

  it("rejects an empty policy file", async () => {
    const e = await seedError(brokenSeeds((c) => c.write("policies/dotcloud.md", "")));
    expectNames(e, {
      file: "seeds/policies/dotcloud.md",
      field: "archival header",
      problem: /^missing/,
    });
    await expectUnchanged();
  });

  it("rejects a policy without a top-level heading", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.write(
          "policies/centercode.md",
          c.read("policies/centercode.md").replace(/^# [^\n]*\n/m, ""),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/policies/centercode.md",
      field: "title",
      problem: /missing: the policy needs a top-level heading/,
    });
    await expectUnchanged();
  });

  it("rejects a policy holding fewer than three clauses", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.write(
          "policies/ibackup.md",
          `${c.read("policies/ibackup.md").split("\n# ")[0]}\n# Privacy\n\nOne clause.\n`,
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/policies/ibackup.md",
      field: "clauses",
      problem: /only 1 found/,
    });
    await expectUnchanged();
  });

  it("rejects an annotation that names a policy file that does not exist", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>(
          "annotations/mozy.json",
          (a) => void (a.policyFile = "mozy-2099.md"),
        ),
      ),
    );
    expectNames(e, { file: "seeds/policies/mozy-2099.md", field: "", problem: /cannot be read/ });
    await expectUnchanged();
  });
});

describe("an annotation file that breaks the rubric", () => {
  it("rejects a summary of three sentences", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Annotation>("annotations/mozy.json", (a) => {
          a.findings[indexOf(a, "cookies")]!.summary =
            "Uses cookies. Google shows ads. You can opt out of Google's cookies.";
        }),
      ),
    );
    expectNames(e, {
      file: "seeds/annotations/mozy.json",
      field: "findings[0].summary",
      problem: /at most 2 sentences/,
    });
    await expectUnchanged();
  });
});

describe("a malformed practices file", () => {
  it("rejects a core practice the rubric gives no guidance for", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Array<{ slug: string; core: boolean }>>(
          "practices.json",
          (p) => void (p.find((x) => x.slug === "children")!.core = true),
        ),
      ),
    );
    expectNames(e, {
      file: "seeds/practices.json",
      field: "core",
      problem: /"children" is a core practice but the rubric \(lib\/rubric.ts\) has no guidance/,
    });
    await expectUnchanged();
  });

  it("rejects duplicate practice slugs", async () => {
    const e = await seedError(
      brokenSeeds((c) =>
        c.editJson<Array<{ slug: string }>>(
          "practices.json",
          (p) => void (p[1]!.slug = p[0]!.slug),
        ),
      ),
    );
    expectNames(e, { file: "seeds/practices.json", field: "slug", problem: /must be unique/ });
    await expectUnchanged();
  });
});

describe("a failure while writing", () => {
  it("rolls back everything the seed had already written in that run", async () => {
    // Make the database refuse finding updates: the company rename is written first, then the finding update fails.
    await db.query(
      `CREATE FUNCTION refuse() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'refused by test'; END $$`,
    );
    await db.query(
      `CREATE TRIGGER refuse_finding_update BEFORE UPDATE ON finding FOR EACH ROW EXECUTE FUNCTION refuse()`,
    );
    try {
      const dir = brokenSeeds((c) =>
        c.editJson<Annotation>("annotations/mozy.json", (a) => {
          a.company.name = "Mozy Renamed";
          a.findings[0]!.summary = "A summary changed by a test so the finding must be updated.";
        }),
      );
      await expect(runSeed(db.url, { seedDir: dir })).rejects.toThrow(/refused by test/);
      await expectUnchanged();
    } finally {
      await db.query(`DROP TRIGGER refuse_finding_update ON finding`);
      await db.query(`DROP FUNCTION refuse()`);
    }
  });
});

describe("after the failed runs", () => {
  it("seeding the good files again finds nothing to change", async () => {
    expect(await runSeed(db.url)).toMatchObject({ skipped: false, changed: false });
    await expectUnchanged();
  });
});
