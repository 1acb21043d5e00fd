import { useTranslations } from "next-intl";
import type { Instrument, StatusKind } from "@/lib/domain/status";

// Shape as well as colour, so the status never depends on colour alone.
const STYLE: Record<StatusKind, { glyph: string; className: string }> = {
  STATE_PARTY: { glyph: "●", className: "border-status-party text-[#00664a] bg-[#e6f5f0]" },
  PENDING: { glyph: "◐", className: "border-status-pending text-[#00578a] bg-[#e5f1f8]" },
  SIGNATORY: { glyph: "◇", className: "border-status-signatory text-[#7a5300] bg-[#fdf5e1]" },
  NOT_PARTY: { glyph: "○", className: "border-status-notparty text-slate-700 bg-slate-100" },
  WITHDRAWN: { glyph: "✕", className: "border-status-withdrawn text-[#9c3f00] bg-[#fbece3]" },
};

export function StatusBadge({ status, instrument, wrap = false }: { status: StatusKind; instrument?: Instrument | null; wrap?: boolean }) {
  const t = useTranslations("labels");
  const style = STYLE[status];
  const label = status === "PENDING" && instrument ? t(`pending.${instrument}`) : t(`status.${status}`);
  return (
    <span
      className={`inline-flex items-center gap-1.5 ${wrap ? "" : "whitespace-nowrap"} rounded border px-2 py-0.5 text-xs font-medium ${style.className}`}
      data-status={status}
    >
      <span aria-hidden="true">{style.glyph}</span>
      {label}
    </span>
  );
}
