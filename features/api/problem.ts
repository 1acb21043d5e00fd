import type { ParamProblem } from "@/lib/domain/list-filters";
import type { ProblemJson } from "./schemas";

/** An answer the API gives on purpose (bad parameters, unknown state): becomes a problem response as it is. */
export class ApiProblem extends Error {
  constructor(
    readonly status: number,
    readonly title: string,
    readonly detail: string,
    readonly errors?: ParamProblem[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail);
  }
}

const TYPES: Record<number, string> = {
  400: "invalid-parameters",
  401: "unauthenticated",
  404: "not-found",
  405: "method-not-allowed",
  429: "rate-limited",
  500: "server-error",
  503: "unavailable",
};

/** RFC 9457 problem details; `type` points at the API's description of the error. */
export function problemResponse(problem: ApiProblem): Response {
  const body: ProblemJson = {
    type: `/api/v1/openapi.json#problem-${TYPES[problem.status] ?? "error"}`,
    title: problem.title,
    status: problem.status,
    detail: problem.detail,
    ...(problem.errors?.length ? { errors: problem.errors } : {}),
  };
  return new Response(JSON.stringify(body), {
    status: problem.status,
    headers: { "Content-Type": "application/problem+json", "Cache-Control": "no-store", ...problem.headers },
  });
}

export function invalidParameters(errors: ParamProblem[]): ApiProblem {
  return new ApiProblem(400, "Invalid parameters", "Some query parameters could not be used; nothing was looked up.", errors);
}
