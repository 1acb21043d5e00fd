"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import { LongDate } from "@/platform/ui/long-date";
import { StatusBadge } from "@/platform/ui/status-badge";
import { StepStatusBadge } from "@/features/domestic-steps/components/step-status-badge";
import type { IsoDate } from "@/lib/domain/dates";
import type { StepStatus } from "@/lib/domain/domestic-path";
import type { Region } from "@/lib/domain/reference-data";
import type { Instrument, StatusKind } from "@/lib/domain/status";

/** One state as the list shows it: plain data, so that the page sends 197 of these rather than 197 rendered rows. */
export interface StatesTableRow {
  iso3: string;
  href: string;
  name: string;
  region: Region;
  status: StatusKind;
  instrument: Instrument | null;
  signed: IsoDate | null;
  deposited: IsoDate | null;
  entryIntoForce: IsoDate | null;
  step: { title: string; status: StepStatus } | null;
  allStepsDone: boolean;
  lastActivity: IsoDate | null;
  stalled: boolean;
  /** The last contact and the days since it, with the days already written out ("6 days"). */
  contact: { date: IsoDate; days: number; daysText: string } | null;
}

/** The words of the list that come from the server's catalog (the states list's own messages stay on the server). */
export interface StatesTableText {
  allStepsDone: string;
  noneRecorded: string;
  stalled: string;
  noContact: string;
}

// A client component only for what it saves: its rows travel as data instead of as a rendered tree next to the HTML.
export function StatesTableBody({ rows, asOf, text }: { rows: StatesTableRow[]; asOf: IsoDate; text: StatesTableText }) {
  const labels = useTranslations("labels");
  return (
    <tbody>
      {rows.map((s) => (
        <tr key={s.iso3} data-iso3={s.iso3}>
          <th scope="row">
            <Link href={s.href}>{s.name}</Link>
          </th>
          <td>{labels(`region.${s.region}`)}</td>
          <td>
            <StatusBadge status={s.status} instrument={s.instrument} />
          </td>
          <td className="whitespace-nowrap">
            <LongDate value={s.signed} asOf={asOf} />
          </td>
          <td className="whitespace-nowrap">
            <LongDate value={s.deposited} asOf={asOf} />
          </td>
          <td className="whitespace-nowrap">
            <LongDate value={s.entryIntoForce} asOf={asOf} />
          </td>
          <td>
            {s.step ? (
              <span>
                {s.step.title} <StepStatusBadge status={s.step.status} />
              </span>
            ) : (
              <span className="text-slate-500">{s.allStepsDone ? text.allStepsDone : "—"}</span>
            )}
          </td>
          <td className="whitespace-nowrap">
            <LongDate value={s.lastActivity} empty={text.noneRecorded} />
            {s.stalled ? (
              <span className="ml-2 rounded border border-[#d55e00] bg-[#fbece3] px-1.5 py-0.5 text-xs font-medium text-[#9c3f00]">
                {text.stalled}
              </span>
            ) : null}
          </td>
          {s.contact ? (
            <td className="whitespace-nowrap" data-days-since-contact={s.contact.days}>
              {s.contact.daysText}
              <span className="block text-xs text-slate-600">
                <LongDate value={s.contact.date} />
              </span>
            </td>
          ) : (
            <td className="whitespace-nowrap text-slate-500" data-days-since-contact="none">
              {text.noContact}
            </td>
          )}
        </tr>
      ))}
    </tbody>
  );
}
