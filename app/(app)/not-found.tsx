import Link from "next/link";
import { useTranslations } from "next-intl";

export default function NotFound() {
  const t = useTranslations("errors.notFound");
  return (
    <div className="max-w-xl">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-slate-700">{t("record")}</p>
      <Link href="/states" className="underline underline-offset-2">
        {t("toStates")}
      </Link>
    </div>
  );
}
