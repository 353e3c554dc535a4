import { companyOtherNames } from "../company-other-names";
import { getDb } from "../db";
import type { OtherName } from "../name-match";
import { perDataVersion } from "./per-data-version";

/**
 * The other names of every company that has any (lib/company-other-names.ts), by slug: a few of
 * the curated five today. Read once per data version, like the list of companies it goes with.
 */
export const listOtherNames: () => Promise<ReadonlyMap<string, readonly OtherName[]>> =
  perDataVersion("other-names", async () => {
    const rows = await getDb().company.findMany({
      select: {
        slug: true,
        name: true,
        legalName: true,
        website: true,
        policy: { select: { sourceUrl: true } },
      },
    });
    return new Map(
      rows.flatMap((r) => {
        const names = companyOtherNames({ ...r, policySourceUrl: r.policy?.sourceUrl ?? null });
        return names.length ? [[r.slug, names] as const] : [];
      }),
    );
  });
