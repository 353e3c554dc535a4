import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/queries/health";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not; for load balancers and uptime checks. */
export async function GET() {
  const db = await checkDatabase();
  return NextResponse.json(
    {
      status: db.ok ? "ok" : "unavailable",
      database: db.ok ? "up" : "down",
      latencyMs: db.latencyMs,
    },
    { status: db.ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
