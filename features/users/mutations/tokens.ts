import { z } from "zod";
import { ALL_ROLES } from "@/lib/domain/roles";
import { API_TOKEN_PREFIX, CALENDAR_TOKEN_PREFIX, hashToken, newToken, tokenHint } from "@/platform/auth/token-format";
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
      .string({ message: "Name the token, e.g. after the script that uses it." })
      .trim()
      .min(1, "Name the token, e.g. after the script that uses it.")
      .max(60, "Use at most 60 characters."),
  }),
  async run({ tx, user, input, audit }) {
    const live = await tx.apiToken.count({ where: { userId: user.id, revokedAt: null } });
    if (live >= MAX_API_TOKENS) {
      throw new ActionError("invalid", `You have ${MAX_API_TOKENS} API tokens already: revoke one you no longer use first. Nothing was saved.`);
    }
    const token = newToken(API_TOKEN_PREFIX);
    const created = await tx.apiToken.create({
      data: { userId: user.id, name: input.name, prefix: tokenHint(token), tokenHash: hashToken(token) },
      select: { id: true, prefix: true },
    });
    await audit({ action: "apiToken.create", entity: "ApiToken", entityId: created.id, after: { name: input.name, prefix: created.prefix } });
    return {
      message: `API token "${input.name}" created. Copy it now: it is shown only this once.`,
      secret: token,
    };
  },
});

export const revokeApiToken = defineMutation({
  name: "apiToken.revoke",
  roles: ALL_ROLES,
  scope: "unscoped",
  schema: z.object({ id: z.string({ message: "Choose a token." }).regex(/^[a-z0-9]{10,40}$/i, "Choose a token.") }),
  async run({ tx, user, input, audit }) {
    // Only one's own tokens: someone else's id is "not found", which does not say it exists.
    const token = await tx.apiToken.findFirst({ where: { id: input.id, userId: user.id }, select: { id: true, name: true, prefix: true, revokedAt: true } });
    if (!token) throw new ActionError("not-found", "This token does not exist. Nothing was changed.");
    if (token.revokedAt) throw new ActionError("invalid", `API token "${token.name}" is revoked already.`);
    await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true } });
    await audit({ action: "apiToken.revoke", entity: "ApiToken", entityId: token.id, before: { name: token.name, prefix: token.prefix, revoked: false }, after: { revoked: true } });
    return { message: `API token "${token.name}" is revoked: programs using it are refused from now on.`};
  },
});

/** Makes (or makes anew, which stops the old address working) or revokes the user's calendar feed address. */
export const setCalendarFeed = defineMutation({
  name: "calendarFeed.set",
  roles: ALL_ROLES,
  scope: "unscoped",
  schema: z.object({ action: z.enum(["create", "revoke"], { message: "Choose to create or to revoke the feed." }) }),
  async run({ tx, user, input, audit }) {
    const existing = await tx.calendarToken.findUnique({ where: { userId: user.id }, select: { createdAt: true } });
    if (input.action === "revoke") {
      if (!existing) throw new ActionError("invalid", "You have no calendar feed to revoke.");
      await tx.calendarToken.delete({ where: { userId: user.id }, select: { userId: true } });
      await audit({ action: "calendarFeed.revoke", entity: "CalendarToken", entityId: user.id, before: { feed: "active" }, after: { feed: "revoked" } });
      return { message: "Your calendar feed is revoked: calendars subscribed to it get nothing from now on."};
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
      message: existing
        ? "Your calendar feed has a new address; the old one no longer works. Copy the new one now: it is shown only this once."
        : "Your calendar feed is ready. Copy its address now: it is shown only this once.",
      secret: token,
    };
  },
});
