import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PrismaClient } from "@prisma/client";
import { authenticate } from "@/platform/auth/authenticate";
import { hashPassword } from "@/platform/auth/password";
import { exportDatabase, restoreDatabase } from "@/platform/backup";
import { createPrismaClient } from "@/platform/db/client";
import { toolEnv } from "@/platform/env";
import { executeMutation } from "../support/mutations";
import { updateStalledSetting } from "@/features/users/mutations/settings";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { createPledge } from "@/features/pledges/mutations";
import { recordArticle7Report } from "@/features/treaty-status/article7-mutations";
import { createApiToken, setCalendarFeed } from "@/features/users/mutations/tokens";
import { reserveApiRequest } from "@/platform/auth/api-rate-limit";
import { seed } from "@/platform/seed/seed";
import { getImportTarget, reviewSummary } from "@/features/summary-import/queries";
import { editableReview, importPayload } from "@/lib/domain/summary-import";
import { importSummary } from "@/features/summary-import/mutations";
import { databaseName, migrateDeploy, recreateDatabase, withDatabase } from "@/scripts/lib/database";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";
import { startSession } from "@/platform/auth/session-check";

const prisma = testPrisma();
const sourceUrl = toolEnv().TEST_DATABASE_URL!;
const targetUrl = withDatabase(sourceUrl, `${databaseName(sourceUrl)}_restore`);
const scratch = mkdtempSync(path.join(tmpdir(), "adhere-backup-"));
let target: PrismaClient | undefined;

function runScript(script: string, args: string[], databaseUrl: string) {
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", script, ...args], {
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/root", DATABASE_URL: databaseUrl } as unknown as NodeJS.ProcessEnv,
    encoding: "utf8",
  });
  return { code: result.status, output: `${result.stdout}${result.stderr}` };
}

