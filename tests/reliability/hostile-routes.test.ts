// Hostile input to every route handler (app/**/route.ts) over HTTP against the production server: ≥ 1 000 generated
// requests each, from no session and from each role. No 500, no error in the server's log, the database unchanged
// (sign-in attempts excepted: a refused sign-in is recorded by design, for throttling and the audit log).
import { readdirSync, statSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { toolEnv } from "@/platform/env";
import { Browser } from "./support/client";
import { hostileString, PLAUSIBLE } from "./support/hostile";
import { installChangeCounter } from "./support/snapshot";
import { startStack, type Stack } from "./support/stack";
import { createCoordinators } from "./support/workload";

const RUNS = 1_000;
const PARALLEL = 4;
const env = toolEnv();
const ROLES: Role[] = ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"];
let stack: Stack;
const browsers = new Map<Role | "anonymous", Browser>();
let rowChanges: () => Promise<number>;
let ids: string[] = [];

interface Request {
  who: Role | "anonymous";
  method: "GET" | "POST";
  path: string;
  body?: Record<string, string>;
  /** Sent as it is, with content-type application/json. */
  json?: string;
  headers?: Record<string, string>;
}

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? routeFiles(full) : name === "route.ts" ? [full] : [];
  });
}

const who = fc.constantFrom<Role | "anonymous">("anonymous", ...ROLES);
const value = () =>
  fc.oneof(hostileString(), fc.constantFrom(...PLAUSIBLE), fc.constantFrom("docx", "xlsx", "csv", "1", "0", "2013-04-18", "2012-12-03"));
const query = (keys: string[]) =>
  fc
    .array(
      fc.tuple(
        fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...keys) }, { weight: 1, arbitrary: hostileString() }),
        fc.oneof(value(), fc.constantFrom(...(ids.length ? ids : ["x"]))),
      ),
      { maxLength: 6 },
    )
    .map((pairs) => {
      const params = new URLSearchParams();
      for (const [k, v] of pairs) params.append(k, v.slice(0, 3_000));
      return params.toString();
    });

