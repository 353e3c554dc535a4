import { jsonError } from "@/lib/api-response";
import { API_FEEDS } from "@/lib/api/feeds";
import { apiEndpointList } from "@/lib/api/openapi";

/** Any /api address without a route of its own: a JSON 404, as API clients expect, not the HTML page. */
export function GET() {
  return jsonError(
    404,
    `No such API endpoint. The API offers ${apiEndpointList()}; the Atom feeds are ${API_FEEDS.map((f) => f.path).join(", ")}; the reference is at /api and /api/openapi.json.`,
  );
}
