import { ApiProblem } from "@/features/api/problem";
import { apiRoute } from "@/features/api/route";

// Any other path under /api/v1: a problem object (after the token check), not the app's HTML "not found" page.
export const GET = apiRoute<{ rest: string[] }>(async () => {
  throw new ApiProblem(404, "Not found", "There is no such endpoint; /api/v1/openapi.json lists them.");
});
