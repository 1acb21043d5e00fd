import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { PledgeForm } from "@/features/pledges/components/pledge-form";
import { requireMayRun } from "@/platform/auth/require-role";
import { listActors } from "@/features/meetings/speakers";
import { meetingOptions } from "@/features/meetings/queries";
import { localActors } from "@/lib/domain/pledge-names";
import { createPledge } from "@/features/pledges/mutations";

export async function generateMetadata() {
  const t = await getTranslations("pledges");
  return { title: t("record") };
}

type SearchParams = Record<string, string | string[] | undefined>;
const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) ?? "";

export default async function NewPledgePage({ searchParams }: { searchParams: Promise<SearchParams> }) {
  await requireMayRun(createPledge, "/pledges/new");
  const params = await searchParams;
  const [actors, meetings, t, locale] = await Promise.all([listActors(), meetingOptions(), getTranslations("pledges"), getLocale()]);
  return (
    <>
      <nav aria-label={t("breadcrumb")} className="mb-2 text-sm">
        <Link href="/pledges" className="underline underline-offset-2">
          {t("title")}
        </Link>{" "}
        / {t("record")}
      </nav>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{t("record")}</h1>
      <PledgeForm
        actors={localActors(actors, locale)}
        meetings={meetings}
        initial={{
          actorId: first(params.actor),
          text: "",
          kind: "",
          treatyAction: "",
          targetRegion: "",
          targets: "",
          due: "",
          reviewOn: "",
          meetingId: first(params.meeting),
          statementId: first(params.statement),
        }}
      />
    </>
  );
}
