import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { type SignedInUser, type Mutation } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { createContact, deleteContact, markContactDone, restoreContact, updateContact } from "@/features/contacts/mutations";
import {
  allContacts,
  contactsCsv,
  contactsForPledge,
  contactsWithState,
  getContact,
  lastContactByState,
  listContacts,
  upcomingWork,
} from "@/features/contacts/queries";
import { getStateDetail } from "@/features/treaty-status/queries/state-detail";
import { listStates } from "@/features/treaty-status/queries/states";
import { stateTimeline } from "@/features/treaty-status/queries/timeline";
import { addDays, CO_COORDINATORS } from "@/lib/domain/contacts";
import { parseCsv, parseCsvRecords } from "@/lib/domain/csv";
import { todayIso } from "@/lib/domain/dates";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { actorOf as actorOfState, logContact as logContactBy } from "../support/records";
import { createSignedInUser, createUserPerRole } from "../support/users";

const prisma = testPrisma();
const today = todayIso();
const users = {} as Record<Role, SignedInUser>;
const run = (mutation: Mutation, user: SignedInUser, input: Record<string, unknown>) => executeMutation(prisma, mutation, user, input);
const actorOf = (iso3: string) => actorOfState(prisma, iso3);
const coCoordinators = async () =>
  (await prisma.actor.findFirstOrThrow({ where: { organisation: { name: CO_COORDINATORS } }, select: { id: true } })).id;
const marker = () => `m${randomUUID().slice(0, 8)}`;
const audits = (entityId: string) => prisma.auditEvent.count({ where: { entity: "Contact", entityId } });
const contactBySummary = (summary: string) =>
  prisma.contact.findFirstOrThrow({ where: { summary }, select: { id: true, version: true, status: true, outcome: true, deletedAt: true } });

const logContact = (user: SignedInUser, fields: Record<string, unknown>) => logContactBy(prisma, user, fields);

