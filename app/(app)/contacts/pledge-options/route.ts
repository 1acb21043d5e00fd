import { currentUser } from "@/platform/auth/session";
import { findPledgeChoices } from "@/features/pledges/queries";
import { localActorName } from "@/lib/domain/pledge-names";
import type { PledgeStatus } from "@/lib/domain/pledges";
import { parsePledgeOptionsQuery, pledgeOptionLabel } from "@/lib/domain/pledge-options";
import { answeringWhenUnavailable } from "@/platform/http/unavailable";
import { requestLocaleOf } from "@/platform/i18n/request-locale";
import { translatorFor } from "@/platform/i18n/translator";

const headers = { "Cache-Control": "private, no-store" };

/**
 * The contact form's pledge picker: `{ id, label }[]` for a search (`q`) or, without one, suggestions for the
 * contact's target states (`targets`) and actor (`actor`). Pledges are not restricted: every signed-in user may read them.
 */
export const GET = answeringWhenUnavailable(async (request: Request): Promise<Response> => {
  const user = await currentUser();
  const locale = await requestLocaleOf(user);
  const t = translatorFor(locale);
  if (!user) return Response.json({ message: t("contacts.pledgeOptions.signIn") }, { status: 401, headers });
  const parsed = parsePledgeOptionsQuery(new URL(request.url).searchParams);
  if (!parsed.ok) return Response.json({ message: t(`contacts.pledgeOptions.invalid.${parsed.problem}`) }, { status: 400, headers });
  const choices = await findPledgeChoices(parsed.query);
  const statusLabel = (status: PledgeStatus) => t(`labels.pledgeStatus.${status}`);
  return Response.json(
    choices.map((p) => ({
      id: p.id,
      label: pledgeOptionLabel({ actor: localActorName(p.actor, locale), text: p.text, status: p.status }, statusLabel),
    })),
    { headers: { ...headers, "Content-Language": locale } },
  );
});
