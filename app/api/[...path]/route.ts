import { jsonError } from "@/lib/api-response";

/** Any /api address without a route of its own: a JSON 404, as API clients expect, not the HTML page. */
export function GET() {
  return jsonError(
    404,
    "No such API endpoint. The API offers /api/companies, /api/companies/{slug}, /api/practices, /api/matrix, /api/search, /api/export and /api/health; the reference is at /api and /api/openapi.json.",
  );
}
