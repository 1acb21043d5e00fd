// Turns a parsed summary into the proposals a coordinator reviews: what is new, what is already saved (nothing
// proposed again), what seems already recorded by hand (shown, not ticked), and where the summary disagrees with
// the database.
import type { IsoDate } from "./dates";
import { PATH_TEMPLATES, pathFor, type PathKind, type StepStatus } from "./domestic-path";
import type { PledgeKind, TreatyAction } from "./pledges";
import type { KnownActor, ParsedStatement, ParsedSummary, SectionHint } from "./summary-parser";
import { foldForSearch } from "./state-search";
import type { StatusKind } from "./status";

/** A summary's actor as the review knows it: the parser's view plus its record id. */
export interface ImportActor extends KnownActor {
  id: string;
}

export interface ReviewSpeaker {
  text: string;
  actorId: string | null;
  name: string | null;
}

export interface ExistingRecord {
  href: string;
  /** What is on record, for saying it in the reader's language. */
  facts: ExistingFacts;
}

export type ExistingFacts =
  | { kind: "pledge"; text: string }
  | { kind: "step"; title: string; status: StepStatus }
  | { kind: "contact"; date: IsoDate }
  | { kind: "statement"; session: string };

/** A speaker listed under a section heading that contradicts its status in the database on the meeting's date. */
export interface HintConflictFacts {
  name: string;
  hint: SectionHint;
  status: StatusKind;
  on: IsoDate;
}

export interface ReviewPledge {
  key: string;
  sentence: string;
  actorId: string | null;
  text: string;
  kind: PledgeKind;
  treatyAction: TreatyAction | null;
  due: string;
  existing: ExistingRecord | null;
}

export interface ReviewStep {
  key: string;
  sentence: string;
  iso3: string;
  stateName: string;
  path: Exclude<PathKind, "IMPLEMENTATION"> | "IMPLEMENTATION";
  title: string;
  status: "DONE" | "IN_PROGRESS";
  date: string;
  /** The step of the state's path it updates; null: the path is started from its template first. */
  step: { id: string; version: number; status: string } | null;
  existing: ExistingRecord | null;
}

export interface ReviewContact {
  key: string;
  sentence: string;
  actorId: string | null;
  targetIso3: string;
  targetName: string;
  outcome: "POSITIVE" | "NEUTRAL" | "NEGATIVE";
  existing: ExistingRecord | null;
}

export interface ReviewStatement {
  key: string;
  /** The id of this statement if an earlier import saved it: its new pledges attach to it. */
  savedId: string | null;
  speakers: ReviewSpeaker[];
  sectionHint: SectionHint | null;
  /** Where the section heading disagrees with the database, for saying it in the reader's language. */
  hintConflictFacts: HintConflictFacts[];
  byChairs: boolean;
  summary: string;
  quotes: string[];
  concerns: { iso3: string; name: string }[];
  existing: (ExistingRecord & { id: string }) | null;
  pledges: ReviewPledge[];
  steps: ReviewStep[];
  contacts: ReviewContact[];
}

export interface ImportReview {
  statements: ReviewStatement[];
  chairs: ReviewSpeaker[];
  /** Proposals an earlier import of this meeting already saved: not proposed again. */
  alreadySaved: number;
  unmatched: string[];
}

export interface StepOnRecord {
  id: string;
  path: PathKind;
  title: string;
  status: string;
  version: number;
}

export interface ImportContext {
  meetingId: string;
  meetingDate: IsoDate;
  actors: readonly ImportActor[];
  statusOf: (iso3: string) => StatusKind | null;
  /** Fingerprint → id of what an earlier import saved. */
  saved: ReadonlyMap<string, string>;
  statementsInMeeting: readonly { id: string; speakerIds: string[]; sessionTitle: string }[];
  pledgesInMeeting: readonly { id: string; actorId: string; text: string; dueText: string }[];
  stepsOf: (iso3: string) => readonly StepOnRecord[];
  /** Done contacts by (actor, target) near the meeting. */
  contactsNear: readonly { id: string; actorId: string; targetIso3: string; date: IsoDate }[];
}

