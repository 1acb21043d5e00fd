import type { PrismaClient, Role } from "@prisma/client";
import { hashPassword } from "@/platform/auth/password";
import { fromIsoDate, todayIso, type IsoDate } from "@/lib/domain/dates";
import { seedContacts2013 } from "./contacts";
import { seedMeetings2013 } from "./meetings";
import { seedPicture2013 } from "./picture-2013";
import { loadReferenceStates } from "./reference";

export const CCM = {
  code: "CCM",
  name: "Convention on Cluster Munitions",
  openedForSignature: "2008-12-03",
  entryIntoForce: "2010-08-01",
} as const;

export const DEMO_PASSWORD = "adhere-demo-2013";
export const DEMO_USERS: { email: string; name: string; role: Role }[] = [
  { email: "admin@adhere.test", name: "Demo Administrator", role: "ADMIN" },
  { email: "coordinator@adhere.test", name: "Demo Coordinator", role: "COORDINATOR" },
  { email: "contributor@adhere.test", name: "Demo Contributor", role: "CONTRIBUTOR" },
  { email: "viewer@adhere.test", name: "Demo Viewer", role: "VIEWER" },
];

const date = (day: string | null) => (day ? fromIsoDate(day) : null);

export interface SeedResult {
  statesCreated: number;
  /** Steps and notes from the April 2013 intersessional meeting. */
  historyCreated: number;
  meetingsCreated: number;
  contactsCreated: number;
  demoUsersCreated: number;
}

/**
 * Loads what is missing and never overwrites: a second run, or a run over data that coordinators have
 * since edited, changes nothing.
 */
export async function seed(prisma: PrismaClient, options: { demoUsers: boolean; today?: IsoDate }): Promise<SeedResult> {
  const states = loadReferenceStates();
  const result = await prisma.$transaction(async (tx) => {
    const treaty = await tx.treaty.upsert({
      where: { code: CCM.code },
      update: {},
      create: {
        code: CCM.code,
        name: CCM.name,
        openedForSignature: fromIsoDate(CCM.openedForSignature),
        entryIntoForce: fromIsoDate(CCM.entryIntoForce),
      },
      select: { id: true },
    });
    const created = await tx.state.createMany({
      data: states.map((s) => ({ iso3: s.iso3, name: s.name, region: s.region, aliases: s.aliases })),
      skipDuplicates: true,
    });
    await tx.treatyStatus.createMany({
      data: states.map((s) => ({
        stateIso3: s.iso3,
        treatyId: treaty.id,
        signed: date(s.signed),
        deposited: date(s.deposited),
        instrument: s.instrument,
        entryIntoForce: date(s.entryIntoForce),
        withdrawalEffective: date(s.withdrawalEffective),
        sourceNote: s.source,
      })),
      skipDuplicates: true,
    });
    return { states: created.count, treatyId: treaty.id };
  });
  const historyCreated = await seedPicture2013(prisma, result.treatyId);
  const meetingsCreated = await seedMeetings2013(prisma, result.treatyId);
  const contactsCreated = await seedContacts2013(prisma, options.today ?? todayIso());

  let demoUsersCreated = 0;
  if (options.demoUsers) {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    const users = await prisma.user.createMany({
      data: DEMO_USERS.map((u) => ({ ...u, passwordHash })),
      skipDuplicates: true,
    });
    demoUsersCreated = users.count;
  }
  return { statesCreated: result.states, historyCreated, meetingsCreated, contactsCreated, demoUsersCreated };
}
