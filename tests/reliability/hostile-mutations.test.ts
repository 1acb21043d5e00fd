// Hostile input against every mutation (the code path of every Server Action): ≥ 1 000 generated inputs each,
// run by real users of each role (and by no one) against the real database. Nothing may throw, nothing may end in
// "something went wrong" (the 500 of an action), and a refused input leaves every table exactly as it was.
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { type SignedInUser, type Mutation } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { MUTATIONS } from "@/platform/mutations/registry";
import { createContact } from "@/features/contacts/mutations";
import { seed } from "@/platform/seed/seed";
import { todayIso } from "@/lib/domain/dates";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";
import { hostileRecord, shortReport } from "./support/hostile";
import { changedTables, installChangeCounter, removeChangeCounter, snapshot } from "./support/snapshot";

const RUNS = 1_000;
const prisma = testPrisma();
const ROLES: Role[] = ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"];
const usersByRole = new Map<Role, SignedInUser>();
const mutations = Object.values(MUTATIONS) as unknown as Mutation[];
const unhandled: unknown[] = [];
const onUnhandled = (reason: unknown) => unhandled.push(reason);
let ids: string[] = [];
let rowChanges: () => Promise<number>;

/** The keys a schema reads, whatever refinements and pipes are wrapped around its object. */
function schemaKeys(schema: unknown): string[] {
  let s = schema as { shape?: Record<string, unknown>; _zod?: { def?: { in?: unknown; schema?: unknown; innerType?: unknown } } };
  for (let i = 0; i < 5 && !s.shape; i++) s = (s._zod?.def?.in ?? s._zod?.def?.schema ?? s._zod?.def?.innerType ?? {}) as typeof s;
  return Object.keys(s.shape ?? {});
}

describe("hostile input to every mutation", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    for (const role of ROLES) usersByRole.set(role, await createSignedInUser(prisma, role));
    // Records some users may not see or change: a restricted contact by a coordinator, a contributor's own contact.
    const coordinator = await createSignedInUser(prisma, "COORDINATOR");
    const contributor = await createSignedInUser(prisma, "CONTRIBUTOR");
    const actorId = (await prisma.actor.findFirstOrThrow({ where: { stateIso3: "BGR" }, select: { id: true } })).id;
    for (const [user, sensitivity] of [
      [coordinator, "RESTRICTED"],
      [contributor, "SHARED"],
    ] as const) {
      const result = await executeMutation(prisma, createContact, user, {
        date: todayIso(),
        channel: "LETTER",
        actorId,
        targets: "TUV",
        summary: `fixture ${sensitivity}`,
        sensitivity,
        confirmedOverlaps: [],
      });
      expect(result, JSON.stringify(result)).toMatchObject({ ok: true });
    }
    const [contacts, pledges, meetings, meetingSessions, statements, steps, users, actorRows] = await Promise.all([
      prisma.contact.findMany({ select: { id: true } }),
      prisma.pledge.findMany({ select: { id: true }, take: 20 }),
      prisma.meeting.findMany({ select: { id: true } }),
      prisma.meetingSession.findMany({ select: { id: true }, take: 20 }),
      prisma.statement.findMany({ select: { id: true }, take: 20 }),
      prisma.domesticStep.findMany({ select: { id: true }, take: 20 }),
      prisma.user.findMany({ select: { id: true } }),
      prisma.actor.findMany({ select: { id: true }, take: 20 }),
    ]);
    ids = [...contacts, ...pledges, ...meetings, ...meetingSessions, ...statements, ...steps, ...users, ...actorRows].map((r) => r.id);
    rowChanges = await installChangeCounter(prisma);
    process.on("unhandledRejection", onUnhandled);
  });
  afterAll(async () => {
    process.off("unhandledRejection", onUnhandled);
    await removeChangeCounter(prisma);
    await prisma.$disconnect();
  });

  for (const mutation of mutations) {
    it(`${mutation.name}: ${RUNS} hostile inputs, no crash, no "failed", refused ones change nothing`, async () => {
      const keys = schemaKeys(mutation.schema);
      expect(keys.length, "the schema's fields are known").toBeGreaterThan(0);
      const allowed = ROLES.filter((r) => mutation.roles.includes(r));
      // Mostly roles that may run it, so that inputs reach validation and the database.
      const userArb = fc.oneof(
        { weight: 6, arbitrary: fc.constantFrom(...allowed) },
        { weight: 1, arbitrary: fc.constantFrom<Role | null>(null, ...ROLES) },
      );
      const start = await snapshot(prisma);
      let changes = await rowChanges();
      // Refused inputs change nothing (checked below), so the count of audit events only moves with accepted ones.
      let audits = await prisma.auditEvent.count();
      const tally: Record<string, number> = { accepted: 0 };
      await fc.assert(
        fc.asyncProperty(userArb, hostileRecord(keys, ids), async (role, input) => {
          const user = role ? usersByRole.get(role)! : null;
          const result = await executeMutation(prisma, mutation, user, input);
          const after = await rowChanges();
          if (result.ok) {
            tally.accepted += 1;
            const now = await prisma.auditEvent.count();
            expect(now, "an accepted change is audited").toBeGreaterThan(audits);
            audits = now;
          } else {
            tally[result.code] = (tally[result.code] ?? 0) + 1;
            expect(result.code, result.message).not.toBe("failed");
            expect(after - changes, `refused (${result.code}: ${result.message}) but rows changed`).toBe(0);
          }
          changes = after;
        }),
        { numRuns: RUNS, seed: 20_131_804 + mutation.name.length, endOnFailure: true, reporter: shortReport },
      );
      // The counter's word checked against every row of every table: with nothing accepted, nothing differs.
      if (tally.accepted === 0) expect(changedTables(start, await snapshot(prisma))).toEqual([]);
      console.log(`[hostile] ${mutation.name}: ${RUNS} inputs ${JSON.stringify(tally)}`);
      expect(unhandled).toEqual([]);
    }, 300_000);
  }
});
