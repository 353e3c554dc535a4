import type { Metadata } from "next";
import { notFound } from "next/navigation";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Render floor",
  robots: { index: false, follow: false },
};

/*
 * The bench's ceiling for renders (scripts/bench/miss-path.ts): a page rendered per request
 * that reads no data, so what it costs is what every page pays before its own work — the front
 * server, Next's request handling, the root layout, React's HTML and payload, compression.
 * Only an app started with POLICY_ATLAS_BENCH_PAGES=1 (the bench) serves it; anywhere else it
 * is a plain 404, so it is no part of the site. Serving it would be harmless (it is cheaper
 * than any page), but a URL that exists only for measuring should not be reachable by readers.
 */
export default function RenderFloorPage() {
  if (process.env.POLICY_ATLAS_BENCH_PAGES !== "1") notFound();
  return (
    <div className="max-w-3xl space-y-2">
      <h1 className="text-2xl font-bold tracking-tight">Render floor</h1>
      <p>A page that reads no data, for measuring what any render costs.</p>
    </div>
  );
}
