// Every namespace of one language; a namespace is a file so that areas of the app are translated independently.
import common from "./common.json";
import nav from "./nav.json";
import auth from "@/features/users/messages/es/auth.json";
import errors from "./errors.json";
import labels from "./labels.json";
import dashboard from "@/features/treaty-status/messages/es/dashboard.json";
import states from "@/features/treaty-status/messages/es/states.json";
import state from "@/features/treaty-status/messages/es/state.json";
import article7Import from "@/features/treaty-status/messages/es/article7Import.json";
import organisations from "@/features/meetings/messages/es/organisations.json";
import meetings from "@/features/meetings/messages/es/meetings.json";
import sessionImport from "@/features/summary-import/messages/es/sessionImport.json";
import pledges from "@/features/pledges/messages/es/pledges.json";
import reports from "@/features/reports/messages/es/reports.json";
import contacts from "@/features/contacts/messages/es/contacts.json";
import admin from "@/features/users/messages/es/admin.json";
import calendar from "@/features/api/messages/es/calendar.json";
import account from "@/features/users/messages/es/account.json";

import mutations from "./mutations.json";
import fields from "./fields.json";
import userMutations from "@/features/users/messages/es/userMutations.json";
import treatyMutations from "@/features/treaty-status/messages/es/treatyMutations.json";
import contactMutations from "@/features/contacts/messages/es/contactMutations.json";
import stepMutations from "@/features/domestic-steps/messages/es/stepMutations.json";
import meetingMutations from "@/features/meetings/messages/es/meetingMutations.json";
import pledgeMutations from "@/features/pledges/messages/es/pledgeMutations.json";
import importMutations from "@/features/summary-import/messages/es/importMutations.json";

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
