import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/platform/seed/seed";
import { getState, listStates } from "@/features/treaty-status/queries/states";
import { testPrisma } from "../support/db";

const prisma = testPrisma();
const viewer = { id: "states-data-test", role: "VIEWER" as const };

describe("state status queries", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
  });
  afterAll(() => prisma.$disconnect());

  it("counts 77 in force, 4 pending, 31 signatories and 81 by deposit on 18 April 2013", async () => {
    const { rows, counts } = await listStates({ viewer, asOf: "2013-04-18" });
    expect(rows).toHaveLength(197);
    expect(counts).toMatchObject({ STATE_PARTY: 77, PENDING: 4, SIGNATORY: 31, WITHDRAWN: 0, byDeposit: 81 });
    const pending = rows
      .filter((r) => r.status === "PENDING")
      .map((r) => r.iso3)
      .sort();
    expect(pending).toEqual(["AND", "LIE", "NRU", "TCD"]);
  });

  it("shows Lithuania as a State Party before its withdrawal and withdrawn from 6 March 2025", async () => {
    expect((await getState("LTU", "2024-12-31"))?.status).toBe("STATE_PARTY");
    expect((await getState("LTU", "2025-03-06"))?.status).toBe("WITHDRAWN");
  });

  it("filters by region, status and name or alias", async () => {
    const africa = await listStates({ viewer, asOf: "2013-04-18", region: "Africa" });
    expect(africa.rows.length).toBeGreaterThan(50);
    expect(africa.rows.every((r) => r.region === "Africa")).toBe(true);
    const signatories = await listStates({ viewer, asOf: "2013-04-18", status: "SIGNATORY" });
    expect(signatories.rows).toHaveLength(31);
    expect(signatories.counts.STATE_PARTY).toBe(77);
    const lao = await listStates({ viewer, asOf: "2013-04-18", q: "Lao PDR" });
    expect(lao.rows.map((r) => r.iso3)).toEqual(["LAO"]);
    const ivory = await listStates({ viewer, asOf: "2013-04-18", q: "ivory coast" });
    expect(ivory.rows.map((r) => r.iso3)).toEqual(["CIV"]);
    const southAfrica = await listStates({ viewer, asOf: "2013-04-18", q: "afrique du sud" });
    expect(southAfrica.rows.map((r) => r.iso3)).toEqual(["ZAF"]);
    const chad = await listStates({ viewer, asOf: "2013-04-18", q: "Tchad" });
    expect(chad.rows.map((r) => r.iso3)).toEqual(["TCD"]);
  });

  it("derives Chad's entry into force and finds it by a lower-case code", async () => {
    const chad = await getState("tcd", "2013-04-18");
    expect(chad?.status).toBe("PENDING");
    expect(chad?.entryIntoForce).toMatchObject({ date: "2013-09-01" });
  });

  it("returns nothing for unknown or malformed codes", async () => {
    expect(await getState("XXX", "2013-04-18")).toBeNull();
    expect(await getState('\'; drop table "State"; --', "2013-04-18")).toBeNull();
    expect(await prisma.state.count()).toBe(197);
  });
});
