import { describe, expect, it } from "vitest";
import {
  isCacheablePageRequest,
  cutAtNonce,
  isKeepable,
  joinWithNonce,
  keptHeaders,
  pageKey,
  passedHeaders,
  type PageKeyParts,
} from "@/platform/page-cache/pages";
import { pageStore } from "@/platform/page-cache/store";

/** A request as a browser sends it on navigating to `address`, with `headers` added or replaced. */
function request(address: string, headers: Record<string, string | null> = {}, method = "GET") {
  const url = new URL(address, "http://localhost");
  const all: Record<string, string | null> = { "sec-fetch-dest": "document", "sec-fetch-mode": "navigate", ...headers };
  return { method, pathname: url.pathname, searchParams: url.searchParams, header: (name: string) => all[name] ?? null };
}

const PARTS: PageKeyParts = {
  address: "/states",
  userId: "u1",
  sessionId: "s1",
  user: ["COORDINATOR", [], "Ana", "ana@example.org", null],
  locale: "en",
  today: "2026-11-30",
  userAgent: "Mozilla/5.0",
  versions: ["1", "2", "3"],
};

const PAGE = '<!DOCTYPE html><html><head><script nonce="N0nce+/=="></script></head><body>ok</body></html>';

describe("which requests the page cache answers", () => {
  it("answers a full load of the dashboard, the lists, a state's page and the report", () => {
    for (const path of ["/", "/states", "/states/IRL", "/pledges", "/contacts", "/reports/progress"]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(true);
    }
  });

  it("leaves forms, other pages, client navigations, prefetches and actions to Next", () => {
    for (const path of ["/contacts/new", "/states/IRL/edit", "/admin/users", "/reports/progress/export", "/signin", "/account"]) {
      expect(isCacheablePageRequest(request(path)), path).toBe(false);
    }
    // What the client router's fetches look like to the proxy (Next hides their RSC headers from it).
    expect(isCacheablePageRequest(request("/states", { "sec-fetch-dest": "empty", "sec-fetch-mode": "cors" }))).toBe(false);
    // No Sec-Fetch headers: an old browser's fetch cannot be told from its page load, so neither is kept.
    expect(isCacheablePageRequest(request("/states", { "sec-fetch-dest": null, "sec-fetch-mode": null }))).toBe(false);
    expect(isCacheablePageRequest(request("/states?_rsc=1x2y3"))).toBe(false);
    expect(isCacheablePageRequest(request("/states", { "next-action": "abc" }))).toBe(false);
    expect(isCacheablePageRequest(request("/states?region=Africa&asOf=2013-04-18"))).toBe(true);
    expect(isCacheablePageRequest(request("/states", {}, "POST"))).toBe(false);
    expect(isCacheablePageRequest(request("/states", {}, "HEAD"))).toBe(false);
  });
});

describe("the key of a kept page", () => {
  it("differs when anything the page depends on differs", () => {
    const key = pageKey(PARTS);
    expect(pageKey({ ...PARTS })).toBe(key);
    const changes: Partial<PageKeyParts>[] = [
      { address: "/states?region=Africa" },
      { userId: "u2" },
      { sessionId: "s2" },
      { user: ["VIEWER", [], "Ana", "ana@example.org", null] },
      { user: ["COORDINATOR", ["AFRICA"], "Ana", "ana@example.org", null] },
      { locale: "fr" },
      { today: "2026-12-01" },
      { userAgent: "Googlebot" },
      { versions: ["1", "2", "4"] },
    ];
    for (const change of changes) expect(pageKey({ ...PARTS, ...change }), JSON.stringify(change)).not.toBe(key);
  });
});

describe("keeping a page", () => {
  const html = { "content-type": "text/html; charset=utf-8" };

  it("keeps a complete page and nothing that sets a cookie, failed or is not a page", () => {
    expect(isKeepable(200, new Headers(html), PAGE)).toBe(true);
    expect(isKeepable(500, new Headers(html), PAGE)).toBe(false);
    expect(isKeepable(307, new Headers(html), PAGE)).toBe(false);
    expect(isKeepable(200, new Headers({ ...html, "set-cookie": "a=b" }), PAGE)).toBe(false);
    expect(isKeepable(200, new Headers({ "content-type": "text/x-component" }), PAGE)).toBe(false);
    expect(isKeepable(200, new Headers(html), PAGE.replace("</html>", ""))).toBe(false);
    expect(isKeepable(200, new Headers(html), PAGE.replace("ok", '<template data-dgst="123"></template>'))).toBe(false);
  });

  it("gives every answer its own nonce in place of the one the page was rendered with", () => {
    const parts = cutAtNonce(PAGE.replace("ok", "ok — café"), "N0nce+/==");
    expect(Buffer.concat(parts).toString("utf8")).not.toContain("N0nce+/==");
    expect(joinWithNonce(parts, "Fresh123==").toString("utf8")).toBe(PAGE.replace("N0nce+/==", "Fresh123==").replace("ok", "ok — café"));
    expect(joinWithNonce(cutAtNonce("no nonce here", "N0nce+/=="), "Fresh123==").toString("utf8")).toBe("no nonce here");
  });

  it("keeps the page's headers but not those of one transfer or one answer", () => {
    const headers = new Headers({ "content-type": "text/html", vary: "RSC", "content-length": "10", "content-security-policy": "x", date: "now" });
    expect(Object.fromEntries(keptHeaders(headers))).toEqual({ "content-type": "text/html", vary: "RSC" });
  });

  it("passes a rendered answer's headers on without its framing, each cookie on its own", () => {
    const headers = new Headers({ "content-type": "text/html", "content-length": "10", "transfer-encoding": "chunked", location: "/signin" });
    headers.append("set-cookie", "a=1; Path=/");
    headers.append("set-cookie", "b=2; Path=/");
    expect(passedHeaders(headers)).toEqual([
      ["content-type", "text/html"],
      ["location", "/signin"],
      ["set-cookie", "a=1; Path=/"],
      ["set-cookie", "b=2; Path=/"],
    ]);
  });
});

describe("the store of kept pages", () => {
  it("drops the least recently used pages beyond its size", () => {
    const store = pageStore(25);
    const page = (html: string) => ({ parts: [Buffer.from(html)], headers: [] });
    store.set("a", page("0123456789"));
    store.set("b", page("0123456789"));
    store.get("a");
    store.set("c", page("0123456789"));
    expect(store.get("b")).toBeUndefined();
    expect(store.get("a")?.parts[0].toString()).toBe("0123456789");
    expect(store.get("c")?.parts[0].toString()).toBe("0123456789");
    store.set("huge", page("x".repeat(100)));
    expect(store.get("huge")).toBeUndefined();
  });
});
