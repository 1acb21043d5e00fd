"use client";

import Link from "next/link";
import { useLocale, useTranslations } from "next-intl";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { firstDayOfMonthAfter, formatLongDate, type IsoDate } from "@/lib/domain/dates";
import { countStatuses, statusOn, STATUS_KINDS, type StatusKind, type TreatyRecord } from "@/lib/domain/status";
import { MARKER_PREFIX } from "@/features/treaty-status/map/constants";
import { STATUS_FILL, STATUS_SWATCH } from "@/platform/ui/status-colors";

export interface MapState {
  iso3: string;
  name: string;
  record: TreatyRecord;
}

interface Props {
  /** The outlines file, its paths' ids (ISO3, or `x<n>` for a territory without a code) in drawing order, and the states drawn as markers. */
  outlines: { href: string; ids: string[]; markers: string[] };
  states: MapState[];
  width: number;
  height: number;
  start: IsoDate;
  end: IsoDate;
  initial: IsoDate;
}

function monthsBetween(start: IsoDate, end: IsoDate): IsoDate[] {
  const days: IsoDate[] = [];
  for (let d = start; d < end; d = firstDayOfMonthAfter(d, 1)) days.push(d);
  days.push(end);
  return days;
}

/** The map replays the Convention's history: every state's status on the slider's date. */
export function WorldMap({ outlines, states, width, height, start, end, initial }: Props) {
  const t = useTranslations("dashboard.map");
  const labels = useTranslations("labels");
  const locale = useLocale();
  const days = useMemo(() => monthsBetween(start, end), [start, end]);
  const initialIndex = Math.max(
    0,
    days.findIndex((d) => d >= initial),
  );
  const [index, setIndex] = useState(initialIndex === -1 ? days.length - 1 : initialIndex);
  const [playing, setPlaying] = useState(false);
  const [focused, setFocused] = useState<string | null>(null);
  const date = days[Math.min(index, days.length - 1)];
  const markers = useMemo(() => new Set(outlines.markers), [outlines.markers]);
  const byIso = useMemo(() => new Map(states.map((s) => [s.iso3, s])), [states]);
  const statuses = useMemo(() => new Map(states.map((s) => [s.iso3, statusOn(s.record, date)])), [states, date]);
  const counts = useMemo(
    () =>
      countStatuses(
        states.map((s) => s.record),
        date,
      ),
    [states, date],
  );

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      setIndex((i) => {
        if (i >= days.length - 1) {
          setPlaying(false);
          return i;
        }
        return i + 1;
      });
    }, 120);
    return () => clearInterval(timer);
  }, [playing, days.length]);

  const focusedState = focused ? byIso.get(focused) : null;
  const stateLink = (state: MapState, status: StatusKind, shape: ReactNode) => (
    <a
      key={state.iso3}
      href={`/states/${state.iso3}?asOf=${date}`}
      aria-label={t("stateStatus", { name: state.name, status: labels(`status.${status}`) })}
      onMouseEnter={() => setFocused(state.iso3)}
      onMouseLeave={() => setFocused(null)}
      onFocus={() => setFocused(state.iso3)}
      onBlur={() => setFocused(null)}
      className="map-state"
      data-map-state={state.iso3}
      data-map-status={status}
    >
      <title>{state.name}</title>
      {shape}
    </a>
  );
  return (
    <figure className="rounded border border-slate-200 bg-white p-4" aria-labelledby="map-caption">
      <figcaption id="map-caption" className="mb-2 flex flex-wrap items-baseline justify-between gap-2">
        <span className="text-lg font-semibold">
          {t.rich("statusOn", { date: () => <span data-testid="map-date">{formatLongDate(date, locale)}</span> })}
        </span>
        <Link href={`/states?asOf=${date}`} className="text-sm underline underline-offset-2">
          {t("tableLink")}
        </Link>
      </figcaption>
      <div className="no-print mb-3 flex flex-wrap items-center gap-3">
        <button
          type="button"
          onClick={() => {
            if (index >= days.length - 1) setIndex(0);
            setPlaying((p) => !p);
          }}
          className="rounded border border-slate-500 px-3 py-1 text-sm font-medium"
        >
          {playing ? t("pause") : t("replay")}
        </button>
        <label htmlFor="map-date" className="text-sm font-medium">
          {t("date")}
        </label>
        <input
          id="map-date"
          type="range"
          min={0}
          max={days.length - 1}
          value={index}
          onChange={(e) => {
            setPlaying(false);
            setIndex(Number(e.target.value));
          }}
          aria-valuetext={formatLongDate(date, locale)}
          className="min-w-64 flex-1"
        />
      </div>
      <p className="sr-only" aria-live="polite">
        {t("live", { date: formatLongDate(date, locale), parties: counts.STATE_PARTY, signatories: counts.SIGNATORY })}
      </p>
      <svg
        viewBox={`0 0 ${width} ${height}`}
        className="h-auto w-full"
        stroke="#ffffff"
        strokeWidth={0.5}
        role="group"
        aria-label={t("ariaLabel", { date: formatLongDate(date, locale) })}
      >
        {outlines.ids.map((id) => {
          const state = byIso.get(id);
          const status = state ? statuses.get(state.iso3) : undefined;
          const shape = <use href={`${outlines.href}#${id}`} fill={status ? STATUS_FILL[status] : "#f1f5f9"} />;
          if (!state || !status || markers.has(id))
            return (
              <g key={id} aria-hidden="true">
                {shape}
              </g>
            );
          return stateLink(state, status, shape);
        })}
        {outlines.markers.map((iso3) => {
          const state = byIso.get(iso3);
          const status = state ? statuses.get(iso3) : undefined;
          if (!state || !status) return null;
          return stateLink(
            state,
            status,
            <use href={`${outlines.href}#${MARKER_PREFIX}${iso3}`} fill={STATUS_FILL[status]} className="map-marker" />,
          );
        })}
      </svg>
      <p className="min-h-6 text-sm" aria-hidden="true">
        {focusedState
          ? t.rich("focused", {
              b: (chunks) => <strong>{chunks}</strong>,
              name: focusedState.name,
              status: labels(`status.${statuses.get(focusedState.iso3)!}`),
            })
          : t("hint")}
      </p>
      <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-sm" aria-label={t("legend")}>
        {STATUS_KINDS.map((kind) => (
          <li key={kind} className="flex items-center gap-1.5" data-map-count={kind}>
            <span aria-hidden="true" className={`inline-block h-3 w-3 rounded-sm border border-slate-400 ${STATUS_SWATCH[kind]}`} />
            {t.rich("legendItem", {
              label: labels(`status.${kind}`),
              count: counts[kind],
              b: (chunks) => <strong className="tabular-nums">{chunks}</strong>,
            })}
          </li>
        ))}
      </ul>
    </figure>
  );
}
