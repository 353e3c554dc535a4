import { NextResponse } from "next/server";
import { jsonError, queryOf } from "@/lib/api-response";
import { noQuery, unknownParams } from "@/lib/api/query-schemas";
import { analysisJson } from "@/lib/reading/analysis-json";
import { analyzePolicy } from "@/lib/reading/analyze-policy";
import { formatForContentType } from "@/lib/reading/policy-content-type";
import { readCappedBody } from "@/lib/reading/read-body";
import { MAX_POLICY_BYTES, ReadingError, tooLargeMessage } from "@/lib/reading/reading-error";

/** Readings that take longer are stopped (checked between stages; see analyzePolicy). */
const TIME_LIMIT_MS = 10_000;

/**
 * POST /api/analyze: reads the policy in the body (text/plain, text/markdown or text/html,
 * ≤ 2 MB) and answers the clauses with their practices and a machine-read finding for each of
 * the 14 practices. Nothing is stored. The front server rate-limits it (lib/server/analyze-gate.ts).
 */
export async function POST(request: Request) {
  const unknown = unknownParams(noQuery, queryOf(request.url));
  if (unknown) return jsonError(400, unknown);
  const declared = Number(request.headers.get("content-length") ?? 0);
  if (declared > MAX_POLICY_BYTES) return jsonError(413, tooLargeMessage(declared));
  const type = formatForContentType(request.headers.get("content-type"));
  if ("error" in type) return jsonError(415, type.error);
  const body = await readCappedBody(request.body);
  if (!body)
    return jsonError(413, "The policy is over the 2 MB limit: send the privacy policy alone.");
  try {
    const analysis = analyzePolicy(body, { format: type.format, timeLimitMs: TIME_LIMIT_MS });
    return NextResponse.json(analysisJson(analysis), { headers: { "Cache-Control": "no-store" } });
  } catch (e) {
    if (e instanceof ReadingError) return jsonError(e.code === "too-large" ? 413 : 400, e.message);
    throw e;
  }
}

export function GET() {
  return NextResponse.json(
    {
      error:
        "POST the policy as the request body (text/plain, text/markdown or text/html, at most 2 MB).",
    },
    { status: 405, headers: { Allow: "POST, OPTIONS", "Cache-Control": "no-store" } },
  );
}
