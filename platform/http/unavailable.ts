import { isUnavailable } from "@/platform/mutations/core";

/** A download or API answer while the database is away: 503 with a sentence, instead of a bare 500. */
export function unavailableResponse(): Response {
  return new Response("The database is temporarily unavailable. Nothing was changed; please try again in a moment.\n", {
    status: 503,
    headers: { "Content-Type": "text/plain; charset=utf-8", "Retry-After": "5", "Cache-Control": "no-store" },
  });
}

/** Wraps a route handler: a database outage becomes unavailableResponse(); any other error is left to Next.js. */
export function answeringWhenUnavailable(handler: (request: Request) => Promise<Response>): (request: Request) => Promise<Response> {
  return async (request) => {
    try {
      return await handler(request);
    } catch (error) {
      if (isUnavailable(error)) return unavailableResponse();
      throw error;
    }
  };
}
