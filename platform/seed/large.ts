// A large, synthetic data set for benchmarks and query-plan tests, generated deterministically from a seed number.
// It starts from the normal reference seed (197 states, CCM status, the 2013 meetings and contacts, demo users) and
// adds rows with COPY until each table holds the requested count. See `npm run seed:large`.
import { readFileSync } from "node:fs";
import path from "node:path";
import type pg from "pg";
import type { PrismaClient } from "@prisma/client";
import { copyRows, type CopyValue } from "./copy";
import { seed } from "./seed";

export interface LargeCounts {
  meetings: number;
  statements: number;
  pledges: number;
  contacts: number;
  users: number;
  auditEvents: number;
}

export const LARGE_COUNTS: LargeCounts = {
  meetings: 60,
  statements: 3_000,
  pledges: 20_000,
  contacts: 200_000,
  users: 200,
  auditEvents: 500_000,
};

export interface LargeSeedOptions {
  seed: number;
  counts: LargeCounts;
  /** The day the data is generated around: contacts up to 120 days after it are planned. */
  today: string;
  log?: (line: string) => void;
}

export interface LargeSeedResult {
  rows: Record<string, number>;
}

/** mulberry32: a small, fast, seedable generator; the same seed gives the same data. */
export function randomFrom(seedNumber: number) {
  let a = seedNumber >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1));
  const pick = <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)];
  const chance = (p: number) => next() < p;
  return { next, int, pick, chance };
}
type Random = ReturnType<typeof randomFrom>;

const DAY_MS = 86_400_000;
const dayNumber = (iso: string) => Math.floor(Date.parse(`${iso}T00:00:00Z`) / DAY_MS);
const isoOf = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);
const stampOf = (day: number, r: Random) => new Date(day * DAY_MS + r.int(7, 19) * 3_600_000 + r.int(0, 3_599_999));

/** Ids shaped like the app's (letters and digits, 10–40 characters), distinct per table, stable per seed. */
const idOf = (prefix: string, n: number) => `${prefix}${n.toString(36).padStart(9, "0")}`;

const CHANNELS = ["BILATERAL_MEETING", "DEMARCHE", "LETTER", "CALL", "EMAIL", "REGIONAL_EVENT", "SIDE_EVENT", "MEETING_MARGINS", "OTHER"] as const;
const LEVELS = ["MINISTERIAL", "AMBASSADOR", "CAPITAL_OFFICIALS", "PARLIAMENTARIANS", "EXPERT"] as const;
const OUTCOMES = ["POSITIVE", "NEUTRAL", "NEGATIVE", "NO_RESPONSE"] as const;
const PLEDGE_KINDS = ["TREATY_ACTION", "DOMESTIC_STEP", "OUTREACH", "HOST_EVENT", "REPORT", "FUNDING", "OTHER"] as const;
const PLEDGE_STATUSES = ["OPEN", "OPEN", "IN_PROGRESS", "KEPT", "SLIPPED", "WITHDRAWN"] as const;
const MEETING_KINDS = ["INTERSESSIONAL", "MEETING_OF_STATES_PARTIES", "REVIEW_CONFERENCE", "REGIONAL", "BILATERAL", "OTHER"] as const;
const ROLES = ["COORDINATOR", "CONTRIBUTOR", "CONTRIBUTOR", "VIEWER", "VIEWER", "ADMIN"] as const;
const TOPICS = [
  "ratification bill",
  "stockpile destruction",
  "victim assistance",
  "Article 7 report",
  "clearance",
  "accession",
  "national legislation",
  "regional workshop",
];
const PLACES = ["Geneva", "New York", "Lusaka", "Oslo", "Vientiane", "Beirut", "Santiago", "Dubrovnik", "Maputo", "Bangkok", ""];

interface TreatyRow {
  code: string;
  name: string;
  openedForSignature: string;
  entryIntoForce: string;
}

function otherTreaties(): TreatyRow[] {
  const [, ...lines] = readFileSync(path.join(process.cwd(), "prisma", "data", "other_treaties.csv"), "utf8")
    .trim()
    .split("\n");
  return lines.map((line) => {
    const [code, name, openedForSignature, entryIntoForce] = line.split(",");
    return { code, name, openedForSignature, entryIntoForce };
  });
}