describe("outreach contacts", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    Object.assign(users, await createUserPerRole(prisma));
  });
  afterAll(() => prisma.$disconnect());

  it("seeds the contacts of the 2013 session once, with planned follow-ups ahead, and never overwrites them", async () => {
    const georgia = await prisma.contact.findUniqueOrThrow({
      where: { importKey: "2013-bgr-geo" },
      select: { outcome: true, summary: true, actor: { select: { stateIso3: true } }, targets: { select: { stateIso3: true } } },
    });
    expect(georgia).toMatchObject({ outcome: "POSITIVE", actor: { stateIso3: "BGR" }, targets: [{ stateIso3: "GEO" }] });
    expect(georgia.summary).toContain("“in general ... very positive”");
    const southAfrica = await prisma.contact.findUniqueOrThrow({
      where: { importKey: "2013-cocoordinators-zaf-4msp" },
      select: {
        status: true,
        date: true,
        actor: { select: { organisation: { select: { name: true, aliases: true } } } },
        pledges: { select: { link: true, pledge: { select: { text: true } } } },
      },
    });
    expect(southAfrica.status).toBe("PLANNED");
    expect(southAfrica.date.toISOString().slice(0, 10)).toBe("2013-08-27");
    expect(southAfrica.actor.organisation).toMatchObject({
      name: "Universalization co-coordinators",
      aliases: expect.arrayContaining(["co-coordinators"]),
    });
    expect(southAfrica.pledges).toEqual([{ link: "FOLLOWS_UP", pledge: { text: expect.stringContaining("memorandum on ratification") } }]);
    for (const key of [
      "2013-jpn-astop",
      "2012-lao-asem",
      "2012-lao-unga",
      "2013-mex-bilateral",
      "2012-hrv-workshop",
      "2012-accra-conference",
      "2012-plw-uxo-workshop",
    ]) {
      expect(await prisma.contact.count({ where: { importKey: key } }), key).toBe(1);
    }
    expect(await prisma.contact.count({ where: { importKey: { not: null }, status: "PLANNED", date: { gt: new Date() } } })).toBeGreaterThanOrEqual(
      1,
    );
    const croatia = await prisma.auditEvent.findFirstOrThrow({
      where: { entity: "Contact", stateIso3: "SRB" },
      select: { extraIso3: true, at: true },
    });
    expect(croatia.extraIso3).toEqual(expect.arrayContaining(["ROU", "GRC"]));
    expect(croatia.at.toISOString().slice(0, 10)).toBe("2012-05-01");

    await prisma.contact.update({ where: { importKey: "2013-bgr-geo" }, data: { summary: "edited by a coordinator" } });
    const again = await seed(prisma, { demoUsers: false });
    expect(again.contactsCreated).toBe(0);
    expect((await prisma.contact.findUniqueOrThrow({ where: { importKey: "2013-bgr-geo" }, select: { summary: true } })).summary).toBe(
      "edited by a coordinator",
    );
  });

  it("records a new contact in its audit row exactly as the contact then reads back", async () => {
    const summary = `Every field ${marker()}`;
    const actorId = (await prisma.actor.findFirstOrThrow({ where: { stateIso3: "NOR" }, select: { id: true } })).id;
    const pledges = await prisma.pledge.findMany({ orderBy: { id: "desc" }, take: 3, select: { id: true } });
    const fields = {
      date: "2019-06-12",
      status: "DONE",
      actorId,
      targets: "ZMB, AGO, MOZ",
      channel: "BILATERAL_MEETING",
      level: "AMBASSADOR",
      place: "Lusaka",
      summary,
      outcome: "POSITIVE",
      nextStep: "Send the model law",
      nextStepDue: "2019-07-01",
      nextStepOwnerId: users.COORDINATOR.id,
      sensitivity: "RESTRICTED",
      fulfils: [pledges[2].id, pledges[0].id],
      followsUp: [pledges[1].id],
    };
    const created = await logContact(users.COORDINATOR, fields);
    // Saving it unchanged reads it back from the database as the audit row's "before".
    expect(await run(updateContact, users.COORDINATOR, { ...fields, id: created.id, version: String(created.version) })).toMatchObject({ ok: true });
    const [create, update] = await prisma.auditEvent.findMany({
      where: { entity: "Contact", entityId: created.id },
      orderBy: { id: "asc" },
      select: { after: true, before: true },
    });
    expect(create.after).toEqual(update.before);
    expect(create.after).toMatchObject({
      actor: "Norway",
      targets: ["AGO", "MOZ", "ZMB"],
      nextStepOwner: users.COORDINATOR.name,
      level: "AMBASSADOR",
      nextStepDone: "no",
    });
    expect((create.after as { pledges: string[] }).pledges).toHaveLength(3);
  });

  it("logs a contact with several targets: one audit row naming every target, and the contact in each state's timeline", async () => {
    const summary = `Regional workshop ${marker()}`;
    const contact = await logContact(users.CONTRIBUTOR, {
      targets: "NAM, BWA",
      summary,
      channel: "REGIONAL_EVENT",
      outcome: "NEUTRAL",
      place: "Windhoek",
    });
    const rows = await prisma.auditEvent.findMany({
      where: { entity: "Contact", entityId: contact.id },
      select: { action: true, userId: true, stateIso3: true, extraIso3: true, sensitive: true, after: true },
    });
    expect(rows).toEqual([
      {
        action: "contact.create",
        userId: users.CONTRIBUTOR.id,
        stateIso3: "NAM",
        extraIso3: ["BWA"],
        sensitive: false,
        after: expect.objectContaining({ summary, targets: ["BWA", "NAM"], outcome: "NEUTRAL" }),
      },
    ]);
    for (const iso3 of ["NAM", "BWA"]) {
      const state = (await getStateDetail(iso3, today, users.VIEWER))!;
      const timeline = await stateTimeline(state, users.VIEWER, { today, actorId: state.actorId });
      expect(
        timeline.some((i) => i.kind === "contact" && i.contact.summary === summary),
        iso3,
      ).toBe(true);
      expect(
        state.history.some((h) => h.action === "contact.create" && (h.after as { summary?: string }).summary === summary),
        iso3,
      ).toBe(true);
      expect(state.lastActivity?.slice(0, 10)).toBe(today);
    }
    const { rows: states } = await listStates({ viewer: users.VIEWER, asOf: today });
    const botswana = states.find((s) => s.iso3 === "BWA")!;
    expect(botswana.lastActivity?.slice(0, 10)).toBe(today);
    expect(botswana.daysSinceContact).toBe(0);
  });

  it("refuses a done contact in the future, an outcome for a plan, and unknown states, saving nothing", async () => {
    const before = await prisma.auditEvent.count();
    const future = await run(createContact, users.COORDINATOR, {
      date: addDays(today, 3),
      status: "DONE",
      actorId: await coCoordinators(),
      targets: "GEO",
      channel: "CALL",
      summary: "x",
    });
    expect(future).toMatchObject({ ok: false, code: "invalid", fieldErrors: { date: expect.stringContaining("Planned") } });
    const plannedOutcome = await run(createContact, users.COORDINATOR, {
      date: addDays(today, 3),
      status: "PLANNED",
      outcome: "POSITIVE",
      actorId: await coCoordinators(),
      targets: "GEO",
      channel: "CALL",
      summary: "x",
    });
    expect(plannedOutcome).toMatchObject({ ok: false, fieldErrors: { outcome: expect.stringContaining("no outcome yet") } });
    const unknown = await run(createContact, users.COORDINATOR, {
      date: today,
      actorId: await coCoordinators(),
      targets: "GEO, XXZ",
      channel: "CALL",
      summary: "x",
    });
    expect(unknown).toMatchObject({ ok: false, fieldErrors: { targets: expect.any(String) } });
    const none = await run(createContact, users.COORDINATOR, { date: today, actorId: await coCoordinators(), targets: "", channel: "", summary: "" });
    expect(none).toMatchObject({
      ok: false,
      fieldErrors: { targets: expect.any(String), channel: expect.any(String), summary: "Summary is required." },
    });
    expect(await prisma.auditEvent.count()).toBe(before);
  });

  it("warns before a second actor's contact with the same state within 14 days, and saves once the user goes ahead", async () => {
    const day = addDays(today, 30);
    const france = await logContact(users.COORDINATOR, {
      date: day,
      status: "PLANNED",
      actorId: await actorOf("FRA"),
      targets: "ARM",
      summary: `France plans ${marker()}`,
    });
    const summary = `Co-coordinators plan ${marker()}`;
    const input = { date: addDays(day, 10), status: "PLANNED", actorId: await coCoordinators(), targets: "ARM", channel: "CALL", summary };
    const before = await prisma.auditEvent.count();
    const warned = await run(createContact, users.CONTRIBUTOR, input);
    expect(warned).toMatchObject({
      ok: false,
      code: "confirm",
      related: [{ id: france.id, href: `/contacts/${france.id}`, label: expect.stringContaining("France → Armenia") }],
    });
    expect(await prisma.contact.count({ where: { summary } })).toBe(0);
    expect(await prisma.auditEvent.count()).toBe(before);

    const saved = await run(createContact, users.CONTRIBUTOR, { ...input, confirmedOverlaps: france.id });
    expect(saved).toMatchObject({ ok: true });
    expect(await audits((await contactBySummary(summary)).id)).toBe(1);

    // 15 days away, or the same actor again: no warning.
    expect(await run(createContact, users.CONTRIBUTOR, { ...input, date: addDays(day, 15), summary: `${summary} later` })).toMatchObject({
      ok: true,
    });
    expect(
      await run(createContact, users.CONTRIBUTOR, {
        ...input,
        date: addDays(day, -5),
        actorId: await actorOf("FRA"),
        summary: `${summary} France again`,
      }),
    ).toMatchObject({ ok: true });
  });

  it("never tells a contributor about a restricted contact when warning, but tells a coordinator", async () => {
    const day = addDays(today, 40);
    await logContact(users.COORDINATOR, {
      date: day,
      status: "PLANNED",
      actorId: await actorOf("CHE"),
      targets: "AZE",
      summary: `Confidential ${marker()}`,
      sensitivity: "RESTRICTED",
    });
    const input = { date: day, status: "PLANNED", actorId: await coCoordinators(), targets: "AZE", channel: "CALL" };
    expect(await run(createContact, users.CONTRIBUTOR, { ...input, summary: `Contributor ${marker()}` })).toMatchObject({ ok: true });
    expect(await run(createContact, users.COORDINATOR, { ...input, summary: `Coordinator ${marker()}` })).toMatchObject({
      ok: false,
      code: "confirm",
      related: [{ label: expect.stringContaining("Switzerland") }],
    });
  });

  describe("a restricted contact", () => {
    const secret = `Restricted démarche ${marker()}`;
    let id = "";
    let pledgeId = "";

    beforeAll(async () => {
      pledgeId = (await prisma.pledge.findFirstOrThrow({ where: { actor: { stateIso3: "ETH" } }, select: { id: true } })).id;
      const contact = await logContact(users.COORDINATOR, {
        date: addDays(today, -1),
        targets: "TKM",
        summary: secret,
        place: "Ashgabat",
        sensitivity: "RESTRICTED",
        outcome: "NEGATIVE",
        nextStep: "Send the follow-up letter",
        nextStepDue: addDays(today, -1),
        followsUp: pledgeId,
      });
      id = contact.id;
      await logContact(users.COORDINATOR, {
        date: addDays(today, 20),
        status: "PLANNED",
        targets: "TKM",
        summary: `${secret} planned`,
        sensitivity: "RESTRICTED",
      });
      expect(await prisma.auditEvent.findFirstOrThrow({ where: { entity: "Contact", entityId: id }, select: { sensitive: true } })).toEqual({
        sensitive: true,
      });
    });

    for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
      it(`is never returned to a ${role} by any data function`, async () => {
        const viewer = users[role];
        const everything = [
          ...(await listContacts({}, viewer, { today })).contacts,
          ...(await listContacts({ q: secret }, viewer, { today })).contacts,
          ...(await listContacts({ target: "TKM" }, viewer, { today })).contacts,
          ...(await listContacts({ overdue: true }, viewer, { today })).contacts,
          ...(await listContacts({ deleted: true }, viewer, { today })).contacts,
          ...(await allContacts({ region: "Asia" }, viewer, today)),
          ...(await contactsWithState("TKM", viewer, today)),
          ...(await contactsForPledge(pledgeId, viewer, today)),
          ...(await upcomingWork(viewer, today, 100)).planned,
        ];
        expect(everything.filter((c) => c.summary.includes(secret))).toEqual([]);
        expect(await listContacts({ q: secret }, viewer, { today })).toMatchObject({ total: 0 });
        expect(await contactsCsv({}, viewer, today)).not.toContain(secret);
        expect(await getContact(id, viewer, today)).toBeNull();
        expect((await lastContactByState(viewer, today)).has("TKM")).toBe(false);

        const state = (await getStateDetail("TKM", today, viewer))!;
        expect(JSON.stringify(state)).not.toContain(secret);
        expect(state.lastActivity).toBeNull();
        const timeline = await stateTimeline(state, viewer, { today, actorId: state.actorId });
        expect(JSON.stringify(timeline)).not.toContain(secret);
        const row = (await listStates({ viewer, asOf: today })).rows.find((s) => s.iso3 === "TKM")!;
        expect(row).toMatchObject({ lastActivity: null, lastContact: null, daysSinceContact: null });

        // Changing it by id is "not found", exactly as for a contact that does not exist.
        const current = await contactBySummary(secret);
        if (role === "CONTRIBUTOR") {
          expect(await run(deleteContact, viewer, { id, version: String(current.version) })).toMatchObject({ ok: false, code: "not-found" });
          expect(
            await run(markContactDone, viewer, { id, version: String(current.version), date: today, outcome: "POSITIVE", summary: "x" }),
          ).toMatchObject({ ok: false, code: "not-found" });
        }
      });
    }

    for (const role of ["COORDINATOR", "ADMIN"] as const) {
      it(`is shown to a ${role} everywhere`, async () => {
        const viewer = users[role];
        expect((await listContacts({ q: secret }, viewer, { today })).total).toBe(2);
        expect(await contactsCsv({ target: "TKM" }, viewer, today)).toContain(secret);
        expect((await getContact(id, viewer, today))?.contact.summary).toBe(secret);
        expect((await lastContactByState(viewer, today)).get("TKM")).toBe(addDays(today, -1));
        expect((await contactsForPledge(pledgeId, viewer, today)).map((c) => c.id)).toContain(id);
        const state = (await getStateDetail("TKM", today, viewer))!;
        expect(state.lastActivity?.slice(0, 10)).toBe(today);
        const timeline = await stateTimeline(state, viewer, { today, actorId: state.actorId });
        expect(timeline.filter((i) => i.kind === "contact")).toHaveLength(2);
        expect((await listStates({ viewer, asOf: today })).rows.find((s) => s.iso3 === "TKM")).toMatchObject({ daysSinceContact: 1 });
      });
    }

    it("logged by a contributor goes to the coordinators, and the contributor is told it will not appear", async () => {
      const summary = `Contributor's confidential note ${marker()}`;
      const result = await run(createContact, users.CONTRIBUTOR, {
        date: today,
        actorId: await coCoordinators(),
        targets: "TKM",
        channel: "EMAIL",
        summary,
        sensitivity: "RESTRICTED",
      });
      expect(result).toMatchObject({ ok: true, message: expect.stringContaining("will not appear in your lists") });
      expect((await listContacts({ q: summary }, users.CONTRIBUTOR, { today })).total).toBe(0);
      expect((await listContacts({ q: summary }, users.COORDINATOR, { today })).total).toBe(1);
    });
  });

  it("exports exactly the filtered rows as CSV, with quotes, commas, line breaks and Côte d'Ivoire intact", async () => {
    const tag = marker();
    const tricky = `${tag}: Côte d'Ivoire said "soon, very soon", then\nasked for a workshop`;
    await logContact(users.COORDINATOR, {
      date: "2013-04-16",
      targets: "CIV",
      summary: tricky,
      place: "Geneva, Palais des Nations",
      outcome: "POSITIVE",
      channel: "MEETING_MARGINS",
    });
    await logContact(users.COORDINATOR, { date: "2013-04-17", targets: "CIV, SEN", summary: `${tag} second, with a comma`, outcome: "NEUTRAL" });
    await logContact(users.COORDINATOR, { date: "2013-04-18", targets: "SEN", summary: `${tag} Senegal only` });
    await logContact(users.COORDINATOR, { date: "2013-04-18", targets: "CIV", summary: `${tag} restricted`, sensitivity: "RESTRICTED" });

    const cases = [
      { q: tag, target: "CIV" },
      { q: tag, outcome: "POSITIVE" as const },
      { q: tag, from: "2013-04-17", to: "2013-04-18" },
      { q: tag, region: "Africa" as const, channel: "BILATERAL_MEETING" as const },
    ];
    for (const viewer of [users.VIEWER, users.COORDINATOR]) {
      for (const filter of cases) {
        const list = await listContacts(filter, viewer, { today });
        const csv = await contactsCsv(filter, viewer, today);
        expect(csv.startsWith("\uFEFF")).toBe(true);
        const records = parseCsvRecords(csv.slice(1));
        const label = `${viewer.role} ${JSON.stringify(filter)}`;
        expect(
          records.map((r) => r.Link),
          label,
        ).toEqual(list.contacts.map((c) => `/contacts/${c.id}`));
        expect(
          records.map((r) => r.Summary),
          label,
        ).toEqual(list.contacts.map((c) => c.summary.trim()));
        expect(
          records.map((r) => r.Date),
          label,
        ).toEqual(list.contacts.map((c) => c.date));
        expect(
          records.map((r) => r["Target states"]),
          label,
        ).toEqual(list.contacts.map((c) => c.targets.map((t) => t.name).join("; ")));
      }
    }
    const ivorian = parseCsv((await contactsCsv({ q: tag, target: "CIV", outcome: "POSITIVE" }, users.VIEWER, today)).slice(1));
    expect(ivorian).toHaveLength(2);
    const [header, row] = ivorian;
    expect(row[header.indexOf("Summary")]).toBe(tricky);
    expect(row[header.indexOf("Target states")]).toBe("Côte d'Ivoire");
    expect(row[header.indexOf("Place")]).toBe("Geneva, Palais des Nations");
    expect(row[header.indexOf("Outcome")]).toBe("Positive");
    expect((await listContacts({ q: tag, target: "CIV" }, users.VIEWER, { today })).total).toBe(2);
    expect((await listContacts({ q: tag, target: "CIV" }, users.COORDINATOR, { today })).total).toBe(3);
  });

  it("exports the CSV in the reader's language: French headers, labels and state names, the user's text as written", async () => {
    const tag = marker();
    const summary = `${tag} Le Sénégal a dit "bientôt", puis a demandé un atelier`;
    await logContact(users.COORDINATOR, {
      date: "2011-03-09",
      targets: "SEN",
      actorId: await actorOf("JPN"),
      summary,
      place: "Genève",
      outcome: "POSITIVE",
      channel: "MEETING_MARGINS",
      nextStep: "Send the text",
      nextStepDue: "2011-04-01",
    });
    const english = parseCsv((await contactsCsv({ q: tag }, users.VIEWER, today)).slice(1));
    expect(english[0]).toEqual([
      "Date",
      "Status",
      "Who reached out",
      "Target states",
      "Target codes",
      "Channel",
      "Level",
      "Place",
      "Summary",
      "Outcome",
      "Next step",
      "Next step due",
      "Next step owner",
      "Next step done",
      "Visible to",
      "Logged by",
      "Linked pledges",
      "Link",
    ]);
    const [header, row] = parseCsv((await contactsCsv({ q: tag }, users.VIEWER, today, "fr")).slice(1));
    expect(header).toEqual([
      "Date",
      "Statut",
      "Qui a pris contact",
      "États visés",
      "Codes des États visés",
      "Canal",
      "Niveau",
      "Lieu",
      "Résumé",
      "Résultat",
      "Prochaine étape",
      "Échéance de la prochaine étape",
      "Responsable de la prochaine étape",
      "Prochaine étape faite",
      "Visible par",
      "Noté par",
      "Engagements liés",
      "Lien",
    ]);
    const field = (name: string) => row[header.indexOf(name)];
    expect(field("Statut")).toBe("Effectué");
    expect(field("Qui a pris contact")).toBe("Japon");
    expect(field("États visés")).toBe("Sénégal");
    expect(field("Canal")).toBe("En marge d’une réunion");
    expect(field("Résultat")).toBe("Positif");
    expect(field("Prochaine étape faite")).toBe("non");
    expect(field("Visible par")).toBe("Partagé avec tous les partenaires");
    expect(field("Résumé")).toBe(summary);
    expect(field("Prochaine étape")).toBe("Send the text");
    expect(field("Date")).toBe("2011-03-09");
  });

  it("filters overdue next steps and by who reached out", async () => {
    const tag = marker();
    await logContact(users.COORDINATOR, {
      targets: "MNG",
      summary: `${tag} overdue`,
      nextStep: "Send the text of the Convention",
      nextStepDue: addDays(today, -2),
    });
    await logContact(users.COORDINATOR, { targets: "MNG", summary: `${tag} due later`, nextStep: "Call back", nextStepDue: addDays(today, 5) });
    await logContact(users.COORDINATOR, { targets: "MNG", date: addDays(today, -20), actorId: await actorOf("JPN"), summary: `${tag} by Japan` });
    const overdue = await listContacts({ q: tag, overdue: true }, users.VIEWER, { today });
    expect(overdue.contacts.map((c) => c.summary)).toEqual([`${tag} overdue`]);
    expect(overdue.contacts[0].nextStepOverdue).toBe(true);
    const japan = await listContacts({ q: tag, actorId: await actorOf("JPN") }, users.VIEWER, { today });
    expect(japan.contacts.map((c) => c.summary)).toEqual([`${tag} by Japan`]);
  });

  it("marks a planned contact done with its outcome, refuses a stale version, one audit row per change", async () => {
    const summary = `Planned call ${marker()}`;
    const planned = await logContact(users.CONTRIBUTOR, { date: addDays(today, 60), status: "PLANNED", targets: "KAZ", summary, channel: "CALL" });
    const noOutcome = await run(markContactDone, users.CONTRIBUTOR, { id: planned.id, version: "1", date: today, summary });
    expect(noOutcome).toMatchObject({ ok: false, fieldErrors: { outcome: expect.stringContaining("how it went") } });
    const done = await run(markContactDone, users.CONTRIBUTOR, {
      id: planned.id,
      version: "1",
      date: today,
      outcome: "POSITIVE",
      summary: `${summary}: they will consult the ministry`,
    });
    expect(done).toMatchObject({ ok: true });
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: planned.id }, select: { status: true, outcome: true, version: true } })).toEqual({
      status: "DONE",
      outcome: "POSITIVE",
      version: 2,
    });
    expect(await audits(planned.id)).toBe(2);
    const stale = await run(updateContact, users.COORDINATOR, {
      id: planned.id,
      version: "1",
      date: today,
      status: "DONE",
      actorId: await coCoordinators(),
      targets: "KAZ",
      channel: "CALL",
      summary: "stale edit",
    });
    expect(stale).toMatchObject({ ok: false, code: "conflict", currentVersion: 2 });
    expect(await audits(planned.id)).toBe(2);
  });

  it("lets the author or a coordinator edit, deletes softly, and only an administrator restores", async () => {
    const summary = `Own contact ${marker()}`;
    const contact = await logContact(users.CONTRIBUTOR, { targets: "UZB", summary });
    const otherContributor = await createSignedInUser(prisma, "CONTRIBUTOR");
    const edit = {
      id: contact.id,
      date: today,
      status: "DONE",
      actorId: await coCoordinators(),
      targets: "UZB",
      channel: "LETTER",
      summary: `${summary} (edited)`,
    };
    expect(await run(updateContact, otherContributor, { ...edit, version: "1" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await run(updateContact, users.CONTRIBUTOR, { ...edit, version: "1" })).toMatchObject({ ok: true });
    expect(await run(updateContact, users.COORDINATOR, { ...edit, version: "2", summary: `${summary} (by the coordinator)` })).toMatchObject({
      ok: true,
    });
    expect(await audits(contact.id)).toBe(3);

    expect(await run(deleteContact, otherContributor, { id: contact.id, version: "3" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await run(deleteContact, users.CONTRIBUTOR, { id: contact.id, version: "3" })).toMatchObject({ ok: true });
    const deleted = await prisma.contact.findUniqueOrThrow({ where: { id: contact.id }, select: { deletedAt: true, deletedById: true } });
    expect(deleted.deletedById).toBe(users.CONTRIBUTOR.id);
    expect(deleted.deletedAt).not.toBeNull();
    expect(await audits(contact.id)).toBe(4);
    for (const viewer of [users.CONTRIBUTOR, users.COORDINATOR]) {
      expect(await getContact(contact.id, viewer, today)).toBeNull();
      expect((await listContacts({ target: "UZB" }, viewer, { today })).contacts.map((c) => c.id)).not.toContain(contact.id);
      expect((await listContacts({ target: "UZB", deleted: true }, viewer, { today })).total).toBe(0);
    }
    expect((await listContacts({ target: "UZB", deleted: true }, users.ADMIN, { today })).contacts.map((c) => c.id)).toEqual([contact.id]);
    expect((await getContact(contact.id, users.ADMIN, today))?.contact.deletedAt).not.toBeNull();
    expect(await run(updateContact, users.COORDINATOR, { ...edit, version: "4" })).toMatchObject({ ok: false, code: "not-found" });

    expect(await run(restoreContact, users.COORDINATOR, { id: contact.id, version: "4" })).toMatchObject({ ok: false, code: "forbidden" });
    expect(await run(restoreContact, users.ADMIN, { id: contact.id, version: "4" })).toMatchObject({ ok: true, message: "Contact restored." });
    expect(await audits(contact.id)).toBe(5);
    expect((await getContact(contact.id, users.VIEWER, today))?.contact.summary).toBe(`${summary} (by the coordinator)`);
    const actions = await prisma.auditEvent.findMany({
      where: { entity: "Contact", entityId: contact.id },
      orderBy: { id: "asc" },
      select: { action: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["contact.create", "contact.update", "contact.update", "contact.delete", "contact.restore"]);
  });
});
