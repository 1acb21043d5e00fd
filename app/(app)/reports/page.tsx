import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { requireUser } from "@/platform/auth/session";

export async function generateMetadata() {
  const t = await getTranslations("reports");
  return { title: t("title") };
}

export default async function ReportsPage() {
  await requireUser("/reports");
  const t = await getTranslations("reports");
  return (
    <>
      <h1 className="mb-4 text-2xl font-semibold tracking-tight">{t("title")}</h1>
      <ul className="grid max-w-3xl gap-4">
        <li className="rounded border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">
            <Link href="/reports/progress" className="text-sky-900 underline-offset-2 hover:underline">
              {t("index.progressTitle")}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">{t("index.progressText")}</p>
        </li>
        <li className="rounded border border-slate-200 bg-white p-4">
          <h2 className="font-semibold">
            <Link href="/reports/targets" className="text-sky-900 underline-offset-2 hover:underline">
              {t("index.targetsTitle")}
            </Link>
          </h2>
          <p className="text-sm text-slate-700">{t("index.targetsText")}</p>
        </li>
      </ul>
    </>
  );
}