/** A short stable hash (two 32-bit FNV-1a lanes), so a proposal is recognised when the same text is imported again. */
export function fingerprint(parts: readonly string[]): string {
  const text = parts.join("\u241f");
  let a = 0x811c9dc5;
  let b = 0x9747b28c;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x5bd1e995);
    b ^= b >>> 15;
  }
  return (a >>> 0).toString(16).padStart(8, "0") + (b >>> 0).toString(16).padStart(8, "0");
}

const normalised = (text: string) => foldForSearch(text).replace(/[^\p{L}\p{N} ]/gu, "");

/** Whether the summary's section heading and the database disagree about a speaker's status on the meeting's date. */
function contradictsHint(hint: SectionHint | null, status: StatusKind | null): boolean {
  if (!hint || !status || hint === "ORGANISATION") return false;
  const agrees = hint === "STATE_PARTY" ? status === "STATE_PARTY" : status === "SIGNATORY" || status === "NOT_PARTY" || status === "WITHDRAWN";
  return !agrees;
}

const STEP_KEYWORDS: { pattern: RegExp; title: (path: PathKind) => string | undefined }[] = [
  {
    pattern:
      /\b(?:deposit\w*|submitted its (?:ratification|accession) instrument|instrument of (?:ratification|accession) (?:was |had been )?(?:deposited|submitted))\b/i,
    title: (p) => PATH_TEMPLATES[p].find((t) => /deposited/i.test(t)),
  },
  { pattern: /\b(?:cabinet|council of ministers|board of ministers)\b/i, title: (p) => PATH_TEMPLATES[p].find((t) => /cabinet/i.test(t)) },
  {
    pattern: /\b(?:submitted to|presented to|before) (?:the )?parliament\w*\b|\bparliamentary (?:portfolio )?committee\b/i,
    title: (p) => PATH_TEMPLATES[p].find((t) => /submission to parliament|parliament approval/i.test(t)),
  },
  { pattern: /\bparliament\w*\b/i, title: (p) => PATH_TEMPLATES[p].find((t) => /parliament approval/i.test(t)) },
  { pattern: /\b(?:legislation|memorandum|bill)\b/i, title: (p) => PATH_TEMPLATES[p].find((t) => /legislation/i.test(t)) },
];

/** Which step of which path a reported step is, by the usual words ("memorandum … by the Cabinet" → Cabinet approval). */
export function stepFor(sentence: string, status: StatusKind | null): { path: PathKind; title: string } {
  const path: PathKind = /\bratif/i.test(sentence)
    ? "RATIFICATION"
    : /\bacce(?:de|ssion)\b/i.test(sentence)
      ? "ACCESSION"
      : pathFor(status ?? "NOT_PARTY");
  const joining: PathKind =
    path === "IMPLEMENTATION" && !/implement/i.test(sentence) ? (status === "SIGNATORY" ? "RATIFICATION" : "ACCESSION") : path;
  for (const { pattern, title } of STEP_KEYWORDS) {
    if (!pattern.test(sentence)) continue;
    const found = title(joining);
    if (found) return { path: joining, title: found };
  }
  return { path: joining, title: PATH_TEMPLATES[joining][0] };
}

function speakerKeys(statement: ParsedStatement): string[] {
  return statement.speakers.map((s) => s.actor?.key ?? `?${normalised(s.text)}`);
}

/**
 * Builds the review of a parsed summary for one meeting. Proposals whose fingerprint an earlier import saved are
 * left out (counted in `alreadySaved`); ones that look recorded by other means carry `existing`.
 */
