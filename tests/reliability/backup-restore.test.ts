// The latest backup (`npm run backup`) restored (`npm run restore`) into an empty database gives every page the same
// data: each page's reads (lib/data, features/reports) are run against both databases, for an administrator and for a
// contributor (who may not see restricted contacts), and compared.
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { createPrismaClient } from "@/platform/db/client";
import { toolEnv } from "@/platform/env";
import { executeMutation } from "../support/mutations";
import { createContact } from "@/features/contacts/mutations";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { seed } from "@/platform/seed/seed";
import { todayIso } from "@/lib/domain/dates";
import { listActors, getOrganisation } from "@/features/meetings/speakers";
import { listAuditEvents, auditFilterOptions } from "@/features/users/queries/audit";
import { allContacts, getContact, listContacts, upcomingWork } from "@/features/contacts/queries";
import { getDashboard } from "@/features/treaty-status/queries/dashboard";
import { getMeeting, listMeetings, meetingOptions } from "@/features/meetings/queries";
import { findPledgeChoices, getPledge, listPledges } from "@/features/pledges/queries";
import { stalledAfterMonths } from "@/features/users/queries/settings";
import { getStateDetail } from "@/features/treaty-status/queries/state-detail";
import { getState, listStates, stateOptions } from "@/features/treaty-status/queries/states";
import { stateTimeline } from "@/features/treaty-status/queries/timeline";
import { getUser, listUsers, userOptions } from "@/features/users/queries/users";
import { progressReport } from "@/features/reports/progress";
import { targetList } from "@/features/reports/targets";
import type { Viewer } from "@/platform/auth/visibility";
import { databaseName, recreateDatabase, withDatabase } from "@/scripts/lib/database";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const source = testPrisma();
const sourceUrl = toolEnv().TEST_DATABASE_URL!;
const targetUrl = withDatabase(sourceUrl, `${databaseName(sourceUrl)}_restored`);
const scratch = mkdtempSync(path.join(tmpdir(), "adhere-restore-"));
const backupFile = path.join(scratch, "latest.json");
let target: PrismaClient;
const today = todayIso();

