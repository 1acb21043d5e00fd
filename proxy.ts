import { NextResponse, type NextRequest } from "next/server";
import { getToken } from "next-auth/jwt";
import { authSecret } from "@/lib/env";

/** First line of defence only: every page and action checks the session again for itself. */
export async function proxy(request: NextRequest) {
  const token = await getToken({ req: request, secret: authSecret() });
  if (token) return NextResponse.next();
  const url = request.nextUrl.clone();
  const callback = `${request.nextUrl.pathname}${request.nextUrl.search}`;
  url.pathname = "/signin";
  url.search = callback === "/" ? "" : `?callbackUrl=${encodeURIComponent(callback)}`;
  return NextResponse.redirect(url);
}

export const config = {
  matcher: ["/((?!signin|api/auth|_next/static|_next/image|favicon.ico|robots.txt).*)"],
};
