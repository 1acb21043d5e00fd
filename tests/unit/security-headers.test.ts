import { describe, expect, it } from "vitest";
import { sessionCookie } from "@/platform/auth/cookies";
import { servedOverHttps } from "@/platform/env";
import { contentSecurityPolicy, newNonce } from "@/platform/security/csp";

const directives = (policy: string) => new Map(policy.split("; ").map((d) => [d.split(" ")[0], d.split(" ").slice(1)]));

describe("content security policy", () => {
  it("in production, runs only scripts and styles carrying the nonce: no unsafe-inline, no eval", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "abc123==", development: false, https: false }));
    expect(policy.get("script-src")).toEqual(["'self'", "'nonce-abc123=='", "'strict-dynamic'"]);
    // Besides the nonce, only the hash of "display:none" (React's hidden segments of a streamed SVG).
    expect(policy.get("style-src")).toEqual([
      "'self'",
      "'nonce-abc123=='",
      "'unsafe-hashes'",
      "'sha256-aqNNdDLnnrDOnTNdkJpYlAxKVJtLt9CtFLklmInuUAE='",
    ]);
    for (const [, values] of policy) expect(values.join(" ")).not.toMatch(/unsafe-(inline|eval)/);
  });

  it("forbids framing, plugins, foreign base URLs and form targets", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", development: false, https: false }));
    expect(policy.get("frame-ancestors")).toEqual(["'none'"]);
    expect(policy.get("object-src")).toEqual(["'none'"]);
    expect(policy.get("base-uri")).toEqual(["'self'"]);
    expect(policy.get("form-action")).toEqual(["'self'"]);
    expect(policy.get("default-src")).toEqual(["'self'"]);
  });

  it("upgrades insecure requests only when served over HTTPS (a plain-HTTP intranet would break otherwise)", () => {
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: true })).toContain("upgrade-insecure-requests");
    expect(contentSecurityPolicy({ nonce: "n", development: false, https: false })).not.toContain("upgrade-insecure-requests");
  });

  it("relaxes only for next dev", () => {
    const policy = directives(contentSecurityPolicy({ nonce: "n", development: true, https: false }));
    expect(policy.get("script-src")).toContain("'unsafe-eval'");
    expect(policy.get("script-src")).not.toContain("'unsafe-inline'");
  });

  it("makes a new 128-bit nonce each time", () => {
    const nonces = new Set(Array.from({ length: 100 }, newNonce));
    expect(nonces.size).toBe(100);
    expect(Buffer.from([...nonces][0], "base64")).toHaveLength(16);
  });
});

describe("session cookie", () => {
  it("is httpOnly and SameSite=Lax, and Secure with a __Secure- name when NEXTAUTH_URL is https", () => {
    expect(servedOverHttps({ NEXTAUTH_URL: "https://adhere.ministry.example" })).toBe(true);
    expect(sessionCookie(true)).toEqual({
      name: "__Secure-next-auth.session-token",
      options: { httpOnly: true, sameSite: "lax", path: "/", secure: true },
    });
  });

  it("is not Secure over plain HTTP, where the browser would drop it", () => {
    expect(servedOverHttps({ NEXTAUTH_URL: "http://localhost:3000" })).toBe(false);
    expect(servedOverHttps({})).toBe(false);
    expect(sessionCookie(false)).toMatchObject({ name: "next-auth.session-token", options: { httpOnly: true, sameSite: "lax", secure: false } });
  });
});
