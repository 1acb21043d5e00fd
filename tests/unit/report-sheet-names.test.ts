import { describe, expect, it } from "vitest";
import en from "@/features/reports/messages/en/reports.json";
import es from "@/features/reports/messages/es/reports.json";
import fr from "@/features/reports/messages/fr/reports.json";

describe("the XLSX sheet names of the progress report", () => {
  for (const [language, messages] of Object.entries({ en, fr, es })) {
    it(`fit Excel's rules in ${language}: at most 31 characters, none of []:*?/\\, each name once`, () => {
      const names = Object.values(messages.section).flatMap((s) => ("sheet" in s ? [s.sheet] : []));
      expect(names).toHaveLength(9);
      for (const name of names) {
        expect(name.length, name).toBeLessThanOrEqual(31);
        expect(name, name).not.toMatch(/[[\]:*?/\\]/);
        expect(name.trim(), name).toBe(name);
      }
      expect(new Set(names.map((n) => n.toLowerCase())).size).toBe(names.length);
    });
  }
});
