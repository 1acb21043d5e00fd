import "server-only";
import { refresh } from "next/cache";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { currentUser } from "@/platform/auth/session";
import { db } from "@/platform/db";
import { renderActionResult } from "@/platform/i18n/render-message";
import { requestLocaleOf } from "@/platform/i18n/request-locale";
import { executeMutation, isUnavailable, UNAVAILABLE, type ActionResult, type Mutation } from "@/platform/mutations/core";
import type { FormState } from "./form-state";

/** Repeated fields (checkboxes, multi-selects) become lists; React's internal fields are dropped. */
function formInput(formData: FormData): Record<string, string | string[]> {
  const input: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (key.startsWith("$ACTION")) continue;
    const values = formData.getAll(key).filter((v): v is string => typeof v === "string");
    input[key] = values.length === 1 ? values[0] : values;
  }
  return input;
}

/**
 * What a failed form gets back to show again: everything typed (lists joined with new lines) except passwords,
 * which never leave the server.
 */
function typedValues(input: Record<string, string | string[]>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(input)
      .filter(([key]) => !/password/i.test(key))
      .map(([k, v]) => [k, Array.isArray(v) ? v.join("\n") : v]),
  );
}

/**
 * The body of the Server Action: the session is read here, on the server, never taken from the client. The
 * mutations return message keys; the reader gets the result in their language.
 */
export async function runFormAction(mutation: Mutation, formData: FormData): Promise<FormState> {
  const { result, user, values } = await runMutation(mutation, formData);
  // From the user already read: reading the session a second time would cost its queries again (React's per-request
  // cache does not apply inside a Server Action).
  const shown = renderActionResult(result, await requestLocaleOf(user));
  return { status: "done", submittedAt: Date.now(), ...shown, ...(values && { values }) };
}

async function runMutation(
  mutation: Mutation,
  formData: FormData,
): Promise<{ result: ActionResult; user: { locale: string | null } | null; values?: Record<string, string> }> {
  const input = formInput(formData);
  let user: Awaited<ReturnType<typeof currentUser>> = null;
  try {
    user = await currentUser();
  } catch (error) {
    // The session is checked against the database: if it is away, say so, rather than "your session has ended".
    if (isUnavailable(error)) return { result: UNAVAILABLE, user: null, values: typedValues(input) };
  }
  const result: ActionResult = await executeMutation(
    db(),
    mutation,
    user && { id: user.id, name: user.name, role: user.role, writeRegions: user.writeRegions, sessionId: user.sessionId, locale: user.locale },
    input,
  );
  if (result.ok) {
    const { cookie } = result;
    if (cookie) (await cookies()).set(cookie.name, cookie.value, { path: "/", sameSite: "lax", maxAge: cookie.maxAge });
    // The page the form is on is rendered again with the change; the data cache's tags already make every read fresh.
    if (mutation.rerendersPage !== false) refresh();
    if (result.redirectTo) redirect(result.redirectTo);
    return { result, user };
  }
  return { result, user, values: typedValues(input) };
}
