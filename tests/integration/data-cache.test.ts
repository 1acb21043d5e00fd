import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { cachedRead, useStoreForTests } from "@/platform/cache/data-cache";
import { memoryStore } from "@/platform/cache/store";
import { bumpVersions, readVersions } from "@/platform/cache/versions";
import {
  cachedContactList,
  cachedDashboard,
  cachedPledgeList,
  cachedProgressReport,
  cachedStateList,
  cachedUpcomingWork,
} from "@/platform/cache/reads";
import { listContacts } from "@/features/contacts/queries";
import { listPledges } from "@/features/pledges/queries";
import { contactsByRegion, getDashboard } from "@/features/treaty-status/queries/dashboard";
import { progressReport } from "@/features/reports/progress";
import { listStates } from "@/features/treaty-status/queries/states";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { deleteContact } from "@/features/contacts/mutations";
import { addDays } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { logContact as logContactBy } from "../support/records";
import { createUserPerRole } from "../support/users";

const prisma = testPrisma();
const today = todayIso();
const users = {} as Record<Role, SignedInUser>;

const logContact = (user: SignedInUser, fields: Record<string, unknown>) => logContactBy(prisma, user, fields);

describe("data cache", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    Object.assign(users, await createUserPerRole(prisma));
    useStoreForTests(memoryStore());
  });
  afterAll(() => prisma.$disconnect());

  it("serves a stored value until a tag it depends on is bumped", async () => {
    let reads = 0;
    const read = () => cachedRead(prisma, "counter", { n: 1 }, ["meetings"], async () => ++reads);
    expect(await read()).toBe(1);
    expect(await read()).toBe(1);
    await bumpVersions(prisma, ["pledges"]);
    expect(await read()).toBe(1);
    await bumpVersions(prisma, ["meetings"]);
    expect(await read()).toBe(2);
  });

  it("never keeps a value computed while a change was committing", async () => {
    let reads = 0;
    const read = () =>
      cachedRead(prisma, "racy", {}, ["pledges"], async () => {
        reads += 1;
        // The change commits and bumps the tag after this read has started: its value is already out of date.
        if (reads === 1) await bumpVersions(prisma, ["pledges"]);
        return reads;
      });
    expect(await read()).toBe(1);
    expect(await read()).toBe(2);
    expect(await read()).toBe(2);
  });

  it("computes once for requests arriving together", async () => {
    let reads = 0;
    const read = () =>
      cachedRead(prisma, "together", {}, ["settings"], async () => {
        reads += 1;
        await new Promise((r) => setTimeout(r, 50));
        return reads;
      });
    expect(await Promise.all([read(), read(), read()])).toEqual([1, 1, 1]);
  });

  it("gives the same plain data as the uncached reads", async () => {
    const viewer = users.COORDINATOR;
    expect(await cachedDashboard(today, today, viewer)).toEqual(await getDashboard(today, today, viewer));
    expect(await cachedStateList({ viewer, asOf: today, sort: "since-desc" })).toEqual(await listStates({ viewer, asOf: today, sort: "since-desc" }));
  });

  it("shows a logged contact on the next read, through the mutation's invalidation", async () => {
    const before = await readVersions(prisma, ["contacts", "activity", "pledges"]);
    const listed = await cachedStateList({ viewer: users.VIEWER, asOf: today });
    expect(listed.rows.find((r) => r.iso3 === "NRU")?.lastContact).not.toBe(today);
    await logContact(users.CONTRIBUTOR, { targets: "NRU", summary: `Nauru ${randomUUID()}`, outcome: "NEUTRAL" });
    const after = await readVersions(prisma, ["contacts", "activity", "pledges"]);
    expect(after[0]).not.toBe(before[0]);
    expect(after[1]).not.toBe(before[1]);
    expect(after[2]).toBe(before[2]);
    expect((await cachedStateList({ viewer: users.VIEWER, asOf: today })).rows.find((r) => r.iso3 === "NRU")?.lastContact).toBe(today);
  });

  it("keeps restricted contacts out of what viewers and contributors get, whoever read first", async () => {
    const secret = `Restricted ${randomUUID()}`;
    await logContact(users.COORDINATOR, { targets: "TUV", summary: secret, sensitivity: "RESTRICTED", outcome: "NEGATIVE" });
    await logContact(users.COORDINATOR, {
      date: addDays(today, 3),
      status: "PLANNED",
      targets: "TUV",
      summary: `${secret} planned`,
      sensitivity: "RESTRICTED",
    });
    // A coordinator fills the cache first.
    const coordinatorList = await cachedStateList({ viewer: users.COORDINATOR, asOf: today });
    expect(coordinatorList.rows.find((r) => r.iso3 === "TUV")?.lastContact).toBe(today);
    expect(JSON.stringify(await cachedUpcomingWork(users.COORDINATOR, today))).toContain(secret);
    for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
      const list = await cachedStateList({ viewer: users[role], asOf: today });
      expect(list.rows.find((r) => r.iso3 === "TUV")?.lastContact, role).not.toBe(today);
      expect(JSON.stringify(await cachedUpcomingWork(users[role], today)), role).not.toContain(secret);
      expect(JSON.stringify(await cachedDashboard(today, today, users[role])), role).not.toContain(secret);
    }
    expect((await cachedStateList({ viewer: users.ADMIN, asOf: today })).rows.find((r) => r.iso3 === "TUV")?.lastContact).toBe(today);
  });

  it("gives the contact and pledge lists as the uncached reads do, and a new contact on the next read", async () => {
    const viewer = users.VIEWER;
    const filter = { target: "PLW" };
    expect(await cachedContactList(filter, viewer, { today })).toEqual(await listContacts(filter, viewer, { today }));
    expect(await cachedPledgeList({ today })).toEqual(await listPledges({ today }));
    const before = (await cachedContactList(filter, viewer, { today })).total;
    const summary = `Palau ${randomUUID()}`;
    await logContact(users.CONTRIBUTOR, { targets: "PLW", summary, outcome: "POSITIVE" });
    const after = await cachedContactList(filter, viewer, { today });
    expect(after.total).toBe(before + 1);
    expect(after.contacts.map((c) => c.summary)).toContain(summary);
  });

  it("keeps restricted contacts out of the contact list of viewers, and reads an administrator's deleted list directly", async () => {
    const secret = `Restricted ${randomUUID()}`;
    await logContact(users.COORDINATOR, { targets: "KIR", summary: secret, sensitivity: "RESTRICTED", outcome: "NEUTRAL" });
    expect(JSON.stringify(await cachedContactList({ target: "KIR" }, users.COORDINATOR, { today }))).toContain(secret);
    expect(JSON.stringify(await cachedContactList({ target: "KIR" }, users.VIEWER, { today }))).not.toContain(secret);
    expect(JSON.stringify(await cachedContactList({ target: "KIR" }, users.CONTRIBUTOR, { today }))).not.toContain(secret);
    const logged = (await cachedContactList({ target: "KIR" }, users.COORDINATOR, { today })).contacts.find((c) => c.summary === secret)!;
    const deleted = await executeMutation(prisma, deleteContact, users.ADMIN, { id: logged.id, version: logged.version });
    expect(deleted, JSON.stringify(deleted)).toMatchObject({ ok: true });
    expect(JSON.stringify(await cachedContactList({ target: "KIR" }, users.COORDINATOR, { today }))).not.toContain(secret);
    expect(JSON.stringify(await cachedContactList({ target: "KIR", deleted: true }, users.ADMIN, { today }))).toContain(secret);
  });

  it("counts contacts per region once per region reached, done ones in the period only, restricted ones for coordinators", async () => {
    const day = "2011-03-15";
    const before = { coordinator: await contactsByRegion(users.COORDINATOR, day, day), viewer: await contactsByRegion(users.VIEWER, day, day) };
    await logContact(users.COORDINATOR, { date: day, targets: ["FRA", "DEU", "KEN"], summary: `Two regions ${randomUUID()}`, outcome: "NEUTRAL" });
    await logContact(users.COORDINATOR, {
      date: day,
      targets: "NGA",
      summary: `Restricted ${randomUUID()}`,
      sensitivity: "RESTRICTED",
      outcome: "NEUTRAL",
    });
    await logContact(users.COORDINATOR, { date: "2011-03-16", targets: "BRA", summary: `Next day ${randomUUID()}`, outcome: "NEUTRAL" });
    const coordinator = await contactsByRegion(users.COORDINATOR, day, day);
    const viewer = await contactsByRegion(users.VIEWER, day, day);
    expect(coordinator.Europe - before.coordinator.Europe).toBe(1);
    expect(coordinator.Africa - before.coordinator.Africa).toBe(2);
    expect(coordinator.Americas - before.coordinator.Americas).toBe(0);
    expect(viewer.Europe - before.viewer.Europe).toBe(1);
    expect(viewer.Africa - before.viewer.Africa).toBe(1);
  });

  it("keeps the progress report per visibility class: restricted contacts only for a coordinator who asks, fresh after a change", async () => {
    await logContact(users.COORDINATOR, { targets: "TUV", summary: `Restricted ${randomUUID()}`, sensitivity: "RESTRICTED", outcome: "NEGATIVE" });
    const from = addDays(today, -30);
    const contacts = (report: Awaited<ReturnType<typeof progressReport>>) => report.sections.find((s) => s.key === "contacts")!;
    const asked = { includeRestricted: true, locale: "en" as const, rows: 50 };
    const withRestricted = await cachedProgressReport(from, today, users.COORDINATOR, asked);
    expect({ ...withRestricted, generatedAt: "" }).toEqual({ ...(await progressReport(from, today, users.COORDINATOR, asked)), generatedAt: "" });
    expect(withRestricted.includesRestricted).toBe(true);
    for (const [viewer, options] of [
      [users.VIEWER, asked],
      [users.CONTRIBUTOR, asked],
      [users.COORDINATOR, { ...asked, includeRestricted: false }],
    ] as const) {
      const report = await cachedProgressReport(from, today, viewer, options);
      expect(report.includesRestricted).toBe(false);
      expect({ ...report, generatedAt: "" }).toEqual({ ...(await progressReport(from, today, viewer, options)), generatedAt: "" });
      expect(contacts(report)).not.toEqual(contacts(withRestricted));
    }
    const before = contacts(await cachedProgressReport(from, today, users.VIEWER, asked));
    await logContact(users.CONTRIBUTOR, { targets: "NRU", summary: `Nauru again ${randomUUID()}`, outcome: "POSITIVE" });
    expect(contacts(await cachedProgressReport(from, today, users.VIEWER, asked))).not.toEqual(before);
  });
});
