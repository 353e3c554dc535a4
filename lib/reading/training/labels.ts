import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { z } from "zod";
import { buildSeedPlan } from "../../seed/build-seed-plan";
import { PRACTICE_SLUGS, withImplied, type PracticeSlug } from "../practice-slugs";

/** One labelled clause, from ml/labels/*.jsonl or a seed annotation. */
export type LabelledClause = {
  id: string;
  policy: string;
  headingPath: string[];
  text: string;
  practices: PracticeSlug[];
  source: string;
};

const labelLineSchema = z.object({
  id: z.string().min(1),
  policy: z.string().min(1),
  headingPath: z.array(z.string()),
  text: z.string().trim().min(1),
  practices: z.array(z.enum(PRACTICE_SLUGS)),
});

export class LabelFileError extends Error {}

/** Every line of every `*.jsonl` file in `dir`, validated; an error names the file and line. */
export function readLabelDir(dir: string): LabelledClause[] {
  if (!existsSync(dir)) return [];
  const out: LabelledClause[] = [];
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort();
  for (const file of files) {
    const rel = path.join(path.basename(dir), file);
    readFileSync(path.join(dir, file), "utf8")
      .split("\n")
      .forEach((line, i) => {
        if (!line.trim()) return;
        let json: unknown;
        try {
          json = JSON.parse(line);
        } catch {
          throw new LabelFileError(`${rel}:${i + 1}: not valid JSON`);
        }
        const parsed = labelLineSchema.safeParse(json);
        if (!parsed.success) {
          const issue = parsed.error.issues[0]!;
          throw new LabelFileError(
            `${rel}:${i + 1}: ${issue.path.join(".") || "line"}: ${issue.message}`,
          );
        }
        out.push({ ...parsed.data, practices: withImplied(parsed.data.practices), source: rel });
      });
  }
  return out;
}

/** The five seed policies' clauses with their curated tags (untagged clauses count as none). */
export function seedClauses(seedDir: string): LabelledClause[] {
  return buildSeedPlan(seedDir).companies.flatMap((company) =>
    company.clauses.map((c) => ({
      id: createHash("sha256").update(c.text).digest("hex").slice(0, 16),
      policy: `seeds/${company.slug}`,
      headingPath: c.headingPath,
      text: c.text,
      practices: withImplied(c.practices),
      source: `seeds/annotations/${company.slug}.json`,
    })),
  );
}

/**
 * The training set: seed clauses and ml/labels. A clause labelled twice within one policy keeps
 * its ml/labels line (the later, reviewed source).
 */
export function loadTrainingClauses(
  root: string,
  labelDir = path.join(root, "ml", "labels"),
): LabelledClause[] {
  const byKey = new Map<string, LabelledClause>();
  for (const c of [...seedClauses(path.join(root, "seeds")), ...readLabelDir(labelDir)])
    byKey.set(`${c.policy}\u0000${c.text}`, c);
  return [...byKey.values()];
}

/** A digest of the training data, recorded with the weights so a model names what it learnt from. */
export function labelsDigest(clauses: readonly LabelledClause[]): string {
  const h = createHash("sha256");
  for (const c of clauses) h.update(`${c.policy}\t${c.text}\t${c.practices.join(",")}\n`);
  return h.digest("hex");
}
