import { formatLongDate } from "@/lib/domain/dates";
import type { CalendarWords } from "@/lib/domain/calendar-words";
import type { Locale } from "@/lib/domain/locale";
import { translatorFor } from "@/platform/i18n/translator";

/** The calendar feed's words in one language, from the message catalogs (namespace "calendar", and the labels). */
export function calendarWords(locale: Locale): CalendarWords {
  const t = translatorFor(locale);
  const date = (day: string) => formatLongDate(day, locale);
  return {
    locale,
    meetingKind: (kind) => t(`labels.meetingKind.${kind}`),
    channel: (channel) => t(`labels.channel.${channel}`),
    calendarDescription: t("calendar.description"),
    restricted: t("calendar.restricted"),
    pledged: (actor, text) => t("calendar.pledged", { actor, text }),
    said: (dueText) => t("calendar.said", { dueText }),
    pledgeDue: (said, actor, text) => t("calendar.pledgeDue", { said, actor, text }),
    pledgeWindowEnds: (said, actor, text) => t("calendar.pledgeWindowEnds", { said, actor, text }),
    dueWindow: (said, from, to) => t("calendar.dueWindow", { said, from: date(from), to: date(to) }),
    reviewSaid: (dueText) => t("calendar.reviewSaid", { dueText }),
    reviewPledge: (said, actor, text) => t("calendar.reviewPledge", { said, actor, text }),
    planned: (actor, targets, channel) => t("calendar.planned", { actor, targets, channel: channel.toLocaleLowerCase(locale) }),
    nextStep: (targets, step) => t("calendar.nextStep", { targets, step }),
    followsContact: (step, day, actor, summary) => t("calendar.followsContact", { step, date: date(day), actor, summary }),
    initialReportDue: (state) => t("calendar.initialReportDue", { state }),
    initialReportWhy: (state, entryIntoForce) => t("calendar.initialReportWhy", { state, entryIntoForce: date(entryIntoForce) }),
    annualDue: (count) => t("calendar.annualDue", { count }),
    annualWhy: (year, states) => t("calendar.annualWhy", { reportYear: String(year - 1), year: String(year), states }),
  };
}
