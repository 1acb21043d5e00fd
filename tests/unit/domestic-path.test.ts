import { describe, expect, it } from "vitest";
import {
  DEPOSIT_STEP_TITLE,
  PATH_KINDS,
  PATH_TEMPLATES,
  STEP_STATUSES,
  canStall,
  currentStep,
  deriveStage,
  isStalled,
  orderedSteps,
  pathFor,
  type PathKind,
  type StepLike,
  type StepStatus,
} from "@/lib/domain/domestic-path";
import { STATUS_KINDS } from "@/lib/domain/status";
import { renderMessage } from "@/platform/i18n/render-message";

const step = (path: PathKind, position: number, status: StepStatus, title = `${path} step ${position}`): StepLike => ({
  id: `${path}-${position}`,
  path,
  position,
  title,
  status,
});

/** A state's copy of a template, every step with the given statuses (NOT_STARTED for the rest). */
const fromTemplate = (path: PathKind, statuses: StepStatus[] = []): StepLike[] =>
  PATH_TEMPLATES[path].map((title, i) => step(path, i + 1, statuses[i] ?? "NOT_STARTED", title));

describe("templates", () => {
  it("has seven ratification steps, ending with the deposit with the UN Secretary-General", () => {
    expect(PATH_TEMPLATES.RATIFICATION).toEqual([
      "Inter-ministerial review",
      "Cabinet / Council of Ministers approval",
      "Submission to parliament",
      "Parliamentary committee",
      "Parliament approval",
      "Instrument signed by head of state or government",
      "Instrument deposited with the UN Secretary-General",
    ]);
  });

  it("has five accession steps, ending with the deposit of the instrument", () => {
    expect(PATH_TEMPLATES.ACCESSION).toHaveLength(5);
    expect(PATH_TEMPLATES.ACCESSION[0]).toBe("Decision to join announced");
    expect(PATH_TEMPLATES.ACCESSION[4]).toBe("Instrument of accession deposited");
  });

  it("has three implementation steps", () => {
    expect(PATH_TEMPLATES.IMPLEMENTATION).toEqual(["National implementation legislation", "Initial Article 7 report", "Annual Article 7 report"]);
  });

  it("has a template and no duplicate step titles for every path", () => {
    expect(PATH_KINDS).toEqual(["RATIFICATION", "ACCESSION", "IMPLEMENTATION"]);
    for (const path of PATH_KINDS) {
      expect(PATH_TEMPLATES[path].length).toBeGreaterThan(0);
      expect(new Set(PATH_TEMPLATES[path]).size).toBe(PATH_TEMPLATES[path].length);
    }
  });

  it("names the deposit as the last step of each joining path", () => {
    expect(DEPOSIT_STEP_TITLE).toEqual({
      RATIFICATION: "Instrument deposited with the UN Secretary-General",
      ACCESSION: "Instrument of accession deposited",
    });
  });

  it("knows every step status", () => {
    expect(STEP_STATUSES).toEqual(["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED"]);
  });
});

describe("pathFor", () => {
  it.each([
    ["SIGNATORY", "RATIFICATION"],
    ["NOT_PARTY", "ACCESSION"],
    ["WITHDRAWN", "ACCESSION"],
    ["STATE_PARTY", "IMPLEMENTATION"],
    ["PENDING", "IMPLEMENTATION"],
  ] as const)("%s -> %s", (status, path) => {
    expect(pathFor(status)).toBe(path);
  });

  it("covers every status", () => {
    for (const status of STATUS_KINDS) expect(PATH_KINDS).toContain(pathFor(status));
  });
});

describe("orderedSteps", () => {
  it("keeps only the path's steps, in position order, without changing the input", () => {
    const steps = [step("RATIFICATION", 3, "DONE"), step("ACCESSION", 1, "DONE"), step("RATIFICATION", 1, "DONE"), step("RATIFICATION", 2, "DONE")];
    const before = steps.map((s) => s.id);
    expect(orderedSteps(steps, "RATIFICATION").map((s) => s.id)).toEqual(["RATIFICATION-1", "RATIFICATION-2", "RATIFICATION-3"]);
    expect(steps.map((s) => s.id)).toEqual(before);
  });

  it("sorts positions numerically, not as text", () => {
    const steps = [step("ACCESSION", 10, "DONE"), step("ACCESSION", 9, "DONE"), step("ACCESSION", 2, "DONE")];
    expect(orderedSteps(steps, "ACCESSION").map((s) => s.position)).toEqual([2, 9, 10]);
  });
});

