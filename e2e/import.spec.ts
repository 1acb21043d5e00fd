import { readFileSync } from "node:fs";
import { randomUUID } from "node:crypto";
import path from "node:path";
import type { PrismaClient } from "@prisma/client";
import { test, expect, expectNoAxeViolations } from "./fixtures";

const summary2013 = readFileSync(path.join(process.cwd(), "tests/fixtures/2013-summary.md"), "utf8");

async function newMeeting(prisma: PrismaClient, name: string) {
  const treaty = await prisma.treaty.findUniqueOrThrow({ where: { code: "CCM" }, select: { id: true } });
  return prisma.meeting.create({
    data: {
      name: `${name} ${randomUUID().slice(0, 8)}`,
      kind: "INTERSESSIONAL",
      place: "Geneva",
      startDate: new Date("2013-04-15T00:00:00Z"),
      endDate: new Date("2013-04-18T00:00:00Z"),
      treatyId: treaty.id,
    },
    select: { id: true, name: true },
  });
}

test.describe("importing a session summary", () => {
  test("a coordinator pastes the 2013 summary, reviews the proposals, saves them at once, and a second import proposes nothing saved", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    const meeting = await newMeeting(prisma, "Import e2e");
    await page.goto(`/meetings/${meeting.id}`);
    await page.getByRole("link", { name: "Import a session summary" }).click();
    await expect(page.getByRole("heading", { name: "Import a session summary", level: 1 })).toBeVisible();
    await page.getByLabel("Paste the session summary").fill(summary2013);
    await page.getByRole("button", { name: "Read the summary" }).click();
    await expect(page.getByTestId("review-summary")).toContainText("27 statements read.");

    const chad = page.locator("section[data-proposal=statement]").filter({ has: page.getByRole("heading", { name: /^Chad/ }) });
    await expect(chad.locator("[data-flag=status]")).toContainText("lists Chad under “States Parties”");
    const shared = page.getByRole("heading", { name: /^Costa Rica and Grenada/ });
    await expect(shared).toBeVisible();
    const togo = page.locator("section[data-proposal=statement]").filter({ has: page.getByRole("heading", { name: /^Togo/ }) });
    await expect(togo.getByLabel("Due, as said")).toHaveValue("22-23 May");
    await expect(togo.locator("mark").first()).toContainText("it will host a regional conference on 22-23 May");
    const bulgaria = page.locator("section[data-proposal=statement]").filter({ has: page.getByRole("heading", { name: /^Bulgaria/ }) });
    await expect(bulgaria.getByRole("group", { name: "Proposed contact: Bulgaria → Georgia" })).toBeVisible();
    await expectNoAxeViolations(page);

    // The coordinator rejects one proposal and edits another before saving.
    const ethiopia = page.locator("section[data-proposal=statement]").filter({ has: page.getByRole("heading", { name: /^Ethiopia/ }) });
    await ethiopia.getByLabel("Save this pledge").uncheck();
    await togo.getByLabel("What was promised").fill("Host a regional conference on universalization in Lomé.");
    await page.getByRole("button", { name: /^Save 27 statements/ }).click();
    await expect(page.getByRole("status").filter({ hasText: "Saved 27 statements" })).toBeVisible();
    await expect(page.getByTestId("review-summary")).toContainText("already saved and not proposed again");
    // What was saved is not proposed again; only the rejected pledge comes back, ticked, for a second look.
    await expect(page.locator("section[data-proposal=statement] input[type=checkbox]:checked")).toHaveCount(1);
    await expect(
      page
        .locator("section[data-proposal=statement]")
        .filter({ has: page.getByRole("heading", { name: /^Ethiopia/ }) })
        .getByLabel("Save this pledge"),
    ).toBeChecked();
    await expect(page.getByRole("button", { name: /^Save 0 statements, 1 pledge, 0 steps and 0 contacts/ })).toBeVisible();

    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.getByRole("heading", { name: meeting.name, level: 1 })).toBeVisible();
    await expect(page.getByText("Chaired by Ghana and Portugal", { exact: true })).toBeVisible();
    await expect(page.locator("article[data-statement] h4").filter({ hasText: "Costa Rica and Grenada" })).toBeVisible();
    await expect(page.getByRole("region", { name: /Pledges made at this meeting/ })).toContainText(
      "Host a regional conference on universalization in Lomé.",
    );
    const pledges = await prisma.pledge.count({ where: { meetingId: meeting.id, actor: { stateIso3: "ETH" } } });
    expect(pledges).toBe(0);
  });

  test("bad input gets a clear message and saves nothing: empty, HTML, 10 MB, binary; an uploaded file is read", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    const meeting = await newMeeting(prisma, "Bad input e2e");
    await page.goto(`/meetings/${meeting.id}/import`);
    await expect(page.getByRole("heading", { name: "Import a session summary", level: 1 })).toBeVisible();
    const form = page.getByRole("form", { name: "Summary to import" });
    const read = () => page.getByRole("button", { name: "Read the summary" }).click();

    await read();
    await expect(form.getByRole("alert")).toContainText("Paste the session summary, or choose a .txt, .md or .docx file.");
    await page.getByLabel("Paste the session summary").fill("<html><body><p><strong>Canada</strong> said it will ratify.</p></body></html>");
    await read();
    await expect(form.getByRole("alert")).toContainText("looks like HTML");
    await page.getByLabel("Paste the session summary").evaluate((el: HTMLTextAreaElement) => {
      el.value = "**Chad** said it will. ".repeat(450_000);
    });
    await read();
    await expect(form.getByRole("alert")).toContainText("a summary can be at most 1 MB");
    await page.getByLabel("Paste the session summary").fill("");
    await page.getByLabel("…or upload it (.txt, .md or .docx)").setInputFiles({
      name: "summary.txt",
      mimeType: "text/plain",
      buffer: Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff, 0xfe, 0x01, 0x02]),
    });
    await read();
    await expect(form.getByRole("alert")).toContainText("not readable text");
    expect(await prisma.statement.count({ where: { session: { meetingId: meeting.id } } })).toBe(0);

    const markdown = "*States Parties*\n\n**Côte d’Ivoire** said it will host a workshop in June.\n";
    await page
      .getByLabel("…or upload it (.txt, .md or .docx)")
      .setInputFiles({ name: "summary.md", mimeType: "text/markdown", buffer: Buffer.from(markdown) });
    await read();
    await expect(page.getByTestId("review-summary")).toContainText("1 statement read.");
    await expect(page.getByRole("heading", { name: /^Côte d'Ivoire/ })).toBeVisible();
  });

  test("a viewer has no import link and no import page", async ({ page, createUser, signIn, prisma }) => {
    const meeting = await newMeeting(prisma, "Viewer e2e");
    await signIn(page, await createUser({ role: "VIEWER" }));
    await page.goto(`/meetings/${meeting.id}`);
    await expect(page.getByRole("heading", { name: meeting.name, level: 1 })).toBeVisible();
    await expect(page.getByRole("link", { name: "Import a session summary" })).toHaveCount(0);
    await page.goto(`/meetings/${meeting.id}/import`);
    await expect(page.getByRole("heading", { name: "Not found", level: 1 })).toBeVisible();
    await expect(page.getByLabel("Paste the session summary")).toHaveCount(0);
    const preview = await page.request.post(`/meetings/${meeting.id}/import/preview`, { multipart: { text: "**Chad** said it will ratify." } });
    expect(preview.status()).toBe(403);
  });
});
