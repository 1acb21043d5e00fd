// The read API's response shapes, written once in zod: the OpenAPI document (features/api/openapi.ts) is generated
// from them with z.toJSONSchema, and the tests validate real responses against that document.
import { z } from "zod";
import { CONTACT_CHANNELS, CONTACT_OUTCOMES, CONTACT_STATUSES, SENSITIVITIES } from "@/lib/domain/contacts";
import { PATH_KINDS, STEP_STATUSES } from "@/lib/domain/domestic-path";
import { MEETING_KINDS, PLEDGE_KINDS, PLEDGE_STATUSES, TREATY_ACTIONS } from "@/lib/domain/pledges";
import { REGIONS } from "@/lib/domain/reference-data";
import { STATUS_KINDS } from "@/lib/domain/status";
import { DATE_PRECISIONS } from "@/lib/domain/fuzzy-date";
import { OBLIGATION_STATES } from "@/lib/domain/article7";

const IsoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/)
  .describe("A calendar day, YYYY-MM-DD.");
const Timestamp = z.iso.datetime().describe("A moment, ISO 8601 in UTC.");
const Count = z.int().min(0);
const Id = z.string().describe("An opaque identifier.");

const Region = z.enum(REGIONS);
const Status = z.enum(STATUS_KINDS).describe("Status under the Convention at the end of the `asOf` day.");
const Instrument = z.enum(["RATIFICATION", "ACCESSION", "ACCEPTANCE", "APPROVAL"]);

export const TreatyRecordSchema = z.object({
  signed: IsoDate.nullable(),
  deposited: IsoDate.nullable(),
  instrument: Instrument.nullable(),
  entryIntoForce: IsoDate.nullable().describe("As stated by a source; null when derived by Article 17 (see `entryIntoForce` of the state)."),
  withdrawalEffective: IsoDate.nullable(),
});

const EntryIntoForce = z
  .object({
    date: IsoDate,
    basis: z.enum(["stated", "derived"]),
    disagreesWithRule: IsoDate.optional().describe("Article 17's date, when a stated date differs from it."),
  })
  .nullable();

const Stage = z.object({
  path: z.enum(PATH_KINDS),
  kind: z.enum(["NO_PATH", "NOT_STARTED", "IN_PROGRESS", "BLOCKED", "COMPLETE"]),
  label: z.string(),
  done: Count,
  total: Count,
  currentStep: z.object({ title: z.string(), status: z.enum(STEP_STATUSES) }).nullable(),
});

export const StateSummarySchema = z.object({
  iso3: z.string().regex(/^[A-Z]{3}$/),
  name: z.string(),
  region: Region,
  aliases: z.array(z.string()),
  status: Status,
  record: TreatyRecordSchema,
  entryIntoForce: EntryIntoForce,
  stage: Stage,
  lastActivity: Timestamp.nullable().describe("The latest recorded change concerning the state that you may see."),
  stalled: z.boolean(),
  lastContact: IsoDate.nullable().describe("The last outreach contact (done, by `asOf`) that you may see."),
  daysSinceContact: Count.nullable(),
  url: z.string().describe("The state's page in Adhere."),
});

const Step = z.object({
  id: Id,
  path: z.enum(PATH_KINDS),
  position: z.int(),
  title: z.string(),
  status: z.enum(STEP_STATUSES),
  date: z.object({ text: z.string(), earliest: IsoDate.nullable(), latest: IsoDate.nullable() }),
  note: z.string(),
  updatedAt: Timestamp,
});

const Article7 = z.object({
  kind: z.enum(["INITIAL", "ANNUAL"]),
  year: z.int().nullable(),
  due: IsoDate,
  state: z
    .enum(OBLIGATION_STATES)
    .describe("NOT_RECORDED: past due with no submission recorded, before the day an administrator says the records are complete from (then LATE)."),
  submittedOn: IsoDate.nullable(),
});

const ActorRef = z.object({ id: Id, name: z.string(), kind: z.enum(["STATE", "ORGANISATION"]), stateIso3: z.string().nullable() });

