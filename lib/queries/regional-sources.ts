import { getDb } from "../db";
import { regionalSource, type RegionalSource } from "../regional-source";
import { perDataVersion } from "./per-data-version";

/**
 * The regional note of every company whose recorded address names a region (lib/regional-source.ts),
 * by slug: 50 of the 307 today. Read once per data version, like the list of companies it goes with.
 */
export const listRegionalSources: () => Promise<ReadonlyMap<string, RegionalSource>> =
  perDataVersion("regional-sources", async () => {
    const rows = await getDb().company.findMany({
      select: { slug: true, policy: { select: { sourceUrl: true } } },
    });
    return new Map(
      rows.flatMap((r) => {
        const regional = regionalSource(r.policy?.sourceUrl ?? null);
        return regional ? [[r.slug, regional] as const] : [];
      }),
    );
  });
