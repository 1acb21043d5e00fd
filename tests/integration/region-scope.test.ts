import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Region, Role } from "@prisma/client";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { createContact, updateContact } from "@/features/contacts/mutations";
import { addDomesticStep, updateDomesticStep } from "@/features/domestic-steps/mutations";
import { createMeeting } from "@/features/meetings/mutations/meetings";
import { createPledge, setPledgeStatus } from "@/features/pledges/mutations";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { addStatement } from "@/features/meetings/mutations/statements";
import { changeUserRole, setUserWriteRegions } from "@/features/users/mutations/users";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { actorOf as actorOfState } from "../support/records";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const OUTSIDE = "You may change data of states in Africa only; this change concerns";

async function limitedTo(role: Role, regions: Region[]): Promise<SignedInUser> {
  const user = await createSignedInUser(prisma, role);
  await prisma.user.update({ where: { id: user.id }, data: { writeRegions: regions } });
  return { ...user, writeRegions: regions };
}

const actorOf = (iso3: string) => actorOfState(prisma, iso3);
const counts = async () => ({
  audit: await prisma.auditEvent.count(),
  notes: await prisma.stateNote.count(),
  contacts: await prisma.contact.count(),
  pledges: await prisma.pledge.count(),
  meetings: await prisma.meeting.count(),
});
/** A day long past, distinct per call, so that no other contact overlaps (no de-confliction question). */
const quietDay = () => new Date(Date.UTC(1950, 0, 1 + Math.floor(Math.random() * 18_000))).toISOString().slice(0, 10);