export function buildImportReview(parsed: ParsedSummary, ctx: ImportContext): ImportReview {
  const idOf = (actor: KnownActor | null) => (actor ? (ctx.actors.find((a) => a.key === actor.key)?.id ?? null) : null);
  const stateKey = (actor: KnownActor | null) => (actor?.kind === "STATE" ? actor.key : null);
  let alreadySaved = 0;
  const isSaved = (key: string) => {
    if (!ctx.saved.has(key)) return false;
    alreadySaved += 1;
    return true;
  };
  const unmatched = new Set<string>();
  const statements: ReviewStatement[] = [];

  for (const statement of parsed.statements) {
    const keys = speakerKeys(statement);
    const speakers: ReviewSpeaker[] = statement.speakers.map((s) => {
      if (!s.actor) unmatched.add(s.text);
      return { text: s.text, actorId: idOf(s.actor), name: s.actor?.name ?? null };
    });
    const lead = statement.speakers[0]?.actor ?? null;
    const leadId = idOf(lead);
    const statementKey = fingerprint(["statement", ...keys, normalised(statement.summary)]);
    const savedId = ctx.saved.get(statementKey) ?? null;
    const speakerIds = speakers.map((s) => s.actorId);
    const sameSpeakers = speakerIds.every(Boolean)
      ? ctx.statementsInMeeting.find((e) => e.speakerIds.length === speakerIds.length && speakerIds.every((id) => e.speakerIds.includes(id!)))
      : undefined;

    const pledges: ReviewPledge[] = [];
    for (const p of statement.pledges) {
      const key = fingerprint(["pledge", ...keys, normalised(p.text)]);
      if (isSaved(key)) continue;
      const similar = ctx.pledgesInMeeting.find(
        (e) => e.actorId === leadId && (normalised(e.text) === normalised(p.text) || (p.due !== null && e.dueText === p.due.text)),
      );
      pledges.push({
        key,
        sentence: p.sentence,
        actorId: leadId,
        text: p.text,
        kind: p.kind,
        treatyAction: p.treatyAction,
        due: p.due?.text ?? "",
        existing: similar ? { href: `/pledges/${similar.id}`, facts: { kind: "pledge", text: similar.text } } : null,
      });
    }

    const steps: ReviewStep[] = [];
    const iso3 = stateKey(lead);
    for (const s of iso3 ? statement.steps : []) {
      const key = fingerprint(["step", iso3!, normalised(s.sentence)]);
      if (isSaved(key)) continue;
      const { path, title } = stepFor(s.sentence, ctx.statusOf(iso3!));
      const onRecord = ctx.stepsOf(iso3!).find((r) => r.path === path && r.title === title) ?? null;
      const same = onRecord && (onRecord.status === s.status || onRecord.status === "DONE");
      steps.push({
        key,
        sentence: s.sentence,
        iso3: iso3!,
        stateName: lead!.name,
        path,
        title,
        status: s.status,
        date: s.due?.text ?? "",
        step: onRecord ? { id: onRecord.id, version: onRecord.version, status: onRecord.status } : null,
        existing: same
          ? {
              href: `/states/${iso3}#domestic-path`,
              facts: { kind: "step", title, status: onRecord.status as StepStatus },
            }
          : null,
      });
    }

    const contacts: ReviewContact[] = [];
    for (const c of statement.contacts) {
      const target = stateKey(c.target);
      if (!target) continue;
      const key = fingerprint(["contact", ...keys, target, normalised(c.sentence)]);
      if (isSaved(key)) continue;
      const similar = ctx.contactsNear.find((e) => e.actorId === leadId && e.targetIso3 === target);
      contacts.push({
        key,
        sentence: c.sentence,
        actorId: leadId,
        targetIso3: target,
        targetName: c.target!.name,
        outcome: c.outcome,
        existing: similar
          ? {
              href: `/contacts/${similar.id}`,
              facts: { kind: "contact", date: similar.date },
            }
          : null,
      });
    }

    const statementSaved = isSaved(statementKey);
    if (statementSaved && pledges.length === 0 && steps.length === 0 && contacts.length === 0) continue;
    const hintConflictFacts: HintConflictFacts[] = statement.byChairs
      ? []
      : statement.speakers.flatMap((s) => {
          const code = stateKey(s.actor);
          const status = code ? ctx.statusOf(code) : null;
          return code && contradictsHint(statement.sectionHint, status)
            ? [{ name: s.actor!.name, hint: statement.sectionHint!, status: status!, on: ctx.meetingDate }]
            : [];
        });
    statements.push({
      key: statementKey,
      savedId: statementSaved ? savedId : null,
      speakers,
      sectionHint: statement.sectionHint,
      hintConflictFacts,
      byChairs: statement.byChairs,
      summary: statement.summary,
      quotes: statement.quotes,
      concerns: statement.mentions.filter((m) => m.kind === "STATE").map((m) => ({ iso3: m.key, name: m.name })),
      existing:
        !statementSaved && sameSpeakers
          ? {
              id: sameSpeakers.id,
              href: `/meetings/${ctx.meetingId}#statement-${sameSpeakers.id}`,
              facts: { kind: "statement", session: sameSpeakers.sessionTitle },
            }
          : null,
      pledges,
      steps,
      contacts,
    });
  }
  const chairs = parsed.chairs.map((c) => ({ text: c.text, actorId: idOf(c.actor), name: c.actor?.name ?? null }));
  return { statements, chairs, alreadySaved, unmatched: [...unmatched] };
}

