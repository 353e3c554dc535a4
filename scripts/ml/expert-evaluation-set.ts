import { existsSync, readFileSync } from "node:fs";
import { z } from "zod";
import type { PracticeSlug } from "../../lib/reading/practice-slugs";

/*
 * The OPP-115 evaluation slice (Wilson et al., ACL 2016) in ../shared/opp115-dev/: read by
 * `npm run eval` only, never for training or tuning (its licence allows evaluation only).
 * First Party Collection/Use is one category there; our collection and use both map onto it.
 */
export const OPP115_LABELS = [
  "first-party",
  "third-parties",
  "choice",
  "access",
  "retention",
  "security",
  "policy-changes",
  "cookies",
  "children",
  "business-transfer",
  "law-enforcement",
] as const;
export type Opp115Label = (typeof OPP115_LABELS)[number];

const lineSchema = z.object({
  policy: z.string(),
  segments: z.array(z.object({ text: z.string(), practices: z.array(z.enum(OPP115_LABELS)) })),
});

export type Opp115Segment = { policy: string; text: string; labels: Set<Opp115Label> };

export function readOpp115(file: string): Opp115Segment[] | null {
  if (!existsSync(file)) return null;
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim())
    .flatMap((line) => {
      const p = lineSchema.parse(JSON.parse(line));
      return p.segments.map((s) => ({
        policy: p.policy,
        text: s.text,
        labels: new Set(s.practices),
      }));
    });
}

/** Our practices as OPP-115 labels: collection or use → first-party; disputes, international dropped. */
export function toOpp115(practices: Iterable<PracticeSlug>): Set<Opp115Label> {
  const out = new Set<Opp115Label>();
  for (const p of practices) {
    if (p === "collection" || p === "use") out.add("first-party");
    else if ((OPP115_LABELS as readonly string[]).includes(p)) out.add(p as Opp115Label);
  }
  return out;
}
