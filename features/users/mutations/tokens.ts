import { z } from "zod";
import { ALL_ROLES } from "@/lib/domain/roles";
import { API_TOKEN_PREFIX, CALENDAR_TOKEN_PREFIX, hashToken, newToken, tokenHint } from "@/platform/auth/token-format";
import { say } from "@/lib/domain/message";
import { ActionError, defineMutation } from "@/platform/mutations/core";

/** A user keeps at most this many live API tokens: enough for a few scripts, few enough to review. */
export const MAX_API_TOKENS = 10;

// Tokens are personal: every role may make and revoke its own; what a token can read is its user's role's business.

export const createApiToken = defineMutation({
  name: "apiToken.create",
  roles: ALL_ROLES,
  scope: "unscoped",
  schema: z.object({
    name: z
      .string({ message: "userMutations.nameTokenEGAfter" })
      .trim()
      .min(1, "userMutations.nameTokenEGAfter")
      .max(60, "userMutations.useMost60Characters"),
  }),
  async run({ tx, user, input, audit }) {
    const live = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
    if (live >= MAX_API_TOKENS) {
      throw new ActionError("invalid", say("userMutations.youHaveNApiTokens", { n: MAX_API_TOKENS }));
    }
    const token = newToken(API_TOKEN_PREFIX);
    const created = await tx.apiToken.create({
      data: { userId: user.id, name: input.name, prefix: tokenHint(token), tokenHash: hashToken(token) },
      select: { id: true, prefix: true },
    });
    await audit({ action: "apiToken.create", entity: "ApiToken", entityId: created.id, after: { name: input.name, prefix: created.prefix } });
    return {
      message: say("userMutations.apiTokenNameCreatedCopy", { name: input.name }),
      secret: token,
    };
  },
});

export const revokeApiToken = defineMutation({
  name: "apiToken.revoke",
  roles: ALL_ROLES,
  scope: "unscoped",
  schema: z.object({ id: z.string({ message: "userMutations.chooseToken" }).regex(/^[a-z0-9]{10,40}$/i, "userMutations.chooseToken") }),
  async run({ tx, user, input, audit }) {
    // Only one's own tokens: someone else's id is "not found", which does not say it exists.
    const token = await tx.apiToken.findFirst({
      where: { id: input.id, userId: user.id },
      select: { id: true, name: true, prefix: true, revokedAt: true },
    });
    if (!token) throw new ActionError("not-found", "userMutations.tokenDoesNotExistNothing");
    if (token.revokedAt) throw new ActionError("invalid", say("userMutations.apiTokenNameRevokedAlready", { name: token.name }));
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true } });
    await audit({
      action: "apiToken.revoke",
      entity: "ApiToken",
      entityId: token.id,
      before: { name: token.name, prefix: token.prefix, revoked: false },
      after: { revoked: true },
    });
    return { message: say("userMutations.apiTokenNameRevokedPrograms", { name: token.name }) };
  },
});

/** Makes (or makes anew, which stops the old address working) or revokes the user's calendar feed address. */
export const setCalendarFeed = defineMutation({
  name: "calendarFeed.set",
  roles: ALL_ROLES,
  scope: "unscoped",
  schema: z.object({ action: z.enum(["create", "revoke"], { message: "userMutations.chooseCreateRevokeFeed" }) }),
  async run({ tx, user, input, audit }) {
    const existing = await tx.calendarToken.findUnique({ where: { userId: user.id }, select: { createdAt: true } });
    if (input.action === "revoke") {
      if (!existing) throw new ActionError("invalid", "userMutations.youHaveNoCalendarFeed");
      await tx.calendarToken.delete({ where: { userId: user.id }, select: { userId: true } });
      await audit({
        action: "calendarFeed.revoke",
        entity: "CalendarToken",
        entityId: user.id,
        before: { feed: "active" },
        after: { feed: "revoked" },
      });
      return { message: "userMutations.yourCalendarFeedRevokedCalendars" };
    }
    const token = newToken(CALENDAR_TOKEN_PREFIX);
    await tx.calendarToken.upsert({
      where: { userId: user.id },
      create: { userId: user.id, tokenHash: hashToken(token) },
      update: { tokenHash: hashToken(token), createdAt: new Date(), lastUsedAt: null },
      select: { userId: true },
    });
    await audit({
      action: existing ? "calendarFeed.regenerate" : "calendarFeed.create",
      entity: "CalendarToken",
      entityId: user.id,
      before: existing ? { feed: "active (old address)" } : undefined,
      after: { feed: existing ? "active (new address)" : "active" },
    });
    return {
      message: existing ? "userMutations.yourCalendarFeedHasNew" : "userMutations.yourCalendarFeedReadyCopy",
      secret: token,
    };
  },
});
