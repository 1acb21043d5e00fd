import { randomUUID } from "node:crypto";
import ICAL from "ical.js";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "@prisma/client";
import { GET as getFeed } from "@/app/calendar.ics/route";
import { addDays, CO_COORDINATORS } from "@/lib/domain/contacts";
import { fromIsoDate, todayIso } from "@/lib/domain/dates";
import { hashToken } from "@/platform/auth/token-format";
import { type SignedInUser } from "@/platform/mutations/core";
import { executeMutation } from "../support/mutations";
import { setCalendarFeed } from "@/features/users/mutations/tokens";
import { deactivateUser, resetUserPassword } from "@/features/users/mutations/users";
import { seed } from "@/platform/seed/seed";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const today = todayIso();
const ROLES: Role[] = ["VIEWER", "CONTRIBUTOR", "COORDINATOR", "ADMIN"];
const users = {} as Record<Role, SignedInUser>;
const feeds = {} as Record<Role, string>;
const tag = randomUUID().slice(0, 8);

const fetchFeed = (token: string | null) =>
  getFeed(new Request(`http://adhere.test/calendar.ics${token === null ? "" : `?token=${encodeURIComponent(token)}`}`));

async function makeFeed(user: SignedInUser): Promise<string> {
  const result = await executeMutation(prisma, setCalendarFeed, user, { action: "create" });
  if (!result.ok || !result.secret) throw new Error(JSON.stringify(result));
  return result.secret;
}

interface ParsedEvent {
  uid: string;
  summary: string;
  start: string;
  end: string | null;
  allDay: boolean;
}

/** Parses the feed with ical.js (an independent RFC 5545 parser): a feed it cannot read fails here. */
function parseFeed(text: string): ParsedEvent[] {
  const calendar = new ICAL.Component(ICAL.parse(text));
  expect(calendar.name).toBe("vcalendar");
  expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
  expect(calendar.getFirstPropertyValue("prodid")).toBeTruthy();
  return calendar.getAllSubcomponents("vevent").map((component) => {
    const event = new ICAL.Event(component);
    return {
      uid: event.uid,
      summary: event.summary,
      start: event.startDate.toString(),
      end: event.endDate?.toString() ?? null,
      allDay: event.startDate.isDate,
    };
  });
}

