import "server-only";
import { authenticateCalendarToken, type TokenUser } from "@/platform/auth/tokens";
import { db } from "@/platform/db";

const plain = (status: number, text: string) =>
  new Response(`${text}\n`, { status, headers: { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" } });

/**
 * The door of the calendar feed: the secret in `?token=` names the user (active, feed not revoked), whose role
 * decides what the feed holds. No token: 401; an unknown, revoked or deactivated user's token: 404, with no data.
 */
export function calendarFeedRoute(handler: (ctx: { request: Request; url: URL; user: TokenUser; now: Date }) => Promise<Response>) {
  return async function GET(request: Request): Promise<Response> {
    const url = new URL(request.url);
    const token = url.searchParams.get("token") ?? "";
    if (!token) return plain(401, "This calendar feed needs the address from your account page, with its ?token=.");
    try {
      const now = new Date();
      const user = await authenticateCalendarToken(db(), token, now);
      if (!user) return plain(404, "No calendar feed has this address: it was revoked or replaced. Make a new one on your account page.");
      return await handler({ request, url, user, now });
    } catch (error) {
      console.error("[calendar feed]", error);
      return plain(500, "The calendar feed could not be made just now; try again later.");
    }
  };
}
