import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { SignedInUser } from "@/platform/mutations/core";
import { addDays } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { seed } from "@/platform/seed/seed";
import { reviewArticle7Csv } from "@/features/treaty-status/article7-import";
import { importArticle7Reports } from "@/features/treaty-status/article7-import-mutations";
import { ARTICLE7_COMPLETE_SETTING, setArticle7RecordsComplete } from "@/features/treaty-status/article7-mutations";
import { getStateDetail } from "@/features/treaty-status/queries/state-detail";
import { progressReport } from "@/features/reports/progress";
import { executeMutation } from "../support/mutations";
import { testPrisma } from "../support/db";
import { createSignedInUser } from "../support/users";

const prisma = testPrisma();
const STATES = ["NZL", "MEX", "ESP"];
let coordinator: SignedInUser;
let admin: SignedInUser;

const reportsOf = () => prisma.article7Report.findMany({ where: { stateIso3: { in: STATES } }, orderBy: [{ stateIso3: "asc" }, { year: "asc" }] });
const auditCount = () => prisma.auditEvent.count();
const GOOD = [
  "state,year,date received,link",
  "New Zealand,,2011-01-20,https://example.org/nzl-initial",
  "MEX,2025,2025-04-28,https://example.org/mex-2025",
  "España,2024,2024-05-02,",
].join("\n");

