import { useTranslations } from "next-intl";
import type { ContactOutcome, ContactStatus } from "@/lib/domain/contacts";

const OUTCOME_STYLE: Record<ContactOutcome, { glyph: string; className: string }> = {
  POSITIVE: { glyph: "▲", className: "border-[#009e73] bg-[#e6f5f0] text-[#00664a]" },
  NEUTRAL: { glyph: "■", className: "border-slate-400 bg-slate-50 text-slate-800" },
  NEGATIVE: { glyph: "▼", className: "border-[#d55e00] bg-[#fbece3] text-[#9c3f00]" },
  NO_RESPONSE: { glyph: "…", className: "border-slate-500 bg-slate-100 text-slate-700" },
};

const badge = "badge";

export function OutcomeBadge({ outcome }: { outcome: ContactOutcome | null }) {
  const t = useTranslations("contacts.badges");
  const labels = useTranslations("labels");
  if (!outcome) return <span className="text-xs text-slate-600">{t("noOutcome")}</span>;
  const style = OUTCOME_STYLE[outcome];
  return (
    <span className={`${badge} ${style.className}`} data-outcome={outcome}>
      <span aria-hidden="true">{style.glyph}</span>
      {labels(`outcome.${outcome}`)}
    </span>
  );
}

/** `datePassed`: planned for a day that has gone by, and not marked done. */
export function ContactStatusBadge({ status, datePassed = false }: { status: ContactStatus; datePassed?: boolean }) {
  const labels = useTranslations("labels");
  const t = useTranslations("contacts.badges");
  if (status === "PLANNED" && datePassed) {
    return (
      <span className={`${badge} border-[#d55e00] bg-[#fbece3] text-[#9c3f00]`} data-contact-status="PLANNED" data-planned-date-passed="true">
        <span aria-hidden="true">◷</span>
        {t("plannedDatePassed")}
      </span>
    );
  }
  return status === "PLANNED" ? (
    <span className={`${badge} border-[#0072b2] bg-[#e5f1f8] text-[#00578a]`} data-contact-status="PLANNED">
      <span aria-hidden="true">◷</span>
      {labels("contactStatus.PLANNED")}
    </span>
  ) : (
    <span className={`${badge} border-slate-400 bg-white text-slate-800`} data-contact-status="DONE">
      <span aria-hidden="true">✓</span>
      {labels("contactStatus.DONE")}
    </span>
  );
}

export function RestrictedBadge() {
  const t = useTranslations("contacts.badges");
  return (
    <span className={`${badge} border-[#7a4a00] bg-[#fdf3e1] text-[#7a4a00]`} data-restricted="true">
      <span aria-hidden="true">🔒</span>
      {t("restricted")}
    </span>
  );
}

export function OverdueBadge() {
  const t = useTranslations("contacts.badges");
  return (
    <span
      className="whitespace-nowrap rounded border border-[#d55e00] bg-white px-1.5 py-0.5 text-xs font-semibold text-[#9c3f00]"
      data-next-step-overdue="true"
    >
      {t("overdue")}
    </span>
  );
}
