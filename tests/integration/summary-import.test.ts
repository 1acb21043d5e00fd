import { readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getImportTarget, reviewSummary, type ImportTarget } from "@/features/summary-import/queries";
import { editableReview, importPayload, type EditableStatement } from "@/lib/domain/summary-import";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { importSummary } from "@/features/summary-import/mutations";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const summary2013 = readFileSync(new URL("../fixtures/2013-summary.md", import.meta.url), "utf8");
let coordinator: SignedInUser;
let treatyId: number;

async function newMeeting(name: string, startDate = "2013-04-15"): Promise<ImportTarget> {
  const meeting = await prisma.meeting.create({
    data: {
      name: `${name} ${Math.random().toString(36).slice(2, 8)}`,
      kind: "INTERSESSIONAL",
      startDate: new Date(`${startDate}T00:00:00Z`),
      endDate: new Date(`${startDate}T00:00:00Z`),
      treatyId,
    },
    select: { id: true },
  });
  return (await getImportTarget(meeting.id))!;
}

const save = (meeting: ImportTarget, statements: EditableStatement[], chairIds: string[] = [], user: SignedInUser = coordinator) =>
  executeMutation(prisma, importSummary, user, {
    meetingId: meeting.id,
    payload: JSON.stringify(
      importPayload(statements, {
        sessionId: meeting.sessions[0]?.id ?? null,
        sessionTitle: "Universalization",
        language: "en",
        chairIds,
        meetingName: meeting.name,
      }),
    ),
  });

const tableCounts = async () => ({
  statements: await prisma.statement.count(),
  pledges: await prisma.pledge.count(),
  steps: await prisma.domesticStep.count(),
  contacts: await prisma.contact.count(),
  meetingSessions: await prisma.meetingSession.count(),
  audit: await prisma.auditEvent.count(),
  imported: await prisma.importedProposal.count(),
});

