import { jsonOk } from "@/lib/api-response";
import { listCompanies } from "@/lib/queries/companies";

export const dynamic = "force-dynamic";

export async function GET() {
  return jsonOk({ companies: await listCompanies() });
}