type Accepting<T> = T & { accept: boolean };

/** A statement of the review as the coordinator edits it: every proposal ticked or not, fields changed. */
export interface EditableStatement extends Omit<ReviewStatement, "pledges" | "steps" | "contacts"> {
  accept: boolean;
  quotesText: string;
  pledges: Accepting<ReviewPledge>[];
  steps: Accepting<ReviewStep>[];
  contacts: Accepting<ReviewContact & { summary: string; date: IsoDate }>[];
}

/** The review as first shown: new proposals ticked; ones recorded already, or with a speaker not found, unticked. */
export function editableReview(review: ImportReview, meetingDate: IsoDate): EditableStatement[] {
  return review.statements.map((s) => ({
    ...s,
    accept: !s.savedId && !s.existing && s.speakers.every((sp) => sp.actorId),
    quotesText: s.quotes.join("\n"),
    pledges: s.pledges.map((p) => ({ ...p, accept: !p.existing })),
    steps: s.steps.map((p) => ({ ...p, accept: !p.existing })),
    contacts: s.contacts.map((p) => ({ ...p, accept: !p.existing, summary: p.sentence, date: meetingDate })),
  }));
}

export const hasAccepted = (s: EditableStatement) =>
  s.accept || s.pledges.some((p) => p.accept) || s.steps.some((p) => p.accept) || s.contacts.some((p) => p.accept);

/** What the save action receives: the ticked proposals only, as edited. */
export function importPayload(
  statements: readonly EditableStatement[],
  options: { sessionId: string | null; sessionTitle: string; language: string; chairIds: string[]; meetingName: string },
) {
  return {
    sessionId: options.sessionId,
    sessionTitle: options.sessionId ? "" : options.sessionTitle,
    language: options.language,
    chairIds: options.chairIds,
    statements: statements.filter(hasAccepted).map((s) => ({
      key: s.key,
      create: s.accept,
      attachTo: s.savedId ?? s.existing?.id ?? null,
      speakerIds: s.speakers.map((sp) => sp.actorId),
      speakerNames: s.speakers.map((sp) => sp.text),
      summary: s.summary,
      quotes: s.quotesText
        .split("\n")
        .map((q) => q.trim())
        .filter(Boolean),
      concerns: s.concerns.map((c) => c.iso3),
      pledges: s.pledges
        .filter((p) => p.accept)
        .map((p) => ({
          key: p.key,
          actorId: p.actorId ?? s.speakers[0]?.actorId ?? null,
          text: p.text,
          kind: p.kind,
          treatyAction: p.kind === "TREATY_ACTION" ? p.treatyAction : null,
          due: p.due,
        })),
      steps: s.steps
        .filter((p) => p.accept)
        .map((p) => ({
          key: p.key,
          iso3: p.iso3,
          path: p.path,
          title: p.title,
          status: p.status,
          date: p.date,
          note: `${options.meetingName}: ${p.sentence}`,
          stepId: p.step?.id ?? null,
          version: p.step?.version ?? null,
        })),
      contacts: s.contacts
        .filter((p) => p.accept)
        .map((p) => ({
          key: p.key,
          actorId: p.actorId ?? s.speakers[0]?.actorId ?? null,
          targetIso3: p.targetIso3,
          outcome: p.outcome,
          summary: p.summary,
          date: p.date,
        })),
    })),
  };
}
