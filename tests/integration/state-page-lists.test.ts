import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seed } from "@/platform/seed/seed";
import { countStateHistory, getStateDetail, HISTORY_MAX } from "@/features/treaty-status/queries/state-detail";
import { stateTimeline, timelineCounts, timelineTotal } from "@/features/treaty-status/queries/timeline";
import { countStatementsConcerning, statementsConcerning } from "@/features/meetings/queries";
import { countPledgesConcerning, pledgesConcerning } from "@/features/pledges/queries";
import { todayIso } from "@/lib/domain/dates";
import { testPrisma } from "../support/db";

const prisma = testPrisma();
const viewer = { id: "state-page-lists-test", role: "COORDINATOR" as const };
const STATES = ["COD", "TCD", "GHA", "ZAF", "PLW", "NOR"];

// The state page shows the first few entries of its long lists and says how many there are: the few must be the
// first entries of the whole list, and the counts must count what the whole list holds.
describe("the state page's lists, in part and counted", () => {
  beforeAll(async () => {
    await seed(prisma, { demoUsers: false });
  });
  afterAll(() => prisma.$disconnect());

  it("the history's newest few are the start of the whole history, and the count is its length", async () => {
    // As of the real today: a change written today by the seed or another test is the newest change.
    const today = todayIso();
    for (const iso3 of STATES) {
      const all = (await getStateDetail(iso3, today, viewer, { history: HISTORY_MAX }))!;
      const few = (await getStateDetail(iso3, today, viewer, { history: 2 }))!;
      expect(few.history, iso3).toEqual(all.history.slice(0, 2));
      expect(await countStateHistory(iso3, viewer), iso3).toBe(all.history.length);
      // The last activity no longer comes from the rows shown: it is the newest change whatever the page shows.
      expect(few.lastActivity, iso3).toBe(all.history[0]?.at ?? null);
      // The page keeps it in the data cache, which hands back what JSON gives back.
      expect(JSON.parse(JSON.stringify(few)), iso3).toEqual(few);
    }
  });

  it("the timeline's newest few are the start of the whole timeline, today and as of a past day, and the counts add up", async () => {
    const today = todayIso();
    for (const iso3 of STATES) {
      for (const until of [undefined, "2013-04-18", "2011-01-01"]) {
        const state = (await getStateDetail(iso3, until ?? today, viewer))!;
        const all = await stateTimeline(state, viewer, { today, until, actorId: state.actorId });
        const few = await stateTimeline(state, viewer, { today, until, actorId: state.actorId, limit: 3 });
        expect(few, `${iso3} ${until}`).toEqual(all.slice(0, 3));
        const counts = await timelineCounts({ iso3, actorId: state.actorId, until }, viewer);
        expect(timelineTotal(state, counts, until), `${iso3} ${until}`).toBe(all.length);
      }
    }
  });

  it("the statements and pledges concerning a state: the first few of the whole list, and counted", async () => {
    const today = todayIso();
    for (const iso3 of STATES) {
      const state = (await getStateDetail(iso3, today, viewer))!;
      const who = { actorId: state.actorId ?? undefined, iso3 };
      const statements = await statementsConcerning(who);
      expect(await statementsConcerning({ ...who, take: 1 }), iso3).toEqual(statements.slice(0, 1));
      expect(await countStatementsConcerning(who), iso3).toBe(statements.length);
      const pledges = await pledgesConcerning(who, today);
      expect(await pledgesConcerning({ ...who, take: 1 }, today), iso3).toEqual(pledges.slice(0, 1));
      expect(await countPledgesConcerning(who), iso3).toBe(pledges.length);
    }
  });
});
