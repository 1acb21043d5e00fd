import enLabels from "@/messages/en/labels.json";
import esLabels from "@/messages/es/labels.json";
import frLabels from "@/messages/fr/labels.json";
import { formatLongDate, type IsoDate } from "./dates";
import type { Locale } from "./locale";

/** Everything a calendar feed says in words, in one language; what users typed is passed through as written. */
export interface CalendarWords {
  locale: Locale;
  labels: typeof enLabels;
  calendarDescription: string;
  restricted: string;
  pledged: (actor: string, text: string) => string;
  said: (dueText: string) => string;
  pledgeDue: (said: string, actor: string, text: string) => string;
  pledgeWindowEnds: (said: string, actor: string, text: string) => string;
  dueWindow: (said: string, from: IsoDate, to: IsoDate) => string;
  reviewSaid: (dueText: string) => string;
  reviewPledge: (said: string, actor: string, text: string) => string;
  planned: (actor: string, targets: string, channel: string) => string;
  nextStep: (targets: string, step: string) => string;
  followsContact: (step: string, date: IsoDate, actor: string, summary: string) => string;
  initialReportDue: (state: string) => string;
  initialReportWhy: (state: string, entryIntoForce: IsoDate) => string;
  annualDue: (count: number) => string;
  annualWhy: (year: number, states: string) => string;
}

const date = (day: IsoDate, locale: Locale) => formatLongDate(day, locale);

const EN: CalendarWords = {
  locale: "en",
  labels: enLabels,
  calendarDescription: "Adhere: meetings, pledge due dates, planned contacts, next steps and Article 7 deadlines",
  restricted: "[Restricted] ",
  pledged: (actor, text) => `${actor} pledged: ${text}`,
  said: (dueText) => ` (“${dueText}”)`,
  pledgeDue: (said, actor, text) => `Pledge due${said}: ${actor}: ${text}`,
  pledgeWindowEnds: (said, actor, text) => `Pledge due window ends${said}: ${actor}: ${text}`,
  dueWindow: (said, from, to) => `Due${said}: between ${date(from, "en")} and ${date(to, "en")}; shown on the last day.`,
  reviewSaid: (dueText) => ` (said: “${dueText}”)`,
  reviewPledge: (said, actor, text) => `Look again at a pledge${said}: ${actor}: ${text}`,
  planned: (actor, targets, channel) => `Planned: ${actor} → ${targets} (${channel.toLowerCase()})`,
  nextStep: (targets, step) => `Next step (${targets}): ${step}`,
  followsContact: (step, day, actor, summary) => `${step}\n\nFollows the contact of ${date(day, "en")} by ${actor}: ${summary}`,
  initialReportDue: (state) => `Article 7 initial report due: ${state}`,
  initialReportWhy: (state, eif) => `${state}'s initial transparency report under Article 7 is due 180 days after entry into force (${date(eif, "en")}).`,
  annualDue: (count) => `Article 7 annual updates due (${count} States Parties)`,
  annualWhy: (year, states) => `Annual transparency reports under Article 7 for ${year - 1} are due on 30 April ${year}. Not yet received from: ${states}.`,
};

const FR: CalendarWords = {
  locale: "fr",
  labels: frLabels,
  calendarDescription: "Adhere : réunions, échéances des engagements, contacts prévus, prochaines étapes et délais de l’article 7",
  restricted: "[Réservé] ",
  pledged: (actor, text) => `Engagement de ${actor} : ${text}`,
  said: (dueText) => ` (« ${dueText} »)`,
  pledgeDue: (said, actor, text) => `Échéance d’un engagement${said} : ${actor} : ${text}`,
  pledgeWindowEnds: (said, actor, text) => `Fin de la période d’échéance${said} : ${actor} : ${text}`,
  dueWindow: (said, from, to) => `Échéance${said} : entre le ${date(from, "fr")} et le ${date(to, "fr")} ; affichée le dernier jour.`,
  reviewSaid: (dueText) => ` (annoncé : « ${dueText} »)`,
  reviewPledge: (said, actor, text) => `Revoir un engagement${said} : ${actor} : ${text}`,
  planned: (actor, targets, channel) => `Prévu : ${actor} → ${targets} (${channel.toLowerCase()})`,
  nextStep: (targets, step) => `Prochaine étape (${targets}) : ${step}`,
  followsContact: (step, day, actor, summary) => `${step}\n\nFait suite au contact du ${date(day, "fr")} par ${actor} : ${summary}`,
  initialReportDue: (state) => `Rapport initial au titre de l’article 7 attendu : ${state}`,
  initialReportWhy: (state, eif) => `Le rapport initial de transparence de ${state} au titre de l’article 7 est dû 180 jours après l’entrée en vigueur (${date(eif, "fr")}).`,
  annualDue: (count) => `Mises à jour annuelles au titre de l’article 7 attendues (${count} États parties)`,
  annualWhy: (year, states) => `Les rapports annuels de transparence au titre de l’article 7 pour ${year - 1} sont dus le 30 avril ${year}. Pas encore reçus de : ${states}.`,
};

const ES: CalendarWords = {
  locale: "es",
  labels: esLabels,
  calendarDescription: "Adhere: reuniones, plazos de los compromisos, contactos previstos, próximos pasos y plazos del artículo 7",
  restricted: "[Reservado] ",
  pledged: (actor, text) => `Compromiso de ${actor}: ${text}`,
  said: (dueText) => ` («${dueText}»)`,
  pledgeDue: (said, actor, text) => `Vence un compromiso${said}: ${actor}: ${text}`,
  pledgeWindowEnds: (said, actor, text) => `Termina el plazo de un compromiso${said}: ${actor}: ${text}`,
  dueWindow: (said, from, to) => `Plazo${said}: entre el ${date(from, "es")} y el ${date(to, "es")}; se muestra el último día.`,
  reviewSaid: (dueText) => ` (dicho: «${dueText}»)`,
  reviewPledge: (said, actor, text) => `Revisar un compromiso${said}: ${actor}: ${text}`,
  planned: (actor, targets, channel) => `Previsto: ${actor} → ${targets} (${channel.toLowerCase()})`,
  nextStep: (targets, step) => `Próximo paso (${targets}): ${step}`,
  followsContact: (step, day, actor, summary) => `${step}\n\nSigue al contacto del ${date(day, "es")} por ${actor}: ${summary}`,
  initialReportDue: (state) => `Informe inicial del artículo 7 pendiente: ${state}`,
  initialReportWhy: (state, eif) => `El informe inicial de transparencia de ${state} conforme al artículo 7 vence 180 días después de la entrada en vigor (${date(eif, "es")}).`,
  annualDue: (count) => `Actualizaciones anuales del artículo 7 pendientes (${count} Estados Partes)`,
  annualWhy: (year, states) => `Los informes anuales de transparencia del artículo 7 correspondientes a ${year - 1} vencen el 30 de abril de ${year}. Aún no recibidos de: ${states}.`,
};

export const CALENDAR_WORDS: Record<Locale, CalendarWords> = { en: EN, fr: FR, es: ES };
