// Kept pages, in this process only: a page names the build's script files, so instances of different releases must
// not share them. Every instance reads the same tag versions from PostgreSQL, so a change through any instance makes
// every instance's kept pages unreachable all the same.

export interface KeptPage {
  /** The page's bytes, cut where the nonce goes (platform/page-cache/pages.ts). */
  parts: Buffer[];
  headers: [string, string][];
}

/** At most `maxBytes` of pages, the least recently used dropped first. */
export function pageStore(maxBytes = 64 * 1024 * 1024) {
  const pages = new Map<string, KeptPage>();
  let bytes = 0;
  const size = (page: KeptPage) => page.parts.reduce((sum, part) => sum + part.length, 0);
  return {
    get(key: string): KeptPage | undefined {
      const page = pages.get(key);
      if (page) {
        pages.delete(key);
        pages.set(key, page);
      }
      return page;
    },
    set(key: string, page: KeptPage): void {
      if (size(page) > maxBytes) return;
      const old = pages.get(key);
      if (old) {
        bytes -= size(old);
        pages.delete(key);
      }
      pages.set(key, page);
      bytes += size(page);
      for (const [oldest, kept] of pages) {
        if (bytes <= maxBytes) break;
        pages.delete(oldest);
        bytes -= size(kept);
      }
    },
    get size() {
      return pages.size;
    },
  };
}
