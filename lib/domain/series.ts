import { firstDayOfMonthAfter, type IsoDate } from "./dates";
import { CCM_RULE, type TreatyRule } from "./entry-into-force";
import { countStatuses, type StatusCounts, type TreatyRecord } from "./status";

export interface SeriesPoint {
  date: IsoDate;
  counts: StatusCounts;
}

/** Status counts on the first day of every month from `from` to `to`, and on `to` itself. */
export function monthlyStatusSeries(records: readonly TreatyRecord[], from: IsoDate, to: IsoDate, rule: TreatyRule = CCM_RULE): SeriesPoint[] {
  const points: SeriesPoint[] = [];
  for (let day = `${from.slice(0, 7)}-01`; day <= to; day = firstDayOfMonthAfter(day, 1)) {
    points.push({ date: day, counts: countStatuses(records, day, rule) });
  }
  if (points.at(-1)?.date !== to) points.push({ date: to, counts: countStatuses(records, to, rule) });
  return points;
}

export interface CountChange {
  kind: keyof StatusCounts;
  before: number;
  after: number;
  delta: number;
}

/** How each count moved between two days ("+3 States Parties since the Fourth Meeting of States Parties"). */
export function countChanges(before: StatusCounts, after: StatusCounts): CountChange[] {
  return (Object.keys(after) as (keyof StatusCounts)[]).map((kind) => ({
    kind,
    before: before[kind],
    after: after[kind],
    delta: after[kind] - before[kind],
  }));
}

export function signed(delta: number): string {
  return delta > 0 ? `+${delta}` : delta < 0 ? `−${Math.abs(delta)}` : "±0";
}
