import type { PrismaClient } from "@prisma/client";
import type { z } from "zod";
import { renderActionResult } from "@/platform/i18n/render-message";
import { executeMutation as execute, type Mutation, type SignedInUser } from "@/platform/mutations/core";

/** A mutation run as a form runs it, its result in the words an English reader is shown. */
export async function executeMutation<S extends z.ZodType>(prisma: PrismaClient, mutation: Mutation<S>, user: SignedInUser | null, raw: unknown) {
  return renderActionResult(await execute(prisma, mutation, user, raw), "en");
}
