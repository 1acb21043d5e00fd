/** A moment written out in UTC, the one time zone every delegation shares, e.g. "18 April 2013, 14:05 UTC". */
export function formatTimestamp(iso: string): string {
  const date = new Date(iso);
  const day = date.toLocaleDateString("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
  const time = date.toLocaleTimeString("en-GB", { hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
  return `${day}, ${time} UTC`;
}

export function Timestamp({ value, empty = "—" }: { value: string | null; empty?: string }) {
  if (!value) return <span className="text-slate-500">{empty}</span>;
  return <time dateTime={value}>{formatTimestamp(value)}</time>;
}
