import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { AUDIT_PAGE_SIZE, listAuditEvents } from "@/features/users/queries/audit";
import type { AuditFilter } from "@/lib/domain/audit-filter";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const entity = `PagingTest${randomUUID().slice(0, 8)}`;
const EVENTS = 2 * AUDIT_PAGE_SIZE + 20;
let userId: string;

describe("audit log listing", () => {
  beforeAll(async () => {
    userId = (await createSignedInUser(prisma, "COORDINATOR")).id;
    // One event a day from 1 January 2020, two per day on the last ten days (ties on `at` are broken by id).
    const tied = EVENTS - 10;
    const data = Array.from({ length: EVENTS }, (_, i) => ({
      userId: i % 2 === 0 ? userId : null,
      action: i % 3 === 0 ? "test.special" : "test.ordinary",
      entity,
      entityId: String(i),
      at: new Date(Date.UTC(2020, 0, 1 + (i < tied ? i : tied + Math.floor((i - tied) / 2)), 12)),
      before: i === 0 ? { role: "VIEWER" } : undefined,
      after: i === 0 ? { role: "COORDINATOR" } : undefined,
    }));
    await prisma.auditEvent.createMany({ data });
  });
  afterAll(() => prisma.$disconnect());

  async function allPages(filter: AuditFilter) {
    const seen: { id: string; at: string }[] = [];
    let cursor: string | undefined;
    let pages = 0;
    do {
      const page = await listAuditEvents({ ...filter, cursor });
      expect(page.events.length).toBeLessThanOrEqual(AUDIT_PAGE_SIZE);
      seen.push(...page.events);
      cursor = page.nextCursor ?? undefined;
      pages += 1;
    } while (cursor);
    return { seen, pages };
  }

  it(`pages through every event newest first, ${AUDIT_PAGE_SIZE} at a time, without repeating or skipping one`, async () => {
    const first = await listAuditEvents({ entity });
    expect(first.total).toBe(EVENTS);
    expect(first.events).toHaveLength(AUDIT_PAGE_SIZE);
    const { seen, pages } = await allPages({ entity });
    expect(pages).toBe(3);
    expect(seen).toHaveLength(EVENTS);
    expect(new Set(seen.map((e) => e.id)).size).toBe(EVENTS);
    const expected = await prisma.auditEvent.findMany({ where: { entity }, orderBy: [{ at: "desc" }, { id: "desc" }], select: { id: true } });
    expect(seen.map((e) => e.id)).toEqual(expected.map((e) => String(e.id)));
  });

  it("filters by user, action and an inclusive date range", async () => {
    const byUser = await allPages({ entity, user: userId });
    expect(byUser.seen).toHaveLength(EVENTS / 2);
    const special = await listAuditEvents({ entity, action: "test.special" });
    expect(special.total).toBe(Math.ceil(EVENTS / 3));
    expect(special.events.every((e) => e.action === "test.special")).toBe(true);
    const january = await listAuditEvents({ entity, from: "2020-01-10", to: "2020-01-19" });
    expect(january.total).toBe(10);
    expect(january.events.map((e) => e.at.slice(0, 10))).toEqual(Array.from({ length: 10 }, (_, i) => `2020-01-${19 - i}`));
  });

  it("names who did it and keeps before and after", async () => {
    const [event] = (await listAuditEvents({ entity, user: userId, to: "2020-01-01" })).events;
    expect(event).toMatchObject({ entity, entityId: "0", action: "test.special", user: { id: userId, name: "Test coordinator" } });
    expect(event).toMatchObject({ before: { role: "VIEWER" }, after: { role: "COORDINATOR" } });
  });
});