function npmScript(script: string, args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", DATABASE_URL: databaseUrl } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

/** lib/data reads through the app's one client: point it at the database to read. */
function readFrom(prisma: PrismaClient) {
  (globalThis as unknown as { prisma?: PrismaClient }).prisma = prisma;
}

/** Everything every page shows, for one viewer: lists, every detail page, every page of the audit log. */
async function everyPage(viewer: Viewer): Promise<Record<string, unknown>> {
  const pages: Record<string, unknown> = {};
  const asOf = today;
  pages["/"] = await getDashboard(asOf, today, viewer);
  pages["/?asOf=2013-04-18"] = await getDashboard("2013-04-18", today, viewer);
  pages["/states"] = await listStates({ asOf, viewer });
  pages["/states?sort=no-contact"] = await listStates({ asOf, viewer, sort: "since-desc" });
  pages["stateOptions"] = await stateOptions();
  for (const { iso3 } of await stateOptions()) {
    pages[`/states/${iso3}`] = await getStateDetail(iso3, asOf, viewer);
    const state = await getState(iso3, asOf);
    if (state) pages[`/states/${iso3}#timeline`] = await stateTimeline(state, viewer, { today, actorId: null });
  }
  pages["/meetings"] = await listMeetings();
  pages["meetingOptions"] = await meetingOptions();
  for (const m of await listMeetings()) pages[`/meetings/${m.id}`] = await getMeeting(m.id);
  for (let page = 1, count = 1; page <= count; page++) {
    const pledges = await listPledges({ today, page });
    pages[`/pledges?page=${page}`] = pledges;
    count = pledges.pageCount;
    for (const p of pledges.pledges) pages[`/pledges/${p.id}`] = await getPledge(p.id, today);
  }
  pages["/contacts/pledge-options?q=ratif"] = await findPledgeChoices({ q: "ratif", targets: [], actorId: null });
  pages["/contacts/pledge-options?targets=KAZ,TCD"] = await findPledgeChoices({ q: "", targets: ["KAZ", "TCD"], actorId: null });
  pages["/contacts"] = await listContacts({}, viewer, { today });
  pages["/contacts?deleted=1"] = await listContacts({ deleted: true }, viewer, { today });
  const contacts = await allContacts({}, viewer, today);
  pages["/contacts/export.csv"] = contacts;
  for (const c of contacts) pages[`/contacts/${c.id}`] = await getContact(c.id, viewer, today);
  pages["upcomingWork"] = await upcomingWork(viewer, today);
  const actors = await listActors();
  pages["actors"] = actors;
  for (const a of actors) if (a.kind === "ORGANISATION") pages[`/organisations/${a.id}`] = await getOrganisation(a.id);
  // The report says when it was made: the one thing that must differ between two makings.
  pages["/reports/progress"] = { ...(await progressReport("2012-01-01", today, viewer, { includeRestricted: true })), generatedAt: "when made" };
  pages["/reports/targets"] = await targetList(today, viewer);
  pages["/admin/users"] = await listUsers();
  pages["userOptions"] = await userOptions();
  for (const u of await listUsers()) pages[`/admin/users/${u.id}`] = await getUser(u.id);
  pages["/admin/settings"] = await stalledAfterMonths();
  pages["auditFilterOptions"] = await auditFilterOptions();
  let cursor: string | undefined;
  for (let page = 1; page < 10_000; page++) {
    const events = await listAuditEvents({ cursor });
    pages[`/admin/audit?page=${page}`] = events;
    if (!events.nextCursor) break;
    cursor = events.nextCursor;
  }
  return pages;
}

describe("restore of the latest backup", () => {
  let admin: Viewer;
  let contributor: Viewer;
  beforeAll(async () => {
    await seed(source, { demoUsers: false });
    admin = await createSignedInUser(source, "ADMIN");
    contributor = await createSignedInUser(source, "CONTRIBUTOR");
    const coordinator = await createSignedInUser(source, "COORDINATOR");
    const actorId = (await source.actor.findFirstOrThrow({ where: { stateIso3: "BGR" }, select: { id: true } })).id;
    // Data of every kind the pages show, with the awkward values: a restricted contact, Unicode, a long note.
    for (const [summary, sensitivity] of [
      ["Démarche à Yaoundé — “positive” 👍", "RESTRICTED"],
      ["Letter to Ministry of Foreign Affairs", "SHARED"],
    ] as const) {
      const r = await executeMutation(source, createContact, coordinator, {
        date: "2012-06-01",
        channel: "LETTER",
        actorId,
        targets: "CMR, GAB",
        summary,
        sensitivity,
      });
      expect(r, JSON.stringify(r)).toMatchObject({ ok: true });
    }
    expect(
      await executeMutation(source, addStateNote, coordinator, { iso3: "CMR", body: "Note ".repeat(500), source: "Fax of 3 May 2012" }),
    ).toMatchObject({ ok: true });
    await recreateDatabase(targetUrl);
    target = createPrismaClient(targetUrl, { max: 4 });
  }, 300_000);
  afterAll(async () => {
    await target?.$disconnect();
    await source.$disconnect();
    rmSync(scratch, { recursive: true, force: true });
  });

  it("reproduces every page's data, for an administrator and for a contributor", async () => {
    const backup = npmScript("scripts/backup.ts", [backupFile], sourceUrl);
    expect(backup.code, backup.output).toBe(0);
    const restore = npmScript("scripts/restore.ts", [backupFile], targetUrl);
    expect(restore.code, restore.output).toBe(0);
    console.log(`[backup] ${backup.output.trim()} ${restore.output.trim().split("\n").pop()}`);

    for (const [who, viewer] of [
      ["administrator", admin],
      ["contributor", contributor],
    ] as const) {
      readFrom(source);
      const before = await everyPage(viewer);
      readFrom(target);
      const after = await everyPage(viewer);
      const differing = Object.keys(before).filter((page) => JSON.stringify(before[page]) !== JSON.stringify(after[page]));
      console.log(`[backup] ${who}: ${Object.keys(before).length} pages compared, ${differing.length} differ`);
      expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort());
      for (const page of differing.slice(0, 3)) {
        const a = JSON.stringify(before[page]);
        const b = JSON.stringify(after[page]);
        let i = 0;
        while (i < a.length && a[i] === b[i]) i++;
        console.log(
          `[backup] ${page} differs at ${i}:\n  before …${a.slice(Math.max(0, i - 300), i + 200)}\n  after  …${b.slice(Math.max(0, i - 300), i + 200)}`,
        );
      }
      expect(differing).toEqual([]);
    }
    readFrom(source);
  });
});
