import { z } from "zod";
import { PRACTICE_SLUGS } from "../practice-slugs";

const slugs = z.array(z.enum(PRACTICE_SLUGS));

/** One reviewer's change to one labelled clause, as scripts/ml/apply-review.ts reads it. */
export const labelChangeSchema = z.object({
  file: z.string().regex(/^[a-z0-9-]+(@\d{4})?\.jsonl$/, "file must name an ml/labels file"),
  id: z.string(),
  before: slugs,
  after: slugs,
  reason: z.string().min(10, "give the reason (a sentence with the guide's rule)"),
});
export type LabelChange = z.infer<typeof labelChangeSchema> & { where: string };

export const labelLineSchema = z.looseObject({
  id: z.string(),
  policy: z.string(),
  practices: slugs,
});
export type LabelLine = z.infer<typeof labelLineSchema>;

export type ReviewRecord = {
  policy: string;
  id: string;
  before: string[];
  after: string[];
  reason: string;
};

const same = (a: readonly string[], b: readonly string[]) =>
  [...a].sort().join() === [...b].sort().join();

/**
 * Applies the changes to the label files given (file name → its lines, changed in place only
 * when every change is sound) and returns the review records; or the problems, each naming the
 * change's file and line, and changes nothing. A change whose `before` is not the clause's
 * present labels was made against other labels: merging it could undo someone else's
 * correction, so it is refused.
 */
export function applyLabelChanges(
  changes: readonly LabelChange[],
  files: ReadonlyMap<string, LabelLine[]>,
): { problems: string[]; records: ReviewRecord[] } {
  const problems: string[] = [];
  const planned: Array<{ row: LabelLine; change: LabelChange }> = [];
  const seen = new Set<string>();
  for (const c of changes) {
    const rows = files.get(c.file);
    const row = rows?.find((r) => r.id === c.id);
    const key = `${c.file}/${c.id}`;
    if (!rows) problems.push(`${c.where}: no label file ml/labels/${c.file}`);
    else if (!row) problems.push(`${c.where}: no clause ${c.id} in ${c.file}`);
    else if (seen.has(key)) problems.push(`${c.where}: clause ${c.id} changed twice`);
    else if (!same(row.practices, c.before))
      problems.push(
        `${c.where}: ${c.id} is labelled "${row.practices.join(" ")}", not "${c.before.join(" ")}"`,
      );
    else if (same(c.before, c.after)) problems.push(`${c.where}: ${c.id}: no change`);
    else planned.push({ row, change: c });
    seen.add(key);
  }
  if (problems.length) return { problems, records: [] };
  const records = planned.map(({ row, change }) => {
    row.practices = [...change.after];
    return {
      policy: row.policy,
      id: change.id,
      before: change.before,
      after: change.after,
      reason: change.reason,
    };
  });
  return { problems, records };
}
