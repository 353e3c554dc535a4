import { jsonError, jsonOk, queryOf } from "@/lib/api-response";
import { MAX_ITEMS, MAX_RAW_LENGTH, parseSlugList, partitionKnown } from "@/lib/params/slug-list";
import { listCompanies } from "@/lib/queries/companies";
import { getMatrix } from "@/lib/queries/matrix";
import { listPractices } from "@/lib/queries/practices";

export const dynamic = "force-dynamic";

export async function GET(req: Request) {
  const query = queryOf(req.url);
  const unexpected = Object.keys(query).filter((k) => k !== "practices" && k !== "companies");
  if (unexpected.length) return jsonError(400, `Unknown parameter(s): ${unexpected.join(", ")}. Use practices and companies.`);
  const [practices, companies] = await Promise.all([listPractices(), listCompanies()]);
  const filter: { practices?: string[]; companies?: string[] } = {};
  for (const [key, known] of [
    ["practices", practices.map((p) => p.slug)],
    ["companies", companies.map((c) => c.slug)],
  ] as const) {
    const requested = parseSlugList(query[key]);
    if (!requested) continue;
    if (requested.truncated) return jsonError(400, `${key} is too long: at most ${MAX_ITEMS} values in ${MAX_RAW_LENGTH} characters.`);
    const { valid, unknown } = partitionKnown(requested, known);
    if (unknown.length) return jsonError(400, `Unknown ${key}: ${unknown.join(", ")}. Known ${key}: ${known.slice(0, 50).join(", ")}.`);
    if (!valid.length) return jsonError(400, `${key} is empty; omit it to include all ${key}.`);
    filter[key] = valid;
  }
  return jsonOk(await getMatrix(filter));
}
