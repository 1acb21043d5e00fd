import { randomUUID } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import type { SignedInUser } from "@/platform/mutations/core";
import { markContactDone } from "@/features/contacts/mutations";
import { getContact } from "@/features/contacts/queries";
import { targetList } from "@/features/reports/targets";
import { getStateDetail } from "@/features/treaty-status/queries/state-detail";
import { listStates } from "@/features/treaty-status/queries/states";
import { addDays } from "@/lib/domain/contacts";
import { fromIsoDate, todayIso } from "@/lib/domain/dates";
import { renderMessage } from "@/platform/i18n/render-message";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { executeMutation } from "../support/mutations";
import { logContact } from "../support/records";
import { createSignedInUser } from "../support/users";

// Djibouti: no other test file touches it, so its last activity is this file's to change.
const STATE = "DJI";
const prisma = testPrisma();
const today = todayIso();
let coordinator: SignedInUser;

const lastActivity = async () => (await getStateDetail(STATE, today, coordinator))!.lastActivity;
const listedActivity = async () => (await listStates({ viewer: coordinator, asOf: today })).rows.find((s) => s.iso3 === STATE)!.lastActivity;
const targetReasons = async () => (await targetList(today, coordinator)).find((t) => t.iso3 === STATE)!.reasons.map((r) => renderMessage(r, "en"));

describe("what counts as a state's activity", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    coordinator = await createSignedInUser(prisma, "COORDINATOR");
  });

  it("is what happened: a planned contact is not activity until it is marked done, and the target list never counts negative days", async () => {
    const before = { detail: await lastActivity(), listed: await listedActivity(), reasons: await targetReasons() };
    const summary = `Démarche planned with Djibouti ${randomUUID()}`;
    const planned = await logContact(prisma, coordinator, { date: addDays(today, 31), status: "PLANNED", targets: STATE, summary });
    expect(planned.status).toBe("PLANNED");

    expect(await lastActivity()).toBe(before.detail);
    expect(await listedActivity()).toBe(before.listed);
    expect(await targetReasons()).toEqual(before.reasons);

    const done = await executeMutation(prisma, markContactDone, coordinator, {
      id: planned.id,
      version: String(planned.version),
      date: today,
      outcome: "POSITIVE",
      summary,
    });
    expect(done).toMatchObject({ ok: true });
    expect((await lastActivity())?.slice(0, 10)).toBe(today);
    expect((await listedActivity())?.slice(0, 10)).toBe(today);
    const reasons = await targetReasons();
    expect(reasons).toContain("Last recorded activity today");
    expect(reasons.join(" ")).not.toMatch(/-\d/);
  });

  it("flags a planned contact whose day has passed without being marked done", async () => {
    const summary = `Call planned with Djibouti ${randomUUID()}`;
    const planned = await logContact(prisma, coordinator, { date: addDays(today, 3), status: "PLANNED", targets: STATE, summary });
    expect((await getContact(planned.id, coordinator, today))!.contact.plannedDatePassed).toBe(false);
    // The days go by: the planned day is now last week.
    await prisma.contact.update({ where: { id: planned.id }, data: { date: fromIsoDate(addDays(today, -7)) } });
    expect((await getContact(planned.id, coordinator, today))!.contact).toMatchObject({ status: "PLANNED", plannedDatePassed: true });
  });
});
