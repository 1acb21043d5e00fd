import { useTranslations } from "next-intl";

export interface ActorChoice {
  id: string;
  name: string;
  kind: string;
}

/** The options of an actor picker: organisations first (few, often chosen), then states. */
export function ActorOptions({ actors }: { actors: readonly ActorChoice[] }) {
  const t = useTranslations("common");
  return (
    <>
      <optgroup label={t("organisations")}>
        {actors
          .filter((a) => a.kind === "ORGANISATION")
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
      </optgroup>
      <optgroup label={t("states")}>
        {actors
          .filter((a) => a.kind === "STATE")
          .map((a) => (
            <option key={a.id} value={a.id}>
              {a.name}
            </option>
          ))}
      </optgroup>
    </>
  );
}
