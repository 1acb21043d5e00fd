import Link from "next/link";
import { connection } from "next/server";
import { getTranslations } from "next-intl/server";

// Rendered per request, like every page, so that its scripts carry the response's CSP nonce.
export default async function NotFound() {
  await connection();
  const t = await getTranslations("errors.notFound");
  return (
    <main id="main" className="mx-auto max-w-xl px-4 py-12">
      <h1 className="mb-2 text-2xl font-semibold">{t("title")}</h1>
      <p className="mb-4 text-slate-700">{t("page")}</p>
      <Link href="/" className="underline underline-offset-2">
        {t("toDashboard")}
      </Link>
    </main>
  );
}
