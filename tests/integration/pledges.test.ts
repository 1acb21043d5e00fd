import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { bulkPledgeStatus, createPledge, setPledgeStatus } from "@/features/pledges/mutations";
import { updateTreatyStatus } from "@/features/treaty-status/mutations";
import { addStatement, updateStatement } from "@/features/meetings/mutations/statements";
import { updateMeeting } from "@/features/meetings/mutations/meetings";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { actorOf as actorOfState } from "../support/records";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
let coordinator: SignedInUser;

const actorOf = (iso3: string) => actorOfState(prisma, iso3);

describe("meetings, statements and pledges", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    coordinator = await createSignedInUser(prisma, "COORDINATOR");
  });
  afterAll(() => prisma.$disconnect());

  it("seeds the whole April 2013 session: 27 statements by 28 actors (two shared), quotes verbatim, and the Lusaka meeting", async () => {
    const meeting = await prisma.meeting.findFirstOrThrow({ where: { name: "CCM Intersessional Meeting 2013" }, select: { id: true, place: true } });
    expect(meeting.place).toBe("Geneva, Switzerland");
    const statements = await prisma.statement.findMany({
      where: { session: { meetingId: meeting.id } },
      orderBy: { position: "asc" },
      select: {
        speakerId: true,
        speaker: { select: { stateIso3: true } },
        coSpeakers: { select: { actorId: true, actor: { select: { stateIso3: true } } } },
      },
    });
    expect(statements).toHaveLength(27);
    expect(new Set(statements.flatMap((s) => [s.speakerId, ...s.coSpeakers.map((c) => c.actorId)])).size).toBe(28);
    const shared = statements.filter((s) => s.coSpeakers.length > 0).map((s) => [s.speaker.stateIso3, ...s.coSpeakers.map((c) => c.actor.stateIso3)]);
    expect(shared).toEqual([
      ["GHA", "PRT"],
      ["CRI", "GRD"],
    ]);
    const bulgaria = await prisma.statement.findFirstOrThrow({
      where: { speaker: { stateIso3: "BGR" } },
      select: { quotes: { select: { text: true } }, concerns: { select: { stateIso3: true } } },
    });
    expect(bulgaria.quotes.map((q) => q.text)).toEqual(["in general ... very positive"]);
    expect(bulgaria.concerns.map((c) => c.stateIso3)).toEqual(["GEO"]);
    const togo = await prisma.pledge.findFirstOrThrow({
      where: { actor: { stateIso3: "TGO" } },
      select: { dueText: true, dueEarliest: true, dueLatest: true, duePrecision: true },
    });
    expect(togo).toMatchObject({ dueText: "22-23 May", duePrecision: "DAY_RANGE" });
    expect(togo.dueEarliest?.toISOString().slice(0, 10)).toBe("2013-05-22");
    expect(togo.dueLatest?.toISOString().slice(0, 10)).toBe("2013-05-23");
    const france = await prisma.pledge.findFirstOrThrow({ where: { actor: { stateIso3: "FRA" } }, select: { dueEarliest: true, dueLatest: true } });
    expect([france.dueEarliest?.toISOString().slice(0, 10), france.dueLatest?.toISOString().slice(0, 10)]).toEqual(["2013-06-01", "2013-07-31"]);
    const lusaka = await prisma.meeting.findFirstOrThrow({
      where: { name: "Fourth Meeting of States Parties" },
      select: { place: true, startDate: true, endDate: true },
    });
    expect(lusaka.place).toBe("Lusaka, Zambia");
    expect([lusaka.startDate.toISOString().slice(0, 10), lusaka.endDate.toISOString().slice(0, 10)]).toEqual(["2013-09-10", "2013-09-13"]);
    // Canada promised to ratify; its deposit (16 March 2015) in the treaty record kept the pledge.
    const canada = await prisma.pledge.findFirstOrThrow({
      where: { actor: { stateIso3: "CAN" }, kind: "TREATY_ACTION" },
      select: { status: true, evidence: true },
    });
    expect(canada.status).toBe("KEPT");
    expect(canada.evidence).toContain("2015-03-16");
  });

  it("keeps DR Congo's 'very soon' deposit pledge automatically when its deposit is entered, with an audit row", async () => {
    const pledge = await prisma.pledge.findFirstOrThrow({
      where: { actor: { stateIso3: "COD" }, treatyAction: "DEPOSIT", meeting: { name: "CCM Intersessional Meeting 2013" } },
      select: { id: true, status: true },
    });
    expect(pledge.status).toBe("OPEN");
    const record = await prisma.treatyStatus.findFirstOrThrow({ where: { stateIso3: "COD" }, select: { version: true } });
    const result = await executeMutation(prisma, updateTreatyStatus, coordinator, {
      iso3: "COD",
      version: String(record.version),
      signed: "2009-03-18",
      deposited: "2013-06-20",
      instrument: "RATIFICATION",
      source: "Depositary notification",
    });
    // Other test files may have recorded more of DR Congo's deposit pledges on this database: all of them are kept.
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/(One pledge|\d+ pledges) of this state marked kept/) });
    const kept = await prisma.pledge.findUniqueOrThrow({ where: { id: pledge.id }, select: { status: true, evidence: true, closedOn: true } });
    expect(kept.status).toBe("KEPT");
    expect(kept.evidence).toContain("deposit on 2013-06-20");
    expect(kept.closedOn?.toISOString().slice(0, 10)).toBe("2013-06-20");
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: pledge.id, action: "pledge.autoKept" },
      select: { userId: true, after: true },
    });
    expect(audit).toMatchObject({ userId: coordinator.id, after: { status: "KEPT" } });
  });

  it("records a pledge with a fuzzy due date and refuses a treaty-action pledge without its action", async () => {
    const actorId = await actorOf("JPN");
    const created = await executeMutation(prisma, createPledge, coordinator, {
      actorId,
      text: "Outreach to ASEAN states",
      kind: "OUTREACH",
      due: "Q3 2013",
      targets: "MMR, VNM",
    });
    expect(created).toMatchObject({ ok: true });
    const row = await prisma.pledge.findFirstOrThrow({
      where: { actorId, text: "Outreach to ASEAN states" },
      select: { duePrecision: true, targets: { select: { stateIso3: true } } },
    });
    expect(row.duePrecision).toBe("QUARTER");
    expect(row.targets.map((t) => t.stateIso3).sort()).toEqual(["MMR", "VNM"]);
    const refused = await executeMutation(prisma, createPledge, coordinator, { actorId, text: "Ratify", kind: "TREATY_ACTION" });
    expect(refused).toMatchObject({ ok: false, code: "invalid", fieldErrors: { treatyAction: expect.stringContaining("treaty action") } });
    const badTarget = await executeMutation(prisma, createPledge, coordinator, { actorId, text: "x", kind: "OTHER", targets: "XXZ" });
    expect(badTarget).toMatchObject({ ok: false, fieldErrors: { targets: expect.any(String) } });
  });

  it("needs evidence to close a pledge, and a bulk change applies to every selected pledge with one audit row each", async () => {
    const pledges = await prisma.pledge.findMany({
      where: { status: "OPEN", actor: { stateIso3: { in: ["PLW"] } }, meeting: { name: "CCM Intersessional Meeting 2013" } },
      select: { id: true, version: true },
    });
    expect(pledges).toHaveLength(2);
    const noEvidence = await executeMutation(prisma, setPledgeStatus, coordinator, {
      id: pledges[0].id,
      version: String(pledges[0].version),
      status: "KEPT",
    });
    expect(noEvidence).toMatchObject({ ok: false, fieldErrors: { evidence: expect.stringContaining("evidence") } });
    const before = await prisma.auditEvent.count({ where: { action: "pledge.status" } });
    const bulk = await executeMutation(prisma, bulkPledgeStatus, coordinator, {
      pledges: pledges.map((p) => `${p.id}:${p.version}`),
      status: "SLIPPED",
      evidence: "Not mentioned at the 4MSP",
      closedOn: "2013-09-13",
    });
    expect(bulk).toMatchObject({ ok: true, message: "2 pledges marked slipped." });
    expect(await prisma.auditEvent.count({ where: { action: "pledge.status" } })).toBe(before + 2);
    const stale = await executeMutation(prisma, bulkPledgeStatus, coordinator, {
      pledges: pledges.map((p) => `${p.id}:${p.version}`),
      status: "KEPT",
      evidence: "x",
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    expect(await prisma.pledge.count({ where: { id: { in: pledges.map((p) => p.id) }, status: "SLIPPED" } })).toBe(2);
  });

  it("keeps quotes verbatim, commas included, one per line", async () => {
    const meetingSession = await prisma.meetingSession.findFirstOrThrow({ where: { title: "Universalization" }, select: { id: true } });
    const contributor = await createSignedInUser(prisma, "CONTRIBUTOR");
    const result = await executeMutation(prisma, addStatement, contributor, {
      sessionId: meetingSession.id,
      speakerId: await actorOf("CIV"),
      summary: "Côte d'Ivoire reported progress.",
      quotes: "we are, indeed, close\n« presque prêts »",
      concerns: "CIV",
    });
    expect(result).toMatchObject({ ok: true });
    const statement = await prisma.statement.findFirstOrThrow({
      where: { summary: "Côte d'Ivoire reported progress." },
      select: { quotes: { orderBy: { position: "asc" }, select: { text: true } } },
    });
    expect(statement.quotes.map((q) => q.text)).toEqual(["we are, indeed, close", "« presque prêts »"]);
  });

  it("edits a meeting and a statement with a version check, replacing quotes and concerned states", async () => {
    const meeting = await prisma.meeting.findFirstOrThrow({
      where: { name: "Fourth Meeting of States Parties" },
      select: { id: true, version: true },
    });
    const saved = await executeMutation(prisma, updateMeeting, coordinator, {
      id: meeting.id,
      version: String(meeting.version),
      name: "Fourth Meeting of States Parties",
      kind: "MEETING_OF_STATES_PARTIES",
      place: "Lusaka, Zambia (Mulungushi)",
      startDate: "2013-09-10",
      endDate: "2013-09-13",
    });
    expect(saved).toMatchObject({ ok: true });
    const stale = await executeMutation(prisma, updateMeeting, coordinator, {
      id: meeting.id,
      version: String(meeting.version),
      name: "x",
      kind: "OTHER",
      startDate: "2013-09-10",
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });

    const statement = await prisma.statement.findFirstOrThrow({
      where: { speaker: { stateIso3: "BGR" } },
      select: { id: true, version: true, speakerId: true },
    });
    const edited = await executeMutation(prisma, updateStatement, coordinator, {
      id: statement.id,
      version: String(statement.version),
      speakerId: statement.speakerId,
      summary: "Bulgaria approached Georgia and Azerbaijan.",
      quotes: "in general ... very positive\nopen to talks",
      concerns: "GEO, AZE",
    });
    expect(edited).toMatchObject({ ok: true });
    const row = await prisma.statement.findUniqueOrThrow({
      where: { id: statement.id },
      select: { summary: true, quotes: { orderBy: { position: "asc" }, select: { text: true } }, concerns: { select: { stateIso3: true } } },
    });
    expect(row.quotes.map((q) => q.text)).toEqual(["in general ... very positive", "open to talks"]);
    expect(row.concerns.map((c) => c.stateIso3).sort()).toEqual(["AZE", "GEO"]);
    expect(await prisma.auditEvent.count({ where: { entityId: statement.id, action: "statement.update" } })).toBe(1);
  });
});