describe("currentStep", () => {
  it("is the first step in position order that is not done", () => {
    const steps = fromTemplate("RATIFICATION", ["DONE", "DONE", "IN_PROGRESS"]);
    expect(currentStep(steps, "RATIFICATION")?.title).toBe("Submission to parliament");
  });

  it("is the first step when nothing is done", () => {
    expect(currentStep(fromTemplate("ACCESSION"), "ACCESSION")?.title).toBe("Decision to join announced");
  });

  it("follows positions, not the order the steps are given in", () => {
    const steps = [step("RATIFICATION", 3, "NOT_STARTED"), step("RATIFICATION", 2, "IN_PROGRESS"), step("RATIFICATION", 1, "DONE")];
    expect(currentStep(steps, "RATIFICATION")?.id).toBe("RATIFICATION-2");
  });

  it("skips a done step even when a later step is done too", () => {
    const steps = [step("RATIFICATION", 1, "DONE"), step("RATIFICATION", 2, "NOT_STARTED"), step("RATIFICATION", 3, "DONE")];
    expect(currentStep(steps, "RATIFICATION")?.id).toBe("RATIFICATION-2");
  });

  it("ignores steps of other paths", () => {
    const steps = [step("ACCESSION", 1, "IN_PROGRESS"), step("RATIFICATION", 1, "DONE"), step("RATIFICATION", 2, "NOT_STARTED")];
    expect(currentStep(steps, "RATIFICATION")?.id).toBe("RATIFICATION-2");
    expect(currentStep(steps, "ACCESSION")?.id).toBe("ACCESSION-1");
    expect(currentStep(steps, "IMPLEMENTATION")).toBeNull();
  });

  it("is a blocked step when that is the first not done", () => {
    const steps = [step("ACCESSION", 1, "DONE"), step("ACCESSION", 2, "BLOCKED"), step("ACCESSION", 3, "IN_PROGRESS")];
    expect(currentStep(steps, "ACCESSION")).toMatchObject({ id: "ACCESSION-2", status: "BLOCKED" });
  });

  it("is null when every step is done, or there are none", () => {
    expect(currentStep(fromTemplate("IMPLEMENTATION", ["DONE", "DONE", "DONE"]), "IMPLEMENTATION")).toBeNull();
    expect(currentStep([], "RATIFICATION")).toBeNull();
  });

  it("returns the very object it was given", () => {
    const steps = fromTemplate("ACCESSION", ["DONE"]);
    expect(currentStep(steps, "ACCESSION")).toBe(steps[1]);
  });
});