describe("calendar feed", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    for (const role of ROLES) {
      users[role] = await createSignedInUser(prisma, role);
      feeds[role] = await makeFeed(users[role]);
    }
    const actor = await prisma.actor.findFirstOrThrow({ where: { organisation: { name: CO_COORDINATORS } }, select: { id: true } });
    const contact = (summary: string, sensitivity: "SHARED" | "RESTRICTED", extra: Record<string, unknown> = {}) =>
      prisma.contact.create({
        data: {
          status: "PLANNED",
          date: fromIsoDate(addDays(today, 10)),
          actorId: actor.id,
          channel: "DEMARCHE",
          summary,
          sensitivity,
          targets: { create: [{ stateIso3: "GEO" }] },
          ...extra,
        },
      });
    await contact(`Shared planned ${tag}`, "SHARED");
    await contact(`Secret planned ${tag}`, "RESTRICTED");
    await contact(`Shared done ${tag}`, "SHARED", {
      status: "DONE",
      date: fromIsoDate(addDays(today, -5)),
      nextStep: `Send the model law ${tag}`,
      nextStepDue: fromIsoDate(addDays(today, 7)),
    });
    const pledgeActor = await prisma.actor.findFirstOrThrow({ where: { stateIso3: "GHA" }, select: { id: true } });
    await prisma.pledge.create({
      data: {
        actorId: pledgeActor.id,
        text: `Host a workshop ${tag}`,
        kind: "HOST_EVENT",
        dueText: "22-23 May",
        duePrecision: "DAY_RANGE",
        dueEarliest: fromIsoDate(addDays(today, 30)),
        dueLatest: fromIsoDate(addDays(today, 31)),
      },
    });
  });
  afterAll(() => prisma.$disconnect());

  it("is valid iCalendar of whole-day events with unique uids, served as text/calendar", async () => {
    const response = await fetchFeed(feeds.VIEWER);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/calendar; charset=utf-8");
    expect(response.headers.get("cache-control")).toContain("no-store");
    const text = await response.text();
    expect(
      text.split("\r\n").every((line) => new TextEncoder().encode(line).length <= 75),
      "lines are folded at 75 octets",
    ).toBe(true);
    const events = parseFeed(text);
    expect(events.length).toBeGreaterThan(5);
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
    expect(events.every((e) => e.allDay && e.end !== null && e.end > e.start)).toBe(true);

    const find = (part: string) => events.find((e) => e.summary.includes(part));
    expect(find(`Host a workshop ${tag}`)).toMatchObject({ start: addDays(today, 30), end: addDays(today, 32) });
    expect(events.filter((e) => e.uid.startsWith("contact-") && e.start === addDays(today, 10)).map((e) => e.summary)).toContain(
      "Planned: Universalization co-coordinators → Georgia (démarche / note verbale)",
    );
    expect(find(`Send the model law ${tag}`)).toMatchObject({ start: addDays(today, 7) });
    expect(events.some((e) => e.uid.startsWith("meeting-"))).toBe(true);
    expect(events.some((e) => e.uid.startsWith("article7-annual-"))).toBe(true);
    expect(text).toContain(`Shared planned ${tag}`);
  });

  it("speaks the language its owner chose: French labels, dates and state names; typed text as written", async () => {
    await prisma.user.update({ where: { id: users.VIEWER.id }, data: { locale: "fr" } });
    try {
      const text = await (await fetchFeed(feeds.VIEWER)).text();
      const events = parseFeed(text);
      expect(events.filter((e) => e.uid.startsWith("contact-") && e.start === addDays(today, 10)).map((e) => e.summary)).toContain(
        "Prévu : Universalization co-coordinators → Géorgie (démarche / note verbale)",
      );
      expect(events.find((e) => e.summary.includes(`Host a workshop ${tag}`))?.summary).toBe(
        `Échéance d’un engagement (« 22-23 May ») : Ghana : Host a workshop ${tag}`,
      );
      expect(events.some((e) => e.summary.startsWith("Mises à jour annuelles au titre de l’article 7"))).toBe(true);
    } finally {
      await prisma.user.update({ where: { id: users.VIEWER.id }, data: { locale: null } });
    }
  });

  it("keeps the same uids from one fetch to the next", async () => {
    const uids = async () =>
      parseFeed(await (await fetchFeed(feeds.CONTRIBUTOR)).text())
        .map((e) => e.uid)
        .sort();
    expect(await uids()).toEqual(await uids());
  });

  it("holds restricted contacts only in coordinators' and administrators' feeds", async () => {
    for (const role of ROLES) {
      const text = await (await fetchFeed(feeds[role])).text();
      const sees = role === "COORDINATOR" || role === "ADMIN";
      expect(text.includes(`Secret planned ${tag}`), role).toBe(sees);
      expect(text.includes("[Restricted]"), role).toBe(sees);
      expect(text.includes(`Shared planned ${tag}`), role).toBe(true);
    }
  });

  it("refuses a missing, unknown, replaced or revoked address without giving any data", async () => {
    const missing = await fetchFeed(null);
    expect(missing.status).toBe(401);
    for (const token of ["nonsense", `adc_${"A".repeat(43)}`, `adh_${"A".repeat(43)}`]) {
      const response = await fetchFeed(token);
      expect(response.status).toBe(404);
      expect(await response.text()).not.toContain("BEGIN:VCALENDAR");
    }
    const user = await createSignedInUser(prisma, "VIEWER");
    const first = await makeFeed(user);
    expect((await fetchFeed(first)).status).toBe(200);
    const second = await makeFeed(user);
    expect((await fetchFeed(first)).status).toBe(404);
    expect((await fetchFeed(second)).status).toBe(200);
    expect(await prisma.calendarToken.count({ where: { userId: user.id } })).toBe(1);
    expect(await prisma.calendarToken.findUnique({ where: { userId: user.id }, select: { tokenHash: true } })).toEqual({
      tokenHash: hashToken(second),
    });
    expect(await executeMutation(prisma, setCalendarFeed, user, { action: "revoke" })).toMatchObject({ ok: true });
    expect((await fetchFeed(second)).status).toBe(404);
    expect(await executeMutation(prisma, setCalendarFeed, user, { action: "revoke" })).toMatchObject({ ok: false, code: "invalid" });
    const actions = await prisma.auditEvent.findMany({
      where: { entity: "CalendarToken", entityId: user.id },
      orderBy: { id: "asc" },
      select: { action: true, after: true },
    });
    expect(actions.map((a) => a.action)).toEqual(["calendarFeed.create", "calendarFeed.regenerate", "calendarFeed.revoke"]);
    expect(JSON.stringify(actions)).not.toContain(second.slice(4));
  });

  it("stops working when the user is deactivated or an administrator resets the password", async () => {
    const leaving = await createSignedInUser(prisma, "COORDINATOR");
    const token = await makeFeed(leaving);
    expect((await fetchFeed(token)).status).toBe(200);
    expect(await executeMutation(prisma, deactivateUser, users.ADMIN, { userId: leaving.id })).toMatchObject({ ok: true });
    expect((await fetchFeed(token)).status).toBe(404);

    const reset = await createSignedInUser(prisma, "VIEWER");
    const resetToken = await makeFeed(reset);
    await new Promise((resolve) => setTimeout(resolve, 5)); // the reset is recorded strictly after the feed was made
    expect(await executeMutation(prisma, resetUserPassword, users.ADMIN, { userId: reset.id, password: "a-new-password-123" })).toMatchObject({
      ok: true,
    });
    expect((await fetchFeed(resetToken)).status).toBe(404);
  });
});
