// Generators of hostile input for the property tests: wrong types, huge strings, unicode, nulls, injection
// strings, and real ids of records the user may not see or change.
import fc from "fast-check";

export const INJECTIONS = [
  "' OR '1'='1",
  '\'; DROP TABLE "Contact"; --',
  "1; SELECT pg_sleep(5)--",
  '" OR ""="',
  "admin'--",
  '1\' UNION SELECT password_hash FROM "User"--',
  "<script>alert(1)</script>",
  '"><img src=x onerror=alert(1)>',
  "javascript:alert(1)",
  "{{7*7}}",
  "${7*7}",
  "../../../../etc/passwd",
  "%00",
  "\u0000",
  "a\u0000b",
  "\uFEFF\u202E\u200B",
  "\uD800",
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)",
  "$ACTION_ID_x",
  "__proto__",
  "constructor",
  "toString",
  "NaN",
  "Infinity",
  "-1",
  "0",
  "1e309",
  "9007199254740993",
  "2013-02-30",
  "0000-00-00",
  "9999-12-31",
  "-271821-04-19",
  "𝒜𝒹𝒽𝑒𝓇𝑒 👩🏽‍💻 Côte d’Ivoire ÅÄÖ 日本語 العربية",
  " ",
  "\n\r\t",
];

/** Values that a form could send and that the schemas know, so that some inputs get past validation. */
export const PLAUSIBLE = [
  "ALB",
  "GEO",
  "ZAF",
  "NAM",
  "XXX",
  "abc",
  "ALB, GEO",
  "up",
  "down",
  "1",
  "2",
  "on",
  "2013-04-18",
  "2013-06-15",
  "mid-2013",
  "Q3 2013",
  "2031-01-01",
  "1990-01-01",
  "ADMIN",
  "COORDINATOR",
  "CONTRIBUTOR",
  "VIEWER",
  "NOT_STARTED",
  "IN_PROGRESS",
  "DONE",
  "BLOCKED",
  "RATIFICATION",
  "ACCESSION",
  "IMPLEMENTATION",
  "PLANNED",
  "BILATERAL_MEETING",
  "LETTER",
  "EMAIL",
  "PHONE",
  "REGIONAL_EVENT",
  "POSITIVE",
  "NEUTRAL",
  "NEGATIVE",
  "SHARED",
  "RESTRICTED",
  "MINISTER",
  "SIGNATURE",
  "RATIFICATION",
  "OPEN",
  "KEPT",
  "MADE",
  "INITIAL",
  "ANNUAL",
  "fuzz@adhere.test",
  "a valid long password 1234",
  "Some text",
  "https://example.org/a",
];

export function hostileString(): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 3, arbitrary: fc.constantFrom(...PLAUSIBLE) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 60 }) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
    // Huge: far beyond every field's limit.
    { weight: 1, arbitrary: fc.integer({ min: 5_000, max: 200_000 }).map((n) => "Ω".repeat(n)) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom(...PLAUSIBLE), fc.constantFrom(...INJECTIONS)).map(([a, b]) => a + b) },
  );
}

/** Anything at all where a string is expected. */
export function hostileValue(ids: readonly string[]): fc.Arbitrary<unknown> {
  const idArb = ids.length ? fc.constantFrom(...ids) : fc.constant("c0000000000000000000000");
  return fc.oneof(
    { weight: 6, arbitrary: hostileString() },
    { weight: 4, arbitrary: idArb },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined, true, false, 0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53 + 1, -0) },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.array(fc.oneof(hostileString(), idArb), { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(fc.string(), { minLength: 150, maxLength: 400 }) },
    { weight: 1, arbitrary: fc.object({ maxDepth: 2 }) },
    {
      weight: 1,
      arbitrary: fc.anything({
        maxDepth: 2,
        withNullPrototype: true,
        withBigInt: true,
        withDate: true,
        withMap: true,
        withSet: true,
        withTypedArray: true,
      }),
    },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
  );
}

/** What a form would send for a field of this name, so that inputs also get past validation to the database. */
export function plausibleFor(key: string, ids: readonly string[]): fc.Arbitrary<string> {
  if (/iso3|target|states/i.test(key)) return fc.constantFrom("ALB", "GEO", "ZAF", "TCD", "TUV", "XXX", "ALB, GEO");
  if (key === "version") return fc.constantFrom("1", "2", "3", "2147483648");
  if (/(^id$|Id$|Ids$|^fulfils$|^followsUp$|^confirmedOverlaps$|^chairs$|pledges)/.test(key) && ids.length) return fc.constantFrom(...ids);
  if (/date|Date|signed|deposited|entryIntoForce$|withdrawal|due|Due|^from$|^to$|start|end/.test(key)) {
    return fc.constantFrom("2013-04-18", "2012-12-03", "2026-01-01", "2013-02-30", "mid-2013", "2099-01-01");
  }
  return fc.constantFrom(...PLAUSIBLE);
}

/** A form's worth of fields: the schema's own keys (each maybe left out) and some it does not know. */
export function hostileRecord(keys: readonly string[], ids: readonly string[]): fc.Arbitrary<unknown> {
  const field = (k: string) => fc.oneof({ weight: 3, arbitrary: plausibleFor(k, ids) }, { weight: 2, arbitrary: hostileValue(ids) });
  const fields = fc.record(Object.fromEntries(keys.map((k) => [k, field(k)])), { requiredKeys: [] });
  const extras = fc.dictionary(fc.constantFrom("__proto__", "constructor", "id", "userId", "role", "$ACTION_KEY", "x"), hostileValue(ids), {
    maxKeys: 3,
  });
  return fc.oneof(
    { weight: 8, arbitrary: fc.tuple(fields, extras).map(([f, e]) => ({ ...e, ...f })) },
    // Not an object at all.
    { weight: 1, arbitrary: hostileValue(ids) },
  );
}

/** fast-check's report, with the counterexample cut short: a 200 000-character string is no help in a log. */
export function shortReport<Ts>(details: fc.RunDetails<Ts>): void {
  if (!details.failed) return;
  const example = fc.stringify(details.counterexample).slice(0, 1_500);
  const cause = details.errorInstance instanceof Error ? details.errorInstance.message : String(details.errorInstance);
  throw new Error(
    `Property failed after ${details.numRuns} inputs (seed ${details.seed}, path ${details.counterexamplePath}).\nInput: ${example}\nCause: ${cause.slice(0, 2_000)}`,
  );
}
