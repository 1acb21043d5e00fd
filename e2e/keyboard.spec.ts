import { randomUUID } from "node:crypto";
import { expect, test } from "./fixtures";
import { tabTo } from "./helpers";

test("a coordinator edits a step of DR Congo's path with the keyboard alone, and the focus is always visible", async ({
  coordinatorPage: page,
  prisma,
}) => {
  const step = await prisma.domesticStep.findFirstOrThrow({
    where: { stateIso3: "COD" },
    orderBy: [{ path: "asc" }, { position: "desc" }],
    select: { id: true, title: true },
  });
  const note = `Keyboard-only edit ${randomUUID().slice(0, 8)}`;
  await page.goto("/states/COD");
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();

  const item = page.locator(`li[data-step="${step.title}"]`);
  const opener = item.getByText(`Edit “${step.title}”`);
  await tabTo(page, opener);
  // The focused control is outlined: a keyboard user sees where they are.
  expect(await opener.evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe("none");
  await page.keyboard.press("Enter");

  const form = item.getByRole("form", { name: `Edit step ${step.title}` });
  await tabTo(page, form.getByLabel("Status"));
  await page.keyboard.type("Blocked");
  await tabTo(page, form.getByLabel("Note"));
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type(note);
  await tabTo(page, form.getByRole("button", { name: "Save step" }));
  await page.keyboard.press("Enter");
  await expect(form.getByRole("status")).toContainText("is saved");

  const stored = await prisma.domesticStep.findUniqueOrThrow({ where: { id: step.id }, select: { status: true, note: true } });
  expect(stored).toEqual({ status: "BLOCKED", note });
});
