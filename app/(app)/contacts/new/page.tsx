import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { ContactForm, type ContactFormValues } from "@/features/contacts/components/contact-form";
import { requireMayRun } from "@/platform/auth/require-role";
import { listActors } from "@/features/meetings/speakers";
import { stateOptions } from "@/features/treaty-status/queries/states";
import { userOptions } from "@/features/users/queries/users";
import { localActors, localStates } from "@/lib/domain/contact-names";
import { CO_COORDINATORS } from "@/lib/domain/contacts";
import { todayIso } from "@/lib/domain/dates";
import { createContact } from "@/features/contacts/mutations";

export async function generateMetadata() {
  const t = await getTranslations("contacts.new");
  return { title: t("title") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function NewContactPage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  const params = await searchParams;
  const target = first(params.target).trim().toUpperCase();
  await requireMayRun(createContact, `/contacts/new${/^[A-Z]{3}$/.test(target) ? `?target=${target}` : ""}`);
  const [allActors, allStates, users, locale, t, tl] = await Promise.all([
    listActors(),
    stateOptions(),
    userOptions(),
    getLocale(),
    getTranslations("contacts.new"),
    getTranslations("contacts.list"),
  ]);
  const actors = localActors(allActors, locale);
  const states = localStates(allStates, locale);
  const targetState = states.find((s) => s.iso3 === target);
  // Most contacts are made by the co-coordinators' team, so they are who reached out unless changed.
  const actorParam = first(params.actor);
  const actorId = actors.find((a) => a.id === actorParam)?.id ?? actors.find((a) => a.name === CO_COORDINATORS)?.id ?? "";
  const today = todayIso();
  const returnTo = targetState ? { href: `/states/${targetState.iso3}`, label: targetState.name } : undefined;
  const initial: ContactFormValues = {
    date: today,
    status: "DONE",
    actorId,
    targets: targetState?.iso3 ?? "",
    channel: "",
    level: "",
    place: "",
    summary: "",
    outcome: "",
    nextStep: "",
    nextStepDue: "",
    nextStepOwnerId: "",
    nextStepDone: false,
    sensitivity: "SHARED",
    fulfils: [],
    followsUp: [],
  };
  return (
    <>
      <nav aria-label={tl("breadcrumb")} className="mb-2 text-sm">
        <Link href="/contacts" className="underline underline-offset-2">
          {tl("title")}
        </Link>
        {targetState ? (
          <>
            {" "}
            /{" "}
            <Link href={`/states/${targetState.iso3}`} className="underline underline-offset-2">
              {targetState.name}
            </Link>
          </>
        ) : null}{" "}
        / {t("title")}
      </nav>
      <h1 className="mb-1 text-2xl font-semibold tracking-tight">{targetState ? t("titleWith", { state: targetState.name }) : t("title")}</h1>
      <p className="mb-4 text-sm text-slate-600">{t("intro")}</p>
      <ContactForm actors={actors} states={states} users={users} linkedPledges={[]} today={today} returnTo={returnTo} initial={initial} />
    </>
  );
}
