import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed, DEMO_USERS } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";

const prisma = testPrisma();

describe("seed", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
  });
  afterAll(() => prisma.$disconnect());

  it("loads all 197 states with a region and one CCM status each", async () => {
    expect(await prisma.state.count()).toBe(197);
    expect(await prisma.treaty.count()).toBe(1);
    expect(await prisma.treatyStatus.count()).toBe(197);
    const chad = await prisma.treatyStatus.findFirstOrThrow({ where: { stateIso3: "TCD" }, select: { deposited: true, instrument: true } });
    expect(chad.deposited?.toISOString().slice(0, 10)).toBe("2013-03-26");
    expect(chad.instrument).toBe("RATIFICATION");
    const cod = await prisma.state.findUniqueOrThrow({ where: { iso3: "COD" }, select: { aliases: true, region: true } });
    expect(cod.aliases).toContain("DR Congo");
    expect(cod.region).toBe("Africa");
  });

  it("is idempotent: a second run leaves 197 states and creates nothing", async () => {
    const second = await seed(prisma, { demoUsers: false });
    expect(second.statesCreated).toBe(0);
    expect(await prisma.state.count()).toBe(197);
    expect(await prisma.treatyStatus.count()).toBe(197);
  });

  it("never overwrites what coordinators have edited since", async () => {
    await prisma.treatyStatus.updateMany({ where: { stateIso3: "DZA" }, data: { sourceNote: "edited by a coordinator" } });
    await seed(prisma, { demoUsers: false });
    const algeria = await prisma.treatyStatus.findFirstOrThrow({ where: { stateIso3: "DZA" }, select: { sourceNote: true } });
    expect(algeria.sourceNote).toBe("edited by a coordinator");
  });

  it("creates demo users only when asked, once", async () => {
    const emails = DEMO_USERS.map((u) => u.email);
    await prisma.user.deleteMany({ where: { email: { in: emails } } });
    await seed(prisma, { demoUsers: false });
    expect(await prisma.user.count({ where: { email: { in: emails } } })).toBe(0);
    const first = await seed(prisma, { demoUsers: true });
    const again = await seed(prisma, { demoUsers: true });
    expect(first.demoUsersCreated).toBe(DEMO_USERS.length);
    expect(again.demoUsersCreated).toBe(0);
    expect(await prisma.user.count({ where: { email: { in: emails } } })).toBe(DEMO_USERS.length);
  });
});
