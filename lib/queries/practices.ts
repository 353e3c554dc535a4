import { getDb } from "../db";
import type { Practice } from "../model";

export type { Practice };

/** The taxonomy, in display order. */
export async function listPractices(): Promise<Practice[]> {
  return getDb().practice.findMany({
    select: { slug: true, name: true, description: true, core: true, position: true },
    orderBy: { position: "asc" },
  });
}