describe("importing a session summary", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    coordinator = await createSignedInUser(prisma, "COORDINATOR");
    treatyId = (await prisma.treaty.findUniqueOrThrow({ where: { code: "CCM" }, select: { id: true } })).id;
  });
  afterAll(() => prisma.$disconnect());

  it("proposes the 2013 session for review: 28 speakers in 27 statements, all matched, with the status disagreements flagged", async () => {
    const meeting = await newMeeting("Review 2013");
    const review = await reviewSummary(meeting, summary2013);
    expect(review.unmatched).toEqual([]);
    expect(review.statements).toHaveLength(27);
    expect(review.statements.flatMap((s) => s.speakers).every((s) => s.actorId)).toBe(true);
    expect(review.chairs.map((c) => c.name)).toEqual(["Ghana", "Portugal"]);
    const chad = review.statements.find((s) => s.speakers[0].name === "Chad")!;
    expect(chad.hintConflictFacts).toEqual([{ name: "Chad", hint: "STATE_PARTY", status: "PENDING", on: "2013-04-15" }]);
    const togo = review.statements.find((s) => s.speakers[0].name === "Togo")!;
    expect(togo.pledges.map((p) => [p.kind, p.due])).toEqual([["HOST_EVENT", "22-23 May"]]);
    const bulgaria = review.statements.find((s) => s.speakers[0].name === "Bulgaria")!;
    expect(bulgaria.contacts).toEqual([expect.objectContaining({ targetIso3: "GEO", outcome: "POSITIVE" })]);
    const southAfrica = review.statements.find((s) => s.speakers[0].name === "South Africa")!;
    expect(southAfrica.steps).toEqual([
      expect.objectContaining({ path: "RATIFICATION", title: "Cabinet / Council of Ministers approval", status: "IN_PROGRESS" }),
    ]);
  });

  it("saves the accepted proposals at once, with an audit row each, and proposes nothing saved when the same text is imported again", async () => {
    const meeting = await newMeeting("Save 2013");
    const review = await reviewSummary(meeting, summary2013);
    const statements = editableReview(review, meeting.startDate);
    // The seed logged Bulgaria's approach to Georgia already: proposed, flagged, unticked; the coordinator ticks it.
    const bulgaria = statements.find((s) => s.speakers[0].name === "Bulgaria")!;
    expect(bulgaria.contacts[0]).toMatchObject({ accept: false, existing: { facts: { kind: "contact" } } });
    bulgaria.contacts[0].accept = true;
    const before = await tableCounts();
    const result = await save(
      meeting,
      statements,
      review.chairs.map((c) => c.actorId!),
    );
    expect(result).toMatchObject({ ok: true });
    const after = await tableCounts();
    const proposed = {
      pledges: statements.reduce((n, s) => n + s.pledges.filter((p) => p.accept).length, 0),
      steps: statements.reduce((n, s) => n + s.steps.filter((p) => p.accept).length, 0),
      contacts: statements.reduce((n, s) => n + s.contacts.filter((p) => p.accept).length, 0),
    };
    expect(after.statements - before.statements).toBe(27);
    expect(after.pledges - before.pledges).toBe(proposed.pledges);
    expect(after.contacts - before.contacts).toBe(proposed.contacts);
    expect(after.meetingSessions - before.meetingSessions).toBe(1);
    expect(after.imported - before.imported).toBe(27 + proposed.pledges + proposed.steps + proposed.contacts);
    expect(proposed.pledges).toBeGreaterThanOrEqual(12);

    const saved = await prisma.statement.findMany({
      where: { session: { meetingId: meeting.id } },
      orderBy: { position: "asc" },
      select: {
        speaker: { select: { stateIso3: true } },
        coSpeakers: { select: { actor: { select: { stateIso3: true } } } },
        quotes: { select: { text: true } },
      },
    });
    expect(saved.filter((s) => s.coSpeakers.length > 0).map((s) => [s.speaker.stateIso3, ...s.coSpeakers.map((c) => c.actor.stateIso3)])).toEqual([
      ["GHA", "PRT"],
      ["CRI", "GRD"],
    ]);
    const meetingSession = await prisma.meetingSession.findFirstOrThrow({
      where: { meetingId: meeting.id },
      select: { title: true, chairs: { select: { actor: { select: { stateIso3: true } } } } },
    });
    expect(meetingSession.title).toBe("Universalization");
    expect(meetingSession.chairs.map((c) => c.actor.stateIso3).sort()).toEqual(["GHA", "PRT"]);
    const togo = await prisma.pledge.findFirstOrThrow({
      where: { meetingId: meeting.id, actor: { stateIso3: "TGO" } },
      select: { dueEarliest: true, dueLatest: true, kind: true },
    });
    expect([togo.kind, togo.dueEarliest?.toISOString().slice(0, 10), togo.dueLatest?.toISOString().slice(0, 10)]).toEqual([
      "HOST_EVENT",
      "2013-05-22",
      "2013-05-23",
    ]);
    const contact = await prisma.contact.findFirstOrThrow({
      where: { importKey: { startsWith: `import:${meeting.id}:` } },
      select: { outcome: true, actor: { select: { stateIso3: true } }, targets: { select: { stateIso3: true } } },
    });
    expect(contact).toMatchObject({ outcome: "POSITIVE", actor: { stateIso3: "BGR" }, targets: [{ stateIso3: "GEO" }] });
    const audits = await prisma.auditEvent.findMany({
      where: { at: { gte: new Date(Date.now() - 60_000) }, userId: coordinator.id },
      select: { action: true },
    });
    expect(audits.filter((a) => a.action === "statement.add")).toHaveLength(27);
    expect(audits.filter((a) => a.action === "pledge.create")).toHaveLength(proposed.pledges);

    // Only what was left unticked (recorded already by other means) is proposed again.
    const unticked = statements.flatMap((s) => [...s.pledges, ...s.steps, ...s.contacts].filter((p) => !p.accept).map((p) => p.key));
    const again = await reviewSummary((await getImportTarget(meeting.id))!, summary2013);
    expect(again.statements.flatMap((s) => [...s.pledges, ...s.steps, ...s.contacts].map((p) => p.key)).sort()).toEqual(unticked.sort());
    expect(again.statements.every((s) => s.savedId !== null)).toBe(true);
    expect(again.alreadySaved).toBe(27 + proposed.pledges + proposed.steps + proposed.contacts);
  });

  it("leaves nothing behind when a save fails halfway", async () => {
    const meeting = await newMeeting("Half-way");
    const statements = editableReview(await reviewSummary(meeting, summary2013), meeting.startDate);
    const last = statements.findLast((s) => s.pledges.length > 0)!;
    last.pledges[0].due = "when pigs fly";
    const before = await tableCounts();
    const result = await save(meeting, statements);
    expect(result).toMatchObject({ ok: false, code: "invalid", message: expect.stringContaining("“when pigs fly” is not understood") });
    expect(await tableCounts()).toEqual(before);
  });

  it("asks who an unknown speaker is before saving their statement", async () => {
    const meeting = await newMeeting("Unknown speaker");
    const review = await reviewSummary(meeting, "*States Parties*\n\n**Atlantis** said it will host a workshop in June.");
    expect(review.unmatched).toEqual(["Atlantis"]);
    const statements = editableReview(review, meeting.startDate);
    expect(statements[0].accept).toBe(false);
    statements[0].accept = true;
    const before = await tableCounts();
    expect(await save(meeting, statements)).toMatchObject({ ok: false, code: "invalid", message: "Say who “Atlantis” is, or reject the statement." });
    expect(await tableCounts()).toEqual(before);
    statements[0].speakers[0].actorId = (await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "NZL" }, select: { id: true } })).id;
    expect(await save(meeting, statements)).toMatchObject({ ok: true, message: "Saved 1 statement and 1 pledge from the summary." });
  });

  it("marks the statements already recorded for the seeded 2013 session instead of proposing them as new", async () => {
    const seeded = await prisma.meeting.findFirstOrThrow({ where: { name: "CCM Intersessional Meeting 2013" }, select: { id: true } });
    const review = await reviewSummary((await getImportTarget(seeded.id))!, summary2013);
    expect(review.statements.every((s) => s.existing !== null)).toBe(true);
    expect(editableReview(review, "2013-04-15").filter((s) => s.accept)).toEqual([]);
    const togo = review.statements.find((s) => s.speakers[0].name === "Togo")!;
    expect(togo.pledges[0].existing).toMatchObject({ href: expect.stringMatching(/^\/pledges\//), facts: { kind: "pledge" } });
  });

  it("saves a review submitted twice at once only once", async () => {
    const meeting = await newMeeting("Twice");
    const statements = editableReview(await reviewSummary(meeting, summary2013), meeting.startDate);
    const results = await Promise.all([save(meeting, statements), save(meeting, statements)]);
    expect(results.map((r) => r.ok).sort()).toEqual([false, true]);
    expect(results.find((r) => !r.ok)).toMatchObject({ code: "conflict" });
    expect(await prisma.statement.count({ where: { session: { meetingId: meeting.id } } })).toBe(27);
  });

  it("refuses forged input with a message and changes nothing", async () => {
    const meeting = await newMeeting("Forged");
    const before = await tableCounts();
    for (const payload of [
      "not json",
      JSON.stringify({ statements: "x" }),
      JSON.stringify({ sessionId: null, sessionTitle: "S", language: "en", chairIds: [], statements: [] }),
    ]) {
      const result = await executeMutation(prisma, importSummary, coordinator, { meetingId: meeting.id, payload });
      expect(result.ok).toBe(false);
    }
    const contributor = await createSignedInUser(prisma, "CONTRIBUTOR");
    expect(await save(meeting, editableReview(await reviewSummary(meeting, summary2013), meeting.startDate), [], contributor)).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await tableCounts()).toEqual(before);
  });
});

