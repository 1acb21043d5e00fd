import { test, expect } from "./fixtures";
import { statusOn, type TreatyRecord } from "../lib/domain/status";
import type { IsoDate } from "../lib/domain/dates";

const day = (d: Date | null) => (d ? (d.toISOString().slice(0, 10) as IsoDate) : null);

test.describe("the world map", () => {
  test("shows every one of the 197 states, small island states included, focusable with its status at each date of the replay", async ({
    coordinatorPage: page,
    prisma,
  }) => {
    const rows = await prisma.treatyStatus.findMany({ where: { treaty: { code: "CCM" } }, include: { state: { select: { name: true } } } });
    expect(rows).toHaveLength(197);
    const records = new Map(
      rows.map((r) => [
        r.stateIso3,
        {
          signed: day(r.signed),
          deposited: day(r.deposited),
          instrument: r.instrument,
          entryIntoForce: day(r.entryIntoForce),
          withdrawalEffective: day(r.withdrawalEffective),
        } satisfies TreatyRecord,
      ]),
    );

    await page.goto("/");
    const slider = page.getByRole("slider", { name: "Date" });
    await slider.focus();
    await page.keyboard.press("Home");
    for (const [steps, date] of [
      [0, "2008-12-01"],
      [20, "2010-08-01"],
      [33, "2013-05-01"],
    ] as const) {
      await slider.focus();
      for (let i = 0; i < steps; i++) await page.keyboard.press("ArrowRight");
      await expect(page.getByRole("link", { name: "Table of all states on this date" })).toHaveAttribute("href", `/states?asOf=${date}`);
      const shown = await page.locator("[data-map-state]").evaluateAll((links) =>
        links.map((a) => {
          (a as SVGAElement).focus();
          return {
            iso3: a.getAttribute("data-map-state")!,
            status: a.getAttribute("data-map-status"),
            focusable: document.activeElement === a,
            name: a.getAttribute("aria-label"),
          };
        }),
      );
      expect(shown.map((s) => s.iso3).sort()).toEqual([...records.keys()].sort());
      expect(shown.filter((s) => !s.focusable).map((s) => s.iso3)).toEqual([]);
      expect(shown.filter((s) => s.status !== statusOn(records.get(s.iso3)!, date)).map((s) => `${s.iso3} ${s.status} on ${date}`)).toEqual([]);
    }

    await slider.focus();
    await page.keyboard.press("End");
    const tuvalu = page.locator('[data-map-state="TUV"]');
    await tuvalu.hover();
    await expect(page.getByText(/^Tuvalu:/)).toBeVisible();
    await expect(page.locator('[data-map-state="NRU"]')).toHaveAttribute("aria-label", /^Nauru: State Party/);
    await page.locator('[data-map-state="NRU"]').click();
    await expect(page).toHaveURL(/\/states\/NRU\?asOf=/);
    await expect(page.getByRole("heading", { name: "Nauru", level: 1 })).toBeVisible();
  });
});