describe("recording Article 7 submissions from a CSV upload", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
    coordinator = await createSignedInUser(prisma, "COORDINATOR");
    admin = await createSignedInUser(prisma, "ADMIN");
    await prisma.article7Report.deleteMany({ where: { stateIso3: { in: STATES } } });
    await prisma.setting.deleteMany({ where: { key: ARTICLE7_COMPLETE_SETTING } });
  });
  afterAll(async () => {
    await prisma.setting.deleteMany({ where: { key: ARTICLE7_COMPLETE_SETTING } });
    await prisma.$disconnect();
  });

  it("says, before anything is recorded, that no report is recorded rather than late: on the state page and in the progress report", async () => {
    const today = todayIso();
    const nzl = await getStateDetail("NZL", today, { id: coordinator.id, role: "COORDINATOR" });
    const past = nzl!.article7.filter((o) => o.due < today);
    expect(past.length).toBeGreaterThan(10);
    expect(new Set(past.map((o) => o.state))).toEqual(new Set(["NOT_RECORDED"]));
    const report = await progressReport("2024-01-01", "2025-12-31", { id: coordinator.id, role: "COORDINATOR" });
    const section = report.sections.find((s) => s.key === "article-7")!;
    const nzlRows = section.rows.filter((r) => r.href === "/states/NZL").map((r) => r.cells[3]);
    expect(nzlRows).toEqual(["No report recorded", "No report recorded"]);
    expect(section.rows.some((r) => r.cells[3] === "Late")).toBe(false);
    expect(section.description).toContain("“No report recorded” means nobody has entered the submission in Adhere yet");
  });

  it("shows in a dry run what each row would record, and records nothing", async () => {
    const before = await auditCount();
    const review = await reviewArticle7Csv(prisma, GOOD, todayIso());
    expect(review).toMatchObject({ ok: true, accepted: 3, refused: 0 });
    if (!review.ok) return;
    expect(review.rows.map((r) => r.ok && `${r.line} ${r.report.iso3} ${r.report.kind} ${r.report.year} ${r.report.submittedOn}`)).toEqual([
      "2 NZL INITIAL null 2011-01-20",
      "3 MEX ANNUAL 2025 2025-04-28",
      "4 ESP ANNUAL 2024 2024-05-02",
    ]);
    expect(await reportsOf()).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it("refuses the whole upload when one row is bad, saying why each is refused, and changes nothing", async () => {
    const tomorrow = addDays(todayIso(), 1);
    const bad = [GOOD, "Atlantis,2025,2025-04-01,", `NZL,2025,${tomorrow},`, "MEX,2024,30/04/2024,", "Mexico,2025,2025-05-01,"].join("\n");
    const review = await reviewArticle7Csv(prisma, bad, todayIso());
    expect(review).toMatchObject({ ok: true, accepted: 3, refused: 4 });
    if (!review.ok) return;
    expect(review.rows.filter((r) => !r.ok).map((r) => [r.line, !r.ok && r.reason])).toEqual([
      [5, { key: "article7Import.unknownState", values: { state: "Atlantis" } }],
      [6, { key: "article7Import.futureDate", values: { date: { date: tomorrow } } }],
      [7, { key: "article7Import.badDate", values: { date: "30/04/2024" } }],
      [8, { key: "article7Import.duplicateRow", values: { line: 3 } }],
    ]);
    const before = await auditCount();
    const result = await executeMutation(prisma, importArticle7Reports, coordinator, { csv: bad });
    expect(result).toMatchObject({
      ok: false,
      code: "invalid",
      message: "4 rows are refused: nothing was recorded. Check the rows again to see why.",
    });
    expect(await reportsOf()).toEqual([]);
    expect(await auditCount()).toBe(before);
  });

  it("refuses what cannot be read as CSV, and an upload with no rows", async () => {
    expect(await executeMutation(prisma, importArticle7Reports, coordinator, { csv: 'state,year\n"NZL,2025' })).toMatchObject({
      ok: false,
      message: "The file could not be read as CSV near line 2: look for a quote that is not closed.",
    });
    expect(await executeMutation(prisma, importArticle7Reports, coordinator, { csv: "state,year,date received,link\n" })).toMatchObject({
      ok: false,
      message: "There are no rows to record.",
    });
    expect(await reportsOf()).toEqual([]);
  });

  it("is not for contributors or viewers", async () => {
    for (const role of ["CONTRIBUTOR", "VIEWER"] as const) {
      expect(await executeMutation(prisma, importArticle7Reports, await createSignedInUser(prisma, role), { csv: GOOD })).toMatchObject({
        ok: false,
        code: "forbidden",
      });
    }
    expect(await reportsOf()).toEqual([]);
  });

  it("records every row in one go with one audit row per report, then refuses the same rows as already recorded", async () => {
    const before = await auditCount();
    const result = await executeMutation(prisma, importArticle7Reports, coordinator, { csv: GOOD });
    expect(result).toMatchObject({ ok: true, message: "3 Article 7 reports recorded." });
    const saved = await reportsOf();
    expect(saved.map((r) => `${r.stateIso3} ${r.kind} ${r.year} ${r.submittedOn.toISOString().slice(0, 10)} ${r.source}`)).toEqual([
      "ESP ANNUAL 2024 2024-05-02 ",
      "MEX ANNUAL 2025 2025-04-28 https://example.org/mex-2025",
      "NZL INITIAL null 2011-01-20 https://example.org/nzl-initial",
    ]);
    const audits = await prisma.auditEvent.findMany({
      where: { entityId: { in: saved.map((r) => r.id) } },
      select: { action: true, entity: true, entityId: true, stateIso3: true, userId: true, after: true },
    });
    expect(audits).toHaveLength(3);
    expect(await auditCount()).toBe(before + 3);
    for (const r of saved) {
      expect(audits.find((a) => a.entityId === r.id)).toMatchObject({
        action: "article7.record",
        entity: "Article7Report",
        stateIso3: r.stateIso3,
        userId: coordinator.id,
        after: { kind: r.kind, year: r.year },
      });
    }
    const nzl = await getStateDetail("NZL", todayIso(), { id: coordinator.id, role: "COORDINATOR" });
    expect(nzl!.article7[0]).toMatchObject({ kind: "INITIAL", state: "SUBMITTED", submittedOn: "2011-01-20" });

    const again = await reviewArticle7Csv(prisma, GOOD, todayIso());
    expect(again.ok && again.rows.map((r) => !r.ok && r.reason)).toEqual([
      { key: "article7Import.alreadyRecorded", values: { date: { date: "2011-01-20" } } },
      { key: "article7Import.alreadyRecorded", values: { date: { date: "2025-04-28" } } },
      { key: "article7Import.alreadyRecorded", values: { date: { date: "2024-05-02" } } },
    ]);
    expect(await executeMutation(prisma, importArticle7Reports, coordinator, { csv: GOOD })).toMatchObject({ ok: false, code: "invalid" });
    expect(await reportsOf()).toHaveLength(3);
  });

  it("keeps a region-limited coordinator to their regions, recording nothing", async () => {
    const limited = { ...(await createSignedInUser(prisma, "COORDINATOR")), writeRegions: ["Africa" as const] };
    await prisma.user.update({ where: { id: limited.id }, data: { writeRegions: ["Africa"] } });
    const result = await executeMutation(prisma, importArticle7Reports, limited, { csv: "state,year,date received\nNZL,2024,2024-04-01" });
    expect(result).toMatchObject({ ok: false, code: "forbidden" });
    expect(await prisma.article7Report.count({ where: { stateIso3: "NZL", year: 2024 } })).toBe(0);
  });
});

