import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import type { Role } from "@prisma/client";
import { db } from "@/platform/db";
import { clientAddress } from "@/platform/http/client-address";
import { SESSION_LIMITS } from "@/lib/domain/auth-session";
import { throttledError } from "@/lib/domain/sign-in";
import { authSecret, servedOverHttps } from "@/platform/env";
import { authenticate } from "./authenticate";
import { sessionCookie } from "./cookies";
import { endSession, startSession } from "./session-check";

/**
 * The token's own expiry is only a backstop at the longest lifetime an administrator may set: the lifetime and idle
 * timeout in force are the settings, checked against the AuthSession row on every request (platform/auth/session-check.ts).
 */
export const SESSION_MAX_AGE_SECONDS = SESSION_LIMITS.lifetimeHours.max * 60 * 60;

export const authOptions: NextAuthOptions = {
  get secret() {
    return authSecret();
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  // Read when next-auth handles a request, not at build time: NEXTAUTH_URL decides whether cookies are Secure.
  get useSecureCookies() {
    return servedOverHttps();
  },
  get cookies() {
    return { sessionToken: sessionCookie() };
  },
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const now = new Date();
        const outcome = await authenticate(db(), credentials ?? {}, { ip: clientAddress(req?.headers), now: () => now });
        if (outcome.ok) return outcome.user;
        // next-auth hands a thrown error's message to the sign-in page; null becomes its generic "CredentialsSignin".
        if (outcome.reason === "throttled") throw new Error(throttledError(outcome.retryAt, now));
        return null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.role = (user as unknown as { role: Role }).role;
        const started = await startSession(db(), user.id);
        token.sid = started.sid;
        token.signedInAt = started.signedInAt;
      }
      return token;
    },
    session({ session, token }) {
      if (session.user) {
        session.user.id = token.sub!;
        session.user.role = token.role as Role;
      }
      session.signedInAt = token.signedInAt;
      session.sid = token.sid;
      return session;
    },
  },
  events: {
    async signOut({ token }) {
      await endSession(db(), token?.sid);
    },
  },
};
