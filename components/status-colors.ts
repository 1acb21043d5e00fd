import type { StatusKind } from "@/lib/domain/status";

/** Okabe–Ito colours, always shown with a label or pattern elsewhere on the page. */
export const STATUS_FILL: Record<StatusKind, string> = {
  STATE_PARTY: "#009e73",
  PENDING: "#56b4e9",
  SIGNATORY: "#e69f00",
  NOT_PARTY: "#d4d4d8",
  WITHDRAWN: "#d55e00",
};
