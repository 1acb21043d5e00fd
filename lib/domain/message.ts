/**
 * What the app says to a person, before it is put into words: a key of the message catalogs (EN/FR/ES) and the
 * values it needs. A bare string is a key; inside `values` a string is kept as written (a name, a title).
 */
export type Message = string | { key: string; values: Record<string, MessageValue>; /** Said in this language whoever reads it. */ locale?: string };

export type MessageValue =
  | string
  | number
  | Message
  | { key: string; values?: Record<string, MessageValue>; /** a label inside a sentence: "marked kept" */ lower?: boolean }
  /** A day (YYYY-MM-DD), written out in the reader's language. */
  | { date: string }
  /** "a, b and c" in the reader's language. */
  | { list: readonly MessageValue[] };

export function say(key: string, values: Record<string, MessageValue> = {}): Message {
  return { key, values };
}

/** A message as zod's issue text (a string): the key alone, or the key and its values as JSON. */
export function zodMessage(key: string, values?: Record<string, MessageValue>): string {
  return values ? JSON.stringify({ key, values }) : key;
}
