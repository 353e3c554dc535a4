import { jsonOk } from "@/lib/api-response";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export const dynamic = "force-static";

/** GET /api/openapi.json — the API's OpenAPI 3.1 document, generated from the routes' schemas. */
export function GET() {
  return jsonOk(buildOpenApiDocument());
}
