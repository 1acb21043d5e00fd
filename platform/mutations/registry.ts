import { changeOwnPassword, setOwnLocale, signOutEverywhere } from "@/features/users/mutations/account";
import type { Mutation } from "./core";
import { createContact, deleteContact, markContactDone, restoreContact, updateContact } from "@/features/contacts/mutations";
import { addDomesticStep, moveDomesticStep, removeDomesticStep, startDomesticPath, updateDomesticStep } from "@/features/domestic-steps/mutations";
import { updateSessionSettings, updateStalledSetting } from "@/features/users/mutations/settings";
import { addStateNote } from "@/features/treaty-status/note-mutations";
import { addMeetingSession, createMeeting, updateMeeting } from "@/features/meetings/mutations/meetings";
import { bulkPledgeStatus, createPledge, setPledgeStatus, updatePledge } from "@/features/pledges/mutations";
import { addStatement, updateStatement } from "@/features/meetings/mutations/statements";
import { recordArticle7Report, setArticle7RecordsComplete } from "@/features/treaty-status/article7-mutations";
import { importArticle7Reports } from "@/features/treaty-status/article7-import-mutations";
import { createApiToken, revokeApiToken, setCalendarFeed } from "@/features/users/mutations/tokens";
import { updateTreatyStatus } from "@/features/treaty-status/mutations";
import { importSummary } from "@/features/summary-import/mutations";
import {
  changeUserRole,
  createUser,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  revokeUserSessions,
  setUserWriteRegions,
} from "@/features/users/mutations/users";

/** Every mutation the app exposes, by the name its Server Action imports: the authorisation matrix test is generated from it. */
export const MUTATIONS = {
  updateTreatyStatus,
  updateDomesticStep,
  startDomesticPath,
  addDomesticStep,
  moveDomesticStep,
  removeDomesticStep,
  addStateNote,
  updateStalledSetting,
  updateSessionSettings,
  createMeeting,
  updateMeeting,
  addMeetingSession,
  addStatement,
  updateStatement,
  createPledge,
  updatePledge,
  setPledgeStatus,
  bulkPledgeStatus,
  recordArticle7Report,
  setArticle7RecordsComplete,
  importArticle7Reports,
  createUser,
  changeUserRole,
  deactivateUser,
  reactivateUser,
  resetUserPassword,
  revokeUserSessions,
  setUserWriteRegions,
  changeOwnPassword,
  signOutEverywhere,
  setOwnLocale,
  createContact,
  updateContact,
  markContactDone,
  deleteContact,
  restoreContact,
  importSummary,
  createApiToken,
  revokeApiToken,
  setCalendarFeed,
} satisfies Record<string, Mutation>;

/** The name a form gives the one Server Action (platform/actions/mutate.ts) to say which mutation it runs. */
export type MutationName = keyof typeof MUTATIONS;

export function mutationNamed(name: unknown): Mutation | undefined {
  return typeof name === "string" && Object.hasOwn(MUTATIONS, name) ? (MUTATIONS[name as MutationName] as unknown as Mutation) : undefined;
}