describe("reading an uploaded summary", () => {
  it("reads a Word document with its bold speakers and italic headings, and refuses other files", async () => {
    const { Document, Packer, Paragraph, TextRun } = await import("docx");
    const { readSummaryFile } = await import("@/features/summary-import/read-summary");
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph({ children: [new TextRun({ text: "States Parties", italics: true })] }),
            new Paragraph({ children: [new TextRun({ text: "Côte d’Ivoire", bold: true }), new TextRun(" said it will host a workshop in June.")] }),
          ],
        },
      ],
    });
    const docx = new File([new Uint8Array(await Packer.toBuffer(doc))], "Summary.DOCX");
    expect(await readSummaryFile(docx)).toEqual({ ok: true, text: "*States Parties*\n\n**Côte d’Ivoire** said it will host a workshop in June." });
    expect(await readSummaryFile(new File([new Uint8Array([1, 2, 3])], "broken.docx"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("could not be read"),
    });
    expect(await readSummaryFile(new File(["%PDF-1.4"], "summary.pdf"))).toMatchObject({
      ok: false,
      message: expect.stringContaining("Choose a .txt, .md or .docx file"),
    });
    expect(await readSummaryFile(new File(["**Chad** said it will.\r\n"], "summary.md"))).toEqual({ ok: true, text: "**Chad** said it will.\n" });
  });
});