describe("deriveStage", () => {
  it("is NO_PATH when the state has no steps on its path", () => {
    const stage = deriveStage("SIGNATORY", []);
    expect(stage).toMatchObject({
      path: "RATIFICATION",
      kind: "NO_PATH",
      current: null,
      done: 0,
      total: 0,
    });
    expect(renderMessage(stage.label, "en")).toBe("Ratification: no steps recorded");
    expect(renderMessage(stage.label, "es")).toBe("Ratificación: ningún paso registrado");
  });

  it("is NO_PATH when the only steps are on another path", () => {
    const stage = deriveStage("STATE_PARTY", fromTemplate("RATIFICATION", ["DONE", "DONE"]));
    expect(stage).toMatchObject({ path: "IMPLEMENTATION", kind: "NO_PATH", done: 0, total: 0, current: null });
    expect(renderMessage(stage.label, "en")).toBe("Implementation: no steps recorded");
  });

  it("is NOT_STARTED when nothing is done and the first step is not started", () => {
    const steps = fromTemplate("ACCESSION");
    const stage = deriveStage("NOT_PARTY", steps);
    expect(stage).toMatchObject({
      path: "ACCESSION",
      kind: "NOT_STARTED",
      current: steps[0],
      done: 0,
      total: 5,
    });
    expect(renderMessage(stage.label, "en")).toBe("Accession: Decision to join announced (not started)");
  });

  it("is IN_PROGRESS when the first step is in progress", () => {
    const stage = deriveStage("SIGNATORY", fromTemplate("RATIFICATION", ["IN_PROGRESS"]));
    expect(stage).toMatchObject({ kind: "IN_PROGRESS", done: 0, total: 7 });
    expect(renderMessage(stage.label, "en")).toBe("Ratification: Inter-ministerial review (in progress)");
  });

  it("is IN_PROGRESS with the current step's own status in the label", () => {
    const steps = fromTemplate("RATIFICATION", ["DONE", "IN_PROGRESS"]);
    const stage = deriveStage("SIGNATORY", steps);
    expect(stage).toMatchObject({ path: "RATIFICATION", kind: "IN_PROGRESS", done: 1, total: 7, current: steps[1] });
    expect(renderMessage(stage.label, "en")).toBe("Ratification: Cabinet / Council of Ministers approval (in progress)");
    // The step's title is the state's own record, kept as written; the rest is in the reader's language.
    expect(renderMessage(stage.label, "fr")).toBe("Ratification : Cabinet / Council of Ministers approval (en cours)");
    expect(renderMessage(stage.label, "es")).toBe("Ratificación: Cabinet / Council of Ministers approval (en curso)");
  });

  it("is IN_PROGRESS once a step is done, even if the next one is not started", () => {
    const stage = deriveStage("SIGNATORY", fromTemplate("RATIFICATION", ["DONE", "DONE", "NOT_STARTED"]));
    expect(stage).toMatchObject({ kind: "IN_PROGRESS", done: 2, total: 7 });
    expect(renderMessage(stage.label, "en")).toBe("Ratification: Submission to parliament (not started)");
  });

  it("is BLOCKED when the current step is blocked", () => {
    const stage = deriveStage("NOT_PARTY", fromTemplate("ACCESSION", ["DONE", "DONE", "BLOCKED", "DONE"]));
    expect(stage).toMatchObject({ kind: "BLOCKED", done: 3, total: 5 });
    expect(stage.current?.title).toBe("Cabinet / Board of Ministers approval");
    expect(renderMessage(stage.label, "en")).toBe("Accession: Cabinet / Board of Ministers approval (blocked)");
  });

  it("is BLOCKED when the very first step is blocked", () => {
    expect(deriveStage("SIGNATORY", fromTemplate("RATIFICATION", ["BLOCKED"])).kind).toBe("BLOCKED");
  });

  it("is COMPLETE when every step is done", () => {
    const stage = deriveStage("STATE_PARTY", fromTemplate("IMPLEMENTATION", ["DONE", "DONE", "DONE"]));
    expect(stage).toMatchObject({ path: "IMPLEMENTATION", kind: "COMPLETE", current: null, done: 3, total: 3 });
    expect(renderMessage(stage.label, "en")).toBe("Implementation: all 3 steps done");
    expect(renderMessage(stage.label, "fr")).toBe("Mise en œuvre : les 3 étapes sont faites");
  });

  it("counts only the steps of the state's path, whatever order they come in", () => {
    const steps = [
      step("ACCESSION", 1, "DONE"),
      step("RATIFICATION", 3, "NOT_STARTED", "Submission to parliament"),
      step("ACCESSION", 2, "DONE"),
      step("RATIFICATION", 1, "DONE", "Inter-ministerial review"),
      step("RATIFICATION", 2, "IN_PROGRESS", "Cabinet / Council of Ministers approval"),
    ];
    const stage = deriveStage("SIGNATORY", steps);
    expect(stage).toMatchObject({ path: "RATIFICATION", kind: "IN_PROGRESS", done: 1, total: 3 });
    expect(stage.current?.id).toBe("RATIFICATION-2");
    expect(renderMessage(stage.label, "en")).toBe("Ratification: Cabinet / Council of Ministers approval (in progress)");
  });

  it("follows the treaty status: a withdrawn state is on the accession path", () => {
    const stage = deriveStage("WITHDRAWN", [...fromTemplate("ACCESSION", ["DONE"]), ...fromTemplate("IMPLEMENTATION", ["DONE"])]);
    expect(stage).toMatchObject({ path: "ACCESSION", done: 1, total: 5 });
  });

  it("puts a pending state on the implementation path", () => {
    const stage = deriveStage("PENDING", [...fromTemplate("RATIFICATION", Array(7).fill("DONE")), ...fromTemplate("IMPLEMENTATION")]);
    expect(stage).toMatchObject({ path: "IMPLEMENTATION", kind: "NOT_STARTED", done: 0, total: 3 });
    expect(renderMessage(stage.label, "en")).toBe("Implementation: National implementation legislation (not started)");
  });
});

