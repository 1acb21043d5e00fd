import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPledgeChoices } from "@/features/pledges/queries";
import { PLEDGE_SEARCH_MAX, PLEDGE_SUGGESTIONS } from "@/lib/domain/pledge-options";
import { isOpenStatus } from "@/lib/domain/pledges";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";

const prisma = testPrisma();
const tag = randomUUID().slice(0, 8);
const EXTRA = 1_100;
let organisationId = "";
let actorId = "";
let lastId = "";
let tuvaluId = "";
let byTuvaluId = "";

const search = (q: string) => findPledgeChoices({ q, targets: [], actorId: null });

// The contact form used to offer the first 1 000 pledges only: a pledge after them could not be linked, and editing a
// contact linked to one dropped the link. The picker's read must reach every pledge.
describe("the pledges the contact form's picker offers", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    const organisation = await prisma.organisation.create({
      data: { name: `Picker test coalition ${tag}`, shortName: `PTC${tag}`, actor: { create: { kind: "ORGANISATION" } } },
      select: { id: true, actor: { select: { id: true } } },
    });
    organisationId = organisation.id;
    actorId = organisation.actor!.id;
    await prisma.pledge.createMany({
      data: Array.from({ length: EXTRA }, (_, i) => ({
        actorId,
        kind: "OUTREACH" as const,
        status: "OPEN" as const,
        text: `Picker filler ${tag} number ${i}`,
      })),
    });
    // Closed and made last: after every open pledge in the old list's order (status, then creation).
    const last = await prisma.pledge.create({
      data: { actorId, kind: "OTHER", status: "KEPT", text: `Hold the zebra workshop ${tag}` },
      select: { id: true },
    });
    lastId = last.id;
    const tuvalu = await prisma.pledge.create({
      data: { actorId, kind: "OUTREACH", status: "OPEN", text: `Write to Tuvalu ${tag}`, targets: { create: [{ stateIso3: "TUV" }] } },
      select: { id: true },
    });
    tuvaluId = tuvalu.id;
    const tuvaluActor = await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "TUV" }, select: { id: true } });
    byTuvaluId = (
      await prisma.pledge.create({
        data: { actorId: tuvaluActor.id, kind: "TREATY_ACTION", status: "SLIPPED", text: `Tuvalu will accede ${tag}` },
        select: { id: true },
      })
    ).id;
  });
  afterAll(async () => {
    await prisma.pledge.deleteMany({ where: { actorId: { in: [actorId] } } });
    await prisma.pledge.deleteMany({ where: { id: byTuvaluId } });
    await prisma.actor.deleteMany({ where: { id: actorId } });
    await prisma.organisation.deleteMany({ where: { id: organisationId } });
    await prisma.$disconnect();
  });

  it("finds by its text a pledge the old list of the first 1 000 did not hold", async () => {
    const firstThousand = await prisma.pledge.findMany({
      orderBy: [{ status: "asc" }, { createdAt: "asc" }, { id: "asc" }],
      take: 1000,
      select: { id: true },
    });
    expect(firstThousand.map((p) => p.id)).not.toContain(lastId);
    const found = await search("ZEBRA workshop");
    expect(found.map((p) => p.id)).toContain(lastId);
    expect(found.find((p) => p.id === lastId)).toMatchObject({
      text: `Hold the zebra workshop ${tag}`,
      status: "KEPT",
      actor: { name: `Picker test coalition ${tag}`, stateIso3: null },
    });
  });

  it("finds pledges by who made them: a name in English or Spanish, a short name", async () => {
    expect((await search("Tuvalu")).map((p) => p.id)).toEqual(expect.arrayContaining([tuvaluId, byTuvaluId]));
    expect((await search(`PTC${tag}`)).map((p) => p.id)).toHaveLength(PLEDGE_SEARCH_MAX);
    const france = await prisma.pledge.findFirstOrThrow({ where: { actor: { stateIso3: "FRA" } }, select: { id: true } });
    expect((await search("Francia")).map((p) => p.id)).toContain(france.id);
  });

  it("takes % and _ in the search as themselves", async () => {
    expect(await search("%%%")).toEqual([]);
    expect(await search("___")).toEqual([]);
  });

  it("suggests the pledges concerning the target states, aimed at them or made by them, open ones first", async () => {
    const suggested = await findPledgeChoices({ q: "", targets: ["TUV"], actorId: null });
    const ids = suggested.map((p) => p.id);
    expect(ids).toEqual(expect.arrayContaining([tuvaluId, byTuvaluId]));
    expect(ids.indexOf(tuvaluId)).toBeLessThan(ids.indexOf(byTuvaluId));
    const statuses = suggested.map((p) => (p.status === "OPEN" || p.status === "IN_PROGRESS" ? 0 : 1));
    expect(statuses).toEqual([...statuses].sort());
  });

  it("respects the limits: 20 found, 10 suggested, the states' before the actor's", async () => {
    expect(await search(`Picker filler ${tag}`)).toHaveLength(PLEDGE_SEARCH_MAX);
    // Other test files may add pledges concerning Tuvalu meanwhile: compare with what the database holds then.
    const both = await findPledgeChoices({ q: "", targets: ["TUV"], actorId });
    const openConcerning = await prisma.pledge.count({
      where: { status: { in: ["OPEN", "IN_PROGRESS"] }, OR: [{ targets: { some: { stateIso3: "TUV" } } }, { actor: { stateIso3: "TUV" } }] },
    });
    expect(both).toHaveLength(PLEDGE_SUGGESTIONS);
    // Open ones first; among them, every open pledge concerning Tuvalu (as many as fit) before the actor's fillers.
    const shown = Math.min(openConcerning, PLEDGE_SUGGESTIONS);
    expect(both.slice(0, shown).every((p) => !p.text.startsWith(`Picker filler ${tag}`) && isOpenStatus(p.status))).toBe(true);
    expect(both.slice(shown).every((p) => p.text.startsWith(`Picker filler ${tag}`) || !isOpenStatus(p.status))).toBe(true);
    if (openConcerning < PLEDGE_SUGGESTIONS) expect(both.map((p) => p.id)).toContain(tuvaluId);
    expect(await findPledgeChoices({ q: "ab", targets: [], actorId: null })).toEqual([]);
  });
});
