import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { PledgesSection, StatementsSection } from "@/features/meetings/components/statements-and-pledges";
import { requireUser } from "@/platform/auth/session";
import { getOrganisation } from "@/features/meetings/speakers";
import { statementsConcerning } from "@/features/meetings/queries";
import { pledgesConcerning } from "@/features/pledges/queries";
import { todayIso } from "@/lib/domain/dates";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("organisations");
  return { title: t("title") };
}

export default async function OrganisationPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  await requireUser(`/organisations/${encodeURIComponent(id)}`);
  const t = await getTranslations("organisations");
  const organisation = await getOrganisation(id);
  if (!organisation?.actor) notFound();
  const [statements, pledges] = await Promise.all([
    statementsConcerning({ actorId: organisation.actor.id }),
    pledgesConcerning({ actorId: organisation.actor.id }, todayIso()),
  ]);
  return (
    <article className="max-w-4xl">
      <h1 className="text-2xl font-semibold tracking-tight">{organisation.name}</h1>
      <p className="mb-6 text-sm text-slate-600">
        {t("kind")}
        {organisation.aliases.length > 0 ? t("alsoKnownAs", { names: organisation.aliases.join(", ") }) : ""}
      </p>
      <PledgesSection pledges={pledges} actorName={organisation.name} />
      <StatementsSection statements={statements} />
    </article>
  );
}
