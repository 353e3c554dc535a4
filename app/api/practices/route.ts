import { jsonOk } from "@/lib/api-response";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

export async function GET() {
  return jsonOk({ practices: await listPractices() });
}