describe("writers limited to regions (every mutation checked in executeMutation)", () => {
  let coordinator: SignedInUser;
  let contributor: SignedInUser;
  let admin: SignedInUser;
  let ghana: string;
  let france: string;
  let icrc: string;

  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    coordinator = await limitedTo("COORDINATOR", ["Africa"]);
    contributor = await limitedTo("CONTRIBUTOR", ["Africa"]);
    admin = await createSignedInUser(prisma, "ADMIN");
    ghana = await actorOf("GHA");
    france = await actorOf("FRA");
    const org = await prisma.actor.findFirstOrThrow({ where: { kind: "ORGANISATION" }, select: { id: true } });
    icrc = org.id;
  });
  afterAll(() => prisma.$disconnect());

  it("adds a note to a state in the region, and refuses one outside it without writing anything", async () => {
    expect(await executeMutation(prisma, addStateNote, contributor, { iso3: "GHA", body: "Met the desk officer." })).toMatchObject({ ok: true });
    const before = await counts();
    const refused = await executeMutation(prisma, addStateNote, contributor, { iso3: "FRA", body: "Outside my region." });
    expect(refused).toEqual({ ok: false, code: "forbidden", message: `${OUTSIDE} France (Europe), outside them. Nothing was saved.` });
    expect(await counts()).toEqual(before);
    // The same change by a writer without a limit goes through.
    expect(
      await executeMutation(prisma, addStateNote, await createSignedInUser(prisma, "CONTRIBUTOR"), { iso3: "FRA", body: "Unlimited writer." }),
    ).toMatchObject({ ok: true });
  });

  it("finds the state of a step from its id: an out-of-region step cannot be edited", async () => {
    expect(await executeMutation(prisma, addDomesticStep, coordinator, { iso3: "GHA", path: "IMPLEMENTATION", title: "Draft law" })).toMatchObject({
      ok: true,
    });
    const unlimited = await createSignedInUser(prisma, "COORDINATOR");
    expect(await executeMutation(prisma, addDomesticStep, unlimited, { iso3: "FRA", path: "IMPLEMENTATION", title: "French draft" })).toMatchObject({
      ok: true,
    });
    const step = await prisma.domesticStep.findFirstOrThrow({
      where: { stateIso3: "FRA", title: "French draft" },
      select: { id: true, version: true },
    });
    const refused = await executeMutation(prisma, updateDomesticStep, coordinator, {
      id: step.id,
      version: step.version,
      title: "Changed",
      status: "DONE",
    });
    expect(refused).toMatchObject({ ok: false, code: "forbidden", message: expect.stringContaining("France (Europe)") });
    expect(await prisma.domesticStep.findUniqueOrThrow({ where: { id: step.id }, select: { title: true, version: true } })).toEqual({
      title: "French draft",
      version: step.version,
    });
  });

  it("judges a contact by its targets: all must be in the region, before and after an edit", async () => {
    const base = { actorId: france, channel: "CALL", summary: "Raised the Convention." };
    const logged = await executeMutation(prisma, createContact, contributor, { ...base, date: quietDay(), targets: "GHA" });
    expect(logged).toMatchObject({ ok: true });
    const before = await counts();
    expect(await executeMutation(prisma, createContact, contributor, { ...base, date: quietDay(), targets: "GHA, FRA" })).toMatchObject({
      ok: false,
      code: "forbidden",
      message: expect.stringContaining("France (Europe)"),
    });
    expect(await counts()).toEqual(before);

    const contact = await prisma.contact.findFirstOrThrow({
      where: { loggedById: contributor.id },
      orderBy: { createdAt: "desc" },
      select: { id: true, version: true, date: true },
    });
    const moved = await executeMutation(prisma, updateContact, contributor, {
      ...base,
      id: contact.id,
      version: contact.version,
      date: contact.date.toISOString().slice(0, 10),
      targets: "FRA",
    });
    expect(moved).toMatchObject({ ok: false, code: "forbidden" });
    expect(await prisma.contactState.findMany({ where: { contactId: contact.id }, select: { stateIso3: true } })).toEqual([{ stateIso3: "GHA" }]);
  });

  it("judges a pledge by who made it and whom it is for; meetings are shared by every region", async () => {
    expect(
      await executeMutation(prisma, createPledge, coordinator, { actorId: ghana, text: "Will ratify in 2027.", kind: "OUTREACH" }),
    ).toMatchObject({ ok: true });
    expect(
      await executeMutation(prisma, createPledge, coordinator, {
        actorId: icrc,
        text: "Seminar for African states.",
        kind: "HOST_EVENT",
        targetRegion: "Africa",
      }),
    ).toMatchObject({ ok: true });
    const before = await counts();
    expect(
      await executeMutation(prisma, createPledge, coordinator, { actorId: france, text: "A pledge by France.", kind: "OUTREACH" }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await executeMutation(prisma, createPledge, coordinator, {
        actorId: ghana,
        text: "Outreach to Oceania.",
        kind: "OUTREACH",
        targetRegion: "Oceania",
      }),
    ).toMatchObject({
      ok: false,
      message: expect.stringContaining("the region Oceania"),
    });
    expect(await executeMutation(prisma, createPledge, coordinator, { actorId: icrc, text: "General pledge.", kind: "FUNDING" })).toMatchObject({
      ok: false,
      code: "forbidden",
      message: expect.stringContaining("shared by every region"),
    });
    expect(
      await executeMutation(prisma, createMeeting, coordinator, { name: "Regional seminar", kind: "REGIONAL", startDate: "2026-01-10" }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
      message: expect.stringContaining("shared by every region"),
    });
    expect(await counts()).toEqual(before);

    expect(
      await executeMutation(prisma, createPledge, await createSignedInUser(prisma, "COORDINATOR"), {
        actorId: france,
        text: "French pledge.",
        kind: "OUTREACH",
      }),
    ).toMatchObject({ ok: true });
    const francen = await prisma.pledge.findFirstOrThrow({
      where: { actorId: france, text: "French pledge." },
      select: { id: true, version: true, status: true },
    });
    expect(
      await executeMutation(prisma, setPledgeStatus, coordinator, { id: francen.id, version: francen.version, status: "KEPT", evidence: "Said so." }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect((await prisma.pledge.findUniqueOrThrow({ where: { id: francen.id }, select: { status: true } })).status).toBe(francen.status);
  });

  it("judges a statement by its speaker and the states it concerns", async () => {
    // A meeting of this test's own, so that the seeded sessions keep their statements.
    const treaty = await prisma.treaty.findUniqueOrThrow({ where: { code: "CCM" }, select: { id: true } });
    const meeting = await prisma.meeting.create({
      data: {
        name: "Region scope test",
        kind: "OTHER",
        treatyId: treaty.id,
        startDate: new Date("2026-01-10"),
        endDate: new Date("2026-01-10"),
        sessions: { create: { title: "Statements", position: 0 } },
      },
      select: { sessions: { select: { id: true } } },
    });
    const session = meeting.sessions[0];
    expect(
      await executeMutation(prisma, addStatement, contributor, { sessionId: session.id, speakerId: ghana, summary: "Ghana spoke." }),
    ).toMatchObject({ ok: true });
    expect(
      await executeMutation(prisma, addStatement, contributor, {
        sessionId: session.id,
        speakerId: ghana,
        summary: "About France.",
        concerns: "FRA",
      }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    expect(
      await executeMutation(prisma, addStatement, contributor, { sessionId: session.id, speakerId: france, summary: "France spoke." }),
    ).toMatchObject({ ok: false, code: "forbidden" });
    // Spoken together with a state outside the region: refused too.
    expect(
      await executeMutation(prisma, addStatement, contributor, {
        sessionId: session.id,
        speakerId: ghana,
        coSpeakerIds: france,
        summary: "Ghana and France spoke.",
      }),
    ).toMatchObject({
      ok: false,
      code: "forbidden",
      message: expect.stringContaining("France (Europe)"),
    });
    expect(await prisma.statement.count({ where: { sessionId: session.id } })).toBe(1);
  });

  it("is set by an administrator, audited, applies to contributors and coordinators only, and goes with a promotion to administrator", async () => {
    const user = await createSignedInUser(prisma, "COORDINATOR");
    expect(await executeMutation(prisma, setUserWriteRegions, admin, { userId: user.id, regions: ["Asia", "Africa"] })).toMatchObject({
      ok: true,
      message: expect.stringContaining("in Africa and Asia only"),
    });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { writeRegions: true } })).writeRegions).toEqual([
      "Africa",
      "Asia",
    ]);
    expect(await executeMutation(prisma, setUserWriteRegions, admin, { userId: user.id, regions: ["Atlantis"] })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    expect(await executeMutation(prisma, changeUserRole, admin, { userId: user.id, role: "ADMIN" })).toMatchObject({ ok: true });
    expect((await prisma.user.findUniqueOrThrow({ where: { id: user.id }, select: { writeRegions: true } })).writeRegions).toEqual([]);
    expect(await executeMutation(prisma, setUserWriteRegions, admin, { userId: user.id, regions: "Europe" })).toMatchObject({
      ok: false,
      message: expect.stringContaining("Only contributors and coordinators can be limited to regions"),
    });
    const audits = await prisma.auditEvent.findMany({
      where: { entityId: user.id },
      orderBy: { id: "asc" },
      select: { action: true, userId: true, before: true, after: true },
    });
    expect(audits).toEqual([
      { action: "user.setWriteRegions", userId: admin.id, before: { writeRegions: [] }, after: { writeRegions: ["Africa", "Asia"] } },
      {
        action: "user.changeRole",
        userId: admin.id,
        before: { role: "COORDINATOR", writeRegions: ["Africa", "Asia"] },
        after: { role: "ADMIN", writeRegions: [] },
      },
    ]);
  });
});