// Lone surrogates cannot be put in an address at all (encodeURIComponent throws): they become U+FFFD.
const pathSegment = (s: string) =>
  encodeURIComponent(s.slice(0, 500).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"));
const idOrHostile = () => fc.oneof(fc.constantFrom(...(ids.length ? ids : ["x"])), hostileString()).map(pathSegment);
/** Forged or absent bearer tokens: none of them may read anything or change a row (a valid one would count a request). */
const authorization = () =>
  fc.oneof(
    fc.constant({} as Record<string, string>),
    fc
      .oneof(hostileString(), fc.constantFrom("adh_0000", "", "adh_" + "x".repeat(43), "Basic YWRtaW46YWRtaW4="))
      .map((t) => ({ authorization: `Bearer ${t.replace(/[^\x20-\x7e]/g, "?").slice(0, 500)}` })),
  );
const apiGet = (path: fc.Arbitrary<string>) => fc.record({ who, method: fc.constant("GET" as const), path, headers: authorization() });

/** Each route and what to send it: the test fails when a route is added without a line here. */
const ROUTES: Record<string, () => fc.Arbitrary<Request>> = {
  "app/(app)/contacts/export.csv/route.ts": () =>
    fc.record({
      who,
      method: fc.constant("GET" as const),
      path: query([
        "q",
        "target",
        "actor",
        "region",
        "channel",
        "outcome",
        "status",
        "from",
        "to",
        "overdue",
        "deleted",
        "sensitivity",
        "page",
        "sort",
      ]).map((q) => `/contacts/export.csv?${q}`),
    }),
  "app/(app)/contacts/pledge-options/route.ts": () =>
    fc.record({
      who,
      method: fc.constant("GET" as const),
      path: query(["q", "targets", "actor"]).map((q) => `/contacts/pledge-options?${q}`),
    }),
  "app/(app)/reports/progress/export/route.ts": () =>
    fc.record({
      who,
      method: fc.constant("GET" as const),
      path: query(["from", "to", "format", "section", "restricted"]).map((q) => `/reports/progress/export?${q}`),
    }),
  "app/(app)/meetings/[id]/import/preview/route.ts": () =>
    fc.record({
      who,
      method: fc.constant("POST" as const),
      path: idOrHostile().map((id) => `/meetings/${id}/import/preview`),
      body: fc.record(
        {
          text: fc.oneof(
            value(),
            fc.constantFrom("**Chad** said it will ratify very soon.", "*States Parties*\n\n**Atlantis** said it will host a workshop in June."),
          ),
          file: value(),
        },
        { requiredKeys: [] },
      ),
    }),
  "app/(app)/states/article7-import/check/route.ts": () =>
    fc.record({
      who,
      method: fc.constant("POST" as const),
      path: fc.constant("/states/article7-import/check"),
      body: fc.record(
        { csv: fc.oneof(value(), fc.constantFrom("state,year,date received,link\nTCD,,2014-02-20,", 'Atlantis;2025;"2025-04-01')) },
        { requiredKeys: [] },
      ),
    }),
  "app/api/v1/[...rest]/route.ts": () => apiGet(hostileString().map((s) => `/api/v1/${pathSegment(s)}`)),
  "app/api/v1/openapi.json/route.ts": () => apiGet(query(["format", "version"]).map((q) => `/api/v1/openapi.json?${q}`)),
  "app/api/v1/meetings/route.ts": () => apiGet(query(["page", "limit", "kind", "from", "to"]).map((q) => `/api/v1/meetings?${q}`)),
  "app/api/v1/pledges/route.ts": () =>
    apiGet(query(["page", "limit", "status", "kind", "actor", "state", "region", "meeting", "due"]).map((q) => `/api/v1/pledges?${q}`)),
  "app/api/v1/states/route.ts": () =>
    apiGet(query(["page", "limit", "q", "status", "region", "asOf", "stalled", "sort"]).map((q) => `/api/v1/states?${q}`)),
  "app/api/v1/states/[iso3]/route.ts": () =>
    apiGet(fc.oneof(fc.constantFrom("TCD", "ZAF", "tcd", "XXX", ""), hostileString()).map((s) => `/api/v1/states/${pathSegment(s)}`)),
  "app/calendar.ics/route.ts": () => fc.record({ who, method: fc.constant("GET" as const), path: query(["token"]).map((q) => `/calendar.ics?${q}`) }),
  "app/api/auth/[...nextauth]/route.ts": () =>
    fc.oneof(
      fc.record({
        who,
        method: fc.constant("GET" as const),
        path: fc
          .tuple(
            fc.constantFrom(
              "signin",
              "signout",
              "csrf",
              "session",
              "providers",
              "error",
              "callback/credentials",
              "signin/credentials",
              "verify-request",
            ),
            fc.oneof(fc.constant(""), query(["error", "callbackUrl", "csrfToken"])),
          )
          .map(([segment, q]) => `/api/auth/${segment}${q ? `?${q}` : ""}`),
      }),
      fc.record({
        who,
        method: fc.constant("GET" as const),
        // Lone surrogates cannot be put in an address at all (encodeURIComponent throws): they become U+FFFD.
        path: hostileString().map(
          (s) =>
            `/api/auth/${encodeURIComponent(s.slice(0, 500).replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD"))}`,
        ),
      }),
      fc.record({
        who,
        method: fc.constant("POST" as const),
        path: fc.constantFrom(
          "/api/auth/callback/credentials",
          "/api/auth/signin/credentials",
          "/api/auth/signout",
          "/api/auth/_log",
          "/api/auth/session",
        ),
        body: fc.record(
          {
            csrfToken: value(),
            email: fc.oneof(value(), fc.constantFrom("coordinator@adhere.test", "rel-0@reliability.test")),
            password: value(),
            callbackUrl: fc.oneof(
              value(),
              fc.constantFrom("https://evil.example/", "//evil.example", "javascript:alert(1)", "/states", "http://127.0.0.1:1/"),
            ),
            json: fc.constantFrom("true", "false"),
          },
          { requiredKeys: [] },
        ),
      }),
      fc.record({
        who,
        method: fc.constant("POST" as const),
        path: fc.constantFrom("/api/auth/callback/credentials", "/api/auth/signin/credentials", "/api/auth/signout", "/api/auth/_log"),
        json: fc.oneof(
          fc.json(),
          hostileString(),
          fc.record({ callbackUrl: fc.oneof(value(), fc.integer()), email: value(), csrfToken: value() }).map((o) => JSON.stringify(o)),
        ),
      }),
    ),
};

async function send(request: Request): Promise<{ status: number; location: string | null }> {
  const browser = browsers.get(request.who)!;
  const init: RequestInit = { method: request.method, headers: request.headers };
  if (request.body) {
    init.headers = { ...request.headers, "content-type": "application/x-www-form-urlencoded" };
    init.body = new URLSearchParams(request.body).toString();
  }
  if (request.json !== undefined) {
    init.headers = { "content-type": "application/json" };
    init.body = request.json;
  }
  try {
    const response = await browser.fetch(request.path, init);
    await response.arrayBuffer();
    return { status: response.status, location: response.headers.get("location") };
  } catch (error) {
    // The server may close the connection on an oversized request while the body is still being sent: that is a
    // refusal (counted as status 0), not a failure. A server that is gone answers ECONNREFUSED, which still fails.
    const code = (error as { cause?: { code?: string } }).cause?.code;
    if (code === "EPIPE" || code === "ECONNRESET") return { status: 0, location: null };
    throw error;
  }
}

/** RUNS requests from `arbitrary`: none answered 500, no error in the server's log, no row changed. */
async function hammer(route: string, arbitrary: fc.Arbitrary<Request>): Promise<void> {
  const requests = fc.sample(arbitrary, { numRuns: RUNS, seed: 18_042_013 + route.length });
  const auditBefore = await stack.prisma.auditEvent.count({ where: { action: { not: { startsWith: "auth." } } } });
  const logBefore = stack.output().length;
  const statuses: Record<number, number> = {};
  const failures: string[] = [];
  let changes = await rowChanges();
  for (let i = 0; i < requests.length; i += PARALLEL) {
    const batch = requests.slice(i, i + PARALLEL);
    const results = await Promise.all(batch.map(send));
    results.forEach((r, j) => {
      statuses[r.status] = (statuses[r.status] ?? 0) + 1;
      if (r.status >= 500) failures.push(`HTTP ${r.status}: ${batch[j].method} ${batch[j].path.slice(0, 300)}`);
      // Never sent elsewhere: a forged callbackUrl must not become an open redirect.
      if (r.location && !r.location.startsWith("/") && !r.location.startsWith(stack.baseUrl))
        failures.push(`redirect to ${r.location.slice(0, 200)}: ${batch[j].path.slice(0, 200)}`);
    });
    const now = await rowChanges();
    if (now !== changes) failures.push(`rows changed by one of: ${batch.map((b) => `${b.method} ${b.path.slice(0, 200)}`).join(" | ")}`);
    changes = now;
  }
  const serverErrors = stack
    .output()
    .slice(logBefore)
    .split("\n")
    .filter((line) => /⨯|unhandledRejection|uncaughtException|Error:/.test(line));
  console.log(
    `[hostile-routes] ${route}: ${requests.length} requests, HTTP statuses ${JSON.stringify(statuses)}, server errors ${serverErrors.length}`,
  );
  expect(failures.slice(0, 10)).toEqual([]);
  expect(serverErrors.slice(0, 10)).toEqual([]);
  expect(await stack.prisma.auditEvent.count({ where: { action: { not: { startsWith: "auth." } } } })).toBe(auditBefore);
}

const KEPT_PAGE_KEYS = ["q", "region", "status", "asOf", "since", "page", "sort", "state", "target", "from", "to", "outcome", "timeline", "pledges"];
const printable = (t: string) => t.replace(/[^\x20-\x7e]/g, "?").slice(0, 200);
const keptPageLoads = (): fc.Arbitrary<Request> =>
  fc.record({
    who,
    method: fc.constant("GET" as const),
    path: fc
      .tuple(
        fc.oneof(
          fc.constantFrom("/", "/states", "/states/IRL", "/states/TUV", "/pledges", "/contacts", "/reports/progress"),
          idOrHostile().map((s) => `/states/${s}`),
        ),
        query(KEPT_PAGE_KEYS),
      )
      .map(([page, search]) => (search ? `${page}?${search}` : page)),
    headers: fc.record({
      "sec-fetch-dest": fc.constantFrom("document", "empty"),
      "sec-fetch-mode": fc.constant("navigate"),
      "accept-language": fc.oneof(fc.constantFrom("fr", "es-ES,es;q=0.9", "*", "", "xx;q=abc"), hostileString().map(printable)),
      "user-agent": fc.oneof(fc.constantFrom("Mozilla/5.0", "Googlebot/2.1", ""), hostileString().map(printable)),
    }),
  });

describe("hostile input to every route handler", () => {
  beforeAll(async () => {
    stack = await startStack(env.RELIABILITY_PORT ? env.RELIABILITY_PORT + 2 : undefined);
    const password = "reliability-password-2013";
    await createCoordinators(stack.prisma, 1, "rel");
    const { hashPassword } = await import("@/platform/auth/password");
    const hash = await hashPassword(password);
    browsers.set("anonymous", new Browser(stack.baseUrl));
    for (const role of ROLES) {
      const email = `fuzz-${role.toLowerCase()}@reliability.test`;
      await stack.prisma.user.create({ data: { email, name: `Fuzz ${role}`, role, passwordHash: hash } });
      const browser = new Browser(stack.baseUrl);
      await browser.signIn(email, password);
      browsers.set(role, browser);
    }
    ids = [
      ...(await stack.prisma.contact.findMany({ select: { id: true }, take: 10 })),
      ...(await stack.prisma.actor.findMany({ select: { id: true }, take: 10 })),
      ...(await stack.prisma.meeting.findMany({ select: { id: true }, take: 5 })),
      ...(await stack.prisma.user.findMany({ select: { id: true }, take: 5 })),
    ].map((r) => r.id);
    // Refused sign-ins are recorded (throttling, audit log), and a signed-in session's last activity moves forward
    // once a minute on whatever request comes then (platform/auth/session-check.ts): every other table must stay as it was.
    rowChanges = await installChangeCounter(stack.prisma, ["SignInAttempt", "AuditEvent", "AuthSession"]);
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("has a generator for every route handler", () => {
    const found = routeFiles("app").sort();
    expect(found).toEqual(Object.keys(ROUTES).sort());
  });

  for (const [route, arbitrary] of Object.entries(ROUTES)) {
    it(`${route}: ${RUNS} hostile requests, no 500, no server error, nothing changed`, () => hammer(route, arbitrary()));
  }

  // Not route handlers, but answered by the proxy itself when kept (platform/page-cache): loads of those pages as a
  // browser sends them, with hostile addresses, languages and user agents, from every role and from no session.
  it(`pages the proxy keeps: ${RUNS} hostile page loads, no 500, no server error, nothing changed`, () => hammer("kept pages", keptPageLoads()));
});
