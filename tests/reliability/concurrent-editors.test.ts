// 50 coordinators, each signed in with their own session, edit the same state's domestic steps and log contacts
// against the production server for RELIABILITY_SECONDS (30 by default): every acknowledged write is saved, no
// update is lost, every conflict is reported to its user with their input kept, one audit event per change.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { toolEnv } from "@/platform/env";
import { percentile, runWorkload, signInAll, tally, verifyWrites, createCoordinators, type Step } from "./support/workload";
import { startStack, type Stack } from "./support/stack";
import type { Browser } from "./support/client";

const EDITORS = 50;
const ISO3 = "TCD";
const env = toolEnv();
let stack: Stack;
let browsers: Browser[];
let steps: Step[];
let actorId: string;

describe(`${EDITORS} coordinators editing one state at once`, () => {
  beforeAll(async () => {
    stack = await startStack(env.RELIABILITY_PORT);
    browsers = await signInAll(stack.baseUrl, await createCoordinators(stack.prisma, EDITORS, "editor"));
    steps = await stack.prisma.domesticStep.findMany({
      where: { stateIso3: ISO3 },
      select: { id: true, title: true, status: true },
      orderBy: { position: "asc" },
    });
    actorId = (await stack.prisma.actor.findFirstOrThrow({ where: { stateIso3: "FRA" }, select: { id: true } })).id;
  });
  afterAll(async () => {
    await stack?.stop();
  });

  it("keeps every acknowledged write, loses no update, reports every conflict, audits each change once", async () => {
    expect(browsers).toHaveLength(EDITORS);
    expect(steps.length).toBeGreaterThanOrEqual(3);
    const startVersions = new Map(
      (await stack.prisma.domesticStep.findMany({ where: { stateIso3: ISO3 }, select: { id: true, version: true } })).map((s) => [s.id, s.version]),
    );
    const since = new Date(Date.now() - 1_000);
    const deadline = Date.now() + env.RELIABILITY_SECONDS * 1_000;
    const answers = await runWorkload(stack.prisma, {
      browsers,
      iso3: ISO3,
      steps,
      actorId,
      contactDate: "2011-03-15",
      until: () => Date.now() > deadline,
    });
    const seconds = (Date.now() - since.getTime()) / 1_000;

    const counts = tally(answers);
    const verification = await verifyWrites(stack.prisma, answers, steps, startVersions, since);
    const conflicts = answers.filter((a) => a.outcome === "conflict");
    const latencies = answers.map((a) => a.ms);
    console.log(
      `[concurrency] ${EDITORS} editors, ${seconds.toFixed(0)} s, ${answers.length} requests (${(answers.length / seconds).toFixed(1)}/s): ` +
        `${verification.stepAcks} step edits and ${verification.contactAcks} contacts acknowledged, ${conflicts.length} conflicts reported; ` +
        `latency p50 ${percentile(latencies, 50)} ms, p95 ${percentile(latencies, 95)} ms, max ${Math.max(...latencies)} ms; ${JSON.stringify(counts)}`,
    );
    console.log(`[concurrency] problems: ${verification.problems.length}`);

    // Only two answers are possible under contention: saved, or "someone else changed it" with the input kept.
    expect(
      answers
        .filter((a) => !["ok", "conflict"].includes(a.outcome))
        .map((a) => `${a.kind} ${a.outcome}: ${a.message}`)
        .slice(0, 10),
    ).toEqual([]);
    for (const conflict of conflicts) {
      expect(conflict.message).toMatch(/was changed by Coordinator editor \d+ at .* while you were editing/);
      expect(conflict.inputKept).toBe(true);
    }
    expect(verification.problems.slice(0, 20)).toEqual([]);
    expect(verification.stepAcks).toBeGreaterThan(0);
    expect(verification.contactAcks).toBeGreaterThan(0);
    // With 50 people on 7 steps, collisions must happen, or the test proves nothing about them.
    expect(conflicts.length).toBeGreaterThan(0);
  });
});
