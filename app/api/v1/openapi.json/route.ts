import { openApiDocument } from "@/features/api/openapi";

// Public on purpose: the description of the API holds no data (the proxy lets it through without a session).
export function GET(): Response {
  return Response.json(openApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
