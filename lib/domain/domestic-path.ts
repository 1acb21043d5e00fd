import { say, type Message } from "./message";
import type { StatusKind } from "./status";

export const PATH_KINDS = ["RATIFICATION", "ACCESSION", "IMPLEMENTATION"] as const;
export type PathKind = (typeof PATH_KINDS)[number];

export const STEP_STATUSES = ["NOT_STARTED", "IN_PROGRESS", "DONE", "BLOCKED"] as const;
export type StepStatus = (typeof STEP_STATUSES)[number];

/** The templates a state's domestic path starts from; each state's copy is then edited freely. */
export const PATH_TEMPLATES: Record<PathKind, readonly string[]> = {
  RATIFICATION: [
    "Inter-ministerial review",
    "Cabinet / Council of Ministers approval",
    "Submission to parliament",
    "Parliamentary committee",
    "Parliament approval",
    "Instrument signed by head of state or government",
    "Instrument deposited with the UN Secretary-General",
  ],
  ACCESSION: [
    "Decision to join announced",
    "Legislation / explanatory memorandum prepared",
    "Cabinet / Board of Ministers approval",
    "Parliament approval",
    "Instrument of accession deposited",
  ],
  IMPLEMENTATION: ["National implementation legislation", "Initial Article 7 report", "Annual Article 7 report"],
};

/** The final step of a joining path: recording the deposit completes it. */
export const DEPOSIT_STEP_TITLE: Record<Exclude<PathKind, "IMPLEMENTATION">, string> = {
  RATIFICATION: PATH_TEMPLATES.RATIFICATION[PATH_TEMPLATES.RATIFICATION.length - 1],
  ACCESSION: PATH_TEMPLATES.ACCESSION[PATH_TEMPLATES.ACCESSION.length - 1],
};

/** Which path matters for a state in its situation: signatories ratify, others accede, parties implement. */
export function pathFor(status: StatusKind): PathKind {
  if (status === "SIGNATORY") return "RATIFICATION";
  if (status === "NOT_PARTY" || status === "WITHDRAWN") return "ACCESSION";
  return "IMPLEMENTATION";
}

export interface StepLike {
  id: string;
  path: PathKind;
  position: number;
  title: string;
  status: StepStatus;
}

export function orderedSteps<S extends StepLike>(steps: readonly S[], path: PathKind): S[] {
  return steps.filter((s) => s.path === path).sort((a, b) => a.position - b.position);
}

/**
 * Where the state is on the path: the first step under way (in progress or blocked), since work reported on a
 * later step means the earlier ones are behind it; otherwise the first step not done. Null when all are done.
 */
export function currentStep<S extends StepLike>(steps: readonly S[], path: PathKind): S | null {
  const ordered = orderedSteps(steps, path);
  return ordered.find((s) => s.status === "IN_PROGRESS" || s.status === "BLOCKED") ?? ordered.find((s) => s.status !== "DONE") ?? null;
}

export type StageKind = "NO_PATH" | "NOT_STARTED" | "IN_PROGRESS" | "BLOCKED" | "COMPLETE";

export interface Stage {
  path: PathKind;
  kind: StageKind;
  current: StepLike | null;
  done: number;
  total: number;
  /** The stage in words, e.g. "Ratification: Cabinet / Council of Ministers approval (in progress)" in English. */
  label: Message;
}

/** The state's overall stage, derived from its treaty status and its steps: never typed in. */
export function deriveStage(status: StatusKind, steps: readonly StepLike[]): Stage {
  const path = pathFor(status);
  const ordered = orderedSteps(steps, path);
  const done = ordered.filter((s) => s.status === "DONE").length;
  const current = currentStep(ordered, path);
  const base = { path, current, done, total: ordered.length };
  const pathName = { key: `labels.path.${path}` };
  if (ordered.length === 0) return { ...base, kind: "NO_PATH", label: say("state.path.stageNoSteps", { path: pathName }) };
  if (!current) return { ...base, kind: "COMPLETE", label: say("state.path.stageComplete", { path: pathName, count: ordered.length }) };
  const kind: StageKind = current.status === "BLOCKED" ? "BLOCKED" : done === 0 && current.status === "NOT_STARTED" ? "NOT_STARTED" : "IN_PROGRESS";
  const stepStatus = { key: `labels.stepStatus.${current.status}`, lower: true };
  return { ...base, kind, label: say("state.path.stageCurrent", { path: pathName, title: current.title, status: stepStatus }) };
}

/** No step change and no contact for `months` months before `today` (a state never touched is stalled too). */
export function isStalled(lastActivity: string | null, today: string, months: number): boolean {
  if (!lastActivity) return true;
  const [y, m, d] = today.split("-").map(Number);
  const monthIndex = y * 12 + (m - 1) - months;
  const cutoffYear = Math.floor(monthIndex / 12);
  const cutoffMonth = (monthIndex % 12) + 1;
  // One month before 31 March is 28 (or 29) February, not 3 March.
  const lastDay = new Date(Date.UTC(cutoffYear, cutoffMonth, 0)).getUTCDate();
  const cutoff = `${cutoffYear}-${String(cutoffMonth).padStart(2, "0")}-${String(Math.min(d, lastDay)).padStart(2, "0")}`;
  return lastActivity.slice(0, 10) < cutoff;
}

/** Stalling is a question only for states still to join (or, after a withdrawal, to rejoin). */
export function canStall(status: StatusKind): boolean {
  return status === "SIGNATORY" || status === "NOT_PARTY" || status === "WITHDRAWN";
}
