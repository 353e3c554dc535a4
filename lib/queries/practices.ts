import { getDb } from "../db";

export type Practice = {
  slug: string;
  name: string;
  description: string;
  core: boolean;
  position: number;
};

/** The taxonomy, in display order. */
export async function listPractices(): Promise<Practice[]> {
  return getDb().practice.findMany({
    select: { slug: true, name: true, description: true, core: true, position: true },
    orderBy: { position: "asc" },
  });
}
