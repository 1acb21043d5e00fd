import { changeOwnPassword, setOwnLocale, signOutEverywhere } from "./account";
import type { Mutation } from "./core";
import { createContact, deleteContact, markContactDone, restoreContact, updateContact } from "./contacts";
import { addDomesticStep, moveDomesticStep, removeDomesticStep, startDomesticPath, updateDomesticStep } from "./domestic-steps";
import { updateSessionSettings, updateStalledSetting } from "./settings";
import { addStateNote } from "./state-notes";
import { addSession, createMeeting, updateMeeting } from "./meetings";
import { bulkPledgeStatus, createPledge, setPledgeStatus, updatePledge } from "./pledges";
import { addStatement, updateStatement } from "./statements";
import { recordArticle7Report } from "./article7";
import { createApiToken, revokeApiToken, setCalendarFeed } from "./tokens";
import { updateTreatyStatus } from "./treaty-status";
import { importSessionSummary } from "./session-import";
import { changeUserRole, createUser, deactivateUser, reactivateUser, resetUserPassword, revokeUserSessions, setUserWriteRegions } from "./users";

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
  addSession,
  addStatement,
  updateStatement,
  createPledge,
  updatePledge,
  setPledgeStatus,
  bulkPledgeStatus,
  recordArticle7Report,
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
  importSessionSummary,
  createApiToken,
  revokeApiToken,
  setCalendarFeed,
} satisfies Record<string, Mutation>;

/** The name a form gives the one Server Action (lib/actions/mutate.ts) to say which mutation it runs. */
export type MutationName = keyof typeof MUTATIONS;

export function mutationNamed(name: unknown): Mutation | undefined {
  return typeof name === "string" && Object.hasOwn(MUTATIONS, name) ? (MUTATIONS[name as MutationName] as unknown as Mutation) : undefined;
}
