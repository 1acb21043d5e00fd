// Simulated coordinators: each edits the domestic steps of one state and logs contacts as fast as the server
// answers, keeping the version of each step as they last saw it (so that they collide with each other), and
// records every answer. verifyWrites() then checks the database against what was acknowledged.
import type { PrismaClient } from "@prisma/client";
import { hashPassword } from "@/platform/auth/password";
import { Browser, type ActionResponse } from "./client";

export interface Step {
  id: string;
  title: string;
  status: string;
}

export interface Answer {
  kind: "step" | "contact";
  marker: string;
  /** ok, conflict, confirm, unavailable, …; "http-N" for a response without a form result; "network" if none. */
  outcome: string;
  message: string;
  ms: number;
  at: number;
  stepId?: string;
  /** For an acknowledged step edit: the version it created. */
  version?: number;
  /** A conflict gave the user's input back. */
  inputKept?: boolean;
}

export async function createCoordinators(prisma: PrismaClient, count: number, prefix: string): Promise<{ email: string; password: string }[]> {
  const password = "reliability-password-2013";
  const passwordHash = await hashPassword(password);
  const users = Array.from({ length: count }, (_, i) => ({
    email: `${prefix}-${i}@reliability.test`,
    name: `Coordinator ${prefix} ${i}`,
    role: "COORDINATOR" as const,
    passwordHash,
  }));
  await prisma.user.createMany({ data: users });
  return users.map((u) => ({ email: u.email, password }));
}

export async function signInAll(baseUrl: string, users: { email: string; password: string }[], parallel = 5): Promise<Browser[]> {
  const browsers: Browser[] = [];
  for (let i = 0; i < users.length; i += parallel) {
    const batch = users.slice(i, i + parallel).map(async (u) => {
      const b = new Browser(baseUrl);
      await b.signIn(u.email, u.password);
      return b;
    });
    browsers.push(...(await Promise.all(batch)));
  }
  return browsers;
}

function classify(response: ActionResponse): { outcome: string; message: string } {
  const state = response.state;
  if (response.status !== 200 || !state || state.status !== "done")
    return { outcome: `http-${response.status}`, message: response.body.slice(0, 200) };
  return state.ok ? { outcome: "ok", message: state.message } : { outcome: state.code, message: state.message };
}

export interface WorkloadOptions {
  browsers: Browser[];
  iso3: string;
  steps: Step[];
  actorId: string;
  /** Contacts are dated here, far from the seeded ones, so that de-confliction rarely interrupts. */
  contactDate: string;
  until: () => boolean;
  stepShare?: number;
  /** Answers are pushed here as they arrive (for a stop condition that looks at them). */
  answers?: Answer[];
}

export async function runWorkload(prisma: PrismaClient, options: WorkloadOptions): Promise<Answer[]> {
  const answers: Answer[] = options.answers ?? [];
  const page = `/states/${options.iso3}`;
  const initial = new Map(
    (await prisma.domesticStep.findMany({ where: { id: { in: options.steps.map((s) => s.id) } }, select: { id: true, version: true } })).map((s) => [
      s.id,
      s.version,
    ]),
  );

  await Promise.all(
    options.browsers.map(async (browser, worker) => {
      const seen = new Map(initial);
      for (let seq = 0; !options.until(); seq++) {
        const marker = `w${worker}-${seq}-${Math.random().toString(36).slice(2, 8)}`;
        const started = Date.now();
        if (Math.random() < (options.stepShare ?? 0.7)) {
          const step = options.steps[Math.floor(Math.random() * options.steps.length)];
          const version = seen.get(step.id)!;
          const fields = { id: step.id, version: String(version), title: step.title, status: step.status, date: "", note: marker, source: "" };
          let answer: Answer;
          try {
            const response = await browser.action("updateDomesticStep", page, fields);
            const { outcome, message } = classify(response);
            answer = { kind: "step", marker, outcome, message, ms: Date.now() - started, at: started, stepId: step.id };
            if (outcome === "ok") {
              answer.version = version + 1;
              seen.set(step.id, version + 1);
            } else if (response.state?.status === "done" && !response.state.ok) {
              answer.inputKept = response.state.values?.note === marker;
              // The user reviews the current values and tries again from there.
              if (response.state.currentVersion) seen.set(step.id, response.state.currentVersion);
            }
          } catch (error) {
            answer = { kind: "step", marker, outcome: "network", message: String(error), ms: Date.now() - started, at: started, stepId: step.id };
          }
          answers.push(answer);
        } else {
          const fields: Record<string, string | string[]> = {
            date: options.contactDate,
            status: "DONE",
            actorId: options.actorId,
            targets: options.iso3,
            channel: "EMAIL",
            summary: marker,
            sensitivity: "SHARED",
          };
          let answer: Answer;
          try {
            let response = await browser.action("createContact", "/contacts/new", fields);
            // De-confliction: the user has seen the overlapping contacts and saves anyway.
            if (response.state?.status === "done" && !response.state.ok && response.state.code === "confirm") {
              const related = (response.state.related ?? []).map((r) => r.id).filter((id): id is string => Boolean(id));
              response = await browser.action("createContact", "/contacts/new", { ...fields, confirmedOverlaps: related });
            }
            const { outcome, message } = classify(response);
            answer = { kind: "contact", marker, outcome, message, ms: Date.now() - started, at: started };
          } catch (error) {
            answer = { kind: "contact", marker, outcome: "network", message: String(error), ms: Date.now() - started, at: started };
          }
          answers.push(answer);
        }
      }
    }),
  );
  return answers;
}

