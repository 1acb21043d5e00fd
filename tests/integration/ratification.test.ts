import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { addDomesticStep, startDomesticPath, updateDomesticStep } from "@/features/domestic-steps/mutations";
import { updateTreatyStatus } from "@/features/treaty-status/mutations";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
let coordinator: SignedInUser;
let other: SignedInUser;

async function treatyRow(iso3: string) {
  return prisma.treatyStatus.findFirstOrThrow({
    where: { stateIso3: iso3 },
    select: { version: true, deposited: true, instrument: true, signed: true, sourceNote: true },
  });
}
const audits = (entityId: string) => prisma.auditEvent.count({ where: { entityId } });

describe("treaty record and domestic steps (transaction + audit + version)", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    coordinator = await createSignedInUser(prisma, "COORDINATOR");
    other = await createSignedInUser(prisma, "ADMIN");
  });
  afterAll(() => prisma.$disconnect());

  it("seeds the April 2013 picture: South Africa's Cabinet memorandum, DR Congo 'very soon', Armenia's position", async () => {
    const zaf = await prisma.domesticStep.findFirstOrThrow({
      where: { stateIso3: "ZAF", position: 1 },
      select: { title: true, status: true, note: true },
    });
    expect(zaf).toMatchObject({ title: "Cabinet / Council of Ministers approval", status: "IN_PROGRESS" });
    expect(zaf.note).toContain("memorandum on ratification");
    // What the seed wrote, from its audit row: pledges.test.ts records DR Congo's deposit on the same database,
    // which completes this step, and the order of test files is not fixed.
    const cod = await prisma.domesticStep.findFirstOrThrow({
      where: { stateIso3: "COD", title: { startsWith: "Instrument deposited" } },
      select: { id: true },
    });
    const seeded = await prisma.auditEvent.findFirstOrThrow({ where: { entityId: cod.id, action: "seed.history" }, select: { after: true } });
    expect(seeded.after).toMatchObject({ status: "IN_PROGRESS", date: "very soon" });
    const can = await prisma.domesticStep.findFirstOrThrow({
      where: { stateIso3: "CAN", status: "IN_PROGRESS" },
      select: { dateText: true, dateEarliest: true, dateLatest: true },
    });
    expect(can.dateText).toBe("spring 2013");
    expect(can.dateEarliest?.toISOString().slice(0, 10)).toBe("2013-03-01");
    expect(can.dateLatest?.toISOString().slice(0, 10)).toBe("2013-05-31");
    expect(await prisma.stateNote.count({ where: { stateIso3: { in: ["ARM", "ETH"] } } })).toBe(2);
  });

  it("saves a valid change with one audit row holding before and after, and bumps the version", async () => {
    const before = await treatyRow("CAF");
    const id = String((await prisma.treatyStatus.findFirstOrThrow({ where: { stateIso3: "CAF" }, select: { id: true } })).id);
    const auditsBefore = await audits(id);
    const result = await executeMutation(prisma, updateTreatyStatus, coordinator, {
      iso3: "CAF",
      version: String(before.version),
      signed: "2008-12-03",
      deposited: "2020-05-12",
      instrument: "RATIFICATION",
      source: "Depositary notification C.N.123.2020",
    });
    expect(result).toMatchObject({ ok: true });
    const after = await treatyRow("CAF");
    expect(after.version).toBe(before.version + 1);
    expect(after.deposited?.toISOString().slice(0, 10)).toBe("2020-05-12");
    expect(after.sourceNote).toBe("Depositary notification C.N.123.2020");
    expect(await audits(id)).toBe(auditsBefore + 1);
    const event = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: id },
      orderBy: { at: "desc" },
      select: { userId: true, before: true, after: true, stateIso3: true },
    });
    expect(event).toMatchObject({
      userId: coordinator.id,
      stateIso3: "CAF",
      before: { deposited: null },
      after: { deposited: "2020-05-12", instrument: "RATIFICATION" },
    });
  });

  it.each([
    [{ signed: "2011-01-10" }, "signed", "accession"],
    [{ signed: "2009-05-01", deposited: "2009-01-01", instrument: "RATIFICATION" }, "deposited", "earlier than the signature"],
    [{ signed: "2009-05-01", deposited: "2012-01-01", instrument: "ACCESSION" }, "instrument", "did not sign"],
    [{ deposited: "2012-01-01" }, "instrument", "instrument"],
    [{ deposited: "2012-01-01", instrument: "ACCESSION", entryIntoForce: "2012-05-01" }, "entryIntoForceNote", "why"],
    [{ deposited: "2099-01-01", instrument: "ACCESSION" }, "deposited", "future"],
    [{ signed: "13 May 2009" }, "signed", "YYYY-MM-DD"],
  ])("refuses %j with a message on %s and changes nothing", async (fields, field, words) => {
    const before = await treatyRow("AGO");
    const result = await executeMutation(prisma, updateTreatyStatus, coordinator, {
      iso3: "AGO",
      version: String(before.version),
      source: "test",
      ...fields,
    });
    expect(result).toMatchObject({ ok: false, code: "invalid" });
    if (result.ok) return;
    expect(result.fieldErrors?.[field]).toMatch(new RegExp(words, "i"));
    expect(await treatyRow("AGO")).toEqual(before);
  });

  it("requires a source for every change", async () => {
    const before = await treatyRow("AGO");
    const result = await executeMutation(prisma, updateTreatyStatus, coordinator, { iso3: "AGO", version: String(before.version), source: "  " });
    expect(result).toMatchObject({ ok: false, fieldErrors: { source: "Source is required." } });
  });

  it("refuses a save against an old version, naming who changed it, and keeps the first save", async () => {
    const start = await treatyRow("KEN");
    const first = await executeMutation(prisma, updateTreatyStatus, other, {
      iso3: "KEN",
      version: String(start.version),
      signed: "2008-12-03",
      source: "first",
    });
    expect(first.ok).toBe(true);
    const second = await executeMutation(prisma, updateTreatyStatus, coordinator, {
      iso3: "KEN",
      version: String(start.version),
      signed: "2008-12-04",
      source: "second",
    });
    expect(second).toMatchObject({ ok: false, code: "conflict", currentVersion: start.version + 1 });
    if (second.ok) return;
    expect(second.message).toContain(other.name);
    expect(second.message).toContain("re-apply");
    expect((await treatyRow("KEN")).sourceNote).toBe("first");
  });

  it("lets exactly one of 50 concurrent saves of the same version win, with exactly one audit row", async () => {
    const start = await treatyRow("IDN");
    const id = String((await prisma.treatyStatus.findFirstOrThrow({ where: { stateIso3: "IDN" }, select: { id: true } })).id);
    const auditsBefore = await audits(id);
    const writers = Array.from({ length: 50 }, (_, i) =>
      executeMutation(prisma, updateTreatyStatus, coordinator, {
        iso3: "IDN",
        version: String(start.version),
        signed: "2008-12-03",
        source: `writer ${i}`,
      }),
    );
    const results = await Promise.all(writers);
    expect(results.filter((r) => r.ok)).toHaveLength(1);
    expect(results.filter((r) => !r.ok && r.code === "conflict")).toHaveLength(49);
    const end = await treatyRow("IDN");
    expect(end.version).toBe(start.version + 1);
    const winner = results.findIndex((r) => r.ok);
    expect(end.sourceNote).toBe(`writer ${winner}`);
    expect(await audits(id)).toBe(auditsBefore + 1);
  });

  it("stores a step's date as said, with its window, and detects a stale step edit", async () => {
    const step = await prisma.domesticStep.findFirstOrThrow({
      where: { stateIso3: "ZAF", position: 1 },
      select: { id: true, version: true, title: true },
    });
    const saved = await executeMutation(prisma, updateDomesticStep, coordinator, {
      id: step.id,
      version: String(step.version),
      title: step.title,
      status: "DONE",
      date: "mid-2013",
      note: "Approved",
      source: "Statement",
    });
    expect(saved).toMatchObject({ ok: true });
    const row = await prisma.domesticStep.findUniqueOrThrow({
      where: { id: step.id },
      select: { status: true, dateText: true, datePrecision: true, dateEarliest: true, dateLatest: true, version: true, updatedById: true },
    });
    expect(row).toMatchObject({
      status: "DONE",
      dateText: "mid-2013",
      datePrecision: "HALF",
      version: step.version + 1,
      updatedById: coordinator.id,
    });
    expect(row.dateEarliest?.toISOString().slice(0, 10)).toBe("2013-06-01");
    expect(row.dateLatest?.toISOString().slice(0, 10)).toBe("2013-07-31");
    const stale = await executeMutation(prisma, updateDomesticStep, other, {
      id: step.id,
      version: String(step.version),
      title: step.title,
      status: "BLOCKED",
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict" });
    const badDate = await executeMutation(prisma, updateDomesticStep, coordinator, {
      id: step.id,
      version: String(row.version),
      title: step.title,
      status: "DONE",
      date: "whenever",
    });
    expect(badDate).toMatchObject({ ok: false, code: "invalid", fieldErrors: { date: expect.stringContaining("mid-2013") } });
  });

  it("starts a path from a template once, and completes the deposit step when the deposit is recorded", async () => {
    const started = await executeMutation(prisma, startDomesticPath, coordinator, { iso3: "HTI", path: "RATIFICATION" });
    expect(started).toMatchObject({ ok: true });
    expect(await prisma.domesticStep.count({ where: { stateIso3: "HTI" } })).toBe(7);
    const again = await executeMutation(prisma, startDomesticPath, coordinator, { iso3: "HTI", path: "RATIFICATION" });
    expect(again).toMatchObject({ ok: false, code: "conflict" });
    const added = await executeMutation(prisma, addDomesticStep, coordinator, { iso3: "HTI", path: "RATIFICATION", title: "Senate second reading" });
    expect(added).toMatchObject({ ok: true });
    const last = await prisma.domesticStep.findFirstOrThrow({ where: { stateIso3: "HTI" }, orderBy: { position: "desc" }, select: { title: true } });
    expect(last.title).toBe("Senate second reading");

    const record = await treatyRow("HTI");
    const deposit = await executeMutation(prisma, updateTreatyStatus, coordinator, {
      iso3: "HTI",
      version: String(record.version),
      signed: "2009-10-28",
      deposited: "2020-01-15",
      instrument: "RATIFICATION",
      source: "Depositary notification",
    });
    expect(deposit).toMatchObject({ ok: true });
    const depositStep = await prisma.domesticStep.findFirstOrThrow({
      where: { stateIso3: "HTI", title: "Instrument deposited with the UN Secretary-General" },
      select: { status: true, dateText: true },
    });
    expect(depositStep).toEqual({ status: "DONE", dateText: "2020-01-15" });
  });

  it("lets a contributor add a note, dated and attributed", async () => {
    const contributor = await createSignedInUser(prisma, "CONTRIBUTOR");
    const result = await executeMutation(prisma, addStateNote, contributor, {
      iso3: "ETH",
      body: "Met the mission; positive.",
      source: "Meeting, Geneva",
      notedOn: "2013-05-02",
    });
    expect(result).toMatchObject({ ok: true });
    const note = await prisma.stateNote.findFirstOrThrow({ where: { authorId: contributor.id }, select: { body: true, notedOn: true } });
    expect(note.body).toBe("Met the mission; positive.");
    expect(note.notedOn.toISOString().slice(0, 10)).toBe("2013-05-02");
  });
});
