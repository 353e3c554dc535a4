import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { resolveGridFilter, unexpectedParams } from "@/lib/params/grid-filter";
import { listCompanies } from "@/lib/queries/companies";
import { getMatrix } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const query = queryOf(req.url);
  const unexpected = unexpectedParams(query, ["practices", "companies"]);
  if (unexpected) return jsonError(400, unexpected);
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const resolved = resolveGridFilter(query, { practices: practices.map((p) => p.slug), companies: companies.map((c) => c.slug) });
  if (!resolved.ok) return jsonError(400, resolved.error);
  return jsonOk(await getMatrix(resolved.filter));
}
