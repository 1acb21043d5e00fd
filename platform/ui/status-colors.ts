import type { StatusKind } from "@/lib/domain/status";

/** Okabe–Ito colours, always shown with a label or pattern elsewhere on the page. */
export const STATUS_FILL: Record<StatusKind, string> = {
  STATE_PARTY: "#009e73",
  PENDING: "#56b4e9",
  SIGNATORY: "#e69f00",
  NOT_PARTY: "#d4d4d8",
  WITHDRAWN: "#d55e00",
};

/** The same colours as classes, for HTML swatches (the CSP allows no inline style attributes). */
export const STATUS_SWATCH: Record<StatusKind, string> = {
  STATE_PARTY: "bg-[#009e73]",
  PENDING: "bg-[#56b4e9]",
  SIGNATORY: "bg-[#e69f00]",
  NOT_PARTY: "bg-[#d4d4d8]",
  WITHDRAWN: "bg-[#d55e00]",
};
