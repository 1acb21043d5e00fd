import { describe, expect, it } from "vitest";
import { authRequestRefusal, callbackUrlsOfBody, isHttpCallbackUrl } from "@/platform/auth/auth-request";

const base = "http://localhost:3000";
const refusal = (method: string, pathname: string, callbackUrls: string[] = []) => authRequestRefusal({ method, pathname, callbackUrls, base });

describe("requests next-auth would answer with a 500", () => {
  it("refuses a GET of the credentials callback with 405, pointing to the sign-in form", () => {
    expect(refusal("GET", "/api/auth/callback/credentials")).toMatchObject({ status: 405, allow: "POST" });
    expect(refusal("POST", "/api/auth/callback/credentials")).toBeNull();
  });

  it("refuses a callbackUrl that is not a web address with 400", () => {
    expect(refusal("GET", "/api/auth/signin", ["javascript:alert(1)"])).toMatchObject({ status: 400 });
    expect(refusal("POST", "/api/auth/signout", ["' OR '1'='1"])).toMatchObject({ status: 400 });
    expect(refusal("GET", "/api/auth/csrf", ["/states", "https://evil.example/"])).toBeNull();
  });

  it("accepts what next-auth accepts: paths on this site and http(s) addresses", () => {
    expect(isHttpCallbackUrl("/states?asOf=2013-04-18", base)).toBe(true);
    expect(isHttpCallbackUrl("http://localhost:3000/", base)).toBe(true);
    expect(isHttpCallbackUrl("ftp://example.org/", base)).toBe(false);
    expect(isHttpCallbackUrl("", base)).toBe(false);
  });
});

describe("the callbackUrl of a POST body, as next-auth reads it", () => {
  it("reads forms and JSON objects, and says when the body cannot be read", () => {
    expect(callbackUrlsOfBody("application/x-www-form-urlencoded", "email=a&callbackUrl=%2Fstates")).toEqual(["/states"]);
    expect(callbackUrlsOfBody("application/json", '{"callbackUrl":"/x"}')).toEqual(["/x"]);
    expect(callbackUrlsOfBody("application/json", "{")).toBeNull();
    expect(callbackUrlsOfBody("application/json", '{"callbackUrl":7}')).toBeNull();
    expect(callbackUrlsOfBody("application/json", "[1]")).toBeNull();
    expect(callbackUrlsOfBody("text/plain", "anything")).toEqual([]);
  });
});
