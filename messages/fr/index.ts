// Every namespace of one language; a namespace is a file so that areas of the app are translated independently.
import common from "./common.json";
import nav from "./nav.json";
import auth from "@/features/users/messages/fr/auth.json";
import errors from "./errors.json";
import labels from "./labels.json";
import dashboard from "@/features/treaty-status/messages/fr/dashboard.json";
import states from "@/features/treaty-status/messages/fr/states.json";
import state from "@/features/treaty-status/messages/fr/state.json";
import article7Import from "@/features/treaty-status/messages/fr/article7Import.json";
import organisations from "@/features/meetings/messages/fr/organisations.json";
import meetings from "@/features/meetings/messages/fr/meetings.json";
import sessionImport from "@/features/summary-import/messages/fr/sessionImport.json";
import pledges from "@/features/pledges/messages/fr/pledges.json";
import reports from "@/features/reports/messages/fr/reports.json";
import contacts from "@/features/contacts/messages/fr/contacts.json";
import admin from "@/features/users/messages/fr/admin.json";
import calendar from "@/features/api/messages/fr/calendar.json";
import account from "@/features/users/messages/fr/account.json";

import mutations from "./mutations.json";
import fields from "./fields.json";
import userMutations from "@/features/users/messages/fr/userMutations.json";
import treatyMutations from "@/features/treaty-status/messages/fr/treatyMutations.json";
import contactMutations from "@/features/contacts/messages/fr/contactMutations.json";
import stepMutations from "@/features/domestic-steps/messages/fr/stepMutations.json";
import meetingMutations from "@/features/meetings/messages/fr/meetingMutations.json";
import pledgeMutations from "@/features/pledges/messages/fr/pledgeMutations.json";
import importMutations from "@/features/summary-import/messages/fr/importMutations.json";

const messages: typeof import("../en").default = {
  common,
  nav,
  auth,
  errors,
  labels,
  dashboard,
  states,
  state,
  article7Import,
  organisations,
  meetings,
  sessionImport,
  pledges,
  reports,
  contacts,
  admin,
  account,
  calendar,
  mutations,
  fields,
  userMutations,
  treatyMutations,
  contactMutations,
  stepMutations,
  meetingMutations,
  pledgeMutations,
  importMutations,
};
export default messages;
