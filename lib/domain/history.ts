import { ROLE_LABEL, type Role } from "./roles";

export interface FieldChange {
  field: string;
  before: string;
  after: string;
}

const FIELD_LABEL: Record<string, string> = {
  writeRegions: "Regions for writing",
  sessionsEnded: "Sessions ended",
  otherSessionsEnded: "Other sessions ended",
  lifetimeHours: "Session lifetime (hours)",
  idleMinutes: "Idle timeout (minutes)",
  signed: "Signature",
  deposited: "Deposit",
  instrument: "Instrument",
  entryIntoForce: "Entry into force (override)",
  entryIntoForceNote: "Override reason",
  withdrawalEffective: "Withdrawal",
  source: "Source",
  title: "Step",
  status: "Status",
  date: "Date",
  note: "Note",
  position: "Position",
  body: "Note",
  notedOn: "Date",
  path: "Path",
  steps: "Steps",
  months: "Months",
  reason: "Reason",
  swappedWith: "Swapped with",
  evidence: "Evidence",
  closedOn: "Closed on",
  kind: "Kind",
  due: "Due",
  targets: "Target states",
  text: "Pledge",
  summary: "Summary",
  quotes: "Quotes",
  concerns: "Concerns",
  submittedOn: "Submitted on",
  year: "Year",
  email: "Email",
  name: "Name",
  role: "Role",
  active: "Active",
  password: "Password",
  ip: "Address",
  via: "Via",
  actor: "Who reached out",
  channel: "Channel",
  level: "Level",
  place: "Place",
  outcome: "Outcome",
  nextStep: "Next step",
  nextStepDue: "Next step due",
  nextStepOwner: "Next step owner",
  nextStepDone: "Next step done",
  sensitivity: "Visible to",
  pledges: "Linked pledges",
  deleted: "Deleted",
};

const ACTION_LABEL: Record<string, string> = {
  "treatyStatus.update": "Treaty record changed",
  "domesticStep.update": "Step changed",
  "domesticStep.add": "Step added",
  "domesticStep.move": "Step moved",
  "domesticStep.remove": "Step removed",
  "domesticPath.start": "Domestic path started",
  "stateNote.add": "Note added",
  "seed.history": "Recorded from a meeting",
  "pledge.create": "Pledge recorded",
  "pledge.update": "Pledge changed",
  "pledge.status": "Pledge status changed",
  "pledge.autoKept": "Pledge kept by the treaty action",
  "statement.add": "Statement added",
  "statement.update": "Statement changed",
  "article7.record": "Article 7 report recorded",
  "settings.update": "Setting changed",
  "auth.sign-in": "Signed in",
  "auth.sign-in-failed": "Sign-in refused",
  "user.create": "User added",
  "user.changeRole": "Role changed",
  "user.deactivate": "User deactivated",
  "user.reactivate": "User reactivated",
  "user.resetPassword": "Password reset by an administrator",
  "user.signOutEverywhere": "Signed out everywhere by an administrator",
  "user.setWriteRegions": "Regions for writing changed",
  "account.changePassword": "Own password changed",
  "account.signOutEverywhere": "Signed out everywhere",
  "contact.create": "Contact logged",
  "contact.update": "Contact changed",
  "contact.done": "Contact marked done",
  "contact.delete": "Contact deleted",
  "contact.restore": "Contact restored",
  "apiToken.create": "API token created",
  "apiToken.revoke": "API token revoked",
  "calendarFeed.create": "Calendar feed created",
  "calendarFeed.regenerate": "Calendar feed given a new address",
  "calendarFeed.revoke": "Calendar feed revoked",
};

export function actionLabel(action: string): string {
  return ACTION_LABEL[action] ?? action;
}

export function fieldLabel(field: string): string {
  return FIELD_LABEL[field] ?? field;
}

function show(value: unknown): string {
  if (value === null || value === undefined || value === "") return "—";
  if (typeof value === "boolean") return value ? "yes" : "no";
  if (typeof value === "string" && value in ROLE_LABEL) return ROLE_LABEL[value as Role];
  if (Array.isArray(value)) return value.map(show).join(" · ");
  if (typeof value === "object") return JSON.stringify(value);
  const text = String(value);
  // Enum values ("IN_PROGRESS", "KEPT") read as words; three-letter state codes stay as they are.
  if (/^[A-Z][A-Z_]{3,}$/.test(text)) return text.charAt(0) + text.slice(1).toLowerCase().replace(/_/g, " ");
  return text;
}

/** As describeChanges, with each field's key too, so a page can name the field in the reader's language. */
export function describeFieldChanges(before: unknown, after: unknown): (FieldChange & { key: string; was: unknown; is: unknown })[] {
  const b = (before && typeof before === "object" ? before : {}) as Record<string, unknown>;
  const a = (after && typeof after === "object" ? after : {}) as Record<string, unknown>;
  const fields = [...new Set([...Object.keys(b), ...Object.keys(a)])];
  return fields
    .filter((f) => JSON.stringify(b[f] ?? null) !== JSON.stringify(a[f] ?? null))
    .map((f) => ({ key: f, field: fieldLabel(f), before: show(b[f]), after: show(a[f]), was: b[f], is: a[f] }));
}

/** What a change changed, field by field; a creation lists what was set. */
export function describeChanges(before: unknown, after: unknown): FieldChange[] {
  return describeFieldChanges(before, after).map(({ field, before: was, after: is }) => ({ field, before: was, after: is }));
}
