import { describe, expect, it } from "vitest";
import { safeCallbackPath } from "@/lib/domain/callback-path";

describe("safeCallbackPath", () => {
  it.each(["/", "/states", "/states?region=Africa", "/states/TCD?asOf=2013-04-18", "/states?q=c%C3%B4te#top"])(
    "keeps the same-site path %j",
    (path) => {
      expect(safeCallbackPath(path)).toBe(path);
    },
  );

  it.each([
    ["//evil.com", "protocol-relative URL"],
    ["//evil.com/states", "protocol-relative URL with a path"],
    ["https://evil.com", "absolute URL"],
    ["http://evil.com/states", "absolute http URL"],
    ["/\\evil.com", "backslash, read by browsers as //"],
    ["/\\/evil.com", "backslash then slash"],
    ["javascript:alert(1)", "script URL"],
    ["evil.com", "relative host-like path"],
    ["states", "path without a leading slash"],
    [" /states", "leading space"],
    ["", "empty"],
  ])("rejects %j (%s)", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("does not send the user back to sign-in or to the API", () => {
    expect(safeCallbackPath("/signin")).toBe("/");
    expect(safeCallbackPath("/signin?callbackUrl=/states")).toBe("/");
    expect(safeCallbackPath("/api/auth/signout")).toBe("/");
  });

  it("rejects a missing value, null and an empty list", () => {
    expect(safeCallbackPath(undefined)).toBe("/");
    expect(safeCallbackPath(null as unknown as string)).toBe("/");
    expect(safeCallbackPath([])).toBe("/");
    expect(safeCallbackPath([""])).toBe("/");
  });

  it.each([
    ["/\t/evil.com", "tab, dropped by browsers to give //evil.com"],
    ["/\n/evil.com", "newline, dropped by browsers to give //evil.com"],
    ["/\r/evil.com", "carriage return, dropped by browsers to give //evil.com"],
    ["/\r\n/evil.com", "CRLF"],
    ["/\\evil.com", "a single backslash, read by browsers as /"],
    ["\\/evil.com", "leading backslash"],
    ["/states\\..\\..", "backslash later in the path"],
    ["/states\u0000", "NUL"],
    ["/states\u007f", "DEL"],
    ["/states\ttab", "tab inside a path"],
  ])("rejects control characters and backslashes: %j (%s)", (raw) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("keeps a same-site path with a query string", () => {
    expect(safeCallbackPath("/states?region=Africa")).toBe("/states?region=Africa");
    expect(safeCallbackPath(["/states?region=Africa"])).toBe("/states?region=Africa");
  });

  it.each([
    [0, "zero"],
    [42, "a number"],
    [NaN, "NaN"],
    [true, "a boolean"],
    [{}, "an empty object"],
    [{ toString: () => "/states" }, "an object that stringifies to a path"],
    [new URL("http://same-site.invalid/states"), "a URL object"],
    [[42], "a list holding a number"],
    [[{}], "a list holding an object"],
  ] as [unknown, string][])("rejects the non-string %j (%s)", (raw: unknown, _label: string) => {
    expect(safeCallbackPath(raw)).toBe("/");
  });

  it("uses the first of repeated values", () => {
    expect(safeCallbackPath(["/states", "//evil.com"])).toBe("/states");
    expect(safeCallbackPath(["//evil.com", "/states"])).toBe("/");
  });
});
