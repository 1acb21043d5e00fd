// PostgreSQL text cannot hold the NUL character (U+0000): a query or a write carrying one fails with an error.
// Input is checked for it before it gets that far, so that it is refused with a message instead.

/** An address (path and query, still percent-encoded) that would hand a NUL to a page or a route. */
export function hasNulCharacter(address: string): boolean {
  return /%00/.test(address) || address.includes("\u0000");
}

/** The fields of a form (or any input) whose text contains a NUL character, nested values under their top key. */
export function fieldsWithNul(input: unknown): string[] {
  const found = new Set<string>();
  const visit = (value: unknown, key: string, depth: number) => {
    if (depth > 5) return;
    if (typeof value === "string") {
      if (value.includes("\u0000")) found.add(key);
    } else if (Array.isArray(value)) {
      for (const item of value) visit(item, key, depth + 1);
    } else if (value && typeof value === "object" && !(value instanceof Date)) {
      for (const [k, v] of Object.entries(value)) visit(v, depth === 0 ? k : key, depth + 1);
    }
  };
  visit(input, "form", 0);
  return [...found];
}
