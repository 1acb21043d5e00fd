import type { Locale } from "@/lib/domain/locale";

// Which enum label list names a changed field's value, so an audited change reads in the reader's language.
const LABEL_LISTS: Record<string, readonly string[]> = {
  status: ["stepStatus", "pledgeStatus", "contactStatus"],
  instrument: ["instrument"],
  path: ["path"],
  role: ["role"],
  channel: ["channel"],
  level: ["level"],
  outcome: ["outcome"],
  sensitivity: ["sensitivity"],
  writeRegions: ["region"],
};

interface Labels {
  has: (key: string) => boolean;
  text: (key: string) => string;
}

/**
 * A changed value in the reader's language where it is a label or yes/no; otherwise as describeChanges shows it.
 * English keeps describeChanges' wording, which audit pages and their tests already read.
 */
export function changeValue(field: string, raw: unknown, shown: string, labels: Labels, yesNo: (value: boolean) => string, locale: Locale): string {
  if (locale === "en") return shown;
  if (typeof raw === "boolean") return yesNo(raw);
  const lists = LABEL_LISTS[field] ?? [];
  const one = (value: unknown): string | null => {
    if (typeof value !== "string") return null;
    const list = lists.find((l) => labels.has(`${l}.${value}`));
    return list ? labels.text(`${list}.${value}`) : null;
  };
  if (Array.isArray(raw)) {
    const texts = raw.map(one);
    return texts.every((t) => t !== null) && texts.length > 0 ? texts.join(" · ") : shown;
  }
  return one(raw) ?? shown;
}
