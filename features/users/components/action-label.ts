import { useTranslations } from "next-intl";

/** An audit action ("pledge.update") in the reader's language; an action the catalog does not know shows its code. */
export function useActionLabel(): (action: string) => string {
  const t = useTranslations("admin.audit.actions");
  return (action) => {
    const key = action as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : action;
  };
}

/** The kind of record an audit event is about ("Pledge"), likewise. */
export function useEntityLabel(): (entity: string) => string {
  const t = useTranslations("admin.audit.entities");
  return (entity) => {
    const key = entity as Parameters<typeof t>[0];
    return t.has(key) ? t(key) : entity;
  };
}
