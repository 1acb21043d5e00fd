import { describe, expect, it } from "vitest";
import { memoryStore } from "@/platform/cache/store";

describe("in-process data cache store", () => {
  it("returns what was stored and nothing for an unknown key", async () => {
    const store = memoryStore();
    await store.set("a", '{"x":1}');
    expect(await store.get("a")).toBe('{"x":1}');
    expect(await store.get("b")).toBeNull();
  });

  it("drops the least recently used value beyond its size", async () => {
    const store = memoryStore(2);
    await store.set("a", "1");
    await store.set("b", "2");
    await store.get("a");
    await store.set("c", "3");
    expect(await store.get("b")).toBeNull();
    expect(await store.get("a")).toBe("1");
    expect(await store.get("c")).toBe("3");
  });
});