/** Empties every application table (not the migration history). */
export async function wipe(client: pg.Client): Promise<void> {
  const { rows } = await client.query<{ tablename: string }>(
    "select tablename from pg_tables where schemaname = 'public' and tablename <> '_prisma_migrations'",
  );
  if (rows.length > 0) await client.query(`TRUNCATE ${rows.map((r) => `"${r.tablename}"`).join(", ")} RESTART IDENTITY CASCADE`);
}

/**
 * Fills an empty, migrated database: the reference seed first (through Prisma), then COPY for the bulk.
 * `client` and `prisma` point at the same database.
 */
export async function seedLarge(client: pg.Client, prisma: PrismaClient, options: LargeSeedOptions): Promise<LargeSeedResult> {
  const log = options.log ?? (() => {});
  const r = randomFrom(options.seed);
  const today = dayNumber(options.today);
  const { counts } = options;
  const written: Record<string, number> = {};
  const copy = async (table: string, columns: string[], rows: Iterable<CopyValue[]>) => {
    const started = Date.now();
    written[table] = (written[table] ?? 0) + (await copyRows(client, table, columns, rows));
    log(`  ${table}: ${written[table]} rows (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };

  log("Reference seed (states, CCM status, 2013 meetings and contacts, demo users)…");
  await seed(prisma, { demoUsers: true, today: options.today });
  await client.query("SET synchronous_commit = off");

  const states = (await client.query<{ iso3: string; region: string }>(`select iso3, region::text as region from "State" order by iso3`)).rows;
  const stateActors = (
    await client.query<{ id: string; stateIso3: string }>(`select id, "stateIso3" from "Actor" where "stateIso3" is not null order by "stateIso3"`)
  ).rows;
  const orgActors = (await client.query<{ id: string }>(`select id from "Actor" where "organisationId" is not null order by id`)).rows.map(
    (a) => a.id,
  );
  const actorIds = [...stateActors.map((a) => a.id), ...orgActors];
  const ccm = (await client.query<{ id: number }>(`select id from "Treaty" where code = 'CCM'`)).rows[0].id;
  const demo = (await client.query<{ id: string; passwordHash: string }>(`select id, "passwordHash" from "User" order by email`)).rows;
  const count = async (table: string) => Number((await client.query<{ n: string }>(`select count(*) as n from "${table}"`)).rows[0].n);

  // A few states are contacted far more than the rest, as in real outreach: a third of all targets fall on ten states.
  const hot = states
    .filter((_, i) => i % 19 === 3)
    .slice(0, 10)
    .map((s) => s.iso3);
  const pickTarget = () => (r.chance(0.33) ? r.pick(hot) : r.pick(states).iso3);
  const pickTargets = (max: number) => {
    const n = r.chance(0.8) ? 1 : r.int(2, max);
    const set = new Set<string>();
    while (set.size < n) set.add(pickTarget());
    return [...set];
  };

  // Users: the demo accounts plus generated ones, all with the demo password.
  const hash = demo[0].passwordHash;
  const newUsers = Math.max(0, counts.users - demo.length);
  const createdAt = new Date((today - 4000) * DAY_MS);
  await copy(
    "User",
    ["id", "email", "name", "passwordHash", "role", "active", "createdAt", "updatedAt"],
    (function* () {
      for (let i = 0; i < newUsers; i++) {
        yield [idOf("usr", i), `user${i}@large.adhere.test`, `Generated User ${i}`, hash, r.pick(ROLES), !r.chance(0.05), createdAt, createdAt];
      }
    })(),
  );
  const userIds = [...demo.map((u) => u.id), ...Array.from({ length: newUsers }, (_, i) => idOf("usr", i))];

  // Two more treaties and every state's record under each, with an audited history of the changes.
  const audit: CopyValue[][] = [];
  const auditColumns = ["at", "userId", "action", "entity", "entityId", "stateIso3", "extraIso3", "sensitive", "before", "after"];
  for (const treaty of otherTreaties()) {
    const { rows } = await client.query<{ id: number }>(
      `insert into "Treaty" (code, name, "openedForSignature", "entryIntoForce") values ($1, $2, $3, $4) returning id`,
      [treaty.code, treaty.name, treaty.openedForSignature, treaty.entryIntoForce],
    );
    const opened = dayNumber(treaty.openedForSignature);
    await copy(
      "TreatyStatus",
      ["stateIso3", "treatyId", "signed", "deposited", "instrument", "sourceNote", "version", "updatedAt", "updatedById"],
      states.map((s) => {
        const signed = r.chance(0.6) ? opened + r.int(0, 365) : null;
        const deposited = r.chance(0.75) ? (signed ?? opened) + r.int(30, Math.max(60, today - (signed ?? opened) - 30)) : null;
        const version = 1 + (signed ? 1 : 0) + (deposited ? 1 : 0);
        const editor = r.pick(userIds);
        if (signed)
          audit.push([
            stampOf(signed, r),
            editor,
            "treatyStatus.update",
            "TreatyStatus",
            `${s.iso3}:${treaty.code}`,
            s.iso3,
            [],
            false,
            { signed: null },
            { signed: isoOf(signed) },
          ]);
        if (deposited)
          audit.push([
            stampOf(deposited, r),
            editor,
            "treatyStatus.update",
            "TreatyStatus",
            `${s.iso3}:${treaty.code}`,
            s.iso3,
            [],
            false,
            { deposited: null },
            { deposited: isoOf(deposited), instrument: signed ? "RATIFICATION" : "ACCESSION" },
          ]);
        return [
          s.iso3,
          rows[0].id,
          signed ? isoOf(signed) : null,
          deposited ? isoOf(deposited) : null,
          deposited ? (signed ? "RATIFICATION" : "ACCESSION") : null,
          "Generated (large data set)",
          version,
          new Date((deposited ?? signed ?? opened) * DAY_MS),
          editor,
        ];
      }),
    );
  }
  // The CCM records' history: one audited change per state that has a date.
  const ccmDates = (
    await client.query<{ stateIso3: string; signed: string | null; deposited: string | null }>(
      `select "stateIso3", signed::text, deposited::text from "TreatyStatus" where "treatyId" = $1`,
      [ccm],
    )
  ).rows;
  for (const s of ccmDates) {
    if (s.deposited)
      audit.push([
        stampOf(dayNumber(s.deposited), r),
        r.pick(userIds),
        "treatyStatus.update",
        "TreatyStatus",
        `${s.stateIso3}:CCM`,
        s.stateIso3,
        [],
        false,
        { deposited: null },
        { deposited: s.deposited },
      ]);
  }

  // Meetings, their sessions and statements.
  const meetingIds: string[] = [];
  const meetingDays: number[] = [];
  const meetingSessionIds: string[] = [];
  const meetingOfSession: number[] = [];
  const newMeetings = Math.max(0, counts.meetings - (await count("Meeting")));
  await copy(
    "Meeting",
    ["id", "name", "kind", "place", "startDate", "endDate", "treatyId", "version", "createdAt", "updatedAt"],
    (function* () {
      for (let i = 0; i < newMeetings; i++) {
        const start = dayNumber("2009-06-01") + Math.floor(((today - dayNumber("2009-06-01")) * i) / Math.max(1, newMeetings)) + r.int(0, 20);
        meetingIds.push(idOf("mtg", i));
        meetingDays.push(start);
        const at = stampOf(start - 30, r);
        yield [
          idOf("mtg", i),
          `Generated meeting ${i + 1}`,
          r.pick(MEETING_KINDS),
          r.pick(PLACES),
          isoOf(start),
          isoOf(start + r.int(0, 4)),
          ccm,
          1,
          at,
          at,
        ];
      }
    })(),
  );
  await copy(
    "Session",
    ["id", "meetingId", "title", "position"],
    (function* () {
      for (let m = 0; m < meetingIds.length; m++) {
        for (let position = 0; position < 3; position++) {
          const id = idOf("ses", meetingSessionIds.length);
          meetingSessionIds.push(id);
          meetingOfSession.push(m);
          yield [id, meetingIds[m], ["Opening and general exchange", "Universalization", "Implementation and reporting"][position], position];
        }
      }
    })(),
  );
  const newStatements = meetingSessionIds.length ? Math.max(0, counts.statements - (await count("Statement"))) : 0;
  const statementIds: string[] = [];
  const statementConcerns: [string, string][] = [];
  await copy(
    "Statement",
    ["id", "sessionId", "speakerId", "position", "summary", "language", "version", "createdAt", "updatedAt"],
    (function* () {
      for (let i = 0; i < newStatements; i++) {
        const meetingSession = i % meetingSessionIds.length;
        const id = idOf("stm", i);
        statementIds.push(id);
        const speaker = r.chance(0.8) ? r.pick(stateActors) : null;
        statementConcerns.push([id, speaker?.stateIso3 ?? r.pick(states).iso3]);
        const at = stampOf(meetingDays[meetingOfSession[meetingSession]], r);
        yield [
          id,
          meetingSessionIds[meetingSession],
          speaker?.id ?? r.pick(orgActors),
          Math.floor(i / meetingSessionIds.length),
          `Statement on ${r.pick(TOPICS)}: progress reported and next steps outlined.`,
          "en",
          1,
          at,
          at,
        ];
      }
    })(),
  );
  await copy("StatementState", ["statementId", "stateIso3"], statementConcerns);

  // Pledges: made at a meeting (most through a statement), aimed at one or a few states.
  const newPledges = Math.max(0, counts.pledges - (await count("Pledge")));
  const pledgeTargets: [string, string][] = [];
  const pledgeIds: string[] = [];
  await copy(
    "Pledge",
    [
      "id",
      "actorId",
      "statementId",
      "meetingId",
      "text",
      "kind",
      "treatyAction",
      "dueText",
      "duePrecision",
      "dueEarliest",
      "dueLatest",
      "status",
      "evidence",
      "closedOn",
      "version",
      "createdAt",
      "updatedAt",
      "updatedById",
    ],
    (function* () {
      for (let i = 0; i < newPledges; i++) {
        const id = idOf("plg", i);
        pledgeIds.push(id);
        const s = statementIds.length && r.chance(0.7) ? r.int(0, statementIds.length - 1) : -1;
        const m = s >= 0 ? meetingOfSession[s % meetingSessionIds.length] : meetingIds.length ? r.int(0, meetingIds.length - 1) : -1;
        const madeOn = m >= 0 ? meetingDays[m] : today - r.int(0, 4000);
        const kind = r.pick(PLEDGE_KINDS);
        const status = r.pick(PLEDGE_STATUSES);
        const hasDue = r.chance(0.85);
        const dueLatest = madeOn + r.int(30, 900);
        const closed = status === "KEPT" || status === "WITHDRAWN" ? isoOf(Math.min(today, dueLatest - r.int(0, 20))) : null;
        for (const iso3 of pickTargets(3)) pledgeTargets.push([id, iso3]);
        const at = stampOf(madeOn, r);
        yield [
          id,
          r.pick(actorIds),
          s >= 0 ? statementIds[s] : null,
          m >= 0 ? meetingIds[m] : null,
          `Pledge ${i + 1}: ${r.pick(TOPICS)} before the next meeting`,
          kind,
          kind === "TREATY_ACTION" ? r.pick(["SIGN", "RATIFY", "ACCEDE", "DEPOSIT"]) : null,
          hasDue ? `by ${isoOf(dueLatest)}` : "",
          hasDue ? "DAY" : "UNSPECIFIED",
          hasDue ? isoOf(dueLatest) : null,
          hasDue ? isoOf(dueLatest) : null,
          status,
          closed ? "Reported at the meeting" : "",
          closed,
          1,
          at,
          at,
          r.pick(userIds),
        ];
        audit.push([at, r.pick(userIds), "pledge.create", "Pledge", id, null, [], false, null, { text: `Pledge ${i + 1}`, status: "OPEN" }]);
        if (status !== "OPEN")
          audit.push([
            stampOf(Math.min(today, madeOn + r.int(10, 700)), r),
            r.pick(userIds),
            "pledge.status",
            "Pledge",
            id,
            null,
            [],
            false,
            { status: "OPEN" },
            { status },
          ]);
      }
    })(),
  );
  await copy("PledgeState", ["pledgeId", "stateIso3"], pledgeTargets);
  await flushAudit();

  // Contacts: 2009 to 120 days ahead; later than today means planned. One audit row per contact, more for some.
  const newContacts = Math.max(0, counts.contacts - (await count("Contact")));
  const contactTargets: [string, string][] = [];
  const contactPledges: [string, string, string][] = [];
  const contactScopes: [string, string, string[], boolean][] = [];
  const first = dayNumber("2009-01-01");
  await copy(
    "Contact",
    [
      "id",
      "date",
      "status",
      "actorId",
      "channel",
      "level",
      "place",
      "summary",
      "outcome",
      "nextStep",
      "nextStepDue",
      "nextStepOwnerId",
      "nextStepDone",
      "sensitivity",
      "version",
      "createdAt",
      "updatedAt",
      "loggedById",
      "updatedById",
      "deletedAt",
      "deletedById",
    ],
    (function* () {
      for (let i = 0; i < newContacts; i++) {
        const id = idOf("cnt", i);
        const date = first + Math.floor(Math.pow(r.next(), 0.7) * (today + 120 - first));
        const planned = date > today;
        const targets = pickTargets(6);
        for (const iso3 of targets) contactTargets.push([id, iso3]);
        if (pledgeIds.length && r.chance(0.05)) contactPledges.push([id, r.pick(pledgeIds), r.chance(0.5) ? "FULFILS" : "FOLLOWS_UP"]);
        const restricted = r.chance(0.1);
        const hasNext = r.chance(0.3);
        const due = date + r.int(7, 60);
        const logger = r.pick(userIds);
        const created = stampOf(planned ? Math.min(date, today) - r.int(0, 20) : date, r);
        const deleted = r.chance(0.01) ? new Date(created.getTime() + DAY_MS) : null;
        const outcome = planned ? null : r.pick(OUTCOMES);
        yield [
          id,
          isoOf(date),
          planned ? "PLANNED" : "DONE",
          r.chance(0.7) ? r.pick(orgActors.length ? orgActors : actorIds) : r.pick(actorIds),
          r.pick(CHANNELS),
          r.chance(0.8) ? r.pick(LEVELS) : null,
          r.pick(PLACES),
          `Contact ${i + 1} on ${r.pick(TOPICS)}: discussed the state's position and the timetable.`,
          outcome,
          hasNext ? `Follow up on ${r.pick(TOPICS)}` : "",
          hasNext ? isoOf(due) : null,
          hasNext ? r.pick(userIds) : null,
          hasNext && due < today && r.chance(0.6),
          restricted ? "RESTRICTED" : "SHARED",
          1,
          created,
          created,
          logger,
          null,
          deleted,
          deleted ? logger : null,
        ];
        const scope = { stateIso3: targets[0], extraIso3: targets.slice(1), sensitive: restricted };
        audit.push([
          created,
          logger,
          "contact.create",
          "Contact",
          id,
          scope.stateIso3,
          scope.extraIso3,
          scope.sensitive,
          null,
          { date: isoOf(date), channel: "generated", targets },
        ]);
        contactScopes.push([id, scope.stateIso3, scope.extraIso3, restricted]);
      }
    })(),
  );
  await copy("ContactState", ["contactId", "stateIso3"], contactTargets);
  await copy("ContactPledge", ["contactId", "pledgeId", "link"], contactPledges);
  await flushAudit();

  // The rest of the audit log: sign-ins and updates to contacts, until the requested total.
  const remaining = Math.max(0, counts.auditEvents - (await count("AuditEvent")));
  await copy(
    "AuditEvent",
    auditColumns,
    (function* () {
      for (let i = 0; i < remaining; i++) {
        const user = r.pick(userIds);
        const day = first + Math.floor(Math.pow(r.next(), 0.5) * (today - first));
        if (i % 3 === 0 || contactScopes.length === 0) {
          yield [stampOf(day, r), user, "auth.sign-in", "User", user, null, [], false, null, { ip: `10.0.${r.int(0, 255)}.${r.int(1, 254)}` }];
        } else {
          const [contactId, iso3, extra, restricted] = r.pick(contactScopes);
          yield [
            stampOf(day, r),
            user,
            "contact.update",
            "Contact",
            contactId,
            iso3,
            extra,
            restricted,
            { outcome: "NO_RESPONSE" },
            { outcome: r.pick(OUTCOMES) },
          ];
        }
      }
    })(),
  );

  log("ANALYZE…");
  await client.query("ANALYZE");
  return { rows: written };

  async function flushAudit() {
    const rows = audit.splice(0, audit.length);
    await copy("AuditEvent", auditColumns, rows);
  }
}