describe("backup and restore", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    // Something in every table, with the awkward values: Unicode, JSON, arrays, dates, nulls, a password hash.
    const admin = await createSignedInUser(prisma, "ADMIN");
    await prisma.user.create({
      data: {
        email: `backup-${randomUUID()}@adhere.test`,
        name: "Zoë Ñúñez-Łukasz 🕊",
        role: "VIEWER",
        active: false,
        passwordHash: await hashPassword("backup password 1"),
        sessionsRevokedAt: new Date(),
      },
    });
    expect(
      await executeMutation(prisma, addStateNote, admin, {
        iso3: "CIV",
        body: 'Côte d\'Ivoire: « note » with "quotes"\nand a second line',
        source: "",
        notedOn: "2013-04-18",
      }),
    ).toMatchObject({ ok: true });
    expect(await executeMutation(prisma, updateStalledSetting, admin, { months: "9" })).toMatchObject({ ok: true });
    await authenticate(prisma, { email: "nobody@adhere.test", password: "wrong" }, { ip: "203.0.113.7" });
    await startSession(prisma, admin.id);
    const actorId = (await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "JPN" }, select: { id: true } })).id;
    expect(
      await executeMutation(prisma, createPledge, admin, {
        actorId,
        text: "Outreach to Myanmar, Viet Nam",
        kind: "OUTREACH",
        due: "Q3 2013",
        targets: "MMR, VNM",
      }),
    ).toMatchObject({ ok: true });
    expect(
      await executeMutation(prisma, recordArticle7Report, admin, { iso3: "TCD", kind: "INITIAL", submittedOn: "2014-02-20", source: "UNODA" }),
    ).toMatchObject({ ok: true });
    const lusaka = (await getImportTarget(
      (await prisma.meeting.findFirstOrThrow({ where: { name: "Fourth Meeting of States Parties" }, select: { id: true } })).id,
    ))!;
    const review = await reviewSummary(lusaka, "*States Parties*\n\n**Tuvalu** said « on verra » and that it will host a workshop in June.");
    const payload = importPayload(editableReview(review, lusaka.startDate), {
      sessionId: null,
      sessionTitle: "Universalization",
      language: "fr",
      chairIds: [],
      meetingName: lusaka.name,
    });
    expect(await executeMutation(prisma, importSummary, admin, { meetingId: lusaka.id, payload: JSON.stringify(payload) })).toMatchObject({
      ok: true,
    });
    expect(await executeMutation(prisma, createApiToken, admin, { name: "Backup « script »" })).toMatchObject({ ok: true });
    expect(await executeMutation(prisma, setCalendarFeed, admin, { action: "create" })).toMatchObject({ ok: true });
    expect(await reserveApiRequest(prisma, { userId: admin.id, now: new Date() })).toMatchObject({ allowed: true });
    await recreateDatabase(targetUrl);
    await migrateDeploy(targetUrl);
  });

  afterAll(async () => {
    await target?.$disconnect();
    await prisma.$disconnect();
    await recreateDatabase(targetUrl);
    rmSync(scratch, { recursive: true, force: true });
  });

  it("export → restore into a fresh database → export gives the same bytes", async () => {
    const first = await exportDatabase(sourceUrl);
    const parsed = JSON.parse(first.text) as { tables: Record<string, unknown[]>; migrations: string[] };
    // Every table takes part, so that the round trip really covers each of them.
    const empty = Object.entries(parsed.tables)
      .filter(([, rows]) => rows.length === 0)
      .map(([name]) => name);
    expect(empty).toEqual([]);
    expect(Object.keys(parsed.tables)).toEqual(expect.arrayContaining(["AuditEvent", "SignInAttempt", "State", "User"]));
    expect(parsed.migrations.length).toBeGreaterThan(0);

    const restored = await restoreDatabase(targetUrl, first.text);
    expect(restored).toEqual({ tables: first.tables, rows: first.rows });
    const second = await exportDatabase(targetUrl);
    expect(Buffer.from(second.text).equals(Buffer.from(first.text))).toBe(true);
  });

  it("writes dates as ISO strings, rows in primary-key order and keys in a stable order", async () => {
    const { text } = await exportDatabase(sourceUrl);
    const { tables } = JSON.parse(text) as { tables: Record<string, Record<string, unknown>[]> };
    const state = tables.TreatyStatus.find((row) => row.stateIso3 === "NOR")!;
    expect(state.signed).toBe("2008-12-03");
    expect(Object.keys(state)).toEqual([...Object.keys(state)].sort());
    for (const event of tables.AuditEvent) expect(event.at).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    const ids = tables.AuditEvent.map((e) => BigInt(e.id as string));
    expect(ids).toEqual([...ids].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    expect(tables.State.map((s) => s.iso3)).toEqual(tables.State.map((s) => s.iso3 as string).sort());
  });

  it("the restored database works: the same data through Prisma, and new rows get new ids", async () => {
    target = createPrismaClient(targetUrl, { max: 2 });
    const note = await target.stateNote.findFirstOrThrow({
      where: { stateIso3: "CIV", body: { startsWith: "Côte d'Ivoire" } },
      select: { body: true, notedOn: true },
    });
    expect(note).toEqual({ body: 'Côte d\'Ivoire: « note » with "quotes"\nand a second line', notedOn: new Date("2013-04-18T00:00:00Z") });
    expect(await target.user.findFirst({ where: { name: "Zoë Ñúñez-Łukasz 🕊" }, select: { active: true } })).toEqual({ active: false });
    expect(await target.state.findUniqueOrThrow({ where: { iso3: "COD" }, select: { aliases: true } })).toMatchObject({
      aliases: expect.arrayContaining(["DR Congo"]),
    });
    const maxId = (await target.auditEvent.aggregate({ _max: { id: true } }))._max.id!;
    const created = await target.auditEvent.create({ data: { action: "test.after-restore", entity: "Test" }, select: { id: true } });
    expect(created.id).toBeGreaterThan(maxId);
  });

  it("refuses a database that is not empty, saying so in one line, and changes nothing", async () => {
    const before = await exportDatabase(targetUrl);
    await expect(restoreDatabase(targetUrl, before.text)).rejects.toThrow(
      /^The database \S+_restore is not empty \(\d+ rows in \w+\): restore only into a new, empty database\.$/,
    );
    expect((await exportDatabase(targetUrl)).text).toBe(before.text);
  });

  it("npm run backup writes the export to a file only its owner can read; npm run restore refuses a non-empty database in one line", async () => {
    const file = path.join(scratch, "adhere.json");
    const backup = runScript("scripts/backup.ts", [file], sourceUrl);
    expect(backup.output).toMatch(/Wrote \d+ rows from \d+ tables of \S+ to /);
    expect(backup.code).toBe(0);
    expect(readFileSync(file, "utf8")).toBe((await exportDatabase(sourceUrl)).text);
    expect(statSync(file).mode & 0o077).toBe(0);

    const restore = runScript("scripts/restore.ts", [file], sourceUrl);
    expect(restore.code).toBe(1);
    const lines = restore.output.split("\n").filter((line) => line.startsWith("✖"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain("is not empty");
    expect(restore.output).not.toMatch(/\n\s+at /);
  });

  it("refuses a file that is not a backup", async () => {
    await expect(restoreDatabase(targetUrl, "{}")).rejects.toThrow("The file is not a backup made by `npm run backup`.");
    await expect(restoreDatabase(targetUrl, "not json")).rejects.toThrow(/not valid JSON/);
  });
});
