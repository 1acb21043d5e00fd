import { randomUUID } from "node:crypto";
import type { Page } from "@playwright/test";
import { test, expect, expectNoAxeViolations, type TestUser } from "./fixtures";
import { tabTo } from "./helpers";

const isoDay = (offset = 0) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

test.describe("outreach contacts", () => {
  test("a coordinator logs a contact from a state page with the keyboard only, then finds it in the timeline and the log", async ({
    coordinatorPage: page,
  }) => {
    const summary = `Met the Kazakh mission on accession ${randomUUID().slice(0, 8)}`;
    await page.goto("/states/KAZ");
    await expect(page.getByRole("heading", { name: "Kazakhstan", level: 1 })).toBeVisible();
    await expect(page.getByRole("banner").getByRole("link", { name: "Log contact" })).toHaveAttribute("href", "/contacts/new?target=KAZ");

    await tabTo(page, page.getByRole("link", { name: "Log contact with Kazakhstan" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Log a contact with Kazakhstan", level: 1 })).toBeVisible();
    await expectNoAxeViolations(page);
    await expect(page.getByLabel("Target states")).toHaveValue("KAZ");
    await expect(page.getByLabel("Date")).toHaveValue(isoDay());
    await expect(page.getByRole("radio", { name: "Done" })).toBeChecked();
    await expect(page.getByRole("radio", { name: "Shared with all partners" })).toBeChecked();

    await tabTo(page, page.getByLabel("Channel"));
    await page.keyboard.type("Phone");
    await tabTo(page, page.getByLabel("Summary"));
    await page.keyboard.type(summary);
    await tabTo(page, page.getByLabel("Outcome"));
    await page.keyboard.type("Positive");
    await tabTo(page, page.getByRole("button", { name: "Log contact" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("status")).toHaveText("Contact logged.");

    await tabTo(page, page.getByRole("link", { name: "Back to Kazakhstan" }));
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { name: "Kazakhstan", level: 1 })).toBeVisible();
    const entry = page.getByRole("region", { name: "Timeline" }).locator('[data-timeline-kind="contact"]').filter({ hasText: summary });
    await expect(entry).toContainText("Universalization co-coordinators → Kazakhstan");
    await expect(entry).toContainText("Phone or video call");
    await expect(entry.locator("[data-outcome]")).toHaveText(/Positive/);

    await page.goto(`/contacts?q=${encodeURIComponent(summary)}`);
    await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
    const row = page.locator("tr[data-contact]");
    await expect(row).toHaveCount(1);
    await expect(row).toContainText("Kazakhstan");
    await expect(row).toContainText(summary);
    await expectNoAxeViolations(page);
  });

  test("the state list shows days since the last contact and sorts by them", async ({ coordinatorPage: page, prisma }) => {
    const japan = await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "JPN" }, select: { id: true } });
    await prisma.contact.create({
      data: {
        date: new Date(`${isoDay(-3)}T00:00:00Z`),
        status: "DONE",
        actorId: japan.id,
        channel: "CALL",
        summary: `Call to Mongolia ${randomUUID()}`,
        targets: { create: [{ stateIso3: "MNG" }] },
      },
    });
    await page.goto("/states");
    await expect(page.getByRole("heading", { name: "States", level: 1 })).toBeVisible();
    await page.getByRole("link", { name: /No contact since/ }).click();
    await expect(page).toHaveURL(/sort=no-contact$/);
    await expect(page.getByRole("columnheader", { name: /No contact since/ })).toHaveAttribute("aria-sort", "descending");
    await page.getByRole("link", { name: /No contact since/ }).click();
    await expect(page).toHaveURL(/sort=no-contact-asc$/);
    await expect(page.getByRole("columnheader", { name: /No contact since/ })).toHaveAttribute("aria-sort", "ascending");
    await expect(page.locator('tr[data-iso3="MNG"] [data-days-since-contact]')).toHaveText(/^[34] days/);
    const days = await page
      .locator("tbody [data-days-since-contact]")
      .evaluateAll((cells) => cells.map((c) => c.getAttribute("data-days-since-contact")));
    const counted = days.filter((d) => d !== "none").map(Number);
    expect(counted.length).toBeGreaterThan(0);
    expect(counted).toEqual([...counted].sort((a, b) => a - b));
    expect(days.slice(counted.length).every((d) => d === "none")).toBe(true);
  });

  test("planning a second contact with a state another actor plans to see warns and links to it, then saves anyway", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    const france = await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "FRA" }, select: { id: true } });
    const first = await prisma.contact.create({
      data: {
        date: new Date(`${isoDay(20)}T00:00:00Z`),
        status: "PLANNED",
        actorId: france.id,
        channel: "BILATERAL_MEETING",
        summary: `France's visit ${randomUUID()}`,
        targets: { create: [{ stateIso3: "BTN" }] },
      },
      select: { id: true },
    });
    const summary = `Co-coordinators' call to Bhutan ${randomUUID().slice(0, 8)}`;
    await page.goto("/contacts/new?target=BTN");
    await expect(page.getByRole("heading", { name: "Log a contact with Bhutan", level: 1 })).toBeVisible();
    await page.getByLabel("Date").fill(isoDay(25));
    await expect(page.getByRole("radio", { name: "Planned" })).toBeChecked();
    await page.getByLabel("Channel").selectOption({ label: "Phone or video call" });
    await page.getByLabel("Summary").fill(summary);
    await page.getByRole("button", { name: "Log contact" }).click();

    const warning = page.getByTestId("deconfliction-warning");
    await expect(warning).toContainText("within 14 days");
    await expect(warning.getByRole("link", { name: /France → Bhutan/ })).toHaveAttribute("href", `/contacts/${first.id}`);
    await expect(page.getByLabel("Summary")).toHaveValue(summary);
    expect(await prisma.contact.count({ where: { summary } })).toBe(0);
    await expectNoAxeViolations(page);

    await page.getByRole("button", { name: "Save anyway" }).click();
    await expect(page.getByRole("status")).toHaveText("Planned contact saved.");
    expect(await prisma.contact.findFirstOrThrow({ where: { summary }, select: { status: true } })).toEqual({ status: "PLANNED" });
  });

  test("a planned contact is marked done with its outcome on its page", async ({ coordinatorPage: page, prisma }) => {
    const summary = `Planned visit to Nepal ${randomUUID().slice(0, 8)}`;
    const actor = await prisma.actor.findFirstOrThrow({
      where: { organisation: { name: "Universalization co-coordinators" } },
      select: { id: true },
    });
    const planned = await prisma.contact.create({
      data: {
        date: new Date(`${isoDay(-2)}T00:00:00Z`),
        status: "PLANNED",
        actorId: actor.id,
        channel: "BILATERAL_MEETING",
        summary,
        targets: { create: [{ stateIso3: "NPL" }] },
      },
      select: { id: true },
    });
    // Planned for two days ago and not marked done: the log and its page say so, not only "Planned".
    await page.goto(`/contacts?q=${encodeURIComponent(summary)}`);
    await expect(page.locator("[data-contact-status]").first()).toHaveText(/Planned, date passed: not marked done$/);
    await page.goto(`/contacts/${planned.id}`);
    await expect(page.getByRole("heading", { name: "Universalization co-coordinators → Nepal", level: 1 })).toBeVisible();
    await expect(page.locator("[data-contact-status]").first()).toHaveText(/Planned, date passed: not marked done$/);
    await expectNoAxeViolations(page);
    const form = page.getByRole("form", { name: "Mark the contact done" });
    await form.getByRole("button", { name: "Mark done" }).click();
    await expect(form.getByLabel("Outcome")).toHaveAttribute("aria-invalid", "true");
    await form.getByLabel("Outcome").selectOption({ label: "Neutral" });
    await form.getByLabel("Summary").fill(`${summary}: Nepal will study the Convention`);
    await form.getByRole("button", { name: "Mark done" }).click();
    await expect(page.locator("[data-contact-status]").first()).toHaveText(/Done/);
    await expect(page.locator("[data-outcome]").first()).toHaveText(/Neutral/);
    await expect(page.locator("[data-history-action]").first()).toContainText("Contact marked done");
    expect(await prisma.contact.findUniqueOrThrow({ where: { id: planned.id }, select: { status: true, outcome: true } })).toEqual({
      status: "DONE",
      outcome: "NEUTRAL",
    });
  });

  test("a restricted contact never reaches a viewer or a contributor: not on pages, in RSC payloads or in the CSV export", async ({
    browser,
    createUser,
    signIn,
  }) => {
    test.slow(); // three users fetch every page that shows contacts, twice each
    const tag = randomUUID().slice(0, 13);
    // Searches use the tag only, so that a page echoing the search box cannot count as receiving the contact.
    const secret = `Confidential approach ${tag} on the stockpile question`;
    const coordinatorContext = await browser.newContext();
    const coordinator = await coordinatorContext.newPage();
    await signIn(coordinator, await createUser({ role: "COORDINATOR" }));
    await coordinator.goto("/contacts/new?target=LKA");
    await expect(coordinator.getByRole("heading", { name: "Log a contact with Sri Lanka", level: 1 })).toBeVisible();
    await coordinator.getByLabel("Date").fill(isoDay(-1));
    await coordinator.getByLabel("Channel").selectOption({ label: "Démarche / note verbale" });
    await coordinator.getByLabel("Summary").fill(secret);
    await coordinator.getByRole("radio", { name: "Restricted to coordinators" }).check();
    await coordinator.getByRole("button", { name: "Log contact" }).click();
    await expect(coordinator.getByRole("status")).toHaveText("Contact logged.");
    await coordinator.goto(`/contacts?q=${tag}`);
    const link = coordinator.locator("tr[data-contact]").getByRole("link", { name: secret });
    await expect(link).toBeVisible();
    const contactPath = (await link.getAttribute("href"))!;

    const pages = ["/contacts", `/contacts?q=${tag}`, "/contacts?target=LKA", "/states/LKA", contactPath];
    const exports = ["/contacts/export.csv", "/contacts/export.csv?target=LKA", `/contacts/export.csv?q=${tag}`];
    /** The addresses whose response holds the secret: each page as HTML and as the RSC payload client navigation fetches. */
    const receivingSecret = async (page: Page) => {
      const found: string[] = [];
      for (const url of pages) {
        if ((await (await page.request.get(url)).text()).includes(secret)) found.push(url);
        if ((await (await page.request.get(url, { headers: { RSC: "1" } })).text()).includes(secret)) found.push(`${url} (RSC)`);
      }
      for (const url of exports) if ((await (await page.request.get(url)).text()).includes(secret)) found.push(url);
      return found;
    };

    // The check can fail: a coordinator receives the contact through the same requests.
    expect(await receivingSecret(coordinator)).toEqual(
      expect.arrayContaining([`/contacts?q=${tag}`, `/contacts?q=${tag} (RSC)`, "/states/LKA (RSC)", contactPath, `/contacts/export.csv?q=${tag}`]),
    );
    const rsc = await coordinator.request.get(`/contacts?q=${tag}`, { headers: { RSC: "1" } });
    expect(rsc.headers()["content-type"]).toContain("text/x-component");
    await coordinatorContext.close();

    for (const role of ["VIEWER", "CONTRIBUTOR"] as const) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const user: TestUser = await createUser({ role });
      await signIn(page, user);
      expect(await receivingSecret(page), role).toEqual([]);
      await page.goto(contactPath);
      await expect(page.getByRole("heading", { name: "Not found", level: 1 })).toBeVisible();
      await page.goto(`/contacts?q=${tag}`);
      await expect(page.getByRole("heading", { name: "Contacts", level: 1 })).toBeVisible();
      await expect(page.getByText("No contact matches these filters.")).toBeVisible();
      const csv = await page.request.get(`/contacts/export.csv?q=${tag}`);
      expect(csv.headers()["content-type"]).toContain("text/csv");
      expect((await csv.text()).split("\r\n").filter(Boolean), role).toHaveLength(1);
      await context.close();
    }
  });

  test("a contact links a pledge found by searching: the page loads no pledge list, the search finds it, the save keeps it", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    const tag = randomUUID().slice(0, 8);
    const norway = await prisma.actor.findUniqueOrThrow({ where: { stateIso3: "NOR" }, select: { id: true } });
    const text = `Fund clearance in the Pacific ${tag}`;
    const pledge = await prisma.pledge.create({ data: { actorId: norway.id, kind: "FUNDING", status: "OPEN", text }, select: { id: true } });
    const summary = `Asked Ghana about Norway's funding ${tag}`;

    // The form no longer carries every pledge: this one reaches the browser only when searched for.
    expect(await (await page.request.get("/contacts/new?target=GHA")).text()).not.toContain(text);
    await page.goto("/contacts/new?target=GHA");
    await expect(page.getByRole("heading", { name: "Log a contact with Ghana", level: 1 })).toBeVisible();
    const fulfils = page.locator('[data-pledge-picker="fulfils"]');
    await expect(page.getByRole("group", { name: "Pledges it fulfils" })).toHaveAttribute("data-pledge-picker", "fulfils");
    await expect(fulfils.locator("[data-pledge-count]")).toHaveText(/suggest/);
    await page.getByLabel("Channel").selectOption({ label: "Phone or video call" });
    await page.getByLabel("Summary").fill(summary);

    const search = page.getByLabel("Find a pledge it fulfils");
    await expect(search).toHaveAccessibleDescription(/at least 3 characters/);
    await search.fill(tag);
    await expect(fulfils.locator("[data-pledge-count]")).toHaveText(`One pledge matches “${tag}”.`);
    await expect(fulfils.locator("[data-pledge-count]")).toHaveAttribute("aria-live", "polite");
    // Enter in the search box does not send the form.
    await search.press("Enter");
    expect(await prisma.contact.count({ where: { summary } })).toBe(0);
    const result = fulfils.getByRole("list", { name: "Found" }).getByRole("checkbox", { name: `Norway: ${text}` });
    await result.focus();
    await page.keyboard.press("Space");
    await expect(result).toBeChecked();
    await expect(fulfils.locator("[data-linked-pledges]").getByRole("checkbox", { name: `Norway: ${text}` })).toBeChecked();
    await expectNoAxeViolations(page);

    // Refused (no channel yet): the form comes back with the pledge still linked and named.
    await page.getByLabel("Channel").selectOption({ label: "Choose…" });
    await page.getByRole("button", { name: "Log contact" }).click();
    await expect(page.getByLabel("Channel")).toHaveAttribute("aria-invalid", "true");
    await expect(fulfils.locator("[data-linked-pledges]").getByRole("checkbox", { name: `Norway: ${text}` })).toBeChecked();
    await page.getByLabel("Channel").selectOption({ label: "Phone or video call" });
    await page.getByRole("button", { name: "Log contact" }).click();
    await expect(page.getByRole("status")).toHaveText("Contact logged.");
    const saved = await prisma.contact.findFirstOrThrow({
      where: { summary },
      select: { id: true, pledges: { select: { pledgeId: true, link: true } } },
    });
    expect(saved.pledges).toEqual([{ pledgeId: pledge.id, link: "FULFILS" }]);
    await page.goto(`/contacts/${saved.id}`);
    await expect(page.getByRole("link", { name: `Norway: ${text}` })).toHaveAttribute("href", `/pledges/${pledge.id}`);
  });

  test("editing a contact keeps its pledge links when they are left alone, and unchecking one removes it", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    const tag = randomUUID().slice(0, 8);
    const [chile, coordinators] = await Promise.all([
      prisma.actor.findUniqueOrThrow({ where: { stateIso3: "CHL" }, select: { id: true } }),
      prisma.actor.findFirstOrThrow({ where: { organisation: { name: "Universalization co-coordinators" } }, select: { id: true } }),
    ]);
    const kept = await prisma.pledge.create({
      data: { actorId: chile.id, kind: "OUTREACH", status: "KEPT", text: `Write to Palau ${tag}` },
      select: { id: true },
    });
    const open = await prisma.pledge.create({
      data: { actorId: chile.id, kind: "OUTREACH", status: "OPEN", text: `Call Tuvalu ${tag}` },
      select: { id: true },
    });
    const contact = await prisma.contact.create({
      data: {
        date: new Date(`${isoDay(-5)}T00:00:00Z`),
        status: "DONE",
        actorId: coordinators.id,
        channel: "EMAIL",
        summary: `Chile's letters ${tag}`,
        targets: { create: [{ stateIso3: "PLW" }] },
        pledges: {
          create: [
            { pledgeId: kept.id, link: "FULFILS" },
            { pledgeId: open.id, link: "FOLLOWS_UP" },
          ],
        },
      },
      select: { id: true },
    });
    const links = async () =>
      await prisma.contactPledge.findMany({ where: { contactId: contact.id }, orderBy: { link: "asc" }, select: { pledgeId: true, link: true } });
    const before = await links();
    expect(before).toHaveLength(2);

    await page.goto(`/contacts/${contact.id}`);
    await page.getByText("Edit the contact").click();
    const form = page.getByRole("form", { name: "Edit contact" });
    const fulfils = form.locator('[data-pledge-picker="fulfils"] [data-linked-pledges]');
    const followsUp = form.locator('[data-pledge-picker="followsUp"] [data-linked-pledges]');
    await expect(fulfils.getByRole("checkbox", { name: `Chile: Write to Palau ${tag} (kept)` })).toBeChecked();
    await expect(followsUp.getByRole("checkbox", { name: `Chile: Call Tuvalu ${tag}` })).toBeChecked();
    await expectNoAxeViolations(page);

    await form.getByLabel("Summary").fill(`Chile's letters ${tag}, answered`);
    await form.getByRole("button", { name: "Save contact" }).click();
    await expect(page.getByRole("status")).toHaveText("Contact saved.");
    expect(await links()).toEqual(before);

    await page.reload();
    await page.getByText("Edit the contact").click();
    await followsUp.getByRole("checkbox", { name: `Chile: Call Tuvalu ${tag}` }).uncheck();
    await form.getByRole("button", { name: "Save contact" }).click();
    await expect(page.getByRole("status")).toHaveText("Contact saved.");
    await expect.poll(links).toEqual([{ pledgeId: kept.id, link: "FULFILS" }]);
  });

  test("the CSV export needs a session", async ({ browser }) => {
    const anonymous = await browser.newContext();
    const response = await anonymous.request.get("/contacts/export.csv", { maxRedirects: 0 });
    expect(response.status()).toBeGreaterThanOrEqual(300);
    expect(response.status()).not.toBe(200);
    expect(await response.text()).not.toContain("Who reached out");
    await anonymous.close();
  });
});
