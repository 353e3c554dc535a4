import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { noQuery, unknownParams } from "@/lib/api/query-schemas";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const unknown = unknownParams(noQuery, queryOf(req.url));
  if (unknown) return jsonError(400, unknown);
  return jsonOk({ practices: await listPractices() });
}
