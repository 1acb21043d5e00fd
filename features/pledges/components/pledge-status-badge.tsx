import { useTranslations } from "next-intl";
import type { PledgeStatus } from "@/lib/domain/pledges";

const STYLE: Record<PledgeStatus, { glyph: string; className: string }> = {
  OPEN: { glyph: "○", className: "border-slate-400 bg-slate-50 text-slate-800" },
  IN_PROGRESS: { glyph: "◐", className: "border-[#0072b2] bg-[#e5f1f8] text-[#00578a]" },
  KEPT: { glyph: "✓", className: "border-[#009e73] bg-[#e6f5f0] text-[#00664a]" },
  SLIPPED: { glyph: "!", className: "border-[#d55e00] bg-[#fbece3] text-[#9c3f00]" },
  WITHDRAWN: { glyph: "✕", className: "border-slate-500 bg-slate-100 text-slate-700" },
};

export function PledgeStatusBadge({ status, overdue = false }: { status: PledgeStatus; overdue?: boolean }) {
  const style = STYLE[status];
  const t = useTranslations("pledges");
  const labels = useTranslations("labels");
  return (
    <span className="inline-flex flex-wrap items-center gap-1">
      <span className={`badge ${style.className}`} data-pledge-status={status}>
        <span aria-hidden="true">{style.glyph}</span>
        {labels(`pledgeStatus.${status}`)}
      </span>
      {overdue ? (
        <span
          className="whitespace-nowrap rounded border border-[#d55e00] bg-white px-1.5 py-0.5 text-xs font-semibold text-[#9c3f00]"
          data-overdue="true"
        >
          {t("overdue")}
        </span>
      ) : null}
    </span>
  );
}
