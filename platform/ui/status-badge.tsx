import { useTranslations } from "next-intl";
import type { Instrument, StatusKind } from "@/lib/domain/status";

// Shape as well as colour, so the status never depends on colour alone; the colours are in globals.css (.status-badge).
const GLYPH: Record<StatusKind, string> = {
  STATE_PARTY: "●",
  PENDING: "◐",
  SIGNATORY: "◇",
  NOT_PARTY: "○",
  WITHDRAWN: "✕",
};

export function StatusBadge({ status, instrument, wrap = false }: { status: StatusKind; instrument?: Instrument | null; wrap?: boolean }) {
  const t = useTranslations("labels");
  const label = status === "PENDING" && instrument ? t(`pending.${instrument}`) : t(`status.${status}`);
  return (
    <span className={wrap ? "status-badge wrap" : "status-badge"} data-status={status}>
      <span aria-hidden="true">{GLYPH[status]}</span>
      {label}
    </span>
  );
}
