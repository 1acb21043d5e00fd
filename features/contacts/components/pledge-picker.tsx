"use client";

import { useEffect, useState, useSyncExternalStore, type KeyboardEvent } from "react";
import { useTranslations } from "next-intl";
import { inputClass } from "@/platform/forms/field";
import { PLEDGE_QUERY_MIN, PLEDGE_SEARCH_MAX, PLEDGE_TARGETS_MAX } from "@/lib/domain/pledge-options";
import { foldForSearch } from "@/lib/domain/state-search";

export interface PledgeOption {
  id: string;
  label: string;
}

interface Chosen extends PledgeOption {
  checked: boolean;
}

type Answer = { status: "loading" } | { status: "failed" } | { status: "done"; search: string; options: PledgeOption[] };

// The two pickers of a form ask for the same suggestions: one request serves both. Only for a few seconds, so that a
// pledge recorded meanwhile shows up when the form is opened again without reloading the app.
const SHARED_FOR_MS = 5_000;
const answers = new Map<string, { at: number; answer: Promise<PledgeOption[]> }>();
function fetchOptions(address: string): Promise<PledgeOption[]> {
  const kept = answers.get(address);
  if (kept && Date.now() - kept.at < SHARED_FOR_MS) return kept.answer;
  if (answers.size > 50) answers.clear();
  const answer = fetch(address, { headers: { Accept: "application/json" } }).then((r) => {
    if (!r.ok) throw new Error(`${r.status}`);
    return r.json() as Promise<PledgeOption[]>;
  });
  answers.set(address, { at: Date.now(), answer });
  answer.catch(() => answers.delete(address));
  return answer;
}

const subscribeNothing = () => () => {};

/** Enter in the search box must not send the contact. */
function keepFormUnsent(event: KeyboardEvent<HTMLInputElement>) {
  if (event.key === "Enter") event.preventDefault();
}

/**
 * Links a contact to pledges. The pledges already linked are checked boxes named `name`, so the form keeps them
 * without JavaScript; with it, a search box (and, without a search, suggestions for the contact's states and actor)
 * offers any other pledge, from GET /contacts/pledge-options.
 */
export function PledgePicker({
  id,
  name,
  legend,
  searchLabel,
  error,
  linked,
  targets,
  actorId,
  onChoose,
}: {
  id: string;
  name: string;
  legend: string;
  searchLabel: string;
  error?: string;
  /** The pledges linked when the form was shown, with their labels. */
  linked: PledgeOption[];
  /** The contact's target states and actor, for the suggestions. */
  targets: readonly string[];
  actorId: string;
  /** Told of each pledge chosen from the results, so its label is known if the form is shown again. */
  onChoose?: (option: PledgeOption) => void;
}) {
  const t = useTranslations("contacts.form.pledgePicker");
  const live = useSyncExternalStore(
    subscribeNothing,
    () => true,
    () => false,
  );
  const [chosen, setChosen] = useState<Chosen[]>(() => linked.map((p) => ({ ...p, checked: true })));
  const [search, setSearch] = useState("");
  const [answer, setAnswer] = useState<Answer>({ status: "loading" });

  const isSearch = foldForSearch(search).length >= PLEDGE_QUERY_MIN;
  const codes = targets
    .filter((c) => /^[A-Z]{3}$/.test(c))
    .slice(0, PLEDGE_TARGETS_MAX)
    .join(",");
  const params = new URLSearchParams(isSearch ? { q: search.trim() } : { targets: codes, actor: actorId }).toString();

  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      if (current) setAnswer({ status: "loading" });
      fetchOptions(`/contacts/pledge-options?${params}`).then(
        (options) => current && setAnswer({ status: "done", search: isSearch ? search.trim() : "", options }),
        () => current && setAnswer({ status: "failed" }),
      );
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
    // `params` holds everything the request depends on.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [params]);

  const isChecked = (pledgeId: string) => chosen.some((c) => c.id === pledgeId && c.checked);
  const setChecked = (option: PledgeOption, checked: boolean) => {
    setChosen((list) =>
      list.some((c) => c.id === option.id) ? list.map((c) => (c.id === option.id ? { ...c, checked } : c)) : [...list, { ...option, checked }],
    );
    if (checked) onChoose?.(option);
  };

  const results = answer.status === "done" ? answer.options : [];
  const searched = answer.status === "done" && answer.search !== "";
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const statusText =
    answer.status === "loading"
      ? t("loading")
      : answer.status === "failed"
        ? t("failed")
        : answer.search
          ? answer.options.length >= PLEDGE_SEARCH_MAX
            ? t("more", { max: PLEDGE_SEARCH_MAX, q: answer.search })
            : t("results", { count: answer.options.length, q: answer.search })
          : t("suggestions", { count: answer.options.length });

  return (
    <fieldset className="min-w-0" aria-describedby={error ? errorId : undefined} data-pledge-picker={name}>
      <legend className="block text-sm font-medium">{legend}</legend>
      {error ? (
        <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
          {error}
        </p>
      ) : null}
      <p className="mt-1 text-xs text-slate-600">{chosen.length > 0 ? t("linked") : t("noneLinked")}</p>
      {chosen.length > 0 ? (
        <ul className="mt-1 space-y-1 text-sm" data-linked-pledges>
          {chosen.map((p) => (
            <li key={p.id}>
              <label className="flex items-start gap-2">
                <input
                  type="checkbox"
                  name={name}
                  value={p.id}
                  checked={p.checked}
                  onChange={(e) => setChecked(p, e.target.checked)}
                  className="mt-0.5 h-4 w-4 shrink-0"
                />
                <span>{p.label}</span>
              </label>
            </li>
          ))}
        </ul>
      ) : null}
      {live ? (
        <div className="mt-3">
          <label htmlFor={`${id}-search`} className="block text-sm">
            {searchLabel}
          </label>
          <input
            id={`${id}-search`}
            type="search"
            value={search}
            onChange={(e) => setSearch(e.target.value)}
            onKeyDown={keepFormUnsent}
            autoComplete="off"
            aria-invalid={Boolean(error)}
            aria-describedby={[hintId, error ? errorId : null].filter(Boolean).join(" ")}
            className={inputClass}
          />
          <p id={hintId} className="mt-1 text-xs text-slate-600">
            {t("searchHint", { min: PLEDGE_QUERY_MIN })}
          </p>
          <p aria-live="polite" className="mt-2 text-xs font-medium text-slate-700" data-pledge-count>
            {statusText}
          </p>
          {results.length > 0 ? (
            <ul
              aria-label={searched ? t("found") : t("suggested")}
              className="mt-1 max-h-72 space-y-1 overflow-y-auto rounded border border-slate-200 p-2 text-sm"
              data-pledge-results
            >
              {results.map((p) => (
                <li key={p.id}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      checked={isChecked(p.id)}
                      onChange={(e) => setChecked(p, e.target.checked)}
                      className="mt-0.5 h-4 w-4 shrink-0"
                    />
                    <span>{p.label}</span>
                  </label>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      ) : null}
    </fieldset>
  );
}
