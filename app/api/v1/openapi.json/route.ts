import { openApiDocument } from "@/features/api/openapi";

// Public on purpose: the description of the API holds no data (the proxy lets it through without a session).
export function GET(request: Request): Response {
  return Response.json(openApiDocument(new URL(request.url).origin), { headers: { "Cache-Control": "public, max-age=300" } });
}
