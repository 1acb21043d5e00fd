import { useTranslations } from "next-intl";
import type { StepStatus } from "@/lib/domain/domestic-path";

const STYLE: Record<StepStatus, { glyph: string; className: string }> = {
  NOT_STARTED: { glyph: "○", className: "border-slate-400 bg-slate-50 text-slate-700" },
  IN_PROGRESS: { glyph: "◐", className: "border-[#0072b2] bg-[#e5f1f8] text-[#00578a]" },
  DONE: { glyph: "✓", className: "border-[#009e73] bg-[#e6f5f0] text-[#00664a]" },
  BLOCKED: { glyph: "!", className: "border-[#d55e00] bg-[#fbece3] text-[#9c3f00]" },
};

export function StepStatusBadge({ status }: { status: StepStatus }) {
  const t = useTranslations("labels");
  const style = STYLE[status];
  return (
    <span className={`badge ${style.className}`} data-step-status={status}>
      <span aria-hidden="true">{style.glyph}</span>
      {t(`stepStatus.${status}`)}
    </span>
  );
}
