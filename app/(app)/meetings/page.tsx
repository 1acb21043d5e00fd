import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { LongDate } from "@/platform/ui/long-date";
import { MeetingForm } from "@/features/meetings/components/meeting-forms";
import { requireUser } from "@/platform/auth/session";
import { listMeetings } from "@/features/meetings/queries";
import { createMeeting } from "@/features/meetings/mutations/meetings";
import { ScrollRegion } from "@/platform/ui/scroll-region";

export async function generateMetadata() {
  const t = await getTranslations("meetings");
  return { title: t("title") };
}

export default async function MeetingsPage() {
  const user = await requireUser("/meetings");
  const meetings = await listMeetings();
  const canCreate = createMeeting.roles.includes(user.role);
  const [t, labels] = await Promise.all([getTranslations("meetings"), getTranslations("labels")]);
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      {canCreate ? (
        <details className="no-print mb-6 rounded border border-slate-200 bg-white p-4">
          <summary className="cursor-pointer font-medium text-sky-900 underline underline-offset-2">{t("newMeeting")}</summary>
          <div className="mt-4">
            <MeetingForm />
          </div>
        </details>
      ) : null}
      {meetings.length === 0 ? (
        <p className="rounded border border-dashed border-slate-300 bg-white p-6 text-center text-slate-600">{t("none")}</p>
      ) : (
        <ScrollRegion labelledBy="meetings-caption" className="rounded border border-slate-200 bg-white">
          <table className="min-w-full text-sm">
            <caption id="meetings-caption" className="sr-only">
              {t("caption")}
            </caption>
            <thead className="bg-slate-100 text-left text-xs uppercase tracking-wide text-slate-700">
              <tr>
                <th scope="col" className="px-3 py-2">
                  {t("col.meeting")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("col.kind")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("col.place")}
                </th>
                <th scope="col" className="px-3 py-2">
                  {t("col.dates")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("col.statements")}
                </th>
                <th scope="col" className="px-3 py-2 text-right">
                  {t("col.pledges")}
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-slate-100">
              {meetings.map((m) => (
                <tr key={m.id}>
                  <th scope="row" className="px-3 py-2 text-left font-medium">
                    <Link href={`/meetings/${m.id}`} className="text-sky-900 underline-offset-2 hover:underline">
                      {m.name}
                    </Link>
                  </th>
                  <td className="px-3 py-2">{labels(`meetingKind.${m.kind}`)}</td>
                  <td className="px-3 py-2">{m.place || "—"}</td>
                  <td className="px-3 py-2 whitespace-nowrap">
                    <LongDate value={m.startDate} />
                    {m.endDate !== m.startDate ? (
                      <>
                        {" "}
                        – <LongDate value={m.endDate} />
                      </>
                    ) : null}
                  </td>
                  <td className="px-3 py-2 text-right tabular-nums">{m.statements}</td>
                  <td className="px-3 py-2 text-right tabular-nums">{m.pledges}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </ScrollRegion>
      )}
    </>
  );
}
