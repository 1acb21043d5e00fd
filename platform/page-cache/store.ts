// Kept pages, in this process only: a page names the build's script files, so instances of different releases must
// not share them. Every instance reads the same tag versions from PostgreSQL, so a change through any instance makes
// every instance's kept pages unreachable all the same.

import { LRUCache } from "lru-cache";

export interface KeptPage {
  /** The page's bytes, cut where the nonce goes (platform/page-cache/pages.ts). */
  parts: Buffer[];
  headers: [string, string][];
}

/** At most `maxBytes` of pages, the least recently used dropped first (lru-cache, sized by the pages' bytes). */
export function pageStore(maxBytes = 64 * 1024 * 1024) {
  const pages = new LRUCache<string, KeptPage>({
    maxSize: maxBytes,
    sizeCalculation: (page) =>
      Math.max(
        1,
        page.parts.reduce((sum, part) => sum + part.length, 0),
      ),
  });
  return {
    get(key: string): KeptPage | undefined {
      return pages.get(key);
    },
    set(key: string, page: KeptPage): void {
      pages.set(key, page);
    },
    get size() {
      return pages.size;
    },
  };
}
