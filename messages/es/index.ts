// Every namespace of one language; a namespace is a file so that areas of the app are translated independently.
import common from "./common.json";
import nav from "./nav.json";
import auth from "./auth.json";
import errors from "./errors.json";
import labels from "./labels.json";
import dashboard from "./dashboard.json";
import states from "./states.json";
import state from "./state.json";
import organisations from "./organisations.json";
import meetings from "./meetings.json";
import sessionImport from "./sessionImport.json";
import pledges from "./pledges.json";
import reports from "./reports.json";
import contacts from "./contacts.json";
import admin from "./admin.json";
import account from "./account.json";

const messages: typeof import("../en").default = { common, nav, auth, errors, labels, dashboard, states, state, organisations, meetings, sessionImport, pledges, reports, contacts, admin, account };
export default messages;
