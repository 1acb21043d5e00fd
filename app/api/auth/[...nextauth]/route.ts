import NextAuth from "next-auth";
import { authOptions } from "@/platform/auth/options";
import { callbackUrlCookieName } from "@/platform/auth/cookies";
import { authRequestRefusal, callbackUrlsOfBody } from "@/platform/auth/auth-request";

const handler = NextAuth(authOptions);

/** next-auth, after refusing with a 4xx what it would answer with a 500 (see platform/auth/auth-request.ts). */
async function auth(request: Request, context: { params: Promise<{ nextauth: string[] }> }): Promise<Response> {
  const url = new URL(request.url);
  const cookie = request.headers.get("cookie") ?? "";
  const fromCookie = cookie
    .split(/;\s*/)
    .filter((pair) => pair.startsWith(`${callbackUrlCookieName()}=`))
    .map((pair) => {
      try {
        return decodeURIComponent(pair.slice(pair.indexOf("=") + 1));
      } catch {
        return "%";
      }
    });
  const fromBody = request.method === "POST" ? callbackUrlsOfBody(request.headers.get("content-type") ?? "", await request.clone().text()) : [];
  if (fromBody === null)
    return new Response("Bad request: the body could not be read.\n", { status: 400, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  const callbackUrls = [...url.searchParams.getAll("callbackUrl"), ...fromCookie, ...fromBody];
  const refusal = authRequestRefusal({ method: request.method, pathname: url.pathname, callbackUrls, base: url.origin });
  if (refusal) {
    return new Response(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...(refusal.allow ? { Allow: refusal.allow } : {}) },
    });
  }
  return handler(request, context);
}

export { auth as GET, auth as POST };
