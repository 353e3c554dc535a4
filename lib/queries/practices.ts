import { getDb } from "../db";
import type { Practice } from "../model";
import { perDataVersion } from "./per-data-version";

export type { Practice };

/** The taxonomy, in display order: read once per data version (shared, read-only). */
export const listPractices: () => Promise<Practice[]> = perDataVersion("practices", () =>
  getDb().practice.findMany({
    select: { slug: true, name: true, description: true, core: true, position: true },
    orderBy: { position: "asc" },
  }),
);
