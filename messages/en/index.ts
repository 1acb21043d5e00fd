// Every namespace of one language; a namespace is a file so that areas of the app are translated independently.
import common from "./common.json";
import nav from "./nav.json";
import auth from "@/features/users/messages/en/auth.json";
import errors from "./errors.json";
import labels from "./labels.json";
import dashboard from "@/features/treaty-status/messages/en/dashboard.json";
import states from "@/features/treaty-status/messages/en/states.json";
import state from "@/features/treaty-status/messages/en/state.json";
import article7Import from "@/features/treaty-status/messages/en/article7Import.json";
import organisations from "@/features/meetings/messages/en/organisations.json";
import meetings from "@/features/meetings/messages/en/meetings.json";
import sessionImport from "@/features/summary-import/messages/en/sessionImport.json";
import pledges from "@/features/pledges/messages/en/pledges.json";
import reports from "@/features/reports/messages/en/reports.json";
import contacts from "@/features/contacts/messages/en/contacts.json";
import admin from "@/features/users/messages/en/admin.json";
import calendar from "@/features/api/messages/en/calendar.json";
import account from "@/features/users/messages/en/account.json";

import mutations from "./mutations.json";
import fields from "./fields.json";
import userMutations from "@/features/users/messages/en/userMutations.json";
import treatyMutations from "@/features/treaty-status/messages/en/treatyMutations.json";
import contactMutations from "@/features/contacts/messages/en/contactMutations.json";
import stepMutations from "@/features/domestic-steps/messages/en/stepMutations.json";
import meetingMutations from "@/features/meetings/messages/en/meetingMutations.json";
import pledgeMutations from "@/features/pledges/messages/en/pledgeMutations.json";
import importMutations from "@/features/summary-import/messages/en/importMutations.json";

const messages = {
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
