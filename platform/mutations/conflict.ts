import { say, type Message } from "@/lib/domain/message";

/** "this state was changed by X at T": the second of two concurrent saves never overwrites the first. */
export function conflictMessage(what: Message, by: string | null | undefined, at: Date): Message {
  const text = typeof what === "string" ? { key: what } : what;
  const when = at.toISOString().replace("T", " ").slice(0, 16);
  return by ? say("mutations.changedBy", { text, text2: by, when }) : say("mutations.changedBySomeoneElse", { text, when });
}