describe("the day the Article 7 records are complete from", () => {
  afterAll(() => prisma.setting.deleteMany({ where: { key: ARTICLE7_COMPLETE_SETTING } }));

  it("is set by an administrator only, audited, and makes reports due from then with none recorded late", async () => {
    expect(await executeMutation(prisma, setArticle7RecordsComplete, coordinator, { completeFrom: "2024-01-01" })).toMatchObject({
      ok: false,
      code: "forbidden",
    });
    expect(await executeMutation(prisma, setArticle7RecordsComplete, admin, { completeFrom: "2024-02-30" })).toMatchObject({
      ok: false,
      code: "invalid",
    });
    const result = await executeMutation(prisma, setArticle7RecordsComplete, admin, { completeFrom: "2024-01-01" });
    expect(result).toMatchObject({
      ok: true,
      message: "Article 7 records are complete from 1 January 2024: reports due from then with none recorded now show as late.",
    });
    const audit = await prisma.auditEvent.findFirstOrThrow({
      where: { entityId: ARTICLE7_COMPLETE_SETTING },
      orderBy: { id: "desc" },
      select: { action: true, userId: true, before: true, after: true },
    });
    expect(audit).toEqual({ action: "settings.update", userId: admin.id, before: { completeFrom: null }, after: { completeFrom: "2024-01-01" } });

    const nzl = await getStateDetail("NZL", "2026-05-01", { id: admin.id, role: "ADMIN" });
    const byYear = Object.fromEntries(nzl!.article7.map((o) => [o.year ?? "initial", o.state]));
    expect(byYear).toMatchObject({ initial: "SUBMITTED", 2023: "NOT_RECORDED", 2024: "LATE", 2025: "LATE" });
    expect(nzl!.article7CompleteFrom).toBe("2024-01-01");
    const report = await progressReport("2023-01-01", "2025-12-31", { id: admin.id, role: "ADMIN" });
    const section = report.sections.find((s) => s.key === "article-7")!;
    expect(section.rows.filter((r) => r.href === "/states/NZL").map((r) => r.cells[3])).toEqual(["No report recorded", "Late", "Late"]);
    expect(section.rows.find((r) => r.href === "/states/MEX" && r.cells[1] === "Annual update 2025")?.cells[3]).toBe("Submitted (28 April 2025)");
    expect(section.description).toContain("Submissions are recorded in full from 1 January 2024");
  });

  it("is cleared with a blank day, and then nothing is late for want of a record", async () => {
    expect(await executeMutation(prisma, setArticle7RecordsComplete, admin, { completeFrom: "" })).toMatchObject({ ok: true });
    expect(await prisma.setting.count({ where: { key: ARTICLE7_COMPLETE_SETTING } })).toBe(0);
    const nzl = await getStateDetail("NZL", "2026-05-01", { id: admin.id, role: "ADMIN" });
    expect(nzl!.article7.some((o) => o.state === "LATE")).toBe(false);
  });
});
