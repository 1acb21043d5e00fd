import "server-only";
import { revalidatePath } from "next/cache";
import { currentUser } from "@/lib/auth/session";
import { db } from "@/lib/db";
import { executeMutation, type Mutation } from "@/lib/mutations/core";
import type { FormState } from "./form-state";

function formValues(formData: FormData): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of formData.entries()) {
    if (key.startsWith("$ACTION") || typeof value !== "string") continue;
    values[key] = value;
  }
  return values;
}

/** What a failed form gets back to show again: everything typed except passwords, which never leave the server. */
function echoable(values: Record<string, string>): Record<string, string> {
  return Object.fromEntries(Object.entries(values).filter(([key]) => !/password/i.test(key)));
}

/** The body of every Server Action: the session is read here, on the server, never taken from the client. */
export async function runFormAction(mutation: Mutation, formData: FormData): Promise<FormState> {
  const values = formValues(formData);
  const user = await currentUser().catch(() => null);
  const result = await executeMutation(db(), mutation, user && { id: user.id, name: user.name, role: user.role }, values);
  if (result.ok) {
    for (const path of result.paths) revalidatePath(path);
    return { status: "done", submittedAt: Date.now(), ...result };
  }
  return { status: "done", submittedAt: Date.now(), ...result, values: echoable(values) };
}
