// PostgreSQL is stopped and started again while coordinators save: those whose request fails are told "temporarily
// unavailable, nothing saved" (and indeed nothing of theirs is saved), the app reconnects by itself, and no
// acknowledged write is missing.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolEnv } from "@/platform/env";
import { percentile, runWorkload, signInAll, tally, verifyWrites, createCoordinators, type Answer, type Step } from "./support/workload";
import { startStack, type Stack } from "./support/stack";
import type { Browser } from "./support/client";

const WRITERS = 20;
const ISO3 = "CAN";
const OUTAGE_MS = 5_000;
const env = toolEnv();
let stack: Stack;
let browsers: Browser[];
let steps: Step[];
let actorId: string;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

describe("database restart under load", () => {
  beforeAll(async () => {
    stack = await startStack(env.RELIABILITY_PORT ? env.RELIABILITY_PORT + 1 : undefined);
    browsers = await signInAll(stack.baseUrl, await createCoordinators(stack.prisma, WRITERS, "restart"));
    steps = await stack.prisma.domesticStep.findMany({ where: { stateIso3: ISO3 }, select: { id: true, title: true, status: true } });
    actorId = (await stack.prisma.actor.findFirstOrThrow({ where: { stateIso3: "NOR" }, select: { id: true } })).id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("answers 'temporarily unavailable, nothing saved' while it is down, recovers by itself, loses no acknowledged write", async () => {
    const startVersions = new Map(
      (await stack.prisma.domesticStep.findMany({ where: { stateIso3: ISO3 }, select: { id: true, version: true } })).map((s) => [s.id, s.version]),
    );
    const since = new Date(Date.now() - 1_000);
    const warmUpMs = Math.min(5_000, env.RELIABILITY_SECONDS * 300);
    let restartedAt = Number.POSITIVE_INFINITY;
    const answers: Answer[] = [];
    const recoveredAfterRestart = () => answers.some((a) => a.outcome === "ok" && a.at > restartedAt);
    const minimumEnd = () => restartedAt + Math.max(5_000, env.RELIABILITY_SECONDS * 1_000 - warmUpMs - OUTAGE_MS);
    const hardStop = Date.now() + 180_000;
    const until = () => Date.now() > hardStop || (Date.now() > minimumEnd() && recoveredAfterRestart());

    const load = runWorkload(stack.prisma, { browsers, iso3: ISO3, steps, actorId, contactDate: "2011-04-20", until, answers });
    await sleep(warmUpMs);
    const stoppedAt = Date.now();
    await stack.postgres.stop();
    await sleep(OUTAGE_MS / 2);
    const pageDuringOutage = await browsers[0].fetch(`/states/${ISO3}`);
    const pageText = await pageDuringOutage.text();
    await sleep(OUTAGE_MS / 2);
    await stack.postgres.start();
    restartedAt = Date.now();
    // The writers run on until saves succeed again (the answers array fills as they arrive).
    await load;
    const pageAfter = await browsers[0].fetch(`/states/${ISO3}`);
    await pageAfter.text();

    const counts = tally(answers);
    const unavailable = answers.filter((a) => a.outcome === "unavailable");
    const afterRestart = answers.filter((a) => a.at > restartedAt);
    const firstOkAfter = Math.min(...afterRestart.filter((a) => a.outcome === "ok").map((a) => a.at + a.ms));
    const verification = await verifyWrites(stack.prisma, answers, steps, startVersions, since);
    console.log(
      `[restart] ${WRITERS} writers, database down ${((restartedAt - stoppedAt) / 1000).toFixed(1)} s: ${answers.length} requests, ` +
        `${verification.acknowledged} acknowledged (${afterRestart.filter((a) => a.outcome === "ok").length} after the restart), ` +
        `${unavailable.length} "temporarily unavailable", first save ${firstOkAfter - restartedAt} ms after the database was back; ` +
        `latency p50 ${percentile(
          answers.map((a) => a.ms),
          50,
        )} ms; page during outage HTTP ${pageDuringOutage.status}, after HTTP ${pageAfter.status}; ${JSON.stringify(counts)}`,
    );
    console.log(`[restart] problems: ${verification.problems.length}`);

    expect(
      answers
        .filter((a) => !["ok", "conflict", "unavailable"].includes(a.outcome))
        .map((a) => `${a.kind} ${a.outcome}: ${a.message}`)
        .slice(0, 10),
    ).toEqual([]);
    expect(unavailable.length, "the outage was felt").toBeGreaterThan(0);
    for (const a of unavailable) expect(a.message).toBe("The database is temporarily unavailable. Nothing was saved; please try again in a moment.");
    // A page cannot be read without the database: Next.js answers with its error document (HTTP 500), which the
    // browser shows as app/global-error.tsx ("the service may be temporarily unavailable … nothing has been changed").
    expect(pageDuringOutage.status).toBe(500);
    expect(pageText).toContain("__next_error__");
    expect(afterRestart.filter((a) => a.outcome === "ok").length, "saves succeed again without restarting the app").toBeGreaterThan(0);
    expect(pageAfter.status).toBe(200);
    expect(verification.problems.slice(0, 20)).toEqual([]);
  });
});
