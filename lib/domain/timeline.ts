import type { IsoDate } from "./dates";

export interface Dated {
  /** The day the item happened (or is planned for). */
  date: IsoDate;
  /** When it was recorded, to order items of the same day: the later record first. */
  at?: string;
  key: string;
}

/** Newest first; items of the same day by when they were recorded, then by key, so the order is stable. */
export function newestFirst<T extends Dated>(items: readonly T[]): T[] {
  return [...items].sort((a, b) => {
    if (a.date !== b.date) return a.date < b.date ? 1 : -1;
    const atA = a.at ?? "";
    const atB = b.at ?? "";
    if (atA !== atB) return atA < atB ? 1 : -1;
    return a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  });
}

/** A view of the past shows nothing after its date; today's view shows everything, planned contacts included. */
export function upTo<T extends Dated>(items: readonly T[], until: IsoDate | undefined): T[] {
  return until ? items.filter((i) => i.date <= until) : [...items];
}
