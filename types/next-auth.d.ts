import type { Role } from "@prisma/client";
import type { DefaultSession } from "next-auth";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role };
    /** When this session signed in (ms since the epoch), to refuse it after a revocation. */
    signedInAt?: number;
    /** The AuthSession row of this browser (idle timeout, lifetime, sign-out everywhere). */
    sid?: string;
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    role?: Role;
    signedInAt?: number;
    sid?: string;
  }
}
