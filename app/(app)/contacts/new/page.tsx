import type { Metadata } from "next";
import Link from "next/link";
import { ContactForm } from "@/components/contacts/contact-form";
import { requireMayRun } from "@/lib/auth/require-role";
import { listActors } from "@/lib/data/actors";
import { pledgeOptions } from "@/lib/data/pledges";
import { stateOptions } from "@/lib/data/states";
import { userOptions } from "@/lib/data/users";
import { CO_COORDINATORS } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { createContact } from "@/lib/mutations/contacts";

export const metadata: Metadata = { title: "Log a contact" };

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function NewContactPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const target = first(params.target).trim().toUpperCase();
  await requireMayRun(createContact, `/contacts/new${/^[A-Z]{3}$/.test(target) ? `?target=${target}` : ""}`);
  const [actors, states, users, pledges] = await Promise.all([listActors(), stateOptions(), userOptions(), pledgeOptions()]);
  const targetState = states.find((s) => s.iso3 === target);
  // Most contacts are made by the co-coordinators' team, so they are who reached out unless changed.
  const actorParam = first(params.actor);
  const actorId = actors.find((a) => a.id === actorParam)?.id ?? actors.find((a) => a.name === CO_COORDINATORS)?.id ?? "";
  const today = todayIso();
  return (
    <>
      <nav aria-label="Breadcrumb" className="mb-2 text-sm">
        <Link href="/contacts" className="underline underline-offset-2">Contacts</Link>
        {targetState ? (
          <>
            {" "}/ <Link href={`/states/${targetState.iso3}`} className="underline underline-offset-2">{targetState.name}</Link>
          </>
        ) : null}{" "}
        / Log a contact
      </nav>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">Log a contact{targetState ? ` with ${targetState.name}` : ""}</h1>
      <p className="mb-4 text-sm text-slate-600">Only the target, channel and summary are needed; the rest can wait. A date after today makes it a planned contact.</p>
      <ContactForm
        actors={actors}
        states={states}
        users={users}
        pledges={pledges}
        today={today}
        returnTo={targetState ? { href: `/states/${targetState.iso3}`, label: targetState.name } : undefined}
        initial={{
          date: today, status: "DONE", actorId, targets: targetState?.iso3 ?? "", channel: "", level: "", place: "", summary: "", outcome: "",
          nextStep: "", nextStepDue: "", nextStepOwnerId: "", nextStepDone: false, sensitivity: "SHARED", fulfils: [], followsUp: [],
        }}
      />
    </>
  );
}
