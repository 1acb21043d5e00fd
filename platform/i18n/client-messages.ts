import type { Messages } from "./messages";

/**
 * The parts of the catalogs that components running in the browser use (checked by tests/unit/client-messages.test.ts):
 * the rest stays on the server instead of travelling with every page.
 */
export const CLIENT_NAMESPACES = [
  "account.api",
  "account.calendar",
  "article7Import",
  "account.everywhere",
  "account.password",
  "admin.forms",
  "admin.nav",
  "admin.settings",
  "admin.users",
  "auth",
  "common",
  "contacts.delete",
  "contacts.done",
  "contacts.form",
  "dashboard",
  "errors.error",
  "labels",
  "meetings.form",
  "nav",
  "pledges",
  "sessionImport",
  "state",
] as const;

type Tree = { [key: string]: string | Tree };

export function clientMessages(messages: Messages): Tree {
  const picked: Tree = {};
  for (const namespace of CLIENT_NAMESPACES) {
    const parts = namespace.split(".");
    let from: string | Tree | undefined = messages as unknown as Tree;
    for (const part of parts) from = typeof from === "object" ? from[part] : undefined;
    if (from === undefined) continue;
    let into = picked;
    for (const part of parts.slice(0, -1)) into = (into[part] ??= {}) as Tree;
    into[parts.at(-1)!] = from;
  }
  return picked;
}
