import { describe, expect, it } from "vitest";
import { clientAddress } from "@/platform/http/client-address";

describe("clientAddress", () => {
  it("takes the address Next.js or the nearest proxy wrote, not what the client claimed before it", () => {
    expect(clientAddress({ "x-forwarded-for": "203.0.113.9" })).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "10.9.9.9, 198.51.100.4" })).toBe("198.51.100.4");
    expect(clientAddress({ "x-forwarded-for": ["1.1.1.1", "198.51.100.4"] })).toBe("198.51.100.4");
  });

  it("treats an IPv4-mapped IPv6 address as the IPv4 address", () => {
    expect(clientAddress({ "x-forwarded-for": "::ffff:127.0.0.1" })).toBe("127.0.0.1");
    expect(clientAddress({ "x-forwarded-for": "2001:DB8::1" })).toBe("2001:db8::1");
  });

  it("groups requests without a usable address together rather than failing", () => {
    expect(clientAddress(undefined)).toBe("unknown");
    expect(clientAddress({})).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": " , " })).toBe("unknown");
    expect(clientAddress({ "x-forwarded-for": "x".repeat(500) })).toBe("unknown");
  });
});
