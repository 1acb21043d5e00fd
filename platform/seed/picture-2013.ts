import type { Prisma, PrismaClient, StepStatus } from "@prisma/client";
import { fromIsoDate } from "@/lib/domain/dates";
import { PATH_TEMPLATES, type PathKind } from "@/lib/domain/domestic-path";
import { parseFuzzyDate } from "@/lib/domain/fuzzy-date";

/** What the CMC summary of the universalization session (Geneva, 15–18 April 2013) says about domestic steps. */
const SOURCE = "CCM intersessional meeting, Geneva, 15–18 April 2013: session on universalization (CMC summary)";
const SAID_ON = "2013-04-18";
const RECORDED_AT = new Date(`${SAID_ON}T17:00:00.000Z`);

interface StepFact {
  status: StepStatus;
  date?: string;
  note?: string;
}

interface PathFact {
  iso3: string;
  path: PathKind;
  /** Facts by step position in the template; unlisted steps are not started. */
  steps: Record<number, StepFact>;
}

const PATHS: PathFact[] = [
  {
    iso3: "ZAF",
    path: "RATIFICATION",
    steps: {
      0: { status: "DONE", note: "Memorandum on ratification prepared." },
      1: { status: "IN_PROGRESS", date: "April 2013", note: "Awaiting the Cabinet's approval of a memorandum on ratification." },
      3: { status: "NOT_STARTED", note: "The memorandum goes to the Parliamentary Portfolio Committee after Cabinet approval." },
    },
  },
  {
    iso3: "CAN",
    path: "RATIFICATION",
    steps: {
      0: { status: "DONE" },
      1: { status: "DONE" },
      2: { status: "DONE", note: "Implementing legislation before Parliament." },
      4: {
        status: "IN_PROGRESS",
        date: "spring 2013",
        note: "The legislative process that concludes with ratification is expected to recommence this Spring.",
      },
    },
  },
  {
    iso3: "COD",
    path: "RATIFICATION",
    steps: {
      0: { status: "DONE" },
      1: { status: "DONE" },
      2: { status: "DONE" },
      3: { status: "DONE" },
      4: { status: "DONE" },
      5: { status: "DONE" },
      6: { status: "IN_PROGRESS", date: "very soon", note: "DR Congo said it would deposit its instrument of ratification “very soon.”" },
    },
  },
  {
    iso3: "SUR",
    path: "ACCESSION",
    steps: {
      0: {
        status: "DONE",
        note: "Suriname “highly recognizes the importance of becoming a State Party to this Convention” (said in the session on victim assistance).",
      },
      1: { status: "DONE", note: "National legislation and an explanatory memorandum prepared." },
      2: { status: "IN_PROGRESS", date: "April 2013", note: "Legislation and explanatory memorandum submitted to the Board of Ministers." },
    },
  },
  {
    iso3: "TCD",
    path: "RATIFICATION",
    steps: {
      0: { status: "DONE" },
      1: { status: "DONE" },
      2: { status: "DONE" },
      3: { status: "DONE" },
      4: { status: "DONE" },
      5: { status: "DONE" },
      6: { status: "DONE", date: "2013-03-26", note: "Chad announced that it submitted its ratification instrument in March 2013." },
    },
  },
];

const NOTES: { iso3: string; body: string }[] = [
  {
    iso3: "ARM",
    body: "Not signed. Armenia said it is not affected by cluster munition remnants and does not use, stockpile, produce or export cluster munitions, nor intend to. It fully supports the aims of the Convention and hopes that simultaneous adhesion by neighbouring South Caucasus states would reduce the security threat perception.",
  },
  {
    iso3: "ETH",
    body: "Not signed. Ethiopia said it does not produce or transfer cluster munitions, attended the intersessional meeting “with a great expectation to learn”, and was confident the meeting would “help us make the right decision in the near future.”",
  },
];

/** Adds the 2013 picture where a state has nothing recorded yet; never touches later edits. */
export async function seedPicture2013(prisma: PrismaClient, treatyId: number): Promise<number> {
  let created = 0;
  await prisma.$transaction(async (tx: Prisma.TransactionClient) => {
    for (const fact of PATHS) {
      const existing = await tx.domesticStep.count({ where: { stateIso3: fact.iso3, treatyId, path: fact.path } });
      if (existing > 0) continue;
      const titles = PATH_TEMPLATES[fact.path];
      for (const [position, title] of titles.entries()) {
        const step = fact.steps[position] ?? { status: "NOT_STARTED" as const };
        const date = step.date ? parseFuzzyDate(step.date, { reference: SAID_ON }) : null;
        const row = await tx.domesticStep.create({
          data: {
            stateIso3: fact.iso3,
            treatyId,
            path: fact.path,
            position,
            title,
            status: step.status,
            dateText: date?.text ?? "",
            datePrecision: date?.precision ?? null,
            dateEarliest: date?.earliest ? fromIsoDate(date.earliest) : null,
            dateLatest: date?.latest ? fromIsoDate(date.latest) : null,
            note: step.note ?? "",
            source: step.note || step.date ? SOURCE : "",
            createdAt: RECORDED_AT,
          },
          select: { id: true },
        });
        created += 1;
        if (step.status !== "NOT_STARTED" || step.note) {
          await tx.auditEvent.create({
            data: {
              at: RECORDED_AT,
              action: "seed.history",
              entity: "DomesticStep",
              entityId: row.id,
              stateIso3: fact.iso3,
              after: { title, status: step.status, date: date?.text ?? "", note: step.note ?? "", source: SOURCE },
            },
          });
        }
      }
    }
    for (const note of NOTES) {
      const existing = await tx.stateNote.count({ where: { stateIso3: note.iso3, source: SOURCE } });
      if (existing > 0) continue;
      const row = await tx.stateNote.create({
        data: { stateIso3: note.iso3, body: note.body, source: SOURCE, notedOn: fromIsoDate(SAID_ON), createdAt: RECORDED_AT },
        select: { id: true },
      });
      created += 1;
      await tx.auditEvent.create({
        data: {
          at: RECORDED_AT,
          action: "seed.history",
          entity: "StateNote",
          entityId: row.id,
          stateIso3: note.iso3,
          after: { body: note.body, source: SOURCE },
        },
      });
    }
  });
  return created;
}
