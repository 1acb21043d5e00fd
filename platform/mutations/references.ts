import type { Prisma } from "@prisma/client";
import { ActionError } from "./core";

/** State codes typed or forged in a form must name states we know; the field gets the message. */
export async function assertKnownStates(tx: Prisma.TransactionClient, codes: readonly string[], field: string): Promise<void> {
  const unique = new Set(codes);
  if (unique.size === 0) return;
  const known = await tx.state.count({ where: { iso3: { in: [...unique] } } });
  if (known !== unique.size) {
    throw new ActionError("invalid", "mutations.someStateCodesAreUnknown", { [field]: "mutations.useThreeLetterCodesKnown" });
  }
}