export const PledgeSchema = z.object({
  id: Id,
  text: z.string(),
  kind: z.enum(PLEDGE_KINDS),
  treatyAction: z.enum(TREATY_ACTIONS).nullable(),
  status: z.enum(PLEDGE_STATUSES),
  due: z
    .object({
      text: z.string().describe("As said, e.g. “mid-2013”."),
      precision: z.enum(DATE_PRECISIONS),
      earliest: IsoDate.nullable(),
      latest: IsoDate.nullable(),
    })
    .describe("The due date as said and the window of days it means."),
  reviewOn: IsoDate.nullable(),
  overdue: z.boolean(),
  reviewDue: z.boolean(),
  evidence: z.string(),
  closedOn: IsoDate.nullable(),
  actor: ActorRef,
  meeting: z.object({ id: Id, name: z.string() }).nullable(),
  statementId: Id.nullable(),
  targetRegion: Region.nullable(),
  targets: z.array(z.object({ iso3: z.string(), name: z.string() })),
  url: z.string(),
});

const ContactSummary = z.object({
  id: Id,
  date: IsoDate,
  status: z.enum(CONTACT_STATUSES),
  actor: ActorRef,
  targets: z.array(z.string().describe("ISO 3166-1 alpha-3 code")),
  channel: z.enum(CONTACT_CHANNELS),
  summary: z.string(),
  outcome: z.enum(CONTACT_OUTCOMES).nullable(),
  nextStep: z.string(),
  nextStepDue: IsoDate.nullable(),
  nextStepDone: z.boolean(),
  sensitivity: z.enum(SENSITIVITIES).describe("RESTRICTED contacts are only ever sent to coordinators and administrators."),
  url: z.string(),
});

export const StateDetailSchema = StateSummarySchema.extend({
  entryIntoForceNote: z.string(),
  sourceNote: z.string(),
  steps: z.array(Step),
  article7: z.array(Article7).describe("Article 7 transparency reports owed by the `asOf` day."),
  pledges: z.array(PledgeSchema).describe("Pledges made by the state or aimed at it."),
  contacts: z.array(ContactSummary).describe("The latest outreach contacts with the state that you may see (at most 50)."),
});

export const MeetingSchema = z.object({
  id: Id,
  name: z.string(),
  kind: z.enum(MEETING_KINDS),
  place: z.string(),
  startDate: IsoDate,
  endDate: IsoDate,
  statements: Count,
  pledges: Count,
  url: z.string(),
});

export const PageSchema = z.object({
  page: z.int().min(1),
  limit: z.int().min(1).max(100),
  total: Count,
  pageCount: z.int().min(1),
  next: z.string().nullable().describe("The next page's path and query, or null on the last page."),
  prev: z.string().nullable(),
});

export const StateListSchema = z.object({
  data: z.array(StateSummarySchema),
  page: PageSchema,
  asOf: IsoDate,
  counts: z
    .object({ STATE_PARTY: Count, PENDING: Count, SIGNATORY: Count, NOT_PARTY: Count, WITHDRAWN: Count, byDeposit: Count })
    .describe("States matching region and search on `asOf`, before the status filter."),
});
export const StateResponseSchema = z.object({ data: StateDetailSchema, asOf: IsoDate });
export const PledgeListSchema = z.object({
  data: z.array(PledgeSchema),
  page: PageSchema,
  countsByStatus: z.object({ OPEN: Count, IN_PROGRESS: Count, KEPT: Count, SLIPPED: Count, WITHDRAWN: Count }),
});
export const MeetingListSchema = z.object({ data: z.array(MeetingSchema), page: PageSchema });

/** RFC 9457 problem details: every error the API gives has this shape (and never a stack trace). */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.int(),
  detail: z.string(),
  errors: z.array(z.object({ param: z.string(), message: z.string() })).optional(),
});

export type StateSummaryJson = z.infer<typeof StateSummarySchema>;
export type StateDetailJson = z.infer<typeof StateDetailSchema>;
export type PledgeJson = z.infer<typeof PledgeSchema>;
export type MeetingJson = z.infer<typeof MeetingSchema>;
export type PageJson = z.infer<typeof PageSchema>;
export type ProblemJson = z.infer<typeof ProblemSchema>;
