import { z } from "zod";
import { DEFAULT_PAGE_LIMIT, MAX_PAGE, MAX_PAGE_LIMIT, PLEDGE_DUE_FILTERS, STATE_SORTS } from "@/lib/domain/list-filters";
import { MEETING_KINDS, PLEDGE_KINDS, PLEDGE_STATUSES } from "@/lib/domain/pledges";
import { REGIONS } from "@/lib/domain/reference-data";
import { STATUS_KINDS } from "@/lib/domain/status";
import { RATE_LIMIT } from "@/platform/auth/api-rate-limit";
import { MeetingListSchema, PledgeListSchema, ProblemSchema, StateListSchema, StateResponseSchema } from "./schemas";

// The OpenAPI 3.1 description of the read API, served at /api/v1/openapi.json. Response schemas are generated from
// the zod schemas the handlers are typed with (features/api/schemas.ts); the tests validate real responses against it.

const SCHEMAS = {
  StateList: StateListSchema,
  StateResponse: StateResponseSchema,
  PledgeList: PledgeListSchema,
  MeetingList: MeetingListSchema,
  Problem: ProblemSchema,
} as const;
export type SchemaName = keyof typeof SCHEMAS;

function jsonSchema(schema: z.ZodType): Record<string, unknown> {
  const { $schema: _dialect, ...rest } = z.toJSONSchema(schema, { target: "draft-2020-12", io: "output", unrepresentable: "throw" }) as Record<
    string,
    unknown
  >;
  return rest;
}

type Param = { name: string; description: string; schema: Record<string, unknown>; in?: "query" | "path"; required?: boolean };
const query = (name: string, description: string, schema: Record<string, unknown>): Param => ({ name, description, schema });
const enumOf = (values: readonly string[]) => ({ type: "string", enum: [...values] });
const date = { type: "string", format: "date" };

const PAGE_PARAMS: Param[] = [
  query("page", `Page number, 1 to ${MAX_PAGE}.`, { type: "integer", minimum: 1, maximum: MAX_PAGE, default: 1 }),
  query("limit", `Items per page, 1 to ${MAX_PAGE_LIMIT}.`, { type: "integer", minimum: 1, maximum: MAX_PAGE_LIMIT, default: DEFAULT_PAGE_LIMIT }),
];
const AS_OF = query("asOf", "Status and activity at the end of this day (2008-05-30 up to today); default today.", date);

const problem = (description: string) => ({
  description,
  content: { "application/problem+json": { schema: { $ref: "#/components/schemas/Problem" } } },
});
const ERRORS = {
  "400": problem("A query parameter could not be used (unknown, repeated or out of bounds); `errors` says which."),
  "401": problem("No token, or an unknown or revoked token, or a token of a deactivated user."),
  "429": {
    ...problem(`More than ${RATE_LIMIT} requests within a minute by the token's user.`),
    headers: { "Retry-After": { description: "Seconds to wait before the next request.", schema: { type: "integer" } } },
  },
};

/** `operationId` names the method a generated client gets (openapi-typescript, openapi-fetch and the like). */
function operation(
  operationId: string,
  summary: string,
  description: string,
  parameters: Param[],
  schema: SchemaName,
  extra: Record<string, unknown> = {},
) {
  return {
    get: {
      operationId,
      summary,
      description,
      parameters: parameters.map((p) => ({ in: p.in ?? "query", required: p.required ?? false, ...p })),
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: { $ref: `#/components/schemas/${schema}` } } } },
        ...ERRORS,
        ...extra,
      },
    },
  };
}

/** `origin`: where the API is served (the served document names the server it came from). */
export function openApiDocument(origin = "http://localhost:3000") {
  return {
    openapi: "3.1.0",
    info: {
      title: "Adhere read API",
      version: "1.0.0",
      description:
        "Read-only access to Adhere's states, pledges and meetings for the Convention on Cluster Munitions. " +
        "Authenticate with a personal API token created on your account page, sent as `Authorization: Bearer <token>`. " +
        "A token reads what its user may read, with the user's role at the time of each request: restricted outreach " +
        `contacts reach coordinators and administrators only. At most ${RATE_LIMIT} requests a minute per user. ` +
        "Lists are paginated with `page` and `limit`; filters take the same parameters as the pages. Errors are RFC 9457 problem objects.",
      // No licence is granted: the API and its data are for the Presidency's users (all rights reserved).
      license: { name: "Proprietary", identifier: "LicenseRef-Proprietary" },
    },
    servers: [{ url: origin, description: "This Adhere server" }],
    security: [{ bearerToken: [] }],
    paths: {
      "/api/v1/states": operation(
        "listStates",
        "States and their status",
        "All 197 states with their status under the Convention on `asOf`, their domestic stage, last activity and last contact; sorted by name unless `sort` is given.",
        [
          AS_OF,
          query("region", "Only states of this region.", enumOf(REGIONS)),
          query("status", "Only states with this status on `asOf`.", enumOf(STATUS_KINDS)),
          query("q", "Name, alias or ISO code (accents and case ignored); at most 100 characters.", { type: "string", maxLength: 100 }),
          query("stalled", "1: only states whose work has stalled.", enumOf(["0", "1"])),
          query("sort", "By days without contact, longest first (`no-contact`) or shortest first.", enumOf(Object.keys(STATE_SORTS))),
          ...PAGE_PARAMS,
        ],
        "StateList",
      ),
      "/api/v1/states/{iso3}": operation(
        "getState",
        "One state",
        "A state's treaty record, domestic steps, Article 7 reports, pledges and latest outreach contacts.",
        [
          {
            name: "iso3",
            in: "path",
            required: true,
            description: "ISO 3166-1 alpha-3 code, e.g. GHA.",
            schema: { type: "string", pattern: "^[A-Za-z]{3}$" },
          },
          AS_OF,
        ],
        "StateResponse",
        { "404": problem("No state has this code.") },
      ),
      "/api/v1/pledges": operation(
        "listPledges",
        "Pledges",
        "Pledges sorted by due date (undated last), with counts per status for the filter.",
        [
          query("status", "Only pledges with this status.", enumOf(PLEDGE_STATUSES)),
          query("kind", "Only pledges of this kind.", enumOf(PLEDGE_KINDS)),
          query("region", "Pledges aimed at a state of this region, or at the region.", enumOf(REGIONS)),
          query("meeting", "Pledges made at this meeting (its id).", { type: "string" }),
          query("actor", "Pledges made by this state or organisation (its actor id).", { type: "string" }),
          query("state", "Pledges concerning this state: made by it or aimed at it (its three-letter code).", {
            type: "string",
            pattern: "^[A-Za-z]{3}$",
          }),
          query("due", "`overdue`: open and past their due window; `30`/`90`: open and due within that many days.", enumOf(PLEDGE_DUE_FILTERS)),
          ...PAGE_PARAMS,
        ],
        "PledgeList",
      ),
      "/api/v1/meetings": operation(
        "listMeetings",
        "Meetings",
        "Meetings, newest first, with the number of statements and pledges recorded.",
        [
          query("kind", "Only meetings of this kind.", enumOf(MEETING_KINDS)),
          query("from", "Meetings ending on or after this day.", date),
          query("to", "Meetings starting on or before this day.", date),
          ...PAGE_PARAMS,
        ],
        "MeetingList",
      ),
    },
    components: {
      securitySchemes: { bearerToken: { type: "http", scheme: "bearer", description: "A personal API token (adh_…) from your account page." } },
      schemas: Object.fromEntries(Object.entries(SCHEMAS).map(([name, schema]) => [name, jsonSchema(schema)])),
    },
  };
}