export function tally(answers: Answer[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const a of answers) counts[`${a.kind}:${a.outcome}`] = (counts[`${a.kind}:${a.outcome}`] ?? 0) + 1;
  return counts;
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

export interface Verification {
  problems: string[];
  acknowledged: number;
  stepAcks: number;
  contactAcks: number;
}

/**
 * Every acknowledged write is in the database, exactly once; no step edit was lost (each acknowledged version is
 * unique and the versions form an unbroken chain to the row's current version, whose note is the last edit);
 * the audit log has exactly one event per acknowledged change; and nothing that was not acknowledged was saved.
 */
export async function verifyWrites(
  prisma: PrismaClient,
  answers: Answer[],
  steps: Step[],
  startVersions: Map<string, number>,
  since: Date,
): Promise<Verification> {
  const problems: string[] = [];
  const acks = answers.filter((a) => a.outcome === "ok");
  const notAcked = new Set(answers.filter((a) => a.outcome !== "ok").map((a) => a.marker));
  const stepAcks = acks.filter((a) => a.kind === "step");
  const contactAcks = acks.filter((a) => a.kind === "contact");

  const rows = await prisma.domesticStep.findMany({ where: { id: { in: steps.map((s) => s.id) } }, select: { id: true, version: true, note: true } });
  for (const row of rows) {
    const mine = stepAcks.filter((a) => a.stepId === row.id).sort((a, b) => a.version! - b.version!);
    const versions = mine.map((a) => a.version!);
    const expected = Array.from({ length: row.version - startVersions.get(row.id)! }, (_, i) => startVersions.get(row.id)! + 1 + i);
    if (JSON.stringify(versions) !== JSON.stringify(expected)) {
      problems.push(
        `step ${row.id}: acknowledged versions ${versions.length} (${versions.slice(0, 5).join(",")}…) but the row went from ${startVersions.get(row.id)} to ${row.version}`,
      );
    }
    if (mine.length && row.note !== mine[mine.length - 1].marker)
      problems.push(`step ${row.id}: note is "${row.note}", the last acknowledged edit was "${mine[mine.length - 1].marker}"`);
  }

  const audits = await prisma.auditEvent.findMany({
    where: { at: { gte: since }, action: { in: ["domesticStep.update", "contact.create"] } },
    select: { action: true, entityId: true, after: true },
  });
  const auditMarkers = new Map<string, number>();
  for (const event of audits) {
    const after = event.after as { note?: string; summary?: string } | null;
    const marker = event.action === "domesticStep.update" ? after?.note : after?.summary;
    if (marker) auditMarkers.set(marker, (auditMarkers.get(marker) ?? 0) + 1);
  }
  for (const ack of acks) {
    if (auditMarkers.get(ack.marker) !== 1) problems.push(`${ack.kind} ${ack.marker}: ${auditMarkers.get(ack.marker) ?? 0} audit events, expected 1`);
  }
  if (audits.length !== acks.length) problems.push(`${audits.length} audit events for ${acks.length} acknowledged changes`);
  for (const marker of auditMarkers.keys()) if (notAcked.has(marker)) problems.push(`${marker} was refused or failed, yet it was saved (audit)`);

  const contacts = await prisma.contact.findMany({
    where: { summary: { in: answers.filter((a) => a.kind === "contact").map((a) => a.marker) } },
    select: { summary: true },
  });
  const saved = new Map<string, number>();
  for (const c of contacts) saved.set(c.summary, (saved.get(c.summary) ?? 0) + 1);
  for (const ack of contactAcks)
    if (saved.get(ack.marker) !== 1) problems.push(`contact ${ack.marker}: ${saved.get(ack.marker) ?? 0} rows, expected 1`);
  for (const [marker] of saved) if (notAcked.has(marker)) problems.push(`contact ${marker} was refused or failed, yet it was saved`);

  return { problems, acknowledged: acks.length, stepAcks: stepAcks.length, contactAcks: contactAcks.length };
}
