import type { SeedTx } from "../seed/seed-lock";
import { samePolicyAs } from "./company-relations";

/*
 * Writes what a company's page says about the other companies' policies (which share its text),
 * after every company of the seed is written: the relations span companies, so the diff-based
 * corpus writer, which touches only changed companies, cannot keep them. Synthetic companies
 * (the load test's) are left out. Only rows whose value differs are updated; returns how many.
 */
export async function writeCompanyRelations(tx: SeedTx): Promise<number> {
  const rows = await tx.company.findMany({
    where: { synthetic: false, policy: { isNot: null } },
    select: {
      slug: true,
      name: true,
      samePolicyAs: true,
      policy: { select: { contentHash: true } },
    },
  });
  const shared = samePolicyAs(
    rows.map((r) => ({ slug: r.slug, name: r.name, contentHash: r.policy!.contentHash })),
  );
  const changed = rows.filter(
    (r) => JSON.stringify(r.samePolicyAs) !== JSON.stringify(shared.get(r.slug)),
  );
  if (changed.length)
    await tx.$executeRaw`
      UPDATE "company" SET "same_policy_as" = ARRAY(SELECT json_array_elements_text(u.s::json))
      FROM unnest(${changed.map((r) => r.slug)}::text[],
                  ${changed.map((r) => JSON.stringify(shared.get(r.slug)))}::text[]) AS u(slug, s)
      WHERE "company"."slug" = u.slug`;
  return changed.length;
}
