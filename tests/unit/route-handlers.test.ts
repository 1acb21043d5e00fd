import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/**
 * Every route handler goes through one of the app's doors: the session (currentUser), the read API's token door
 * (apiRoute) or the calendar feed's (calendarFeedRoute). A new route.ts that uses none of them fails here, unless it
 * is listed as public with the reason.
 */
const PUBLIC_ROUTES: Record<string, string> = {
  "app/api/auth/[...nextauth]/route.ts": "next-auth's own sign-in endpoints",
  "app/api/v1/openapi.json/route.ts": "the API's description, which holds no data",
};

/** POST handlers that change nothing: they take a body too large for a URL and only read. */
const READ_ONLY_POSTS: Record<string, string> = {
  "app/(app)/meetings/[id]/import/preview/route.ts":
    "reads a pasted or uploaded session summary and returns proposals; saving is the meeting.import action",
  "app/(app)/states/article7-import/check/route.ts":
    "the dry run of an Article 7 upload: says what each row would record; saving is the article7.import action",
};

function routeFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

describe("route handlers", () => {
  const root = process.cwd();
  const files = routeFiles(path.join(root, "app")).map((f) => path.relative(root, f).split(path.sep).join("/"));

  it("are found", () => {
    expect(files).toContain("app/api/v1/states/route.ts");
    expect(files).toContain("app/calendar.ics/route.ts");
  });

  it("each check a session or a token before reading anything", () => {
    for (const file of files) {
      if (file in PUBLIC_ROUTES) continue;
      const source = readFileSync(path.join(root, file), "utf8");
      const door = /export const GET = (apiRoute|calendarFeedRoute)(<[^>]*>)?\(/.test(source) || /await currentUser\(\)/.test(source);
      expect(door, `${file} must use apiRoute, calendarFeedRoute or currentUser()`).toBe(true);
      const writes =
        file in READ_ONLY_POSTS
          ? /export (async )?(function|const) (PUT|PATCH|DELETE)\b/
          : /export (async )?(function|const) (POST|PUT|PATCH|DELETE)\b/;
      expect(source, `${file} exports only GET`).not.toMatch(writes);
    }
  });

  it("under /api/v1 are all token-checked, read-only handlers", () => {
    for (const file of files.filter((f) => f.startsWith("app/api/v1/") && !(f in PUBLIC_ROUTES))) {
      expect(readFileSync(path.join(root, file), "utf8"), file).toMatch(/export const GET = apiRoute(<[^>]*>)?\(/);
    }
  });

  it("that authenticate by token are let through by the proxy (a program must get 401, not the sign-in page)", () => {
    const proxy = readFileSync(path.join(root, "proxy.ts"), "utf8");
    const match = /const PUBLIC_PATH = (\/.*\/);/.exec(proxy);
    expect(match).not.toBeNull();
    const publicPath = new Function(`return ${match![1]}`)() as RegExp;
    for (const p of ["/api/v1/states", "/api/v1/states/GHA", "/api/v1/openapi.json", "/calendar.ics", "/signin", "/api/auth/session"])
      expect(publicPath.test(p), p).toBe(true);
    for (const p of ["/states", "/api/v10", "/calendar.icsx", "/contacts/export.csv", "/account"]) expect(publicPath.test(p), p).toBe(false);
  });
});
