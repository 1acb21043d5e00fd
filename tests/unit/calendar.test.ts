import { describe, expect, it } from "vitest";
import { article7Entries, contactEntries, meetingEntry, pledgeEntries } from "@/lib/domain/calendar";
import { renderCalendar } from "@/features/api/calendar/ics";
import { calendarWords } from "@/features/api/calendar/words";

const en = calendarWords("en");

const pledge = { id: "p1", text: "Ratify the Convention", actor: "Ghana", dueText: "", dueEarliest: null, dueLatest: null, reviewOn: null };
const contact = {
  id: "c1",
  date: "2026-12-03",
  status: "PLANNED" as const,
  actor: "Universalization co-coordinators",
  targets: ["Georgia"],
  channel: "DEMARCHE" as const,
  place: "Tbilisi",
  summary: "Démarche on accession",
  nextStep: "",
  nextStepDue: null,
  nextStepDone: false,
  sensitivity: "SHARED" as const,
};

describe("calendar entries", () => {
  it("turns a meeting into a whole-day span with a stable uid", () => {
    const entry = meetingEntry(
      { id: "m1", name: "Intersessional meetings", kind: "INTERSESSIONAL", place: "Geneva", startDate: "2013-04-16", endDate: "2013-04-19" },
      en,
    );
    expect(entry).toMatchObject({ uid: "meeting-m1", start: "2013-04-16", end: "2013-04-19", location: "Geneva", category: "Meeting" });
  });

  it("shows an exact or short fuzzy due date as days, and a long window on its last day", () => {
    expect(pledgeEntries({ ...pledge, dueText: "22 May 2013", dueEarliest: "2013-05-22", dueLatest: "2013-05-22" }, en)[0]).toMatchObject({
      start: "2013-05-22",
      end: "2013-05-22",
      uid: "pledge-p1",
    });
    expect(pledgeEntries({ ...pledge, dueText: "22-23 May", dueEarliest: "2013-05-22", dueLatest: "2013-05-23" }, en)[0]).toMatchObject({
      start: "2013-05-22",
      end: "2013-05-23",
    });
    const mid = pledgeEntries({ ...pledge, dueText: "mid-2013", dueEarliest: "2013-06-01", dueLatest: "2013-07-31" }, en)[0];
    expect(mid).toMatchObject({ start: "2013-07-31", end: "2013-07-31" });
    expect(mid.summary).toContain("“mid-2013”");
    expect(mid.description).toContain("between 1 June 2013 and 31 July 2013");
    expect(pledgeEntries({ ...pledge, dueText: "very soon", reviewOn: "2013-10-01" }, en)[0]).toMatchObject({
      uid: "pledge-review-p1",
      start: "2013-10-01",
    });
    expect(pledgeEntries({ ...pledge, dueText: "very soon" }, en)).toEqual([]);
  });

  it("puts a planned contact on its day and an open next step on its due day, marking restricted ones", () => {
    expect(contactEntries(contact, en)).toEqual([expect.objectContaining({ uid: "contact-c1", start: "2026-12-03", category: "Planned contact" })]);
    const withStep = contactEntries(
      { ...contact, status: "DONE", nextStep: "Send the model legislation", nextStepDue: "2026-12-20", sensitivity: "RESTRICTED" },
      en,
    );
    expect(withStep).toEqual([expect.objectContaining({ uid: "next-step-c1", start: "2026-12-20", category: "Next step" })]);
    expect(withStep[0].summary.startsWith("[Restricted] ")).toBe(true);
    expect(contactEntries({ ...contact, status: "DONE", nextStep: "Send it", nextStepDue: "2026-12-20", nextStepDone: true }, en)).toEqual([]);
  });

  it("lists Article 7 deadlines not met yet: initial reports per state, annual updates as one entry per 30 April", () => {
    const entries = article7Entries(
      [
        { iso3: "AAA", name: "Alpha", entryIntoForce: "2026-03-01", withdrawal: null, submissions: [] },
        {
          iso3: "BBB",
          name: "Beta",
          entryIntoForce: "2011-01-01",
          withdrawal: null,
          submissions: [{ kind: "ANNUAL", year: 2027, submittedOn: "2027-04-01" }],
        },
        { iso3: "CCC", name: "Gamma", entryIntoForce: "2011-01-01", withdrawal: null, submissions: [] },
      ],
      "2026-11-27",
      "2025-11-27",
      "2027-12-31",
      en,
    );
    expect(entries.find((e) => e.uid === "article7-initial-AAA")).toMatchObject({ start: "2026-08-28" });
    expect(entries.find((e) => e.uid === "article7-annual-2026")?.description).toContain("Beta, Gamma");
    expect(entries.find((e) => e.uid === "article7-annual-2027")?.summary).toBe("Article 7 annual updates due (2 States Parties)");
    expect(entries.find((e) => e.uid === "article7-annual-2027")?.description).toContain("Alpha, Gamma");
    expect(entries.some((e) => e.start < "2025-11-27")).toBe(false);
  });

  it("renders whole-day events with an exclusive end day and uids that carry the host", () => {
    const ics = renderCalendar(
      [meetingEntry({ id: "m1", name: "Meeting, with; commas", kind: "OTHER", place: "", startDate: "2013-04-16", endDate: "2013-04-19" }, en)],
      {
        name: "Adhere — Test",
        origin: "https://adhere.example",
        domain: "adhere.example",
        now: new Date("2026-11-27T12:00:00Z"),
      },
    );
    expect(ics).toContain("BEGIN:VCALENDAR");
    expect(ics).toContain("UID:meeting-m1@adhere.example");
    expect(ics).toContain("DTSTART;VALUE=DATE:20130416");
    expect(ics).toContain("DTEND;VALUE=DATE:20130420");
    expect(ics).toContain("SUMMARY:Meeting\\, with\\; commas");
    expect(ics).toContain("TRANSP:TRANSPARENT");
  });

  it("speaks the feed owner's language: labels, dates and sentences in French or Spanish, typed text as written", () => {
    const mid = pledgeEntries({ ...pledge, dueText: "mid-2013", dueEarliest: "2013-06-01", dueLatest: "2013-07-31" }, calendarWords("fr"))[0];
    expect(mid.summary).toBe("Fin de la période d’échéance (« mid-2013 ») : Ghana : Ratify the Convention");
    expect(mid.description).toContain("entre le 1 juin 2013 et le 31 juillet 2013");
    const planned = contactEntries({ ...contact, sensitivity: "RESTRICTED" }, calendarWords("es"))[0];
    expect(planned.summary).toBe("[Reservado] Previsto: Universalization co-coordinators → Georgia (gestión / nota verbal)");
    expect(planned.description).toBe("Démarche on accession");
    const meeting = meetingEntry(
      { id: "m1", name: "4MSP", kind: "MEETING_OF_STATES_PARTIES", place: "Lusaka", startDate: "2013-09-10", endDate: "2013-09-13" },
      calendarWords("fr"),
    );
    expect(meeting.description).toBe("Assemblée des États parties, Lusaka.");
    const annual = article7Entries(
      [
        { iso3: "CCC", name: "Équateur", entryIntoForce: "2011-01-01", withdrawal: null, submissions: [] },
        { iso3: "DDD", name: "Zambie", entryIntoForce: "2011-01-01", withdrawal: null, submissions: [] },
      ],
      "2026-11-27",
      "2026-11-27",
      "2027-12-31",
      calendarWords("fr"),
    );
    expect(annual.find((e) => e.uid === "article7-annual-2027")?.summary).toBe(
      "Mises à jour annuelles au titre de l’article 7 attendues (2 États parties)",
    );
    expect(annual.find((e) => e.uid === "article7-annual-2027")?.description).toContain(
      "Aucun rapport encore enregistré dans Adhere pour : Équateur, Zambie.",
    );
    const ics = renderCalendar([meeting], {
      name: "Adhere — Test",
      origin: "https://adhere.example",
      domain: "adhere.example",
      now: new Date("2026-11-27T12:00:00Z"),
      words: calendarWords("fr"),
    });
    expect(ics).toContain("//FR");
  });
});
