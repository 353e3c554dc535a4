import type { PracticeSlug } from "./practice-slugs";

/**
 * What the suggested-rating rules read as protective and as concerning, practice by practice, in
 * plain words: the table of docs/machine-reading-rules.md §4 (lib/reading/suggest-rating.ts),
 * shortened. A person reading their own draft on /analyze learns from it what would move a
 * rating; null where no rule gives that rating (every other reading is neutral).
 */
export const RULES_IN_BRIEF: Record<
  PracticeSlug,
  { protective: string | null; concerning: string | null }
> = {
  cookies: {
    protective: "only session or essential cookies, and no third-party tracking",
    concerning: "third-party tracking or advertising cookies, or passwords kept in cookies",
  },
  retention: {
    protective:
      "a stated period of a year or less for the data in use (not only for backups) and none longer, deletion when the account is closed, and nothing kept merely \u201cas long as necessary\u201d",
    concerning:
      "data kept indefinitely, or kept in backups or archives with no limit and no period stated",
  },
  disputes: {
    protective: "a free independent body and a regulator, both open to every user",
    concerning:
      "binding arbitration with a class-action waiver, an outside body or regulator for some regions' users and none for the rest, or complaints that go only to the company",
  },
  "third-parties": {
    protective:
      "data never sold (not even aggregated), service providers bound by contract, partners named, and no data given for marketing",
    concerning:
      "a sale of personal data, sharing with no stated limits, or data given for others' marketing or advertising",
  },
  collection: { protective: null, concerning: null },
  use: { protective: null, concerning: "data used or shared for others' marketing or advertising" },
  choice: { protective: null, concerning: null },
  access: {
    protective: "users can see and correct their data, and have it deleted",
    concerning: null,
  },
  security: {
    protective:
      "encryption the company itself cannot read (end-to-end, or keys only the user holds)",
    concerning: null,
  },
  children: { protective: null, concerning: null },
  "policy-changes": {
    protective:
      "consent asked before changes apply, or users told directly with a notice period before they do",
    concerning: "the policy may change without notice",
  },
  international: { protective: null, concerning: null },
  "business-transfer": {
    protective: null,
    concerning: "data may pass to a buyer with no commitment that this policy still applies",
  },
  "law-enforcement": {
    protective:
      "disclosure to authorities only under legal process (a subpoena, court order or warrant)",
    concerning: "disclosure on the company's own judgement, beyond what the law requires",
  },
};
