import type { APIRequestContext } from "@playwright/test";

/** A version as GET /api/companies/{slug}/versions lists it (the fields the specs read). */
export type Version = {
  id: number;
  recordedAt: string;
  kind: string;
  changedClauses: number;
  backAndForth: boolean;
  captureFailed?: boolean;
  comparedTo?: { id: number; recordedAt: string } | null;
};

/**
 * A company's recorded versions, oldest first, once its history has loaded: the history loads
 * in the background after start (docs/history.md), so this waits until `count` are listed.
 */
export async function versionsOf(
  request: APIRequestContext,
  slug: string,
  count: number,
): Promise<Version[]> {
  for (let i = 0; i < 600; i++) {
    const res = await request.get(`/api/companies/${slug}/versions`);
    if (res.ok()) {
      const { versions } = (await res.json()) as { versions: Version[] };
      if (versions.length >= count) return versions.slice().reverse();
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`${slug}'s history did not load within 10 minutes`);
}

/**
 * Waits until the whole history has loaded (up to 10 minutes): /changes says so while it loads,
 * in a status line of its own, and a database kept from an earlier run is rewritten by the load.
 */
export async function historyLoaded(request: APIRequestContext): Promise<void> {
  for (let i = 0; i < 600; i++) {
    const changes = await (await request.get("/changes")).text();
    if (!changes.includes("The policy history is still loading")) return;
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error("the policy history did not finish loading within 10 minutes");
}
