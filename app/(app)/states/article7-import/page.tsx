import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireMayRun } from "@/platform/auth/require-role";
import { Article7ImportWorkspace } from "@/features/treaty-status/components/article7-import-workspace";
import { importArticle7Reports } from "@/features/treaty-status/article7-import-mutations";

export async function generateMetadata() {
  const t = await getTranslations("article7Import");
  return { title: t("title") };
}

export default async function Article7ImportPage() {
  await requireMayRun(importArticle7Reports, "/states/article7-import");
  const [t, ts] = await Promise.all([getTranslations("article7Import"), getTranslations("state")]);
  return (
    <article>
      <nav aria-label={ts("breadcrumb")} className="no-print mb-2 text-sm">
        <Link href="/states" className="underline underline-offset-2">
          {ts("states")}
        </Link>{" "}
        / {t("breadcrumb")}
      </nav>
      <h1 className="text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <p className="mb-6 max-w-3xl text-sm text-slate-700">{t("intro")}</p>
      <Article7ImportWorkspace />
    </article>
  );
}