describe("isStalled", () => {
  it("is stalled when there was never any activity", () => {
    expect(isStalled(null, "2013-04-18", 6)).toBe(true);
    expect(isStalled("", "2013-04-18", 6)).toBe(true);
  });

  it("is not stalled with recent activity", () => {
    expect(isStalled("2013-04-17T09:30:00.000Z", "2013-04-18", 6)).toBe(false);
    expect(isStalled("2013-04-18T23:59:59.999Z", "2013-04-18", 6)).toBe(false);
  });

  it("is not stalled on the exact boundary, and stalled one day before it", () => {
    // Three months before 18 April 2013 is 18 January 2013.
    expect(isStalled("2013-01-18T00:00:00.000Z", "2013-04-18", 3)).toBe(false);
    expect(isStalled("2013-01-18T23:59:59.999Z", "2013-04-18", 3)).toBe(false);
    expect(isStalled("2013-01-17T23:59:59.999Z", "2013-04-18", 3)).toBe(true);
  });

  it("accepts a bare day as the last activity", () => {
    expect(isStalled("2013-01-18", "2013-04-18", 3)).toBe(false);
    expect(isStalled("2013-01-17", "2013-04-18", 3)).toBe(true);
  });

  it("counts back across the turn of the year", () => {
    expect(isStalled("2012-08-15T12:00:00.000Z", "2013-02-15", 6)).toBe(false);
    expect(isStalled("2012-08-14T12:00:00.000Z", "2013-02-15", 6)).toBe(true);
    expect(isStalled("2011-04-18T00:00:00.000Z", "2013-04-18", 24)).toBe(false);
    expect(isStalled("2011-04-17T00:00:00.000Z", "2013-04-18", 24)).toBe(true);
  });

  it("uses the number of months given", () => {
    const last = "2013-01-10T00:00:00.000Z";
    expect(isStalled(last, "2013-04-18", 3)).toBe(true);
    expect(isStalled(last, "2013-04-18", 4)).toBe(false);
  });

  // One month before 31 March is 28 February (there is no 31 February); activity on 2 March is 29 days old.
  it("counts months from the end of a month without running into the next month", () => {
    expect(isStalled("2013-03-02T00:00:00.000Z", "2013-03-31", 1)).toBe(false);
    expect(isStalled("2013-03-01T00:00:00.000Z", "2013-05-31", 3)).toBe(false);
    expect(isStalled("2013-02-28T00:00:00.000Z", "2013-03-31", 1)).toBe(false);
    expect(isStalled("2013-02-27T00:00:00.000Z", "2013-03-31", 1)).toBe(true);
  });
});

describe("canStall", () => {
  it("is a question for states still to join", () => {
    expect(canStall("SIGNATORY")).toBe(true);
    expect(canStall("NOT_PARTY")).toBe(true);
  });

  it("is not a question for States Parties or states whose instrument is deposited", () => {
    expect(canStall("STATE_PARTY")).toBe(false);
    expect(canStall("PENDING")).toBe(false);
  });
});

describe("current step when a later step is already under way", () => {
  const step = (position: number, status: StepLike["status"]): StepLike => ({
    id: `s${position}`,
    path: "RATIFICATION",
    position,
    title: `Step ${position}`,
    status,
  });

  it("is the step in progress, not an earlier step nobody marked done (Canada, April 2013)", () => {
    const steps = [step(0, "DONE"), step(1, "DONE"), step(2, "DONE"), step(3, "NOT_STARTED"), step(4, "IN_PROGRESS"), step(5, "NOT_STARTED")];
    expect(currentStep(steps, "RATIFICATION")?.id).toBe("s4");
    const stage = deriveStage("SIGNATORY", steps);
    expect(stage).toMatchObject({ kind: "IN_PROGRESS", done: 3, total: 6 });
    expect(renderMessage(stage.label, "en")).toBe("Ratification: Step 4 (in progress)");
  });

  it("is a blocked later step, and the stage says blocked", () => {
    const steps = [step(0, "NOT_STARTED"), step(1, "BLOCKED")];
    expect(currentStep(steps, "RATIFICATION")?.id).toBe("s1");
    expect(deriveStage("SIGNATORY", steps).kind).toBe("BLOCKED");
  });

  it("lets a withdrawn state stall, since it is a state to bring back", () => {
    expect(canStall("WITHDRAWN")).toBe(true);
  });
});
