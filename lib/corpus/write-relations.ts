import type { SeedTx } from "../seed/seed-lock";
import { mayNotBePrivacyPolicy, OPENING_CLAUSES, termsOpening } from "../reading/practice-coverage";
import { recordedLongAgo, samePolicyAs } from "./company-relations";

const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/*
 * Writes what a company's page says about its policy beside the others', after every company of
 * the seed is written: which companies share its text, whether its recording is long before the
 * corpus's newest, and the newer recording a person named (services.json's supersededBy). Each
 * spans companies, so the diff-based corpus writer, which touches only changed companies, cannot
 * keep them. Whether its text may not be a privacy policy is written here too, beside them, as
 * the other thing its page says about the recording. Synthetic companies (the load test's) are left out. Only rows whose values differ
 * are updated; returns how many.
 */
export async function writeCompanyRelations(
  tx: SeedTx,
  supersededBy: ReadonlyMap<string, string>,
): Promise<number> {
  const rows = await tx.company.findMany({
    where: { synthetic: false, policy: { isNot: null } },
    select: {
      slug: true,
      name: true,
      provenance: true,
      samePolicyAs: true,
      recordedLongAgo: true,
      mayNotBePrivacyPolicy: true,
      supersededBy: true,
      policy: {
        select: {
          id: true,
          contentHash: true,
          archivedOn: true,
          _count: { select: { clauses: true } },
        },
      },
    },
  });
  // Each policy's clauses with a practice assigned (lib/reading/practice-coverage.ts).
  const speaking = new Map(
    (
      await tx.clause.groupBy({
        by: ["policyId"],
        where: { practices: { some: {} } },
        _count: { _all: true },
      })
    ).map((g) => [g.policyId, g._count._all]),
  );
  // Each policy's opening clauses, where a text may name itself terms (termsOpening).
  const openings = new Map<number, string[]>();
  for (const c of await tx.clause.findMany({
    where: { position: { lte: OPENING_CLAUSES }, policy: { company: { synthetic: false } } },
    select: { policyId: true, text: true },
    orderBy: [{ policyId: "asc" }, { position: "asc" }],
  }))
    openings.set(c.policyId, [...(openings.get(c.policyId) ?? []), c.text]);
  const shared = samePolicyAs(
    rows.map((r) => ({ slug: r.slug, name: r.name, contentHash: r.policy!.contentHash })),
  );
  // Only Open Terms Archive's recordings age: the curated policies are archives by design.
  const recorded = rows.flatMap((r) =>
    r.provenance === "machine" && r.policy!.archivedOn ? [isoDay(r.policy!.archivedOn)] : [],
  );
  const newest = recorded.reduce((a, b) => (a > b ? a : b), "");
  const wanted = rows.map((r) => ({
    slug: r.slug,
    samePolicyAs: shared.get(r.slug)!,
    recordedLongAgo:
      r.provenance === "machine" && !!r.policy!.archivedOn
        ? recordedLongAgo(isoDay(r.policy!.archivedOn), newest)
        : false,
    supersededBy: r.provenance === "machine" ? (supersededBy.get(r.slug) ?? null) : null,
    // A person reviewed a curated company's text as the policy it is.
    mayNotBePrivacyPolicy:
      r.provenance === "machine" &&
      mayNotBePrivacyPolicy({
        clauses: r.policy!._count.clauses,
        speaking: speaking.get(r.policy!.id) ?? 0,
        termsOpening: termsOpening(openings.get(r.policy!.id) ?? []),
      }),
  }));
  const changed = wanted.filter((w, i) => {
    const r = rows[i]!;
    return (
      JSON.stringify(r.samePolicyAs) !== JSON.stringify(w.samePolicyAs) ||
      r.recordedLongAgo !== w.recordedLongAgo ||
      r.supersededBy !== w.supersededBy ||
      r.mayNotBePrivacyPolicy !== w.mayNotBePrivacyPolicy
    );
  });
  if (changed.length)
    await tx.$executeRaw`
      UPDATE "company" SET "same_policy_as" = ARRAY(SELECT json_array_elements_text(u.s::json)),
        "recorded_long_ago" = u.old, "superseded_by" = u.newer,
        "may_not_be_privacy_policy" = u.unlike
      FROM unnest(${changed.map((w) => w.slug)}::text[],
                  ${changed.map((w) => JSON.stringify(w.samePolicyAs))}::text[],
                  ${changed.map((w) => w.recordedLongAgo)}::boolean[],
                  ${changed.map((w) => w.supersededBy)}::text[],
                  ${changed.map((w) => w.mayNotBePrivacyPolicy)}::boolean[]) AS u(slug, s, old, newer, unlike)
      WHERE "company"."slug" = u.slug`;
  return changed.length;
}
