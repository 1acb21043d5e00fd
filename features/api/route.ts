import "server-only";
import { reserveApiRequest, RATE_LIMIT } from "@/platform/auth/api-rate-limit";
import { authenticateApiToken, type TokenUser } from "@/platform/auth/tokens";
import { db } from "@/platform/db";
import { searchParamsOf } from "@/lib/domain/contact-filter";
import type { SearchParams } from "@/lib/domain/list-filters";
import { bearerToken } from "@/platform/auth/token-format";
import { ApiProblem, problemResponse } from "./problem";

export interface ApiContext<P> {
  request: Request;
  url: URL;
  params: SearchParams;
  path: P;
  /** The token's user, with their role as stored now: every read goes through platform/auth/visibility.ts with it. */
  user: TokenUser;
}

const UNAVAILABLE = /ECONNREFUSED|ETIMEDOUT|P1001|P1002|P2024|connection terminated|server closed the connection|database system is/i;

/**
 * The one door of the read API; every handler under app/api/v1 (except the public OpenAPI document) is wrapped in
 * it: bearer token → user (active, token not revoked) → rate limit → handler. Errors become RFC 9457 problem
 * objects; an unexpected error is logged on the server and answered without any detail.
 */
export function apiRoute<P = Record<string, never>>(handler: (ctx: ApiContext<P>) => Promise<unknown>) {
  return async function GET(request: Request, context: { params: Promise<P> }): Promise<Response> {
    try {
      const token = bearerToken(request.headers.get("authorization"));
      const challenge = { "WWW-Authenticate": 'Bearer realm="adhere"' };
      if (!token) {
        throw new ApiProblem(
          401,
          "Authentication required",
          "Send a personal API token as “Authorization: Bearer <token>”; create one on your account page.",
          undefined,
          challenge,
        );
      }
      const now = new Date();
      const user = await authenticateApiToken(db(), token, now);
      if (!user) {
        throw new ApiProblem(401, "Invalid token", "This token is unknown or revoked, or its user is deactivated.", undefined, {
          "WWW-Authenticate": 'Bearer realm="adhere", error="invalid_token"',
        });
      }
      const rate = await reserveApiRequest(db(), { userId: user.id, now });
      if (!rate.allowed) {
        throw new ApiProblem(
          429,
          "Too many requests",
          `At most ${RATE_LIMIT} requests a minute; try again in ${rate.retryAfterSeconds} s.`,
          undefined,
          {
            "Retry-After": String(rate.retryAfterSeconds),
            "RateLimit-Limit": String(RATE_LIMIT),
            "RateLimit-Remaining": "0",
          },
        );
      }
      const url = new URL(request.url);
      const body = await handler({ request, url, params: searchParamsOf(url.searchParams), path: ((await context?.params) ?? {}) as P, user });
      return new Response(JSON.stringify(body), {
        headers: {
          "Content-Type": "application/json; charset=utf-8",
          "Cache-Control": "private, no-store",
          "RateLimit-Limit": String(RATE_LIMIT),
          "RateLimit-Remaining": String(rate.remaining),
        },
      });
    } catch (error) {
      if (error instanceof ApiProblem) return problemResponse(error);
      const message = error instanceof Error ? error.message : String(error);
      if (UNAVAILABLE.test(message) || UNAVAILABLE.test(String((error as { code?: string })?.code ?? ""))) {
        return problemResponse(
          new ApiProblem(503, "Unavailable", "The database is temporarily unavailable; try again in a moment.", undefined, { "Retry-After": "30" }),
        );
      }
      console.error(`[api ${new URL(request.url).pathname}]`, error);
      return problemResponse(new ApiProblem(500, "Server error", "Something went wrong on the server; it has been logged."));
    }
  };
}
