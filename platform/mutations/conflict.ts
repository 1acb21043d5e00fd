/** "this state was changed by X at T": the second of two concurrent saves never overwrites the first. */
export function conflictMessage(what: string, by: string | null | undefined, at: Date): string {
  const when = at.toISOString().replace("T", " ").slice(0, 16);
  return `${what} was changed by ${by ?? "someone else"} at ${when} UTC while you were editing. Review the current values, then save again to re-apply your change; your input is kept below.`;
}
