import NextAuth from "next-auth";
import { authOptions } from "@/lib/auth/options";
import { callbackUrlCookieName } from "@/lib/auth/cookies";
import { authRequestRefusal } from "@/lib/domain/auth-request";

const handler = NextAuth(authOptions);

/** next-auth, after refusing with a 4xx what it would answer with a 500 (see lib/domain/auth-request.ts). */
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
  const refusal = authRequestRefusal({ method: request.method, pathname: url.pathname, callbackUrls: [...url.searchParams.getAll("callbackUrl"), ...fromCookie], base: url.origin });
  if (refusal) {
    return new Response(`${refusal.message}\n`, {
      status: refusal.status,
      headers: { "Content-Type": "text/plain; charset=utf-8", ...(refusal.allow ? { Allow: refusal.allow } : {}) },
    });
  }
  return handler(request, context);
}

export { auth as GET, auth as POST };
